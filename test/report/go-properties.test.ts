import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtPlugin } from '../support/built-plugin.js';
import { DokkuHost } from '../support/dokku-host.js';
import { run, type Ran } from '../support/run.js';

/**
 * The Go report and properties kit against Dokku 0.38's property model, through the plugin's dispatcher
 * double and property store double: set and unset in both scopes, computed values for every combination,
 * the report in every format and flag, NAME-get-property through plugn, the typed accessors, and the
 * property lifecycle on app delete, rename and clone.
 *
 * Keys: mode (app and global, default calm), color (app and global, no default), tier (app only, default
 * gold), region (global only, default eu).
 */
describe('Go plugins: properties with app, global and computed values', () => {
  let pluginDir = '';
  let host: DokkuHost;

  before(async () => {
    pluginDir = await builtPlugin({
      name: 'knobs',
      language: 'go',
      label: 'knobs',
      options: { yes: true, git: false, lang: 'go', command: ['enable <app>, Enable'], property: ['mode=calm', 'color', 'tier=gold:app', 'region=eu:global'] },
    });
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('knobs', pluginDir).createApp('web').createApp('api');
  });

  const store = (app: string, key: string) => path.join(host.libRoot, 'config', 'knobs', app, key);

  function ok(args: string[]): string {
    const ran = host.dokku(args);
    assert.equal(ran.status, 0, `dokku ${args.join(' ')}: ${ran.output}`);
    return ran.stdout;
  }

  function refused(ran: Ran, status: number, line: string): void {
    assert.equal(ran.status, status, ran.output);
    assert.equal(ran.stderr, ` !     ${line}\n`);
    assert.equal(ran.stdout, '');
  }

  /** Runs a trigger the way Dokku does, through plugn (the double beside the dispatcher double). */
  function trigger(args: string[]): Ran {
    const bin = path.join(pluginDir, 'tests/support/bin');
    return run('bash', [path.join(bin, 'plugn'), 'trigger', ...args], { env: host.env({ PATH: `${bin}:${process.env.PATH ?? ''}` }) });
  }

  function computed(app: string, key: string): string {
    return ok(['knobs:report', app, `--knobs-computed-${key}`]);
  }

  /** Forgets every stored value, app and global. */
  function reset(): void {
    rmSync(path.join(host.libRoot, 'config', 'knobs'), { recursive: true, force: true });
  }

  describe('set', () => {
    beforeEach(reset);

    it("writes app values to config/knobs/APP/KEY and global ones to config/knobs/--global/KEY, as Dokku's store does", () => {
      assert.equal(ok(['knobs:set', 'web', 'mode', 'fast']), '=====> Setting mode to fast\n');
      assert.equal(ok(['knobs:set', '--global', 'mode', 'wild']), '=====> Setting mode to wild\n');
      assert.equal(readFileSync(store('web', 'mode'), 'utf8'), 'fast');
      assert.equal(readFileSync(store('--global', 'mode'), 'utf8'), 'wild');
      assert.equal(statSync(store('web', 'mode')).mode & 0o777, 0o600);
      assert.equal(statSync(store('--global', 'mode')).mode & 0o777, 0o600);
      assert.equal(statSync(path.dirname(store('--global', 'mode'))).mode & 0o777, 0o755);
    });

    it('unsets without a value, in the scope given, leaving the other scope alone', () => {
      ok(['knobs:set', 'web', 'mode', 'fast']);
      ok(['knobs:set', '--global', 'mode', 'wild']);
      assert.equal(ok(['knobs:set', '--global', 'mode']), '=====> Unsetting mode\n');
      assert.ok(!existsSync(store('--global', 'mode')));
      assert.equal(readFileSync(store('web', 'mode'), 'utf8'), 'fast');
      assert.equal(ok(['knobs:set', 'web', 'mode']), '=====> Unsetting mode\n');
      assert.ok(!existsSync(store('web', 'mode')));
    });

    it('takes the app from --app', () => {
      ok(['--app', 'api', 'knobs:set', 'tier', 'silver']);
      assert.equal(readFileSync(store('api', 'tier'), 'utf8'), 'silver');
    });

    it('refuses unknown keys and keys set in a scope they do not have, listing the valid keys', () => {
      refused(host.dokku(['knobs:set', 'web', 'nokey', 'x']), 1, 'Invalid key: nokey; valid keys for an app: mode, color, tier');
      refused(host.dokku(['knobs:set', '--global', 'nokey', 'x']), 1, 'Invalid key: nokey; valid keys for --global: mode, color, region');
      refused(host.dokku(['knobs:set', '--global', 'tier', 'x']), 1, 'Invalid key: tier; valid keys for --global: mode, color, region');
      refused(host.dokku(['knobs:set', 'web', 'region', 'x']), 1, 'Invalid key: region; valid keys for an app: mode, color, tier');
      assert.ok(!existsSync(store('--global', 'tier')));
      assert.ok(!existsSync(store('web', 'region')));
    });

    it('verifies the app; --global needs none', () => {
      refused(host.dokku(['knobs:set']), 1, 'Please specify an app to run the command on');
      refused(host.dokku(['knobs:set', 'ghost', 'mode', 'x']), 20, 'App ghost does not exist');
      refused(host.dokku(['knobs:set', 'Web', 'mode', 'x']), 1, 'App name must begin with lowercase alphanumeric character, and cannot include uppercase characters, colons, or underscores');
      refused(host.dokku(['knobs:set', 'web']), 1, 'Please specify <key>: dokku knobs:set [<app>|--global] <key> [<value>]');
      refused(host.dokku(['knobs:set', '--global']), 1, 'Please specify <key>: dokku knobs:set [<app>|--global] <key> [<value>]');
    });
  });

  describe('computed values', () => {
    before(reset);
    after(reset);

    /** Every reader of a computed value: the report flag, NAME-get-property through plugn, the functions file. */
    function assertComputed(app: string, key: string, expected: string): void {
      assert.equal(computed(app, key), `${expected}\n`, `--knobs-computed-${key} of ${app}`);
      const got = trigger(['knobs-get-property', app, key]);
      assert.equal(got.status, 0, got.output);
      assert.equal(got.stdout, `${expected}\n`, `knobs-get-property ${app} ${key}`);
      // The public bash functions other plugins source, the same in both languages.
      const sourced = run('bash', ['-c', `source "$PLUGIN_AVAILABLE_PATH/knobs/functions" && fn-knobs-computed-${key} "$1"`, 'bash', app], { cwd: '/', env: host.env() });
      assert.equal(sourced.status, 0, sourced.output);
      assert.equal(sourced.stdout, `${expected}\n`, `fn-knobs-computed-${key} ${app}`);
    }

    it('with nothing set: the default, or nothing', () => {
      assertComputed('web', 'mode', 'calm');
      assertComputed('web', 'color', '');
      assertComputed('web', 'tier', 'gold');
      assertComputed('web', 'region', 'eu');
    });

    it('with only an app value: that value', () => {
      ok(['knobs:set', 'web', 'mode', 'app-mode']);
      ok(['knobs:set', 'web', 'color', 'app-color']);
      ok(['knobs:set', 'web', 'tier', 'app-tier']);
      assertComputed('web', 'mode', 'app-mode');
      assertComputed('web', 'color', 'app-color');
      assertComputed('web', 'tier', 'app-tier');
      assertComputed('api', 'mode', 'calm');
      assertComputed('api', 'color', '');
    });

    it('with an app value and a global value: the app value; other apps get the global one', () => {
      ok(['knobs:set', '--global', 'mode', 'global-mode']);
      ok(['knobs:set', '--global', 'color', 'global-color']);
      ok(['knobs:set', '--global', 'region', 'global-region']);
      assertComputed('web', 'mode', 'app-mode');
      assertComputed('web', 'color', 'app-color');
      assertComputed('api', 'mode', 'global-mode');
      assertComputed('api', 'color', 'global-color');
      assertComputed('web', 'region', 'global-region');
    });

    it('with only a global value: the global value', () => {
      ok(['knobs:set', 'web', 'mode']);
      ok(['knobs:set', 'web', 'color']);
      assertComputed('web', 'mode', 'global-mode');
      assertComputed('web', 'color', 'global-color');
    });

    it('ignores a value stored in a scope the key does not have', () => {
      mkdirSync(path.dirname(store('--global', 'tier')), { recursive: true });
      writeFileSync(store('--global', 'tier'), 'stray');
      mkdirSync(path.dirname(store('web', 'region')), { recursive: true });
      writeFileSync(store('web', 'region'), 'stray');
      assertComputed('web', 'tier', 'app-tier');
      assertComputed('api', 'tier', 'gold');
      assertComputed('web', 'region', 'global-region');
    });

    it('the typed Go accessors give the same values', () => {
      mkdirSync(path.join(pluginDir, 'cmd/probe'), { recursive: true });
      writeFileSync(
        path.join(pluginDir, 'cmd/probe/main.go'),
        [
          'package main',
          '',
          'import (',
          '\t"fmt"',
          '',
          '\t"github.com/your-github-user/dokku-knobs/internal/dokku"',
          ')',
          '',
          'func main() {',
          '\tfmt.Printf("%s|%s|%s|%s|%s|%s\\n", dokku.ComputedMode("web"), dokku.ComputedMode("api"), dokku.ComputedColor("web"), dokku.ComputedTier("web"), dokku.ComputedTier("api"), dokku.ComputedRegion())',
          '}',
          '',
        ].join('\n'),
      );
      const probe = run('go', ['run', './cmd/probe'], { cwd: pluginDir, env: { ...process.env, DOKKU_LIB_ROOT: host.libRoot }, timeout: 300_000 });
      assert.equal(probe.status, 0, probe.output);
      assert.equal(probe.stdout, 'global-mode|global-mode|global-color|app-tier|gold|global-region\n');
    });

    it('NAME-get-property refuses an unknown key', () => {
      const got = trigger(['knobs-get-property', 'web', 'nokey']);
      assert.equal(got.status, 1, got.output);
      assert.equal(got.stderr, ' !     Invalid key: nokey; valid keys: mode, color, tier, region\n');
    });
  });

  describe('report', () => {
    before(() => {
      reset();
      ok(['knobs:set', 'web', 'mode', 'fast']);
      ok(['knobs:set', 'web', 'tier', 'silver']);
      ok(['knobs:set', '--global', 'mode', 'wild']);
      ok(['knobs:set', '--global', 'color', 'red']);
    });
    after(reset);

    const webReport = [
      '=====> web knobs information',
      '       Knobs color:                   ',
      '       Knobs computed color:          red',
      '       Knobs computed mode:           fast',
      '       Knobs computed region:         eu',
      '       Knobs computed tier:           silver',
      '       Knobs global color:            red',
      '       Knobs global mode:             wild',
      '       Knobs global region:           ',
      '       Knobs mode:                    fast',
      '       Knobs tier:                    silver',
      '',
    ].join('\n');

    it('shows every row of an app sorted by flag, labels padded to 31 columns', () => {
      assert.equal(ok(['knobs:report', 'web']), webReport);
      assert.equal(ok(['--app', 'web', 'knobs:report']), webReport);
    });

    it('--global shows only the global rows', () => {
      assert.equal(
        ok(['knobs:report', '--global']),
        ['=====> --global knobs information', '       Knobs global color:            red', '       Knobs global mode:             wild', '       Knobs global region:           ', ''].join('\n'),
      );
    });

    it('prints the bare value of each flag, one flag at a time', () => {
      const expected: Record<string, string> = {
        '--knobs-mode': 'fast',
        '--knobs-global-mode': 'wild',
        '--knobs-computed-mode': 'fast',
        '--knobs-color': '',
        '--knobs-global-color': 'red',
        '--knobs-computed-color': 'red',
        '--knobs-tier': 'silver',
        '--knobs-computed-tier': 'silver',
        '--knobs-global-region': '',
        '--knobs-computed-region': 'eu',
      };
      for (const [flag, value] of Object.entries(expected)) {
        assert.equal(ok(['knobs:report', 'web', flag]), `${value}\n`, flag);
      }
      assert.equal(ok(['knobs:report', '--global', '--knobs-global-mode']), 'wild\n');
      refused(host.dokku(['knobs:report', 'web', '--knobs-mode', '--knobs-tier']), 1, 'knobs:report command allows only a single flag');
      refused(
        host.dokku(['knobs:report', 'web', '--knobs-global-tier']),
        1,
        'Invalid flag passed, valid flags: --knobs-color, --knobs-computed-color, --knobs-computed-mode, --knobs-computed-region, --knobs-computed-tier, --knobs-global-color, --knobs-global-mode, --knobs-global-region, --knobs-mode, --knobs-tier',
      );
      refused(host.dokku(['knobs:report', '--global', '--knobs-mode']), 1, 'Invalid flag passed, valid flags: --knobs-global-color, --knobs-global-mode, --knobs-global-region');
    });

    it('--format json has the unprefixed keys and the legacy prefixed ones, and refuses a flag', () => {
      const parsed = JSON.parse(ok(['knobs:report', 'web', '--format', 'json'])) as Record<string, string>;
      assert.deepEqual(parsed, {
        color: '',
        'computed-color': 'red',
        'computed-mode': 'fast',
        'computed-region': 'eu',
        'computed-tier': 'silver',
        'global-color': 'red',
        'global-mode': 'wild',
        'global-region': '',
        mode: 'fast',
        tier: 'silver',
        'knobs-color': '',
        'knobs-computed-color': 'red',
        'knobs-computed-mode': 'fast',
        'knobs-computed-region': 'eu',
        'knobs-computed-tier': 'silver',
        'knobs-global-color': 'red',
        'knobs-global-mode': 'wild',
        'knobs-global-region': '',
        'knobs-mode': 'fast',
        'knobs-tier': 'silver',
      });
      const global = JSON.parse(ok(['knobs:report', '--global', '--format', 'json'])) as Record<string, string>;
      assert.deepEqual(global, { 'global-color': 'red', 'global-mode': 'wild', 'global-region': '', 'knobs-global-color': 'red', 'knobs-global-mode': 'wild', 'knobs-global-region': '' });
      refused(host.dokku(['knobs:report', 'web', '--format', 'json', '--knobs-mode']), 1, '--format flag cannot be specified when specifying an info flag');
    });

    it('--format json escapes a value as Go\'s encoding/json does, the same bytes as the bash variant', () => {
      ok(['knobs:set', 'api', 'color', 'a<b>&"\\c\t\b\f\u0001\ré\u2028\u2029']);
      assert.equal(ok(['knobs:report', 'api', '--knobs-color']), 'a<b>&"\\c\t\b\f\u0001\ré\u2028\u2029\n');
      const json = ok(['knobs:report', 'api', '--format', 'json']);
      const escaped = '"a\\u003cb\\u003e\\u0026\\"\\\\c\\t\\b\\f\\u0001\\ré\\u2028\\u2029"';
      assert.ok(json.startsWith(`{"color":${escaped},"computed-color":${escaped},"computed-mode":"wild","computed-region":"eu",`), json);
      assert.equal((JSON.parse(json) as Record<string, string>)['knobs-color'], 'a<b>&"\\c\t\b\f\u0001\ré\u2028\u2029');
      ok(['knobs:set', 'api', 'color']);
    });

    it('without an app reports every app', () => {
      const all = ok(['knobs:report']);
      assert.deepEqual(all.split('\n').filter((line) => line.startsWith('=====> ')), ['=====> api knobs information', '=====> web knobs information']);
      assert.ok(all.endsWith(webReport), all);
    });

    it('without an app and in JSON, one object per app, one per line, in the order of the app-list trigger', () => {
      const lines = ok(['knobs:report', '--format', 'json']).split('\n');
      assert.equal(lines.length, 3);
      assert.equal(lines[2], '');
      assert.equal((JSON.parse(lines[0] as string) as Record<string, string>)['computed-mode'], 'wild');
      assert.equal((JSON.parse(lines[1] as string) as Record<string, string>)['computed-mode'], 'fast');
    });

    it('the report trigger adds the app report to `dokku report APP`', () => {
      const ran = trigger(['report', 'web']);
      assert.equal(ran.status, 0, ran.output);
      assert.equal(ran.stdout, webReport);
    });
  });

  describe('lifecycle', () => {
    before(() => {
      reset();
      ok(['knobs:set', 'web', 'mode', 'fast']);
      ok(['knobs:set', '--global', 'mode', 'wild']);
    });

    it('post-app-clone-setup copies the app properties; post-app-rename-setup moves them; post-delete removes them; globals stay', () => {
      host.createApp('web-copy').createApp('web-moved');
      assert.equal(trigger(['post-app-clone-setup', 'web', 'web-copy']).status, 0);
      assert.equal(readFileSync(store('web-copy', 'mode'), 'utf8'), 'fast');
      assert.equal(statSync(store('web-copy', 'mode')).mode & 0o777, 0o600);
      assert.equal(readFileSync(store('web', 'mode'), 'utf8'), 'fast');

      assert.equal(trigger(['post-app-rename-setup', 'web-copy', 'web-moved']).status, 0);
      assert.equal(readFileSync(store('web-moved', 'mode'), 'utf8'), 'fast');
      assert.ok(!existsSync(path.dirname(store('web-copy', 'mode'))));

      assert.equal(trigger(['post-delete', 'web-moved']).status, 0);
      assert.ok(!existsSync(path.dirname(store('web-moved', 'mode'))));
      assert.equal(readFileSync(store('--global', 'mode'), 'utf8'), 'wild');
      assert.equal(computed('web', 'mode'), 'fast\n');
    });
  });
});

