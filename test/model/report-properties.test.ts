import assert from 'node:assert/strict';
import { humanise, parseProperties, reportLayout, reportLayouts, splitPropertySpec } from '../../src/model/report-properties.js';
import { buildPluginModel } from '../../src/model/plugin-model.js';

const context = { cwd: '/tmp', year: 2026 };

describe('--property NAME[=DEFAULT][:app|:global]', () => {
  it('reads a name, a default and a scope; a trailing :app or :global is always the scope', () => {
    assert.deepEqual(splitPropertySpec('mode'), { name: 'mode', fallback: '', scopes: ['app', 'global'] });
    assert.deepEqual(splitPropertySpec('mode=calm'), { name: 'mode', fallback: 'calm', scopes: ['app', 'global'] });
    assert.deepEqual(splitPropertySpec('mode=calm:app'), { name: 'mode', fallback: 'calm', scopes: ['app'] });
    assert.deepEqual(splitPropertySpec('mode:global'), { name: 'mode', fallback: '', scopes: ['global'] });
    assert.deepEqual(splitPropertySpec('url=http://x:80:global'), { name: 'url', fallback: 'http://x:80', scopes: ['global'] });
    assert.deepEqual(splitPropertySpec('url=a:b'), { name: 'url', fallback: 'a:b', scopes: ['app', 'global'] });
    assert.deepEqual(splitPropertySpec('note=a=b:app:app'), { name: 'note', fallback: 'a=b:app', scopes: ['app'] });
    assert.deepEqual(splitPropertySpec(' mode =x'), { name: 'mode', fallback: 'x', scopes: ['app', 'global'] });
    assert.deepEqual(splitPropertySpec('mode='), { name: 'mode', fallback: '', scopes: ['app', 'global'] });
  });

  it('gives a key of both scopes three rows: app, global and computed, named as Dokku names them', () => {
    const [mode] = parseProperties(['mode=calm'], 'demo');
    assert.ok(mode);
    assert.deepEqual(mode.scopes, ['app', 'global']);
    assert.deepEqual(mode.rows.map((row) => [row.kind, row.key, row.flag, row.label, row.jsonKey, row.legacyJsonKey]), [
      ['app', 'mode', '--demo-mode', 'Demo mode:', 'mode', 'demo-mode'],
      ['global', 'mode', '--demo-global-mode', 'Demo global mode:', 'global-mode', 'demo-global-mode'],
      ['computed', 'mode', '--demo-computed-mode', 'Demo computed mode:', 'computed-mode', 'demo-computed-mode'],
    ]);
    assert.deepEqual(mode.rows[1]?.shell, {
      key: '"mode"', flag: '"--demo-global-mode"', label: '"Demo global mode:"', jsonKey: '"global-mode"', legacyJsonKey: '"demo-global-mode"',
    });
    assert.equal(mode.default, 'calm');
    assert.equal(mode.flag, '--demo-mode');
    assert.equal(mode.jsonKey, 'demo-mode');
    assert.equal(mode.label, 'Demo mode');
    assert.deepEqual(mode.shell, { name: '"mode"', default: '"calm"', flag: '"--demo-mode"', jsonKey: '"demo-mode"', label: '"Demo mode:"' });
    assert.deepEqual(mode.readme, {
      default: 'calm',
      scope: 'app + global',
      flags: '`--demo-mode`, `--demo-global-mode`, `--demo-computed-mode`',
      description: 'Set per app or with --global for every app; the app value wins, then the global one, then the default',
    });
  });

  it('gives a key of one scope that row and the computed one', () => {
    const [own, shared] = parseProperties(['own=x:app', 'shared:global'], 'my-plugin');
    assert.deepEqual(own?.rows.map((row) => row.flag), ['--my-plugin-own', '--my-plugin-computed-own']);
    assert.deepEqual(shared?.rows.map((row) => row.flag), ['--my-plugin-global-shared', '--my-plugin-computed-shared']);
    assert.deepEqual(shared?.rows.map((row) => row.label), ['My plugin global shared:', 'My plugin computed shared:']);
    assert.equal(own?.readme.scope, 'app');
    assert.equal(own?.readme.description, 'Set per app; an app without a value gets the default');
    assert.equal(shared?.readme.scope, 'global');
    assert.equal(shared?.readme.default, 'none');
    assert.equal(shared?.readme.description, 'Set with --global, for every app; unset, the default applies');
    // A global-only key still names the app row's flag, which the old kit's tests used.
    assert.equal(shared?.flag, '--my-plugin-shared');
  });

  it('quotes defaults for bash and for a Markdown cell', () => {
    const [text] = parseProperties(['text=a "$b" `c` | d'], 'demo');
    assert.equal(text?.shell.default, '"a \\"\\$b\\" \\`c\\` | d"');
    assert.equal(text?.readme.default, 'a "$b" \\`c\\` \\| d');
  });

  it('refuses bad names, unknown scopes, control characters and keys declared twice', () => {
    assert.throws(() => parseProperties(['Mode'], 'demo'), { message: '"Mode" is not a valid property name: use lowercase letters, digits and "-", starting with a letter' });
    assert.throws(() => parseProperties(['=x'], 'demo'), { message: '"" is not a valid property name: use lowercase letters, digits and "-", starting with a letter' });
    assert.throws(() => parseProperties(['mode:both'], 'demo'), { message: '"mode:both" has an unknown scope: end it with :app or :global, or leave the scope out for both' });
    assert.throws(() => parseProperties(['mode=a\tb'], 'demo'), { message: 'the default of mode contains a control character; give it on one line' });
    assert.throws(() => parseProperties(['mode', 'mode=x:app'], 'demo'), { message: '"mode" is declared twice' });
  });

  it('refuses two keys that would share a report flag or a JSON key', () => {
    assert.throws(() => parseProperties(['mode:app', 'global-mode'], 'demo'), { message: '"mode" and "global-mode" would share the report flag --demo-global-mode; rename one of them' });
    assert.throws(() => parseProperties(['computed-x', 'x'], 'demo'), { message: '"computed-x" and "x" would share the report flag --demo-computed-x; rename one of them' });
    assert.throws(() => parseProperties(['x', 'demo-x'], 'demo'), { message: '"x" and "demo-x" would share the JSON key "demo-x" of the report; rename one of them' });
    assert.equal(parseProperties(['global', 'computed', 'mode'], 'demo').length, 3);
  });

  it('humanises a flag as Dokku does', () => {
    assert.equal(humanise('my-plugin', 'global-build-dir'), 'My plugin global build dir');
  });
});

