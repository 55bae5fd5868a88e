import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { goNames } from '../../src/variants/go-names.js';
import { pluginTestCases, TRIGGERS_CORE_STUBS_ANSWER } from '../../src/variants/test-cases.js';
import { REPO_ROOT } from '../support/paths.js';

const model = (input: PluginInput) => buildPluginModel({ name: 'demo', description: 'Démo tools', directory: '/tmp/dokku-demo', ...input }, { cwd: '/tmp', year: 2026 });

describe('unit: what the generated bats tests run and expect', () => {
  const go = () => model({
    language: 'go',
    commands: ['set-key <app> <key> [<value>...] [--force], Set it', 'list, List apps', 'show [<app>] [--no-such-flag], Show'],
    triggers: ['post-deploy', 'pre-receive-app'],
    defaultCommand: 'list',
  });
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let cases: ReturnType<typeof pluginTestCases>;
  beforeEach(() => {
    cases = pluginTestCases(go());
  });

  it('runs a command with sample words, app first, and expects each argument back', () => {
    const [setKey, list] = cases.commands;
    assert.equal(cases.app, 'test-app');
    assert.equal(cases.listedDescription, '"D\\\\xc3\\\\xa9mo tools"');
    assert.equal(setKey?.args, ' test-app sample-key sample-value');
    assert.equal(setKey?.argsWithoutApp, ' sample-key sample-value');
    assert.deepEqual(setKey?.expectedLines, ['"app: test-app"', '"key: sample-key"', '"value: sample-value"', '"force: false"']);
    assert.deepEqual(setKey?.flagged, {
      args: ' --force test-app sample-key sample-value',
      expectedLines: ['"app: test-app"', '"key: sample-key"', '"value: sample-value"', '"force: true"'],
    });
    assert.deepEqual(setKey?.missing, [{ args: ' test-app', message: '"Please specify <key>: dokku demo:set-key <app> <key> [<value>...] [--force]"' }]);
    assert.equal(setKey?.traceMarker, '"+ subcommands/set-key "');
    assert.equal(setKey?.description, '"Set it"');
    assert.deepEqual(setKey?.unknownFlag, { args: ' test-app sample-key sample-value --no-such-flag', message: '"Unknown flag \\"--no-such-flag\\": dokku demo:set-key <app> <key> [<value>...] [--force]"' });
    assert.equal(setKey?.surplus, undefined);
    assert.deepEqual(setKey?.afterDashes, { args: ' test-app -- --sample-key sample-value', expectedLine: '"key: --sample-key"' });
    assert.deepEqual(setKey?.variadicExtra, { args: ' test-app sample-key sample-value sample-extra', expectedLine: '"value: sample-value sample-extra"' });
    assert.deepEqual(list?.surplus, { args: ' surplus-word', message: '"Unexpected argument \\"surplus-word\\": dokku demo:list"' });
    assert.deepEqual(list?.unknownFlag, { args: ' --no-such-flag', message: '"Unknown flag \\"--no-such-flag\\": dokku demo:list"' });
    assert.equal(list?.args, '');
    assert.deepEqual(list?.expectedLines, []);
    assert.deepEqual(list?.missing, []);
    assert.equal(list?.afterDashes, undefined);
    assert.equal(list?.variadicExtra, undefined);
    assert.equal(list?.flagged, undefined);
    assert.equal(cases.defaultCommand?.command.name, 'list');
  });

  it('picks an undeclared flag the command does not take', () => {
    const show = cases.commands[2];
    assert.deepEqual(show?.unknownFlag, { args: ' test-app --no-such-flag-really', message: '"Unknown flag \\"--no-such-flag-really\\": dokku demo:show [<app>] [--no-such-flag]"' });
    assert.deepEqual(show?.surplus, { args: ' test-app surplus-word', message: '"Unexpected argument \\"surplus-word\\": dokku demo:show [<app>] [--no-such-flag]"' });
  });

  it('gives each trigger argument a sample value, the app as the test app', () => {
    assert.deepEqual(cases.triggers.map((test) => [test.trigger.name, test.args]), [
      ['post-deploy', ' test-app sample-internal-port sample-internal-ip-address sample-image-tag'],
      ['pre-receive-app', ' test-app sample-image-source-type sample-tmp-work-dir sample-rev'],
    ]);
    assert.equal(cases.report, undefined);
  });

  it('traces the function in bash, and bash quotes a word bash would read as syntax', () => {
    const bash = pluginTestCases(model({ commands: ['do <app> <done> <a_b>, Run it'] }));
    assert.equal(bash.commands[0]?.traceMarker, '"+ cmd-demo-do "');
    assert.equal(bash.commands[0]?.args, ' test-app sample-done sample-a-b');
    assert.equal(bash.defaultCommand, undefined);
  });
});

