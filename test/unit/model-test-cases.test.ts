import assert from 'node:assert/strict';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { pluginTestCases } from '../../src/variants/test-cases.js';

/** What the generated commands.bats runs and expects for the kit's report and set and for each argument shape. */
const CONTEXT = { cwd: '/home/ann', year: 2031 };
const cases = (input: PluginInput) => pluginTestCases(buildPluginModel({ name: 'demo', ...input }, CONTEXT));
const summary = (input: PluginInput) => cases(input).commands.map((each) => ({ usage: each.usage, args: each.args, lines: each.expectedLines, missing: each.missing }));

describe('unit: the tests of the kit\'s report and set', () => {
  it('keys of both scopes: set takes an app and the first key with the app scope', () => {
    assert.deepEqual(summary({ properties: ['zone:global', 'own:app'] }), [
      { usage: 'demo:report [<app>|--global] [--format stdout|json] [<flag>]', args: ' test-app', lines: ['"app: test-app"'], missing: [] },
      {
        usage: 'demo:set [<app>|--global] <key> [<value>]',
        args: ' test-app own sample-value',
        lines: ['"app: test-app"', '"key: own"', '"value: sample-value"'],
        missing: [{ args: ' test-app', message: '"Please specify <key>: dokku demo:set [<app>|--global] <key> [<value>]"' }],
      },
    ]);
  });

  it('global keys only: set takes --global and no app, report still offers --global', () => {
    assert.deepEqual(summary({ properties: ['zone:global'] }), [
      { usage: 'demo:report [<app>|--global] [--format stdout|json] [<flag>]', args: ' test-app', lines: ['"app: test-app"'], missing: [] },
      {
        usage: 'demo:set --global <key> [<value>]',
        args: ' zone sample-value',
        lines: ['"key: zone"', '"value: sample-value"'],
        missing: [{ args: '', message: '"Please specify <key>: dokku demo:set --global <key> [<value>]"' }],
      },
    ]);
  });

  it('app keys only: no --global anywhere, and a key named like a bash keyword is quoted', () => {
    assert.deepEqual(summary({ properties: ['done:app'] }), [
      { usage: 'demo:report [<app>] [--format stdout|json] [<flag>]', args: ' test-app', lines: ['"app: test-app"'], missing: [] },
      {
        usage: 'demo:set <app> <key> [<value>]',
        args: ' test-app "done" sample-value',
        lines: ['"app: test-app"', '"key: done"', '"value: sample-value"'],
        missing: [{ args: ' test-app', message: '"Please specify <key>: dokku demo:set <app> <key> [<value>]"' }],
      },
    ]);
  });

  it('gives the kit\'s commands none of the refusal tests an author\'s command gets, and its triggers no trigger test', () => {
    const kit = cases({ properties: ['mode'], triggers: ['post-delete', 'post-deploy'] });
    for (const each of kit.commands) {
      assert.deepEqual([each.unknownFlag, each.surplus, each.afterDashes, each.variadicExtra], [undefined, undefined, undefined, undefined], each.qualifiedName);
    }
    assert.deepEqual(kit.triggers.map((each) => each.trigger.name), ['post-deploy']);
    assert.deepEqual(cases({ triggers: ['post-delete', 'report'] }).triggers.map((each) => each.trigger.name), ['post-delete', 'report']);
  });
});

describe('unit: the tests of an author\'s command', () => {
  it('an optional app is given as the test app, and a required argument after it is missing without it', () => {
    const [show] = cases({ commands: ['x [<app>] <k>, X'] }).commands;
    assert.equal(show?.args, ' test-app sample-k');
    assert.equal(show?.argsWithoutApp, ' sample-k');
    assert.deepEqual(show?.missing, [{ args: ' test-app', message: '"Please specify <k>: dokku demo:x [<app>] <k>"' }]);
    assert.deepEqual(show?.afterDashes, { args: ' test-app -- --sample-k', expectedLine: '"k: --sample-k"' });
    assert.deepEqual(show?.surplus, { args: ' test-app sample-k surplus-word', message: '"Unexpected argument \\"surplus-word\\": dokku demo:x [<app>] <k>"' });
  });

  it('each required argument is missing in turn, a variadic one included', () => {
    const [each] = cases({ commands: ['y <a> <b>..., Y'] }).commands;
    assert.deepEqual(each?.missing, [
      { args: '', message: '"Please specify <a>: dokku demo:y <a> <b>..."' },
      { args: ' sample-a', message: '"Please specify <b>...: dokku demo:y <a> <b>..."' },
    ]);
    assert.deepEqual(each?.expectedLines, ['"a: sample-a"', '"b: sample-b"']);
    assert.deepEqual(each?.afterDashes, { args: ' -- --sample-a sample-b', expectedLine: '"a: --sample-a"' });
    assert.deepEqual(each?.variadicExtra, { args: ' sample-a sample-b sample-extra', expectedLine: '"b: sample-b sample-extra"' });
    assert.equal(each?.surplus, undefined);
  });

  it('reads the expectations from the command as written, namespace and extra spaces included', () => {
    const [each] = cases({ commands: ['demo:z   <app>  [--no-such-flag] [--no-such-flag-really] , Zed  '] }).commands;
    assert.equal(each?.qualifiedName, 'demo:z');
    assert.equal(each?.usage, 'demo:z <app> [--no-such-flag] [--no-such-flag-really]');
    assert.equal(each?.description, '"Zed"');
    assert.deepEqual(each?.unknownFlag, { args: ' test-app --no-such-flag-really-really', message: '"Unknown flag \\"--no-such-flag-really-really\\": dokku demo:z <app> [--no-such-flag] [--no-such-flag-really]"' });
    assert.deepEqual(each?.flagged, {
      args: ' --no-such-flag --no-such-flag-really test-app',
      expectedLines: ['"app: test-app"', '"no-such-flag: true"', '"no-such-flag-really: true"'],
    });
  });

  it('gives a rest argument of a trigger two sample values', () => {
    assert.deepEqual(cases({ triggers: ['ps-set-scale'] }).triggers.map((each) => [each.trigger.name, each.args]), [
      ['ps-set-scale', ' test-app sample-skip-deploy sample-clear-existing sample-process-tuples-1 sample-process-tuples-2'],
    ]);
  });
});
