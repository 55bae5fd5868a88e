import assert from 'node:assert/strict';
import { checkForeignCommand, checkForeignCommandCost, checkUnknownOwnCommand } from '../../src/check/behaviour/foreign-command.js';
import { demoCommands } from './check-support.js';
import { contextFor, described, disposeSessions } from './check-behaviour-support.js';

const foreign = async (options: Parameters<typeof demoCommands>[0]) => {
  const context = contextFor({ commands: { exec: demoCommands(options) } });
  await checkForeignCommand(context);
  return context.findings.all();
};
const WHAT = '`commands check-other-plugin:command check-app` (another plugin\'s command)';

describe('unit: check, another plugin\'s command', function () {
  this.timeout(60_000);
  afterEach(disposeSessions);

  it('exit 10, silent and touching nothing: no finding', async () => {
    assert.deepEqual(await foreign({}), []);
  });

  it('the commands file gets the command and its app, as Dokku passes them', async () => {
    assert.deepEqual(await foreign({ cases: '  check-other-plugin:command) [[ "$2" == check-app && $# -eq 2 ]] && exit 10; exit 0 ;;' }), []);
  });

  it('exit 0 claims the command; any other code stops Dokku there', async () => {
    assert.deepEqual(await foreign({ fallback: 'exit 0' }), [
      { id: 'catch-all-exit', severity: 'error', message: `${WHAT} exits 0: Dokku takes it as done by this plugin and never says "is not a dokku command"`, fix: 'end the catch-all with exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}"', file: 'commands' },
    ]);
    assert.deepEqual(described(await foreign({ fallback: 'echo " !     not mine" >&2; exit 3' })), [
      `catch-all-exit commands: ${WHAT} exits 3: Dokku stops there, before the plugin that owns the command`,
      `foreign-command-output commands: ${WHAT} prints "!     not mine": that shows up in every dokku command`,
    ]);
  });

  it('printing anything is an error, even with exit 10', async () => {
    assert.deepEqual(await foreign({ before: 'echo "demo: loaded"\n' }), [
      { id: 'foreign-command-output', severity: 'error', message: `${WHAT} prints "demo: loaded": that shows up in every dokku command`, fix: 'exit 10 silently for commands that are not yours', file: 'commands' },
    ]);
  });

  it('a trace without DOKKU_TRACE is an error there too', async () => {
    assert.deepEqual(described(await foreign({ before: 'set -x\n' })).map((line) => line.split(':')[0]), ['trace-always-on commands']);
  });

  it('changing files: the first three, and nothing else is said', async () => {
    assert.deepEqual(await foreign({ before: 'mkdir -p "$DOKKU_LIB_ROOT/a" && touch "$DOKKU_LIB_ROOT/a/b" "$DOKKU_ROOT/c" ./d\necho noisy\n', fallback: 'exit 0' }), [
      { id: 'foreign-command-side-effect', severity: 'error', message: `${WHAT} changes cwd/d, home/c, lib/a: every dokku command would do the same`, fix: 'exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" on the first lines of commands, before anything runs, for every command that is not yours', file: 'commands' },
    ]);
  });

  it('calling a tool only a host has is a side effect, named', async () => {
    assert.deepEqual(described(await foreign({ before: 'docker ps >/dev/null 2>&1 || true\nsudo true 2>/dev/null || true\n' })), [
      `foreign-command-side-effect commands: ${WHAT} runs \`docker\`, \`sudo\`: every dokku command would do the same`,
    ]);
  });

  it('a run that needs what the double lacks proves nothing', async () => {
    assert.deepEqual(described(await foreign({ before: 'no-such-tool-here\n' })), ['not-checked -: not checked: needs `no-such-tool-here`: commands check-other-plugin:command check-app']);
  });
});

describe('unit: check, an unknown command of the plugin\'s own', function () {
  this.timeout(60_000);
  afterEach(disposeSessions);

  it('must not succeed', async () => {
    const good = contextFor({ commands: { exec: demoCommands() } });
    await checkUnknownOwnCommand(good);
    assert.deepEqual(good.findings.all(), []);
    const bad = contextFor({ commands: { exec: demoCommands({ cases: '  demo:*) echo "try demo:list" ;;' }) } });
    await checkUnknownOwnCommand(bad);
    assert.deepEqual(bad.findings.all(), [
      { id: 'catch-all-exit', severity: 'error', message: '`dokku demo:check-no-such-command` (no such command) exits 0 and prints "try demo:list": a typo looks like success', fix: 'end the catch-all with exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" so that Dokku says "is not a dokku command"', file: 'commands' },
    ]);
  });

  it('a run that cannot be judged says nothing more', async () => {
    const needy = contextFor({ commands: { exec: demoCommands({ cases: '  demo:*) docker ps ;;' }) } });
    await checkUnknownOwnCommand(needy);
    assert.deepEqual(described(needy.findings.all()), ['not-checked -: not checked: needs `docker`: dokku demo:check-no-such-command']);
  });
});

describe('unit: check, the cost of another plugin\'s command', function () {
  this.timeout(120_000);
  afterEach(disposeSessions);

  it('a quick exit costs nothing worth saying', async () => {
    const quick = contextFor({ commands: { exec: '#!/usr/bin/env bash\nexit 10\n' } });
    await checkForeignCommandCost(quick);
    assert.deepEqual(quick.findings.all(), []);
  });

  it('well over four times a bare exit is info, with both times', async () => {
    const slow = contextFor({ commands: { exec: '#!/usr/bin/env bash\nsleep 0.8\nexit 10\n' } });
    await checkForeignCommandCost(slow);
    const findings = slow.findings.all();
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /^a command that is not the plugin's takes \d+ ms in commands against \d+ ms for bash -c 'exit 10': every dokku command pays it$/);
    assert.deepEqual({ ...findings[0], message: '' }, { id: 'foreign-command-cost', severity: 'info', message: '', fix: 'test "$1" and exit 10 on the first lines of commands, before sourcing anything', file: 'commands' });
    const [own, bare] = [...findings[0]!.message.matchAll(/(\d+) ms/g)].map((match) => Number(match[1]));
    assert.ok(own! >= 800 && bare! < own!, findings[0]!.message);
  });
});
