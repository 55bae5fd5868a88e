import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DokkuHost } from '../support/dokku-host.js';
import { REPO_ROOT } from '../support/paths.js';
import { mustRun, run, stdoutOf, succeeded } from '../support/run.js';

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

/** The stdout of a run that must succeed. */
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
    assert.equal(stdoutOf(host.dokku(['alpha:run', 'one two'])).trim(), 'run got: alpha:run one two app=');
  });

  it('exports --app from anywhere in argv but removes only leading flags', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': echoArgs }));
    assert.equal(stdoutOf(host.dokku(['--app', 'web', '--quiet', 'alpha:run', 'x'])).trim(), 'run got: alpha:run x app=web');
    assert.equal(stdoutOf(host.dokku(['alpha:run', 'x', '--app', 'web'])).trim(), 'run got: alpha:run x --app web app=web');
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
    assert.match(stdoutOf(host.dokku(['help'])), /alpha +One/);
    assert.match(stdoutOf(host.dokku(['help', '--all'])), /alpha:all +All/);
  });

  it('runs a directory named commands too, as find -L does, so such a directory breaks help', () => {
    const plugin = fakePlugin('alpha', { commands: 'echo "    alpha, One"' });
    mkdirSync(path.join(plugin, 'src', 'commands'), { recursive: true });
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', plugin);
    const ran = host.dokku(['help']);
    assert.equal(ran.status, 126);
    assert.match(ran.stderr, /src\/commands: Is a directory/);
  });

  it('stops help with the exit code of a commands help that fails', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { commands: 'exit 10' }));
    assert.equal(host.dokku(['help']).status, 10);
  });

  it('exports --trace as DOKKU_TRACE', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': 'echo "trace=${DOKKU_TRACE:-}"' }));
    assert.match(stdoutOf(host.dokku(['--trace', 'alpha:run'])), /trace=1/);
  });

  it('treats `dokku NAME:` (an empty command) as not a dokku command, never running subcommands/', () => {
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', fakePlugin('alpha', { 'subcommands/run': echoArgs, commands: 'exit 10' }));
    const ran = host.dokku(['alpha:']);
    assert.equal(ran.status, 1);
    assert.equal(ran.stdout, '');
    assert.equal(ran.stderr, ' !     `alpha:` is not a dokku command.\n !     See `dokku help` for a list of available commands.\n');
  });
});

/** A plugin whose `probe:run FUNCTION ARGS...` runs one function of the stub core plugins in a subcommand. */
function probeHost(): DokkuHost {
  const probe = fakePlugin('probe', {
    'subcommands/run': [
      'set -eo pipefail',
      'source "$PLUGIN_CORE_AVAILABLE_PATH/common/functions"',
      'source "$PLUGIN_CORE_AVAILABLE_PATH/common/property-functions"',
      'shift',
      '"$@"',
    ].join('\n'),
  });
  return new DokkuHost(DOUBLE_DIR).enable('probe', probe);
}

const INVALID_NAME = ' !     App name must begin with lowercase alphanumeric character, and cannot include uppercase characters, colons, or underscores\n';

