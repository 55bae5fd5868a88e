import assert from 'node:assert/strict';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { goNames } from '../../src/variants/go-names.js';

/** The Go literals of the report kit and of the trigger dispatch, as the Go templates place them. */
const CONTEXT = { cwd: '/home/ann', year: 2031 };
const names = (input: PluginInput) => goNames(buildPluginModel({ name: 'demo', language: 'go', ...input }, CONTEXT));

const CHECKED = (call: string) => [`if err := ${call}; err != nil {`, '\treturn finish(err)', '}'];

describe('unit: the Go report kit', () => {
  // Worked out inside each test, not once when the file loads: a mutant is active only while tests run.
  const kit = () => names({ commands: ['enable <app>, Enable'], triggers: ['post-deploy'], properties: ['mode=calm', 'own:app', 'zone=eu:global'] });

  it('gives each key its Go literals, its accessor and the words of its computed value', () => {
    const go = kit();
    assert.deepEqual(go.report?.properties, [
      { name: 'mode', key: '"mode"', fallback: '"calm"', app: true, global: true, accessor: 'ComputedMode', computedText: 'the app\'s value, else the global value, else the default', scopeText: 'app + global', shellName: '"mode"' },
      { name: 'own', key: '"own"', fallback: '""', app: true, global: false, accessor: 'ComputedOwn', computedText: 'the app\'s value, else the default', scopeText: 'app', shellName: '"own"' },
      { name: 'zone', key: '"zone"', fallback: '"eu"', app: false, global: true, accessor: 'ComputedZone', computedText: 'the global value, else the default', scopeText: 'global', shellName: '"zone"' },
    ]);
  });

  it('lays out the app report by flag, each JSON key naming its row by index', () => {
    const go = kit();
    const row = (flag: string, label: string, key: string, kind: string) => ({ flag: `"${flag}"`, label: `"${label}"`, key: `"${key}"`, kind });
    assert.deepEqual(go.report?.app.rows, [
      row('--demo-computed-mode', 'Demo computed mode:', 'mode', 'computedRow'),
      row('--demo-computed-own', 'Demo computed own:', 'own', 'computedRow'),
      row('--demo-computed-zone', 'Demo computed zone:', 'zone', 'computedRow'),
      row('--demo-global-mode', 'Demo global mode:', 'mode', 'globalRow'),
      row('--demo-global-zone', 'Demo global zone:', 'zone', 'globalRow'),
      row('--demo-mode', 'Demo mode:', 'mode', 'appRow'),
      row('--demo-own', 'Demo own:', 'own', 'appRow'),
    ]);
    assert.deepEqual(go.report?.app.json.map((entry) => `${entry.key}=${entry.row}`), [
      '"computed-mode"=0', '"computed-own"=1', '"computed-zone"=2', '"demo-computed-mode"=0', '"demo-computed-own"=1', '"demo-computed-zone"=2',
      '"demo-global-mode"=3', '"demo-global-zone"=4', '"demo-mode"=5', '"demo-own"=6', '"global-mode"=3', '"global-zone"=4', '"mode"=5', '"own"=6',
    ]);
    assert.equal(go.report?.app.labelWidth, 31);
    assert.equal(go.report?.app.flagsText, '"--demo-computed-mode, --demo-computed-own, --demo-computed-zone, --demo-global-mode, --demo-global-zone, --demo-mode, --demo-own"');
  });

  it('lays out the --global report with the global rows only', () => {
    const go = kit();
    assert.deepEqual(go.report?.global, {
      rows: [
        { flag: '"--demo-global-mode"', label: '"Demo global mode:"', key: '"mode"', kind: 'globalRow' },
        { flag: '"--demo-global-zone"', label: '"Demo global zone:"', key: '"zone"', kind: 'globalRow' },
      ],
      json: [{ key: '"demo-global-mode"', row: 0 }, { key: '"demo-global-zone"', row: 1 }, { key: '"global-mode"', row: 0 }, { key: '"global-zone"', row: 1 }],
      labelWidth: 31,
      flagsText: '"--demo-global-mode, --demo-global-zone"',
    });
  });

  it('names the keys of each scope and the messages as Go literals', () => {
    const go = kit();
    const { properties: _properties, app: _app, global: _global, ...rest } = go.report ?? { properties: [], app: {}, global: {} };
    assert.deepEqual(rest, {
      hasAppKeys: true,
      hasGlobalKeys: true,
      missingKey: '"Please specify <key>: dokku demo:set [<app>|--global] <key> [<value>]"',
      keysText: '"mode, own, zone"',
      appKeysText: '"mode, own"',
      globalKeysText: '"mode, zone"',
      getPropertyTrigger: '"demo-get-property"',
    });
    const appOnly = names({ properties: ['own:app'] }).report;
    assert.equal(appOnly?.hasAppKeys, true);
    assert.equal(appOnly?.hasGlobalKeys, false);
    const globalOnly = names({ properties: ['zone:global'] }).report;
    assert.equal(globalOnly?.hasAppKeys, false);
    assert.equal(globalOnly?.hasGlobalKeys, true);
  });

  it('cleans up, copies and reports the properties in the property triggers before the author\'s function', () => {
    const go = kit();
    assert.deepEqual(go.triggers.map((trigger) => [trigger.trigger.name, trigger.propertyAction]), [
      ['post-app-clone-setup', CHECKED('dokku.PropertyClone(arg(args, 0), arg(args, 1))')],
      ['post-app-rename-setup', [...CHECKED('dokku.PropertyClone(arg(args, 0), arg(args, 1))'), ...CHECKED('dokku.PropertyDestroy(arg(args, 0))')]],
      ['post-delete', CHECKED('dokku.PropertyDestroy(arg(args, 0))')],
      ['post-deploy', []],
      ['report', CHECKED('reportSingle(arg(args, 0), "", "stdout")')],
      ['uninstall', []],
    ]);
  });

  it('links NAME-get-property to the triggers binary, after the triggers, and the kit\'s commands under subcommands/', () => {
    const go = kit();
    assert.deepEqual(go.triggerLinks, ['post-app-clone-setup', 'post-app-rename-setup', 'post-delete', 'post-deploy', 'report', 'uninstall', 'demo-get-property']);
    assert.deepEqual(go.subcommandLinks, ['default', 'enable', 'report', 'set']);
    assert.deepEqual(go.shell, {
      pluginName: '"demo"',
      subcommandLinks: '"default" "enable" "report" "set"',
      triggerLinks: '"post-app-clone-setup" "post-app-rename-setup" "post-delete" "post-deploy" "report" "uninstall" "demo-get-property"',
      getPropertyTrigger: '"demo-get-property"',
    });
    assert.deepEqual(go.commands.map((command) => [command.functionName, command.signature, command.callArguments]), [
      ['EnableCommand', 'app string', 'app'],
      ['ReportCommand', 'app string, flag string', 'app, arg(operands, 0)'],
      ['SetCommand', 'app string, key string, value string', 'app, arg(operands, 0), arg(operands, 1)'],
    ]);
  });

  it('without the kit: no property actions, even on post-delete, and no get-property link', () => {
    const plain = names({ triggers: ['post-delete', 'report'] });
    assert.deepEqual(plain.triggers.map((trigger) => [trigger.trigger.name, trigger.propertyAction]), [['post-delete', []], ['report', []], ['uninstall', []]]);
    assert.deepEqual(plain.triggerLinks, ['post-delete', 'report', 'uninstall']);
    assert.equal(plain.shell.getPropertyTrigger, '');
    assert.equal(plain.report, undefined);
  });
});

describe('unit: the Go dispatch of the default command and of an optional app', () => {
  it('calls the default command as the command it names, passing an optional app on', () => {
    const go = names({ commands: ['show [<app>] [<what>] [--all], Show', 'list, List'], defaultCommand: 'show' });
    assert.equal(go.defaultCommand?.functionName, 'ShowCommand');
    assert.equal(go.defaultCommand?.callArguments, 'app, arg(operands, 0), line.flags["--all"]');
    assert.equal(go.defaultCommand?.signature, 'app string, what string, all bool');
    assert.equal(go.defaultCommand?.operandLimit, 1);
    assert.deepEqual(go.defaultCommand?.parameters, [{ name: 'what', type: 'string', optional: true, label: 'what', index: 0 }]);
    assert.equal(go.commands[1]?.dispatchName, 'runList');
    assert.equal(go.envPrefix, 'DEMO');
  });
});