describe('the report layouts', () => {
  it('sorts an app report by flag, as Dokku sorts its rows, and pads labels to at least 31', () => {
    const { app, global } = reportLayouts(parseProperties(['zone=eu', 'alpha:app', 'mode:global'], 'demo'));
    assert.deepEqual(app.rows.map((row) => row.flag), [
      '--demo-alpha',
      '--demo-computed-alpha',
      '--demo-computed-mode',
      '--demo-computed-zone',
      '--demo-global-mode',
      '--demo-global-zone',
      '--demo-zone',
    ]);
    assert.equal(app.labelWidth, 31);
    assert.equal(app.flagsText, '--demo-alpha, --demo-computed-alpha, --demo-computed-mode, --demo-computed-zone, --demo-global-mode, --demo-global-zone, --demo-zone');
    assert.deepEqual(global.rows.map((row) => row.flag), ['--demo-global-mode', '--demo-global-zone']);
    assert.equal(global.flagsText, '--demo-global-mode, --demo-global-zone');
  });

  it('lists JSON keys unprefixed and prefixed, sorted as Go writes a map', () => {
    const { app, global } = reportLayouts(parseProperties(['mode=calm'], 'demo'));
    assert.deepEqual(app.json.map((entry) => [entry.key, entry.row.flag]), [
      ['computed-mode', '--demo-computed-mode'],
      ['demo-computed-mode', '--demo-computed-mode'],
      ['demo-global-mode', '--demo-global-mode'],
      ['demo-mode', '--demo-mode'],
      ['global-mode', '--demo-global-mode'],
      ['mode', '--demo-mode'],
    ]);
    assert.equal(app.json[0]?.shell, '"computed-mode"');
    assert.deepEqual(global.json.map((entry) => entry.key), ['demo-global-mode', 'global-mode']);
  });

  it('widens the label column to the longest flag', () => {
    const layout = reportLayout(parseProperties(['a-rather-long-property-name'], 'demo').flatMap((property) => property.rows));
    assert.equal(layout.labelWidth, '--demo-computed-a-rather-long-property-name'.length);
    assert.equal(layout.labelWidth, 43);
    assert.equal(reportLayout([]).labelWidth, 31);
  });
});