describe('the stub core plugins behave like Dokku\'s common functions', () => {
  it('dokku_log_fail exits 1, or DOKKU_FAIL_EXIT_CODE when set', () => {
    const host = probeHost();
    const plain = host.dokku(['probe:run', 'dokku_log_fail', 'it broke']);
    assert.deepEqual([plain.status, plain.stdout, plain.stderr], [1, '', ' !     it broke\n']);
    const coded = host.dokku(['probe:run', 'dokku_log_fail', 'it broke'], { DOKKU_FAIL_EXIT_CODE: '7' });
    assert.deepEqual([coded.status, coded.stderr], [7, ' !     it broke\n']);
  });

  it('is_valid_app_name fails with Dokku\'s messages, exit 1, and accepts what Dokku accepts', () => {
    const host = probeHost();
    const empty = host.dokku(['probe:run', 'is_valid_app_name', '']);
    assert.deepEqual([empty.status, empty.stderr], [1, ' !     Please specify an app to run the command on\n']);
    for (const name of ['Upper', 'under_score', 'co:lon', '-dash', '.dot', 'a/b']) {
      const ran = host.dokku(['probe:run', 'is_valid_app_name', name]);
      assert.deepEqual([ran.status, ran.stderr], [1, INVALID_NAME], name);
    }
    for (const name of ['web', '1app', 'my.app-2']) {
      const ran = host.dokku(['probe:run', 'is_valid_app_name', name]);
      assert.deepEqual([ran.status, ran.output], [0, ''], name);
    }
  });

  it('verify_app_name exits 20 for a missing app and 1 for an invalid name', () => {
    const host = probeHost().createApp('web');
    const missing = host.dokku(['probe:run', 'verify_app_name', 'ghost']);
    assert.deepEqual([missing.status, missing.stderr], [20, ' !     App ghost does not exist\n']);
    const invalid = host.dokku(['probe:run', 'verify_app_name', 'Web']);
    assert.deepEqual([invalid.status, invalid.stderr], [1, INVALID_NAME]);
    const present = host.dokku(['probe:run', 'verify_app_name', 'web']);
    assert.deepEqual([present.status, present.output], [0, '']);
  });

  it('dokku_apps asks the app-list trigger of every plugin, and fails when it lists nothing', () => {
    const host = probeHost();
    const none = host.dokku(['probe:run', 'dokku_apps']);
    assert.deepEqual([none.status, none.stderr], [1, ' !     You haven\'t deployed any applications yet\n']);
    host.createApp('web').createApp('api').createApp('.hidden');
    const extra = fakePlugin('extra', { 'app-list': 'echo from-a-trigger' });
    writeFileSync(path.join(extra, 'plugin.toml'), '[plugin]\n[plugin.config]\n');
    host.enable('extra', extra);
    const ran = host.dokku(['probe:run', 'dokku_apps']);
    assert.equal(ran.status, 0, ran.output);
    assert.equal(ran.stdout, 'api\nweb\nfrom-a-trigger\n');
  });

  it('fn-plugin-property-get-default prints the value and a newline, and nothing for an empty value', () => {
    const host = probeHost();
    const get = (def: string) => host.dokku(['probe:run', 'fn-plugin-property-get-default', 'demo', 'web', 'key', def]);
    assert.deepEqual([get('').status, get('').stdout], [0, '']);
    assert.equal(get('fallback').stdout, 'fallback\n');
    assert.equal(host.dokku(['probe:run', 'fn-plugin-property-write', 'demo', 'web', 'key', '']).status, 0);
    assert.equal(get('fallback').stdout, '', 'a stored empty value wins over the default');
    assert.equal(host.dokku(['probe:run', 'fn-plugin-property-write', 'demo', 'web', 'key', 'two words']).status, 0);
    assert.equal(get('fallback').stdout, 'two words\n');
  });

  it('property files are 0600 and their directories 0755, owned by DOKKU_SYSTEM_USER', () => {
    const host = probeHost();
    assert.equal(host.dokku(['probe:run', 'fn-plugin-property-setup', 'demo']).status, 0);
    const write = host.dokku(['probe:run', 'fn-plugin-property-write', 'demo', 'web', 'key', 'v']);
    assert.equal(write.status, 0, write.output);
    const file = path.join(host.libRoot, 'config/demo/web/key');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(path.dirname(file)).mode & 0o777, 0o755);
    assert.equal(statSync(path.join(host.libRoot, 'config/demo')).mode & 0o777, 0o755);
    assert.equal(readFileSync(file, 'utf8'), 'v');
    const cloned = host.dokku(['probe:run', 'fn-plugin-property-clone', 'demo', 'web', 'copy']);
    assert.equal(cloned.status, 0, cloned.output);
    assert.equal(statSync(path.join(host.libRoot, 'config/demo/copy/key')).mode & 0o777, 0o600);
    // The owner comes from DOKKU_SYSTEM_USER: a user that does not exist makes the chown fail.
    const nobody = host.dokku(['probe:run', 'fn-plugin-property-write', 'demo', 'web', 'key', 'v'], { DOKKU_SYSTEM_USER: 'no-such-user-here' });
    assert.equal(nobody.status, 1);
    assert.match(nobody.stderr, /no-such-user-here/);
  });
});

