import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import helpers from 'yeoman-test';
import { ADDON_GENERATOR, BIN, GENERATOR } from '../support/paths.js';
import { mustRun, run } from '../support/run.js';
import { converseOnTerminal } from '../support/terminal.js';

function cli(args: string[], cwd = mkdtempSync(path.join(os.tmpdir(), 'addon-'))) {
  const ran = run(process.execPath, [BIN, ...args], { cwd, input: '', env: { ...process.env, CI: 'true' } });
  return { ...ran, cwd };
}

function addon(args: string[]): string {
  const made = cli(['--kind', 'addon', '--yes', '--no-git', ...args]);
  assert.equal(made.status, 0, made.output);
  const name = args.find((arg) => !arg.startsWith('--')) as string;
  return path.join(made.cwd, `dokku-addon-${name}`);
}

const contract = (dir: string) => run(path.join(dir, 'tests/contract/addon-contract'), [], { cwd: dir });

function replaceIn(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  writeFileSync(full, text.replace(from, to));
}

/** A redis add-on (with the variant's flags) after `edit`, run through its own contract kit. */
function brokenAddon(variant: string[], edit: (dir: string) => void) {
  const dir = addon(['kit', '--scheme', 'redis', ...variant]);
  edit(dir);
  const ran = contract(dir);
  // The kit exits 1 when any rule fails, and says how many did.
  assert.equal(ran.status, 1, ran.output);
  assert.match(ran.stdout, /^\d+ passed, [1-9]\d* failed$/m);
  return ran;
}

/** What an app gets as DOKKU_<NAME>_URL: enable, provision APP and url run as Dokku's add-ons plugin runs them. */
function provisionedUrl(dir: string, app: string): { id: string; secret: string; url: URL } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'addon-url-'));
  mkdirSync(path.join(scratch, 'data'));
  const env = {
    ...process.env,
    ADDON_ROOT: dir,
    ADDON_DATA: path.join(scratch, 'data'),
    DOCKER_BIN: path.join(dir, 'tests/contract/fake-docker'),
    FAKE_DOCKER_LOG: path.join(scratch, 'docker.log'),
  };
  const step = (script: string, args: string[]) => {
    const ran = run(path.join(dir, script), args, { env, cwd: scratch });
    assert.equal(ran.status, 0, `${script}: ${ran.output}`);
    return ran.stdout.trim();
  };
  step('enable', []);
  const [id = '', secret = ''] = step('provision', [app]).split(':');
  return { id, secret, url: new URL(step('url', [id, secret])) };
}