describe('the report kit in the plugin model', () => {
  it('names the keys of each scope, the get-property trigger and the set usage', () => {
    const model = buildPluginModel({ name: 'demo', properties: ['mode=calm', 'own:app', 'shared:global'] }, context);
    const report = model.report;
    assert.ok(report);
    assert.deepEqual(report.appKeys, ['mode', 'own']);
    assert.deepEqual(report.globalKeys, ['mode', 'shared']);
    assert.equal(report.appKeysText, 'mode, own');
    assert.equal(report.globalKeysText, 'mode, shared');
    assert.equal(report.keysText, 'mode, own, shared');
    assert.equal(report.getPropertyTrigger, 'demo-get-property');
    assert.equal(report.missingKey.text, 'Please specify <key>: dokku demo:set [<app>|--global] <key> [<value>]');
    assert.equal(report.missingKey.shell, '"Please specify <key>: dokku demo:set [<app>|--global] <key> [<value>]"');
    const set = model.commands.find((command) => command.builtin === 'set');
    const reportCommand = model.commands.find((command) => command.builtin === 'report');
    assert.equal(set?.helpLine, '    demo:set [<app>|--global] <key> [<value>], Set (or without a value unset) a property: mode|own|shared');
    assert.equal(set?.readmeUsage, 'demo:set [<app>\\|--global] <key> [<value>]');
    assert.equal(set?.app, 'required');
    assert.equal(reportCommand?.helpLine, '    demo:report [<app>|--global] [--format stdout|json] [<flag>], Show the report of one app or of all apps');
    assert.equal(reportCommand?.app, 'optional');
  });

  it('leaves --global out of the usage when no key has the global scope, and the app when none has the app scope', () => {
    const perApp = buildPluginModel({ name: 'demo', properties: ['mode:app'] }, context);
    assert.equal(perApp.commands.find((command) => command.builtin === 'set')?.usage, 'set <app> <key> [<value>]');
    assert.equal(perApp.commands.find((command) => command.builtin === 'report')?.usage, 'report [<app>] [--format stdout|json] [<flag>]');
    assert.equal(perApp.report?.missingKey.text, 'Please specify <key>: dokku demo:set <app> <key> [<value>]');
    const global = buildPluginModel({ name: 'demo', properties: ['mode:global'] }, context);
    const set = global.commands.find((command) => command.builtin === 'set');
    assert.equal(set?.usage, 'set --global <key> [<value>]');
    assert.equal(set?.app, 'none');
    assert.deepEqual(global.report?.appKeys, []);
    assert.equal(global.report?.missingKey.text, 'Please specify <key>: dokku demo:set --global <key> [<value>]');
  });

  it('names --property in the refusal of clashing keys', () => {
    assert.throws(() => buildPluginModel({ name: 'demo', properties: ['mode', 'global-mode'] }, context), (error: Error) => {
      assert.equal(error.message, '--property: "mode" and "global-mode" would share the report flag --demo-global-mode; rename one of them');
      return true;
    });
  });
});
