import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DokkuHost } from '../support/dokku-host.js';
import { REPO_ROOT } from '../support/paths.js';

/**
 * The dispatcher double ships in every generated plugin and carries the plugin's own tests, so its
 * resolution rules are checked here against the behaviour documented for Dokku's dispatcher, with tiny
 * hand-written plugins that print what reached them.
 */
const DOUBLE_DIR = path.join(REPO_ROOT, 'templates/common/tests/support');

function script(file: string, body: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(file, 0o755);
}

function fakePlugin(name: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `fake-${name}-`));
  for (const [file, body] of Object.entries(files)) {
    script(path.join(dir, file), body);
  }
  return dir;
}

describe('the dispatcher double follows Dokku\'s resolution rules', () => {
  const echoArgs = 'echo "$(basename "$0") got: $* app=${DOKKU_APP_NAME:-}"';

  it('runs subcommands/default for a bare plugin name, with the full argv', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/default': echoArgs }));
    const ran = host.dokku(['alpha', 'x']);
    assert.equal(ran.status, 0);
    assert.equal(ran.stdout.trim(), 'default got: alpha x app=');
  });

  it('runs subcommands/CMD for PLUGIN:CMD, with the full argv', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': echoArgs }));
    assert.equal(host.dokku(['alpha:run', 'one two']).stdout.trim(), 'run got: alpha:run one two app=');
  });

  it('exports --app from anywhere in argv but removes only leading flags', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': echoArgs }));
    assert.equal(host.dokku(['--app', 'web', '--quiet', 'alpha:run', 'x']).stdout.trim(), 'run got: alpha:run x app=web');
    assert.equal(host.dokku(['alpha:run', 'x', '--app', 'web']).stdout.trim(), 'run got: alpha:run x --app web app=web');
  });

  it('falls back to every commands file: 10 is "not mine", 0 continues the loop, others stop dokku', () => {
    const host = new DokkuHost(DOUBLE_DIR)
      .enable('a-first', fakePlugin('a', { commands: 'if [[ $1 == shared ]]; then echo first; exit 0; fi; exit 10' }))
      .enable('b-second', fakePlugin('b', { commands: 'if [[ $1 == shared ]]; then echo second; exit 0; fi; if [[ $1 == broken ]]; then exit 3; fi; exit 10' }));
    const shared = host.dokku(['shared']);
    assert.equal(shared.status, 0);
    assert.equal(shared.stdout, 'first\nsecond\n');
    assert.equal(host.dokku(['broken']).status, 3);
    const unknown = host.dokku(['nobody:knows']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /`nobody:knows` is not a dokku command/);
  });

  it('answers help by running `commands help` everywhere, sorted and split into columns at the comma', () => {
    const host = new DokkuHost(DOUBLE_DIR)
      .enable('zeta', fakePlugin('zeta', { commands: 'echo "    zeta, Last plugin"' }))
      .enable('alpha', fakePlugin('alpha', { commands: 'echo "    alpha, First plugin"' }));
    const ran = host.dokku(['help']);
    assert.equal(ran.status, 0);
    const rows = ran.stdout.split('\n').filter((line) => /alpha|zeta/.test(line));
    assert.deepEqual(rows.map((row) => row.trim().split(/\s{2,}/)), [['alpha', 'First plugin'], ['zeta', 'Last plugin']]);
  });

  it('lets commands see --all on their parent process for help --all', () => {
    const check = 'if tr "\\0" " " </proc/$PPID/cmdline | grep -q -- "--all"; then echo "    alpha:all, All"; else echo "    alpha, One"; fi';
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { commands: check }));
    assert.match(host.dokku(['help']).stdout, /alpha +One/);
    assert.match(host.dokku(['help', '--all']).stdout, /alpha:all +All/);
  });

  it('runs a directory named commands too, as find -L does, so such a directory breaks help', () => {
    const plugin = fakePlugin('alpha', { commands: 'echo "    alpha, One"' });
    mkdirSync(path.join(plugin, 'src', 'commands'), { recursive: true });
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', plugin);
    assert.notEqual(host.dokku(['help']).status, 0);
  });

  it('stops help with the exit code of a commands help that fails', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { commands: 'exit 10' }));
    assert.equal(host.dokku(['help']).status, 10);
  });

  it('exports --trace as DOKKU_TRACE', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': 'echo "trace=${DOKKU_TRACE:-}"' }));
    assert.match(host.dokku(['--trace', 'alpha:run']).stdout, /trace=1/);
  });
});