describe('the dispatcher double started as root', () => {
  it('runs the plugin as DOKKU_SYSTEM_USER, as Dokku re-runs itself as the dokku user', function () {
    if (process.getuid?.() !== 0) {
      this.skip();
    }
    const group = mustRun('id', ['-gn', 'nobody']).stdout.trim();
    const plugin = fakePlugin('alpha', {
      'subcommands/run': [
        'source "$PLUGIN_CORE_AVAILABLE_PATH/common/property-functions"',
        'fn-plugin-property-write alpha web key value',
        'echo "$(id -un) $(id -gn) $DOKKU_APP_NAME"',
      ].join('\n'),
    });
    chmodSync(plugin, 0o755);
    const host = new DokkuHost(DOUBLE_DIR).enable('alpha', plugin);
    chmodSync(host.root, 0o755);
    mustRun('chown', ['-R', 'nobody', host.dokkuRoot, host.libRoot]);
    const ran = host.dokku(['--app', 'web', 'alpha:run'], { DOKKU_SYSTEM_USER: 'nobody', DOKKU_SYSTEM_GROUP: '' });
    assert.equal(ran.status, 0, ran.output);
    assert.equal(ran.stdout, `nobody ${group} web\n`);
    assert.equal(statSync(path.join(host.libRoot, 'config/alpha/web/key')).uid, 65534);
    const asRoot = host.dokku(['alpha:run'], { DOKKU_SYSTEM_USER: 'root' });
    assert.equal(asRoot.status, 0, asRoot.output);
    assert.match(asRoot.stdout, /^root /);
  });
});

describe('the plugn double runs triggers like plugn', () => {
  const plugn = (host: DokkuHost, args: string[], extra: Record<string, string> = {}) =>
    run('bash', [path.join(DOUBLE_DIR, 'bin/plugn'), 'trigger', ...args], { env: host.env(extra), cwd: '/' });

  function configPlugin(name: string, toml: string, body: string): string {
    const dir = fakePlugin(name, { 'post-deploy': body });
    writeFileSync(path.join(dir, 'plugin.toml'), toml);
    return dir;
  }

  it('runs the trigger of every enabled plugin in name order, with its arguments', () => {
    const host = new DokkuHost(DOUBLE_DIR)
      .enable('zeta', configPlugin('zeta', '[plugin.config]\n', 'echo "zeta $*"'))
      .enable('alpha', configPlugin('alpha', '[plugin.config]\n', 'echo "alpha $*"'));
    const ran = plugn(host, ['post-deploy', 'web', 'two words']);
    assert.deepEqual([ran.status, ran.stdout], [0, 'alpha web two words\nzeta web two words\n']);
  });

  it('exports [plugin.config] keys as CONFIG_*, from PLUGIN_KEY or config.toml, never from plugin.toml', () => {
    const toml = '[plugin]\ndescription = "x"\n[plugin.config]\nsome-key = "not a default"\n';
    const host = new DokkuHost(DOUBLE_DIR).enable('my-plug', configPlugin('my-plug', toml, 'echo "[${CONFIG_SOME_KEY-unset}]"'));
    assert.equal(succeeded(plugn(host, ['post-deploy'])).stdout, '[]\n');
    assert.equal(succeeded(plugn(host, ['post-deploy'], { MY_PLUG_SOME_KEY: 'from env' })).stdout, '[from env]\n');
    writeFileSync(path.join(host.pluginPath, 'config.toml'), '[my-plug]\nsome-key = "from config"\n');
    assert.equal(succeeded(plugn(host, ['post-deploy'])).stdout, '[from config]\n');
    assert.equal(succeeded(plugn(host, ['post-deploy'], { MY_PLUG_SOME_KEY: 'from env' })).stdout, '[from env]\n');
  });

  it('fails a trigger whose plugin.toml has no [plugin.config] table, and stops at a failing trigger', () => {
    const bare = new DokkuHost(DOUBLE_DIR).enable('bare', configPlugin('bare', '[plugin]\n', 'echo ran'));
    const ran = plugn(bare, ['post-deploy']);
    assert.deepEqual([ran.status, ran.stdout], [1, '']);
    assert.match(ran.stderr, /bare: plugin\.toml has no \[plugin\.config\] table/);
    const host = new DokkuHost(DOUBLE_DIR)
      .enable('a-fails', configPlugin('a-fails', '[plugin.config]\n', 'exit 4'))
      .enable('b-after', configPlugin('b-after', '[plugin.config]\n', 'echo after'));
    const stopped = plugn(host, ['post-deploy']);
    assert.deepEqual([stopped.status, stopped.stdout], [4, '']);
  });
});
