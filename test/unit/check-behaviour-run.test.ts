import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { behaviourFindings } from '../../src/check/behaviour/index.js';
import { CheckSession, doubleDirectory } from '../../src/check/behaviour/dokku-layout.js';
import { demoCommands, HEADER, writeTree } from './check-support.js';
import { described } from './check-behaviour-support.js';

const TOML = '[plugin]\ndescription = "Demo"\nversion = "1.0.0"\n[plugin.config]\n';
const NOT_CHECKED_FIX = 'build the plugin first (for a generated Go plugin: make build), then run check again';

/** Runs `body` with the system's temporary directory pointed at a fresh one, which it returns too. */
async function inOwnTmp<T>(body: () => Promise<T>): Promise<{ result: T; tmp: string }> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'check-tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    return { result: await body(), tmp };
  } finally {
    if (saved === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = saved;
    }
  }
}

describe('unit: check, the behavioural checks as a whole', function () {
  this.timeout(180_000);

  it('without a commands file, or with one that cannot run, one info line and nothing run', async () => {
    assert.deepEqual(await behaviourFindings(writeTree({ 'plugin.toml': TOML })), [
      { id: 'not-checked', severity: 'info', message: 'not checked: needs a commands file: without it Dokku\'s dispatcher has nothing to run (an add-on, or a Go plugin not built yet)', fix: NOT_CHECKED_FIX, file: 'commands' },
    ]);
    assert.deepEqual(await behaviourFindings(writeTree({ commands: HEADER })), [
      { id: 'not-checked', severity: 'info', message: 'not checked: needs an executable commands file: without it Dokku\'s dispatcher has nothing to run (an add-on, or a Go plugin not built yet)', fix: NOT_CHECKED_FIX, file: 'commands' },
    ]);
    assert.deepEqual((await behaviourFindings(writeTree({ 'commands/x': HEADER }))).map((finding) => finding.message.split(':')[1]), [' needs an executable commands file']);
  });

  it('a correct plugin in a directory named otherwise is checked under the name its help gives, and leaves no temporary files', async () => {
    const dir = writeTree({ 'plugin.toml': TOML, commands: { exec: demoCommands({ all: ['    demo:list, List things', '    demo:show <app>, Show'], cases: '  demo:show) echo "shown" ;;' }) }, install: { exec: `${HEADER}mkdir -p "$DOKKU_LIB_ROOT/data/demo"\n` } }, 'checkout');
    const { result, tmp } = await inOwnTmp(() => behaviourFindings(dir));
    assert.deepEqual(described(result), []);
    assert.deepEqual(readdirSync(tmp), []);
  });

  it('the name the plugin\'s files give wins over its help; a help namespace that is no plugin name is not taken', async () => {
    const named = writeTree({ commands: { exec: demoCommands({ before: 'source "$PLUGIN_AVAILABLE_PATH/other/functions" 2>/dev/null || true\n' }) } }, 'checkout');
    assert.deepEqual(described(await behaviourFindings(named)).map((line) => line.split(':')[0]), ['help-summary commands', 'name-help commands', 'silent-failure commands']);
    const odd = writeTree({ commands: { exec: demoCommands({ help: 'echo "    Demo_X, Odd"' }) } }, 'dokku-odd');
    assert.deepEqual(described(await behaviourFindings(odd)).filter((line) => line.startsWith('help-summary')), ['help-summary commands: `dokku help` gets 1 lines from the plugin ("Demo_X, Odd"); it expects one namespace line, "    odd, DESCRIPTION"']);
  });

  it('every command found is run, each app-scoped one four ways', async () => {
    const dir = writeTree({ 'plugin.toml': TOML, commands: { exec: demoCommands({ all: ['    demo:a, A', '    demo:b <app>, B'], cases: '  demo:a) exit 0 ;;\n  demo:b) echo "b $2 ${DOKKU_APP_NAME:-}" ;;' }) } });
    assert.deepEqual(described(await behaviourFindings(dir)), [
      'app-flag-differs commands: `dokku --app check-app demo:b` (exit 0, "b  check-app") differs from `dokku demo:b check-app` (exit 0, "b check-app")',
      'app-flag-differs commands: `DOKKU_APP_NAME=check-app dokku demo:b` (exit 0, "b  check-app") differs from `dokku demo:b check-app` (exit 0, "b check-app")',
    ]);
  });
});

