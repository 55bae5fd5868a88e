import assert from 'node:assert/strict';
import path from 'node:path';
import { CheckContext, isExecutableFile } from '../../src/check/behaviour/check-context.js';
import type { CheckSession } from '../../src/check/behaviour/dokku-layout.js';
import { FindingsList } from '../../src/check/behaviour/findings-list.js';
import type { Outcome } from '../../src/check/behaviour/run-outcome.js';
import { writeTree, type TreeSpec } from './check-support.js';

const context = (files: TreeSpec = {}) => new CheckContext({ master: writeTree(files) } as unknown as CheckSession, 'demo', new FindingsList());
const outcome = (fields: Partial<Outcome> & { status?: number | null; timedOut?: boolean }): Outcome => ({
  ran: { status: fields.status ?? 0, stdout: '', stderr: '', ms: 1, timedOut: fields.timedOut ?? false },
  needs: [], bashErrors: [], output: '', traced: false, failed: false, silent: false, saysWhy: false, notADokkuCommand: false, ...fields,
});
const ids = (checked: CheckContext) => checked.findings.all().map((finding) => `${finding.id} ${finding.file ?? '-'} ${finding.severity}`);

describe('unit: check, which plugin file answers a command', () => {
  const files: TreeSpec = { 'subcommands/default': { exec: '' }, 'subcommands/demo': { exec: '' }, 'subcommands/set': { exec: '' }, 'subcommands/plain': '', 'subcommands/folder/x': { exec: '' } };

  it('the bare name: subcommands/default, else subcommands/NAME, else commands', () => {
    assert.equal(context(files).fileFor('demo'), 'subcommands/default');
    const { 'subcommands/default': _, ...withoutDefault } = files;
    assert.equal(context(withoutDefault).fileFor('demo'), 'subcommands/demo');
    assert.equal(context({}).fileFor('demo'), 'commands');
  });

  it('NAME:CMD: its executable subcommand file, else commands', () => {
    const checked = context(files);
    assert.equal(checked.fileFor('demo:set'), 'subcommands/set');
    assert.equal(checked.fileFor('demo:plain'), 'commands');
    assert.equal(checked.fileFor('demo:folder'), 'commands');
    assert.equal(checked.fileFor('demo:missing'), 'commands');
    assert.equal(checked.fileFor('other:set'), 'commands');
    assert.equal(checked.fileFor('demoset'), 'commands');
    assert.equal(checked.fileFor('set'), 'commands');
    assert.equal(checked.fileFor('othr:set'), 'commands');
  });

  it('an executable file is a file with an execute bit', () => {
    const root = writeTree({ run: { exec: '' }, plain: '', 'folder/x': '' });
    assert.equal(isExecutableFile(path.join(root, 'run')), true);
    assert.equal(isExecutableFile(path.join(root, 'plain')), false);
    assert.equal(isExecutableFile(path.join(root, 'folder')), false);
    assert.equal(isExecutableFile(path.join(root, 'missing')), false);
  });
});

describe('unit: check, the rules every run is held to', () => {
  it('a run that cannot be judged is recorded as not checked, and nothing else', () => {
    const checked = context();
    assert.equal(checked.judge(outcome({ needs: ['`docker`'], traced: true, silent: true, failed: true }), 'dokku demo:a', 'commands'), false);
    assert.equal(checked.judge(outcome({ timedOut: true }), 'dokku demo:b', 'commands'), false);
    assert.deepEqual(ids(checked), ['not-checked - info', 'not-checked - info']);
  });

  it('a clean run, a failure that says why and one the caller reports itself give nothing', () => {
    const checked = context();
    assert.equal(checked.judge(outcome({ output: 'ok' }), 'dokku demo', 'commands'), true);
    assert.equal(checked.judge(outcome({ status: 1, failed: true, saysWhy: true, output: ' !     no' }), 'dokku demo', 'commands'), true);
    assert.equal(checked.judge(outcome({ status: 1, failed: true, output: 'no' }), 'dokku demo', 'commands', { failureReported: true }), true);
    assert.deepEqual(ids(checked), []);
  });

  it('a trace nobody asked for is an error, once per file; asked for, it is fine', () => {
    const checked = context();
    checked.judge(outcome({ traced: true }), 'dokku demo:a', 'commands');
    checked.judge(outcome({ traced: true }), 'dokku demo:b', 'commands');
    checked.judge(outcome({ traced: true }), 'dokku demo:c', 'subcommands/c', { traceRequested: true });
    assert.deepEqual(checked.findings.all(), [{ id: 'trace-always-on', severity: 'error', message: '`dokku demo:a` prints a trace without DOKKU_TRACE set: every user sees the plugin\'s shell lines', fix: 'turn tracing on only when asked: [[ -n "${DOKKU_TRACE:-}" ]] && set -x', file: 'commands' }]);
  });

  it('bash errors, in general and for a missing app, with the first error quoted', () => {
    const checked = context();
    assert.equal(checked.judge(outcome({ status: 1, failed: true, silent: true, bashErrors: ['line 3: x: unbound variable', 'line 4: y: unbound variable'] }), 'dokku demo:a', 'commands'), true);
    checked.judge(outcome({ status: 1, failed: true, bashErrors: ['line 5: $1: unbound variable'] }), 'dokku demo:b check-missing-app', 'subcommands/b', { missingApp: true });
    assert.deepEqual(checked.findings.all(), [
      { id: 'bash-error', severity: 'error', message: '`dokku demo:a` fails with a bash error instead of a message: "line 3: x: unbound variable"', fix: 'fix the script so that bash itself never reports an error; fail with dokku_log_fail and a reason', file: 'commands' },
      { id: 'missing-app-bash-error', severity: 'error', message: '`dokku demo:b check-missing-app` fails with a bash error instead of a message: "line 5: $1: unbound variable"', fix: 'check the app first and fail with dokku_log_fail "Please specify an app to run the command on" (then verify_app_name "$APP")', file: 'subcommands/b' },
    ]);
  });

  it('a silent failure is an error; a failure without a " !     " line a warning', () => {
    const checked = context();
    checked.judge(outcome({ status: 3, failed: true, silent: true }), 'dokku demo:a', 'commands', { failureReported: true });
    checked.judge(outcome({ status: 2, failed: true, output: 'usage: wrong\nmore\nand more' }), 'dokku demo:b', 'subcommands/b');
    assert.deepEqual(checked.findings.all(), [
      { id: 'silent-failure', severity: 'error', message: '`dokku demo:a` exits 3 without printing anything: the user cannot tell why it failed', fix: 'fail with dokku_log_fail "REASON", which prints " !     REASON" on stderr', file: 'commands' },
      { id: 'failure-not-dokku-style', severity: 'warning', message: '`dokku demo:b` exits 2 and prints "usage: wrong / more" but no Dokku-style " !     " line', fix: 'report failures with dokku_log_fail (bash) or a " !     " line on stderr (Go)', file: 'subcommands/b' },
    ]);
  });

  it('a trace and a bash error in one run are both reported', () => {
    const checked = context();
    checked.judge(outcome({ traced: true, status: 1, failed: true, bashErrors: ['syntax error'] }), 'dokku demo', 'commands');
    assert.deepEqual(ids(checked), ['trace-always-on commands error', 'bash-error commands error']);
  });
});