describe('add-ons (--kind addon)', () => {
  const variants: Array<[string, string[]]> = [
    ['a shared redis service with dump and restore', ['cache', '--scheme', 'redis']],
    ['a postgres container per app', ['pg', '--scheme', 'postgres', '--per-app']],
    ['a service of an unknown scheme, without dump and restore', ['search_index', '--scheme', 'custom+http', '--no-dump-restore']],
  ];
  for (const [label, args] of variants) {
    describe(label, () => {
      let dir = '';
      before(() => {
        dir = addon(args);
      });

      it('passes its own contract kit', () => {
        const ran = contract(dir);
        assert.equal(ran.status, 0, ran.output);
        assert.match(ran.stdout, /^\d+ passed, 0 failed$/m);
        assert.doesNotMatch(ran.stdout, /^not ok/m);
      });

      it('passes make lint unit-tests: shellcheck with no excluded checks, and bats', () => {
        const ran = run('make', ['lint', 'unit-tests'], { cwd: dir, timeout: 120_000 });
        assert.equal(ran.status, 0, ran.output);
      });

      it('ships every script executable, with pipefail and the DOKKU_TRACE line', () => {
        const scripts = ['enable', 'disable', 'provision', 'unprovision', 'url', ...(args.includes('--no-dump-restore') ? [] : ['dump', 'restore'])];
        for (const script of scripts) {
          const file = path.join(dir, script);
          assert.equal((statSync(file).mode & 0o777).toString(8), '755', script);
          const text = readFileSync(file, 'utf8');
          assert.match(text, /^#!\/usr\/bin\/env bash\nset -eo pipefail\n\[\[ \$DOKKU_TRACE \]\] && set -x\n/, script);
          assert.equal(run('bash', ['-n', file]).status, 0, script);
        }
        assert.equal(existsSync(path.join(dir, 'dump')), !args.includes('--no-dump-restore'));
      });
    });
  }

  describe('the contract kit catches what breaks the contract', () => {
    const broken = (edit: (dir: string) => void) => brokenAddon([], edit);
    const replace = replaceIn;

    it('a provision output with more than one colon', () => {
      const ran = broken((dir) => replace(dir, 'provision', `printf '%s:%s\\n' "$SERVICE_ID" "$secret"`, `printf '%s:%s:x\\n' "$SERVICE_ID" "$secret"`));
      assert.match(ran.stdout, /^not ok - provision prints ID:PRIVATE with exactly one colon$/m);
    });

    it('a url that changes from one call to the next', () => {
      const ran = broken((dir) => replace(dir, 'url', 'echo "redis://', 'echo "$RANDOM redis://'));
      assert.match(ran.stdout, /^not ok - url prints the same URL each time$/m);
    });

    it('a disable that wipes ADDON_DATA, enabled included', () => {
      const ran = broken((dir) => replace(dir, 'disable', 'rm -rf "$ADDON_DATA/services"', 'rm -rf "${ADDON_DATA:?}"/*'));
      assert.match(ran.stdout, /^not ok - ADDON_DATA\/enabled was never touched$/m);
    });

    it('docker called directly instead of through DOCKER_BIN, and a container without the labels', () => {
      const ran = broken((dir) => replace(dir, 'addon-functions', '"${DOCKER_BIN:-docker}" "$@"', 'docker "$@"; "${DOCKER_BIN:-docker}" "$@"'));
      assert.match(ran.stdout, /^not ok - docker was only called through DOCKER_BIN$/m);
      const unlabelled = broken((dir) => replace(dir, 'enable', '"${run_args[@]}" ', ''));
      assert.match(unlabelled.stdout, /^not ok - every container started carries Dokku's labels$/m);
    });

    it('state written outside ADDON_DATA: in the working directory, in HOME, or under a hard-coded Dokku path', () => {
      const inCwd = broken((dir) => replace(dir, 'provision', 'echo "$app" >"$service_dir/APP"', 'echo "$app" >"$service_dir/APP"; echo x > stray-file'));
      assert.match(inCwd.stdout, /^not ok - nothing was written outside ADDON_DATA/m);
      const inHome = broken((dir) => replace(dir, 'provision', 'echo "$app" >"$service_dir/APP"', 'echo "$app" >"$service_dir/APP"; echo "$SERVICE_ID" >>"$HOME/.kit-ids"'));
      assert.match(inHome.stdout, /^# written to home: \.kit-ids/m);
      assert.match(inHome.stdout, /^not ok - nothing was written outside ADDON_DATA/m);
      const hardCoded = broken((dir) => replace(dir, 'addon-functions', 'echo "$ADDON_DATA/services/$1"', 'echo "/var/lib/dokku/data/kit/$1"'));
      assert.match(hardCoded.stdout, /^# addon-functions:\d+:.*\/var\/lib\/dokku\/data\/kit/m);
      assert.match(hardCoded.stdout, /^not ok - no script hard-codes a Dokku path/m);
    });

    it('an enable that touches ADDON_DATA/enabled, even without changing what it holds', () => {
      const ran = broken((dir) => replace(dir, 'enable', '  mkdir -p "$ADDON_DATA/services"\n', '  mkdir -p "$ADDON_DATA/services"\n  touch "$ADDON_DATA/enabled"\n'));
      assert.match(ran.stdout, /^not ok - ADDON_DATA\/enabled was never touched$/m);
    });

    it('an ID that is not a plain name, and a url that prints more than the URL', () => {
      const ran = broken((dir) => {
        replace(dir, 'addon-functions', `printf '%s_%s\\n' "\${base:0:23}"`, `printf '%s.%s\\n' "\${base:0:23}"`);
        replace(dir, 'url', '  echo "redis://', '  echo "connecting"\n  echo "redis://');
      });
      assert.match(ran.stdout, /^not ok - the ID is a plain name/m);
      assert.match(ran.stdout, /^not ok - url prints exactly one line$/m);
    });
  });

  describe('the contract kit catches the mistakes of a half-finished add-on', () => {
    const mistakes: Array<[string, string[], string, string, string, RegExp]> = [
      ['an enable that starts its container again instead of finding it', [], 'enable',
        '  if fn-addon-container-exists "$name"; then', '  if false; then', /^not ok - enable runs again without harm$/m],
      ['a disable that leaves the containers running', [], 'disable',
        '  fn-addon-remove-all-containers\n', '', /^not ok - disable leaves no container of the add-on$/m],
      ['an unprovision that leaves the app\'s container', ['--per-app'], 'addon-functions',
        '  fn-addon-remove-container "$(fn-addon-container-name "$id")"\n', '', /^not ok - unprovision leaves nothing of the ID in ADDON_DATA, and no container of the app$/m],
      ['a container for an app without com.dokku.app-name', ['--per-app'], 'provision',
        '"--label=com.dokku.app-name=$app" ', '', /^not ok - containers started for the app carry com\.dokku\.app-name$/m],
      ['a provision that lets the service talk on stdout', [], 'provision',
        '"$(fn-addon-container-name)" true >&2', '"$(fn-addon-container-name)" true', /^not ok - provision prints exactly one line$/m],
      ['a restore that ignores stdin', [], 'restore',
        'exec --interactive "$(fn-addon-container-name)" cat >/dev/null', 'exec "$(fn-addon-container-name)" true >/dev/null', /^not ok - restore hands the service what dump wrote$/m],
      ['a provision that leaves a half-made service behind when docker fails', ['--per-app'], 'provision',
        `  trap 'fn-addon-forget-service "$SERVICE_ID" || true' EXIT\n`, '', /^not ok - a provision whose docker calls fail exits non-zero, prints nothing and leaves nothing behind$/m],
      ['a url that makes up a URL for an ID never provisioned', [], 'url',
        '  fn-addon-require-service "$id"', '  fn-addon-require-id "$id"', /^not ok - url refuses an ID that was never provisioned/m],
    ];
    for (const [what, variant, file, from, to, rule] of mistakes) {
      it(what, () => {
        const ran = brokenAddon(variant, (dir) => replaceIn(dir, file, from, to));
        assert.match(ran.stdout, rule);
      });
    }
  });

  describe('the URL apps receive as DOKKU_<NAME>_URL', () => {
    it('redis: the ID is the user and the path is left out, since a redis path is a database number', () => {
      const { id, secret, url } = provisionedUrl(addon(['cache', '--scheme', 'redis']), 'my-app');
      assert.equal(url.protocol, 'redis:');
      assert.equal(url.username, id);
      assert.equal(url.password, secret);
      assert.equal(url.port, '6379');
      assert.equal(url.pathname, '');
      assert.match(id, /^my_app_[0-9a-f]{8}$/);
    });

    it('postgres, one container per app: the ID is the user and the database', () => {
      const { id, secret, url } = provisionedUrl(addon(['pg', '--scheme', 'postgres', '--per-app']), 'shop.example.com');
      assert.equal(url.protocol, 'postgres:');
      assert.equal(url.username, id);
      assert.equal(url.password, secret);
      assert.equal(url.port, '5432');
      assert.equal(url.pathname, `/${id}`);
      assert.match(id, /^shop_example_com_[0-9a-f]{8}$/);
    });

    it('keeps IDs within 32 characters (MySQL user names) for long app names', () => {
      const { id } = provisionedUrl(addon(['db', '--scheme', 'mysql']), 'a-very-long-application-name-for-the-shop');
      assert.ok(id.length <= 32, id);
      assert.match(id, /^a_very_long_application_[0-9a-f]{8}$/);
    });
  });

  describe('where it is written, as for plugins', () => {
    it('keeps no path of this machine in .yo-rc.json, which goes into the first commit', () => {
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'addon-remembered-'));
      const made = cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git', '--directory', path.join(cwd, 'out')], cwd);
      assert.equal(made.status, 0, made.output);
      const remembered = readFileSync(path.join(cwd, 'out/.yo-rc.json'), 'utf8');
      assert.ok(!remembered.includes(cwd), remembered);
      assert.match(remembered, /"kind": "addon"/);
    });

    it('--dry-run lists the files and writes nothing', () => {
      const ran = cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--dry-run']);
      assert.equal(ran.status, 0, ran.output);
      assert.match(ran.stdout, /Would write \d+ files to .*dokku-addon-cache:/);
      assert.match(ran.stdout, /tests\/contract\/addon-contract/);
      assert.deepEqual(readdirSync(ran.cwd), []);
    });

    it('refuses a directory with files in it unless --force, and keeps them', () => {
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'addon-occupied-'));
      mkdirSync(path.join(cwd, 'dokku-addon-cache'));
      writeFileSync(path.join(cwd, 'dokku-addon-cache', 'notes.txt'), 'mine\n');
      const refused = cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git'], cwd);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, /--directory: .*dokku-addon-cache already exists and is not empty; .*--force/);
      assert.deepEqual(readdirSync(path.join(cwd, 'dokku-addon-cache')), ['notes.txt']);
      const forced = cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git', '--force'], cwd);
      assert.equal(forced.status, 0, forced.output);
      assert.equal(readFileSync(path.join(cwd, 'dokku-addon-cache', 'notes.txt'), 'utf8'), 'mine\n');
      assert.ok(existsSync(path.join(cwd, 'dokku-addon-cache', 'provision')));
    });

    it('in an empty directory named dokku-addon-NAME, takes NAME and writes there', () => {
      const cwd = path.join(mkdtempSync(path.join(os.tmpdir(), 'addon-named-')), 'dokku-addon-queue');
      mkdirSync(cwd);
      const ran = cli(['--kind', 'addon', '--yes', '--scheme', 'amqp', '--no-git'], cwd);
      assert.equal(ran.status, 0, ran.output);
      assert.match(readFileSync(path.join(cwd, 'README.md'), 'utf8'), /DOKKU_QUEUE_URL/);
    });

    it('commits the add-on to a fresh git repository, its scripts as 100755', () => {
      const made = cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis']);
      assert.equal(made.status, 0, made.output);
      const dir = path.join(made.cwd, 'dokku-addon-cache');
      const files = mustRun('git', ['ls-files', '-s'], { cwd: dir }).stdout;
      for (const script of ['enable', 'disable', 'provision', 'unprovision', 'url', 'dump', 'restore', 'tests/contract/addon-contract']) {
        assert.match(files, new RegExp(`^100755 \\S+ 0\t${script}$`, 'm'), script);
      }
      assert.equal(mustRun('git', ['status', '--porcelain'], { cwd: dir }).stdout, '');
    });
  });

  describe('rejections name the flag and the fix', () => {
    it('without --yes and with nobody to ask, exits 1 naming --description', () => {
      const ran = cli(['--kind', 'addon', 'cache', '--scheme', 'redis', '--no-git']);
      assert.equal(ran.status, 1, ran.output);
      assert.match(ran.stderr, /^error: --description: required without --yes/m);
      assert.deepEqual(readdirSync(ran.cwd), []);
    });

    it('refuses --add in an add-on, saying why', () => {
      const dir = addon(['cache', '--scheme', 'redis']);
      const ran = cli(['--add', '--directory', dir, '--command', 'list, List']);
      assert.equal(ran.status, 1, ran.output);
      assert.match(ran.stderr, /--add: .*dokku-addon-cache is an add-on: .*edit its scripts instead/);
    });

    const cases: Array<[string, string[], RegExp]> = [
      ['a name with a hyphen, not valid in DOKKU_<NAME>_URL', ['my-db', '--scheme', 'redis'], /--name: "my-db" cannot be part of the environment variable DOKKU_MY-DB_URL/],
      ['a name with a colon', ['db:x', '--scheme', 'redis'], /--name: "db:x" contains ":"/],
      ['an uppercase name', ['Redis', '--scheme', 'redis'], /--name: "Redis" cannot be part of/],
      ['an empty name', ['--name', '', '--scheme', 'redis'], /--name: required/],
      ['no scheme', ['cache'], /--scheme: required/],
      ['a bad scheme', ['cache', '--scheme', 'red is'], /--scheme: "red is" is not a URL scheme/],
      ['a plugin-only flag', ['cache', '--scheme', 'redis', '--command', 'list, List'], /--kind: an add-on takes no --command/],
    ];
    for (const [what, args, pattern] of cases) {
      it(`rejects ${what}`, () => {
        const ran = cli(['--kind', 'addon', '--yes', '--no-git', ...args]);
        assert.equal(ran.status, 1, ran.output);
        assert.match(ran.stderr, pattern);
        assert.deepEqual(readdirSync(ran.cwd), []);
      });
    }

    it('rejects an unknown --kind', () => {
      const ran = cli(['--kind', 'theme', 'x', '--yes']);
      assert.equal(ran.status, 1);
      assert.match(ran.stderr, /--kind: "theme" is not something this generator makes/);
    });
  });

  describe('through Yeoman and on a terminal', () => {
    it('yo dokku-plugin:addon makes the same add-on', async () => {
      const result = await helpers.run(ADDON_GENERATOR).withArguments(['queue']).withOptions({ scheme: 'amqp', yes: true, git: false, interactive: false } as never);
      const dir = path.join(result.cwd, 'dokku-addon-queue');
      const ran = contract(dir);
      assert.equal(ran.status, 0, ran.output);
      assert.match(readFileSync(path.join(dir, 'README.md'), 'utf8'), /DOKKU_QUEUE_URL/);
    });

    it('yo dokku-plugin:addon asks for what the flags left out', async () => {
      const result = await helpers.run(ADDON_GENERATOR).withOptions({ interactive: true, git: false } as never)
        .withAnswers({ name: 'search', description: 'Full-text search for apps', scheme: 'http', perApp: 'per-app' });
      const dir = path.join(result.cwd, 'dokku-addon-search');
      assert.match(readFileSync(path.join(dir, 'README.md'), 'utf8'), /Full-text search for apps[\s\S]*Each app gets its own service container/);
      const ran = contract(dir);
      assert.equal(ran.status, 0, ran.output);
    });

    it('yo dokku-plugin --kind addon hands the run to dokku-plugin:addon', async () => {
      const result = await helpers.run(GENERATOR).withArguments(['cache']).withOptions({ kind: 'addon', scheme: 'redis', yes: true, git: false, interactive: false } as never);
      const dir = path.join(result.cwd, 'dokku-addon-cache');
      assert.ok(existsSync(path.join(dir, 'provision')));
      assert.ok(!existsSync(path.join(result.cwd, 'dokku-cache')), 'no plugin is written beside it');
      assert.equal(contract(dir).status, 0);
    });

    it('yo dokku-plugin --kind addon refuses plugin flags', async () => {
      await assert.rejects(
        helpers.run(GENERATOR).withArguments(['cache']).withOptions({ kind: 'addon', scheme: 'redis', command: ['list, List'], yes: true, interactive: false } as never),
        /--kind: an add-on takes no --command/,
      );
    });

    it('asks on a terminal for the description, scheme and layout, then writes an add-on that keeps its contract', async () => {
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'addon-tty-'));
      const talk = await converseOnTerminal(['--kind', 'addon', 'cache', '--no-git'], [
        [/One-line description/, 'Shared cache\r'],
        [/URL scheme/, 'redis\r'],
        [/Service layout/, '\x1b[B\r'],
      ], cwd, 30_000);
      assert.equal(talk.status, 0, talk.screen);
      const dir = path.join(cwd, 'dokku-addon-cache');
      assert.match(readFileSync(path.join(dir, 'README.md'), 'utf8'), /Shared cache[\s\S]*Each app gets its own service container/);
      assert.equal(contract(dir).status, 0);
    });
  });
});