describe('Go plugins whose keys all have one scope', () => {
  it('with only global keys, set needs no --global and takes no app', async () => {
    const pluginDir = await builtPlugin({ name: 'glob', language: 'go', label: 'glob', options: { yes: true, git: false, lang: 'go', property: ['region=eu:global'] } });
    const host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('glob', pluginDir).createApp('web');
    const set = host.dokku(['glob:set', 'region', 'north']);
    assert.equal(set.status, 0, set.output);
    assert.equal(readFileSync(path.join(host.libRoot, 'config/glob/--global/region'), 'utf8'), 'north');
    // an app first reads as a key, since set takes none
    const app = host.dokku(['glob:set', 'web', 'region', 'x']);
    assert.deepEqual([app.status, app.stderr], [1, ' !     Invalid key: web; valid keys for --global: region\n']);
    const missing = host.dokku(['glob:set']);
    assert.deepEqual([missing.status, missing.stderr], [1, ' !     Please specify <key>: dokku glob:set --global <key> [<value>]\n']);
    assert.equal(host.dokku(['glob:report', 'web']).stdout, ['=====> web glob information', '       Glob computed region:          north', '       Glob global region:            north', ''].join('\n'));
  });

  it('with only app keys, --global is refused naming the keys an app takes', async () => {
    const pluginDir = await builtPlugin({ name: 'per', language: 'go', label: 'per', options: { yes: true, git: false, lang: 'go', property: ['tier=gold:app'] } });
    const host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('per', pluginDir).createApp('web');
    const refused = host.dokku(['per:set', '--global', 'tier', 'x']);
    assert.deepEqual([refused.status, refused.stderr], [1, ' !     Invalid key: tier; no per property has a global value, set them per app: tier\n']);
    assert.equal(host.dokku(['per:report', 'web']).stdout, ['=====> web per information', '       Per computed tier:             gold', '       Per tier:                      ', ''].join('\n'));
    assert.equal(host.dokku(['per:report', '--global']).stdout, '=====> --global per information\n');
  });
});
