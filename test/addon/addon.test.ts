import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import helpers from 'yeoman-test';
import { ADDON_GENERATOR, BIN } from '../support/paths.js';
import { run } from '../support/run.js';

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
    const broken = (edit: (dir: string) => void) => {
      const dir = addon(['kit', '--scheme', 'redis']);
      edit(dir);
      return contract(dir);
    };
    const replace = (dir: string, file: string, from: string, to: string) => {
      const full = path.join(dir, file);
      const text = readFileSync(full, 'utf8');
      assert.ok(text.includes(from), `${file} holds ${from}`);
      writeFileSync(full, text.replace(from, to));
    };

    it('a provision output with more than one colon', () => {
      const ran = broken((dir) => replace(dir, 'provision', `printf '%s:%s\\n' "$id" "$secret"`, `printf '%s:%s:x\\n' "$id" "$secret"`));
      assert.notEqual(ran.status, 0);
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

    it('state written outside ADDON_DATA', () => {
      const ran = broken((dir) => replace(dir, 'provision', 'echo "$app" >"$service_dir/APP"', 'echo "$app" >"$service_dir/APP"; echo x > stray-file'));
      assert.match(ran.stdout, /^not ok - nothing was written outside ADDON_DATA$/m);
    });
  });

  describe('rejections name the flag and the fix', () => {
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

  it('yo dokku-plugin:addon makes the same add-on', async () => {
    const result = await helpers.run(ADDON_GENERATOR).withArguments(['queue']).withOptions({ scheme: 'amqp', yes: true, git: false, interactive: false } as never);
    const dir = path.join(result.cwd, 'dokku-addon-queue');
    const ran = contract(dir);
    assert.equal(ran.status, 0, ran.output);
    assert.match(readFileSync(path.join(dir, 'README.md'), 'utf8'), /DOKKU_QUEUE_URL/);
  });
});
