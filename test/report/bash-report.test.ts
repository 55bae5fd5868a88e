import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DokkuHost } from '../support/dokku-host.js';
import { BIN } from '../support/paths.js';
import { type Ran, run, stdoutOf } from '../support/run.js';

/**
 * The bash report kit against Dokku 0.38's property model (issue 12), run through the generated plugin's
 * dispatcher double and property store double. Every expected value is written out here.
 */
const APP = 'web';
const PROPERTIES = ['--property', 'mode=calm', '--property', 'note', '--property', 'own=x:app', '--property', 'wide:global'];

function generate(name: string, flags: string[]): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'bash-report-')), `dokku-${name}`);
  const ran = run(process.execPath, [BIN, name, '--yes', '--no-git', '--directory', directory, ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(ran.status, 0, ran.output);
  return directory;
}

function refused(ran: Ran, message: string): void {
  assert.equal(ran.status, 1, ran.output);
  assert.equal(ran.stderr, ` !     ${message}\n`);
}

describe('the bash report kit speaks Dokku 0.38 (issue 12)', function () {
  this.timeout(300_000);
  let pluginDir: string;
  let host: DokkuHost;
  const config = () => path.join(host.libRoot, 'config', 'demo');
  const plugn = (args: string[]) => run('bash', [path.join(pluginDir, 'tests/support/bin/plugn'), 'trigger', ...args], { env: host.env(), cwd: '/' });

  before(() => {
    pluginDir = generate('demo', PROPERTIES);
  });

  beforeEach(() => {
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('demo', pluginDir).createApp(APP);
  });

  it('shows every row sorted by flag, labels padded to 31 characters, defaults on the computed rows', () => {
    assert.equal(stdoutOf(host.dokku(['demo:report', APP])), [
      '=====> web demo information',
      '       Demo computed mode:            calm',
      '       Demo computed note:            ',
      '       Demo computed own:             x',
      '       Demo computed wide:            ',
      '       Demo global mode:              ',
      '       Demo global note:              ',
      '       Demo global wide:              ',
      '       Demo mode:                     ',
      '       Demo note:                     ',
      '       Demo own:                      ',
      '',
    ].join('\n'));
  });

  it('sets and unsets in both scopes, in Dokku\'s on-disk layout', () => {
    stdoutOf(host.dokku(['demo:set', APP, 'mode', 'app value']));
    stdoutOf(host.dokku(['demo:set', '--global', 'mode', 'global value']));
    assert.equal(readFileSync(path.join(config(), APP, 'mode'), 'utf8'), 'app value');
    assert.equal(readFileSync(path.join(config(), '--global', 'mode'), 'utf8'), 'global value');
    assert.equal(statSync(path.join(config(), '--global', 'mode')).mode & 0o777, 0o600);
    stdoutOf(host.dokku(['demo:set', APP, 'mode']));
    assert.equal(existsSync(path.join(config(), APP, 'mode')), false);
    assert.equal(stdoutOf(host.dokku(['demo:report', APP, '--demo-computed-mode'])), 'global value\n');
    stdoutOf(host.dokku(['demo:set', '--global', 'mode']));
    assert.equal(existsSync(path.join(config(), '--global', 'mode')), false);
    assert.equal(stdoutOf(host.dokku(['demo:report', APP, '--demo-computed-mode'])), 'calm\n');
  });

  it('computes app value, else global value, else default, for every combination', () => {
    // [key, app value or undefined, global value or undefined, computed]
    const cases: Array<[string, string | undefined, string | undefined, string]> = [
      ['mode', undefined, undefined, 'calm'],
      ['mode', undefined, 'wild', 'wild'],
      ['mode', 'tame', undefined, 'tame'],
      ['mode', 'tame', 'wild', 'tame'],
      ['note', undefined, undefined, ''],
      ['note', undefined, 'wild', 'wild'],
      ['note', 'tame', undefined, 'tame'],
      ['note', 'tame', 'wild', 'tame'],
    ];
    for (const [key, appValue, globalValue, computed] of cases) {
      const label = `${key} app=${appValue} global=${globalValue}`;
      stdoutOf(host.dokku(['demo:set', APP, key, ...(appValue === undefined ? [] : [appValue])]));
      stdoutOf(host.dokku(['demo:set', '--global', key, ...(globalValue === undefined ? [] : [globalValue])]));
      assert.equal(stdoutOf(host.dokku(['demo:report', APP, `--demo-computed-${key}`])), `${computed}\n`, label);
      assert.equal(stdoutOf(host.dokku(['demo:report', APP, `--demo-${key}`])), `${appValue ?? ''}\n`, label);
      assert.equal(stdoutOf(host.dokku(['demo:report', APP, `--demo-global-${key}`])), `${globalValue ?? ''}\n`, label);
      assert.equal(stdoutOf(plugn(['demo-get-property', APP, key])), `${computed}\n`, label);
      const helper = run('bash', ['-c', `source "$PLUGIN_AVAILABLE_PATH/demo/functions" && fn-demo-computed-${key} ${APP}`], { env: host.env() });
      assert.equal(stdoutOf(helper), `${computed}\n`, label);
    }
    // A key of one scope falls back from that scope alone.
    stdoutOf(host.dokku(['demo:set', '--global', 'wide', 'everywhere']));
    assert.equal(stdoutOf(plugn(['demo-get-property', APP, 'wide'])), 'everywhere\n');
    assert.equal(stdoutOf(plugn(['demo-get-property', APP, 'own'])), 'x\n');
    stdoutOf(host.dokku(['demo:set', APP, 'own', 'mine']));
    assert.equal(stdoutOf(plugn(['demo-get-property', APP, 'own'])), 'mine\n');
  });

  it('prints JSON with unprefixed and legacy keys, sorted as Go writes them; --global only the global ones', () => {
    stdoutOf(host.dokku(['demo:set', '--global', 'mode', 'wild']));
    stdoutOf(host.dokku(['demo:set', APP, 'mode', 'calm <&> "q"\\']));
    const json = stdoutOf(host.dokku(['demo:report', APP, '--format', 'json']));
    assert.equal(json, '{"computed-mode":"calm \\u003c\\u0026\\u003e \\"q\\"\\\\","computed-note":"","computed-own":"x","computed-wide":"",'
      + '"demo-computed-mode":"calm \\u003c\\u0026\\u003e \\"q\\"\\\\","demo-computed-note":"","demo-computed-own":"x","demo-computed-wide":"",'
      + '"demo-global-mode":"wild","demo-global-note":"","demo-global-wide":"","demo-mode":"calm \\u003c\\u0026\\u003e \\"q\\"\\\\","demo-note":"","demo-own":"",'
      + '"global-mode":"wild","global-note":"","global-wide":"","mode":"calm \\u003c\\u0026\\u003e \\"q\\"\\\\","note":"","own":""}\n');
    const parsed = JSON.parse(json) as Record<string, string>;
    assert.equal(parsed['computed-mode'], 'calm <&> "q"\\');
    assert.equal(parsed['global-mode'], 'wild');
    assert.equal(parsed['demo-mode'], 'calm <&> "q"\\');
    assert.equal(parsed['demo-computed-own'], 'x');
    assert.equal(Object.keys(parsed).length, 20);
    assert.equal(stdoutOf(host.dokku(['demo:report', '--global', '--format', 'json'])), '{"demo-global-mode":"wild","demo-global-note":"","demo-global-wide":"","global-mode":"wild","global-note":"","global-wide":""}\n');
    assert.equal(stdoutOf(host.dokku(['demo:report', '--global'])), [
      '=====> --global demo information',
      '       Demo global mode:              wild',
      '       Demo global note:              ',
      '       Demo global wide:              ',
      '',
    ].join('\n'));
    assert.equal(stdoutOf(host.dokku(['demo:report', '--global', '--demo-global-mode'])), 'wild\n');
  });

  it('escapes control characters and line separators as Go does', () => {
    stdoutOf(host.dokku(['demo:set', APP, 'note', 'a\tb\nc\rd\u0001e\u001ff\u2028g\u2029h\bi\fj']));
    const json = stdoutOf(host.dokku(['demo:report', APP, '--format', 'json']));
    assert.match(json, /"note":"a\\tb\\nc\\rd\\u0001e\\u001ff\\u2028g\\u2029h\\bi\\fj"/);
    assert.equal((JSON.parse(json) as Record<string, string>).note, 'a\tb\nc\rd\u0001e\u001ff\u2028g\u2029h\bi\fj');
  });

  it('reports every app listed by the app-list trigger, one JSON object per line, in that order', () => {
    host.createApp('api');
    stdoutOf(host.dokku(['demo:set', 'api', 'own', 'a']));
    stdoutOf(host.dokku(['demo:set', APP, 'own', 'w']));
    const lines = stdoutOf(host.dokku(['demo:report', '--format', 'json'])).split('\n');
    assert.deepEqual(lines.map((line) => (line === '' ? undefined : (JSON.parse(line) as Record<string, string>).own)), ['a', 'w', undefined]);
    const text = stdoutOf(host.dokku(['demo:report']));
    assert.deepEqual(text.split('\n').filter((line) => line.startsWith('=====>')), ['=====> api demo information', '=====> web demo information']);
    assert.equal(stdoutOf(host.dokku(['demo:report', '--demo-own'])), 'a\nw\n');
  });

  it('refuses unknown keys, keys in a scope they lack, bad apps, two flags and --format json with a flag', () => {
    refused(host.dokku(['demo:set', APP, 'nope', 'v']), 'Invalid key: nope; valid keys for an app: mode, note, own');
    refused(host.dokku(['demo:set', APP, 'wide', 'v']), 'Invalid key: wide; valid keys for an app: mode, note, own');
    refused(host.dokku(['demo:set', '--global', 'own', 'v']), 'Invalid key: own; valid keys for --global: mode, note, wide');
    refused(host.dokku(['demo:set', '--global']), 'Please specify <key>: dokku demo:set [<app>|--global] <key> [<value>]');
    const missing = host.dokku(['demo:set', 'no-such-app', 'mode', 'v']);
    assert.equal(missing.status, 20, missing.output);
    assert.match(missing.stderr, /App no-such-app does not exist/);
    refused(host.dokku(['demo:report', APP, '--demo-mode', '--demo-own']), 'demo:report command allows only a single flag');
    refused(host.dokku(['demo:report', APP, '--format', 'json', '--demo-mode']), '--format flag cannot be specified when specifying an info flag');
    refused(host.dokku(['demo:report', APP, '--demo-nope']),
      'Invalid flag passed, valid flags: --demo-computed-mode, --demo-computed-note, --demo-computed-own, --demo-computed-wide, --demo-global-mode, --demo-global-note, --demo-global-wide, --demo-mode, --demo-note, --demo-own');
    refused(host.dokku(['demo:report', '--global', '--demo-mode']), 'Invalid flag passed, valid flags: --demo-global-mode, --demo-global-note, --demo-global-wide');
    refused(plugn(['demo-get-property', APP, 'nope']), 'Invalid key: nope; valid keys: mode, note, own, wide');
  });

  it('takes the app from --app and $DOKKU_APP_NAME, and --global with neither', () => {
    stdoutOf(host.dokku(['--app', APP, 'demo:set', 'mode', 'from-flag']));
    assert.equal(stdoutOf(host.dokku(['demo:report', APP, '--demo-mode'])), 'from-flag\n');
    stdoutOf(host.dokku(['demo:set', 'mode', 'from-env'], { DOKKU_APP_NAME: APP }));
    assert.equal(stdoutOf(host.dokku(['demo:report', '--demo-mode'], { DOKKU_APP_NAME: APP })), 'from-env\n');
    stdoutOf(host.dokku(['demo:set', '--global', 'mode', 'g'], { DOKKU_APP_NAME: APP }));
    assert.equal(readFileSync(path.join(config(), '--global', 'mode'), 'utf8'), 'g');
  });

  it('deletes, moves and copies an app\'s properties with the app; global values survive all three', () => {
    stdoutOf(host.dokku(['demo:set', APP, 'own', 'mine']));
    stdoutOf(host.dokku(['demo:set', '--global', 'wide', 'shared']));
    stdoutOf(plugn(['post-app-clone-setup', APP, 'copy']));
    assert.equal(readFileSync(path.join(config(), 'copy', 'own'), 'utf8'), 'mine');
    assert.equal(readFileSync(path.join(config(), APP, 'own'), 'utf8'), 'mine');
    stdoutOf(plugn(['post-app-rename-setup', APP, 'renamed']));
    assert.equal(readFileSync(path.join(config(), 'renamed', 'own'), 'utf8'), 'mine');
    assert.equal(existsSync(path.join(config(), APP)), false);
    stdoutOf(plugn(['post-delete', 'renamed']));
    stdoutOf(plugn(['post-delete', 'copy']));
    assert.equal(existsSync(path.join(config(), 'renamed')), false);
    assert.equal(readFileSync(path.join(config(), '--global', 'wide'), 'utf8'), 'shared');
  });

  it('sets up the store on install and shows the properties in the README table', () => {
    mkdirSync(host.libRoot, { recursive: true });
    stdoutOf(run('bash', [path.join(host.pluginPath, 'enabled', 'demo', 'install')], { env: host.env(), cwd: '/' }));
    assert.equal(statSync(config()).isDirectory(), true);
    const readme = readFileSync(path.join(pluginDir, 'README.md'), 'utf8');
    assert.ok(readme.includes([
      '| Property | Scope | Default | Report flags | Description |',
      '| --- | --- | --- | --- | --- |',
      '| `mode` | app + global | calm | `--demo-mode`, `--demo-global-mode`, `--demo-computed-mode` | Set per app or with --global for every app; the app value wins, then the global one, then the default |',
      '| `note` | app + global | none | `--demo-note`, `--demo-global-note`, `--demo-computed-note` | Set per app or with --global for every app; the app value wins, then the global one, then the default |',
      '| `own` | app | x | `--demo-own`, `--demo-computed-own` | Set per app; an app without a value gets the default |',
      '| `wide` | global | none | `--demo-global-wide`, `--demo-computed-wide` | Set with --global, for every app; unset, the default applies |',
    ].join('\n')), readme);
    assert.ok(readme.includes('| `dokku demo:set [<app>\\|--global] <key> [<value>]` |'));
    assert.ok(readme.includes('- `demo-get-property`: prints the computed value of a demo property for other plugins (APP KEY).'));
    const help = stdoutOf(host.dokku(['demo:help']));
    assert.match(help, /^ {4}demo:set \[<app>\|--global\] <key> \[<value>\] +Set \(or without a value unset\) a property: mode\|note\|own\|wide$/m);
    assert.match(help, /^ {4}demo:report \[<app>\|--global\] \[--format stdout\|json\] \[<flag>\] +Show the report of one app or of all apps$/m);
  });

  it('passes shellcheck with no exclusions and its own bats tests', () => {
    const files = ['functions', 'report-functions', 'demo-get-property', 'tests/unit/report.bats', 'tests/integration/plugin.bats'].map((file) => path.join(pluginDir, file));
    const linted = run('shellcheck', ['--severity=style', ...files]);
    assert.equal(linted.output, '');
    for (const file of files.slice(0, 3)) {
      assert.equal(run('bash', ['-n', file]).status, 0, file);
    }
    const tested = run('bats', ['tests/unit/report.bats'], { cwd: pluginDir, timeout: 300_000 });
    assert.equal(tested.status, 0, tested.output);
  });

  it('a plugin whose keys are all global takes set KEY with or without --global', () => {
    const globalDir = generate('wide', ['--property', 'level=low:global']);
    const globalHost = new DokkuHost(path.join(globalDir, 'tests/support')).enable('wide', globalDir).createApp(APP);
    stdoutOf(globalHost.dokku(['wide:set', 'level', 'high']));
    assert.equal(stdoutOf(globalHost.dokku(['wide:report', APP, '--wide-computed-level'])), 'high\n');
    stdoutOf(globalHost.dokku(['wide:set', '--global', 'level']));
    assert.equal(stdoutOf(globalHost.dokku(['wide:report', APP, '--wide-computed-level'])), 'low\n');
    refused(globalHost.dokku(['wide:set', APP, 'level', 'x']), 'Invalid key: web; valid keys for --global: level');
  });
});