describe('unit: check, the throwaway Dokku layout', function () {
  this.timeout(60_000);

  it('a session copies the plugin without .git and node_modules, and writes stubs that record the call and fail', async () => {
    const plugin = writeTree({ commands: { exec: '#!/usr/bin/env bash\necho "ran $*"\n' }, '.git/HEAD': 'x', 'node_modules/m/index.js': 'x', 'lib/.hidden': 'kept', link: { link: 'commands' } });
    const session = new CheckSession(plugin, 'demo');
    try {
      assert.equal(path.basename(session.base).startsWith('dokku-plugin-check-'), true);
      assert.equal(path.dirname(session.base), os.tmpdir());
      assert.deepEqual(readdirSync(session.master).sort(), ['commands', 'lib', 'link']);
      assert.equal(readlinkSync(path.join(session.master, 'link')), 'commands');
      assert.deepEqual(readdirSync(session.stubs).sort(), ['apt', 'apt-get', 'curl', 'docker', 'dokku', 'service', 'sigil', 'sudo', 'systemctl', 'wget']);
      assert.equal(readFileSync(path.join(session.stubs, 'docker'), 'utf8'), '#!/usr/bin/env bash\nprintf \'%s\\n\' "${0##*/}" >>"${CHECK_NEEDS_FILE:-/dev/null}"\necho "check: ${0##*/} is not available in the Dokku double" >&2\nexit 1\n');
      assert.equal(statSync(path.join(session.stubs, 'docker')).mode & 0o777, 0o755);

      const shared = session.layout();
      const own = session.layout(true);
      assert.equal(path.basename(shared.root), 'layout-1');
      assert.equal(path.basename(own.root), 'layout-2');
      const inode = (root: string) => statSync(path.join(root, 'plugins', 'available', 'demo', 'commands')).ino;
      assert.equal(inode(shared.root), statSync(path.join(session.master, 'commands')).ino);
      assert.notEqual(inode(own.root), statSync(path.join(session.master, 'commands')).ino);
      assert.equal(readlinkSync(path.join(shared.root, 'plugins', 'enabled', 'demo')), path.join('..', 'available', 'demo'));
      assert.deepEqual(readdirSync(shared.root).sort(), ['cwd', 'cwd-2', 'home', 'lib', 'plugins', 'tmp']);
      assert.equal(lstatSync(path.join(own.root, 'plugins', 'available', 'demo', 'link')).isSymbolicLink(), true);

      const env = shared.env({ EXTRA: 'yes' });
      assert.deepEqual({ ...env, PATH: undefined, HOME: undefined, LANG: undefined, DOKKU_SYSTEM_GROUP: undefined }, {
        PATH: undefined, HOME: undefined, LANG: undefined, DOKKU_SYSTEM_GROUP: undefined,
        TMPDIR: path.join(shared.root, 'tmp'),
        PLUGIN_PATH: path.join(shared.root, 'plugins'),
        PLUGIN_AVAILABLE_PATH: path.join(shared.root, 'plugins', 'available'),
        PLUGIN_ENABLED_PATH: path.join(shared.root, 'plugins', 'enabled'),
        PLUGIN_CORE_AVAILABLE_PATH: path.join(doubleDirectory(), 'core-plugins'),
        DOKKU_ROOT: path.join(shared.root, 'home'),
        DOKKU_LIB_ROOT: path.join(shared.root, 'lib'),
        DOKKU_NOT_IMPLEMENTED_EXIT: '10',
        DOKKU_VALID_EXIT: '0',
        DOKKU_API_VERSION: '1',
        DOKKU_SYSTEM_USER: os.userInfo().username,
        DOCKER_BIN: path.join(session.stubs, 'docker'),
        CHECK_NEEDS_FILE: path.join(shared.root, 'needs'),
        EXTRA: 'yes',
      });
      assert.equal(env.PATH, `${session.stubs}:${path.join(doubleDirectory(), 'bin')}:${process.env.PATH}`);
      assert.equal(env.HOME, process.env.HOME);
      assert.equal(env.DOKKU_SYSTEM_GROUP, readFileSync('/etc/group', 'utf8').split('\n').find((line) => line.split(':')[2] === String(os.userInfo().gid))?.split(':')[0]);
      assert.equal(shared.env().LANG, process.env.LANG ?? 'C.UTF-8');
      assert.equal(doubleDirectory().endsWith(path.join('templates', 'common', 'tests', 'support')), true);

      // Runs: the dispatcher double, a file directly, help with or without --all, plugn.
      assert.equal((await shared.direct('commands', ['a', 'b'])).stdout, 'ran a b\n');
      assert.equal((await shared.dokku(['demo:x'], { DOKKU_TRACE: '' })).stdout, 'ran demo:x\n');
      const helpAll = await shared.helpAs('commands', true);
      assert.equal(helpAll.stdout, 'ran help\n');
      assert.equal((await shared.trigger(['no-such-trigger'], shared.cwd2)).status, 0);

      // What a run needed: the stubs it called, once each, forgotten at the next run.
      assert.deepEqual(shared.needs(), []);
      writeFileSync(path.join(shared.root, 'needs'), 'docker\nsudo\ndocker\n\n');
      assert.deepEqual(shared.needs(), ['docker', 'sudo']);
      await shared.direct('commands', []);
      assert.equal(existsSync(path.join(shared.root, 'needs')), false);

      shared.createApp('my-app');
      writeFileSync(path.join(shared.root, 'tmp', 'scratch'), 'x');
      assert.deepEqual([...shared.snapshot(false).keys()], ['cwd', 'cwd-2', 'home', 'home/my-app', 'lib']);
      assert.equal(shared.snapshot(true).has('plugins/available/demo/commands'), true);
    } finally {
      session.dispose();
    }
    assert.equal(existsSync(session.base), false);
  });

  it('help --all reaches the help through the parent\'s command line, as in Dokku', async () => {
    const session = new CheckSession(writeTree({ commands: { exec: demoCommands({ all: ['    demo:all, All'] }) } }), 'demo');
    try {
      const layout = session.layout();
      assert.equal((await layout.helpAs('commands', false)).stdout, '    demo, Demo plugin\n');
      assert.equal((await layout.helpAs('commands', true)).stdout, '    demo:all, All\n');
    } finally {
      session.dispose();
    }
  });
});