describe('unit: the Go dispatch of each command and trigger', () => {
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let names: ReturnType<typeof goNames>;
  beforeEach(() => {
    names = goNames(model({
      language: 'go',
      repository: 'git@github.com:Acme/dokku-demo.git',
      name: 'my-demo',
      commands: ['set-key <app> <key> [<value>...] [--force], Set "it"', 'list, List apps'],
      triggers: ['post-deploy', 'install', 'update'],
    }));
  });

  it('passes app, operands and flags to named, typed parameters', () => {
    const [setKey, list] = names.commands;
    assert.equal(setKey?.functionName, 'SetKeyCommand');
    assert.equal(setKey?.dispatchName, 'runSetKey');
    assert.equal(setKey?.nameLiteral, '"set-key"');
    assert.equal(setKey?.callArguments, 'app, arg(operands, 0), argsFrom(operands, 1), line.flags["--force"]');
    assert.equal(setKey?.signature, 'app string, key string, value []string, force bool');
    assert.equal(setKey?.qualifiedLiteral, '"my-demo:set-key"');
    assert.equal(setKey?.usageLiteral, '"my-demo:set-key <app> <key> [<value>...] [--force]"');
    assert.equal(setKey?.helpUsage, '"my-demo:set-key <app> <key> [<value>...] [--force]"');
    assert.equal(setKey?.helpDescription, '"Set \\"it\\""');
    assert.equal(setKey?.descriptionComment, 'Set "it"');
    assert.equal(setKey?.operandLimit, undefined);
    assert.deepEqual(setKey?.parameters, [
      { name: 'key', type: 'string', optional: false, label: 'key', index: 0, message: '"Please specify <key>: dokku my-demo:set-key <app> <key> [<value>...] [--force]"' },
      { name: 'value', type: '[]string', optional: true, label: 'value', index: 1 },
    ]);
    assert.deepEqual(setKey?.flags, [{ name: 'force', type: 'bool', label: 'force', flagLiteral: '"--force"' }]);
    assert.equal(list?.callArguments, '');
    assert.equal(list?.signature, '');
    assert.equal(list?.operandLimit, 0);
  });

  it('serves every trigger but install and update from the binary', () => {
    assert.deepEqual(names.triggerLinks, ['post-deploy', 'uninstall']);
    const deploy = names.triggers[0];
    assert.equal(deploy?.functionName, 'PostDeployTrigger');
    assert.equal(deploy?.signature, 'appValue string, internalPort string, internalIpAddress string, imageTag string');
    assert.equal(deploy?.callArguments, 'arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3)');
    assert.equal(deploy?.documented, 'APP INTERNAL_PORT INTERNAL_IP_ADDRESS IMAGE_TAG');
    assert.equal(deploy?.nameLiteral, '"post-deploy"');
    assert.deepEqual(deploy?.propertyAction, []);
    assert.deepEqual(names.subcommandLinks, ['default', 'set-key', 'list']);
    assert.deepEqual(names.shell, { getPropertyTrigger: '', pluginName: '"my-demo"', subcommandLinks: '"default" "set-key" "list"', triggerLinks: '"post-deploy" "uninstall"' });
    assert.equal(names.envPrefix, 'MY_DEMO');
    assert.equal(names.modulePath, 'github.com/acme/dokku-demo');
    assert.equal(names.pluginName, '"my-demo"');
    assert.equal(names.description, '"Démo tools"');
    assert.deepEqual(names.triggerImports, ['errors']);
    assert.equal(names.report, undefined);
    assert.equal(names.defaultCommand, undefined);
  });

  it('passes a trigger\'s trailing words (post-domains-update DOMAINS...) as one []string', () => {
    const [domains] = goNames(model({ language: 'go', triggers: ['post-domains-update'] })).triggers;
    assert.equal(domains?.signature, 'appValue string, action string, domains []string');
    assert.equal(domains?.callArguments, 'arg(args, 0), arg(args, 1), argsFrom(args, 2)');
  });

  it('imports io and os when a trigger passes stdin on (docker-args-*)', () => {
    const echoing = goNames(model({ language: 'go', triggers: ['pre-receive-app', 'docker-args-build'] }));
    assert.deepEqual(echoing.triggerImports, ['errors', 'io', 'os']);
    assert.deepEqual(echoing.triggers.map((trigger) => trigger.signature), ['appValue string, imageSourceType string', 'appValue string, imageSourceType string, tmpWorkDir string, rev string', 'pluginValue string']);
  });
});

describe('unit: the sample words of the report kit\'s set', () => {
  const setCase = (properties: string[]) => pluginTestCases(model({ properties })).commands.find((each) => each.command.builtin === 'set');

  it('sets a key of the app scope on the test app, even when a global key is declared first', () => {
    const set = setCase(['zone:global', 'own:app']);
    assert.equal(set?.usage, 'demo:set [<app>|--global] <key> [<value>]');
    assert.equal(set?.args, ' test-app own sample-value');
    assert.deepEqual(set?.expectedLines, ['"app: test-app"', '"key: own"', '"value: sample-value"']);
  });

  it('sets the first key, with no app, when every key is global', () => {
    const set = setCase(['zone:global', 'region:global']);
    assert.equal(set?.usage, 'demo:set --global <key> [<value>]');
    assert.equal(set?.args, ' zone sample-value');
    assert.deepEqual(set?.expectedLines, ['"key: zone"', '"value: sample-value"']);
  });
});

describe('unit: trigger tests beside the stub core plugins', () => {
  it('compares app-list with what the stub core plugins print, and other output triggers with nothing', () => {
    const cases = pluginTestCases(model({ triggers: ['app-list', 'proxy-type', 'post-deploy'] }));
    assert.deepEqual(
      cases.triggers.map((testCase) => [testCase.trigger.name, testCase.trigger.output, testCase.coreAnswers, testCase.args]),
      [['app-list', true, true, ' sample-filter'], ['post-deploy', false, false, ' test-app sample-internal-port sample-internal-ip-address sample-image-tag'], ['proxy-type', true, false, ' test-app']],
    );
  });

  it('names exactly the triggers the shipped stub core plugins answer', () => {
    const stubs = path.join(REPO_ROOT, 'templates/common/tests/support/core-plugins');
    const answered = readdirSync(stubs).flatMap((plugin) => readdirSync(path.join(stubs, plugin))
      .filter((file) => file !== 'plugin.toml' && (statSync(path.join(stubs, plugin, file)).mode & 0o111) !== 0));
    assert.deepEqual(answered, ['app-list']);
    assert.deepEqual(TRIGGERS_CORE_STUBS_ANSWER, ['app-list']);
  });
});
