import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import helpers from 'yeoman-test';
import { ADDON_GENERATOR, BIN, GENERATOR } from '../support/paths.js';
import { run } from '../support/run.js';

/**
 * Issue 10, items 6, 11 and 12: inputs that were accepted silently, or refused with a bare Node error
 * (ENAMETOOLONG, EEXIST, ENOTDIR, EACCES), or written with their bytes replaced. Each is refused with exit 1,
 * `error: --flag: rule` lines only, and nothing written.
 */

const LONG = (letter: string, length: number) => letter.repeat(length);
/** The unprivileged user the permission cases run as when the suite runs as root, which no mode stops. */
const NOBODY = 65534;

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'input-rules-'));
  // Readable and searchable by the unprivileged user of the permission cases.
  chmodSync(dir, 0o755);
  return dir;
}

/** The CLI with stdin closed and CI unset, so only the flags count. `prefix` runs it through another program. */
function cli(args: string[], cwd: string, prefix: string[] = []) {
  const { CI: _ci, ...env } = process.env;
  const [command = process.execPath, ...rest] = [...prefix, process.execPath, BIN, ...args];
  return run(command, rest, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
}

/** Every file and directory below `dir`, as relative paths. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

/** The run was refused: exit 1, exactly these error lines, nothing on stdout. */
function assertRefused(ran: { status: number | null; stdout: string; stderr: string; output: string }, lines: string[]) {
  assert.equal(ran.status, 1, ran.output);
  assert.deepEqual(ran.stderr.trimEnd().split('\n'), lines);
  assert.equal(ran.stdout, '');
}

const NAME_RULE = (what: string, prefix: string, length: number) =>
  `"${prefix}…" is ${length} characters long; ${what} may have at most 64, so that every file made from it fits the file system's 255-byte limit: shorten it`;

describe('regressions: input rules and named errors (issue 10)', () => {
  describe('names are at most 64 characters, so every file made from them fits 255 bytes', () => {
    it('refuses a 65-character plugin name (was a bare ENAMETOOLONG from 250)', () => {
      const cwd = scratch();
      for (const length of [65, 250]) {
        const ran = cli([LONG('a', length), '--yes', '--no-git'], cwd);
        assertRefused(ran, [`error: --name: ${NAME_RULE('a plugin name', LONG('a', 24), length)}`]);
      }
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses command names from 65 characters (bats failed from 229, a bare ENAMETOOLONG from 243)', () => {
      const cwd = scratch();
      for (const length of [65, 229, 243]) {
        const ran = cli(['demo', '--yes', '--no-git', '--command', `${LONG('c', length)} <app>, Long`], cwd);
        assertRefused(ran, [`error: --command: ${NAME_RULE('a command name', LONG('c', 24), length)}`]);
      }
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses a 65-character property name', () => {
      const cwd = scratch();
      const ran = cli(['demo', '--yes', '--no-git', '--property', `${LONG('p', 65)}=on`], cwd);
      assertRefused(ran, [`error: --property: ${NAME_RULE('a property name', LONG('p', 24), 65)}`]);
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses a 65-character add-on name', () => {
      const cwd = scratch();
      const ran = cli(['--kind', 'addon', LONG('s', 65), '--yes', '--scheme', 'redis', '--no-git'], cwd);
      assertRefused(ran, [`error: --name: ${NAME_RULE('an add-on name', LONG('s', 24), 65)}`]);
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses a long command in --add before touching the plugin', () => {
      const cwd = scratch();
      assert.equal(cli(['demo', '--yes', '--no-git', '--command', 'list, List', '--directory', 'p'], cwd).status, 0);
      const plugin = path.join(cwd, 'p');
      const before = tree(plugin).map((file) => [file, statSync(path.join(plugin, file)).isFile() ? readFileSync(path.join(plugin, file), 'utf8') : '']);
      const ran = cli(['--add', '--directory', 'p', '--command', `${LONG('c', 243)}, Long`], cwd);
      assertRefused(ran, [`error: --command: ${NAME_RULE('a command name', LONG('c', 24), 243)}`]);
      assert.deepEqual(tree(plugin).map((file) => [file, statSync(path.join(plugin, file)).isFile() ? readFileSync(path.join(plugin, file), 'utf8') : '']), before);
    });

    it('a plugin whose plugin, command and property names are all 64 characters passes its own bats tests', () => {
      const cwd = scratch();
      const [plugin, command, property] = [`p${LONG('a', 63)}`, `c${LONG('b', 63)}`, `q${LONG('d', 63)}`];
      const made = cli([plugin, '--yes', '--no-git', '--command', `${command} <app>, Long`, '--property', `${property}=x`, '--directory', 'out'], cwd);
      assert.equal(made.status, 0, made.output);
      const bats = run('bats', ['tests/unit'], { cwd: path.join(cwd, 'out'), timeout: 300_000 });
      assert.equal(bats.status, 0, bats.output);
      assert.match(bats.stdout, new RegExp(`^ok \\d+ .*${command}`, 'm'));
    });
  });

  describe('--directory that cannot be written names the flag and the fix', () => {
    it('refuses a --directory that is a file (was a bare EEXIST)', () => {
      const cwd = scratch();
      writeFileSync(path.join(cwd, 'taken'), 'mine\n');
      for (const args of [['demo', '--yes', '--no-git'], ['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git']]) {
        const ran = cli([...args, '--directory', 'taken'], cwd);
        assertRefused(ran, [`error: --directory: ${cwd}/taken is a file, not a directory; choose another --directory (or move the file away)`]);
      }
      assert.deepEqual(tree(cwd), ['taken']);
      assert.equal(readFileSync(path.join(cwd, 'taken'), 'utf8'), 'mine\n');
    });

    it('refuses a --directory below a file (was a bare ENOTDIR and a crash while cleaning up)', () => {
      const cwd = scratch();
      writeFileSync(path.join(cwd, 'taken'), 'mine\n');
      const ran = cli(['demo', '--yes', '--no-git', '--directory', 'taken/sub/out'], cwd);
      assertRefused(ran, [`error: --directory: ${cwd}/taken/sub/out cannot be made: ${cwd}/taken is a file, not a directory; choose another --directory`]);
      assert.deepEqual(tree(cwd), ['taken']);
    });

    it('refuses a --directory that is a symbolic link to nothing, and keeps the link (was a bare ENOENT, and the link removed)', () => {
      const cwd = scratch();
      symlinkSync('missing', path.join(cwd, 'link'));
      const ran = cli(['demo', '--yes', '--no-git', '--directory', 'link'], cwd);
      assertRefused(ran, [`error: --directory: ${cwd}/link is a symbolic link to nothing; choose another --directory, or make the directory it points to`]);
      assert.equal(readlinkSync(path.join(cwd, 'link')), 'missing');
      assert.deepEqual(tree(cwd), ['link']);
    });

    it('refuses a --directory with a name longer than 255 bytes', () => {
      const cwd = scratch();
      const ran = cli(['demo', '--yes', '--no-git', '--directory', LONG('é', 128)], cwd);
      assertRefused(ran, [`error: --directory: "${LONG('é', 24)}…" is 256 bytes long, and a file system takes names of at most 255; choose a --directory with shorter names`]);
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses a --directory too long for the paths of the files below it (was a bare ENAMETOOLONG)', () => {
      const cwd = scratch();
      const deep = Array.from({ length: 20 }, () => LONG('d', 200)).join('/');
      const ran = cli(['demo', '--yes', '--no-git', '--directory', deep], cwd);
      const length = Buffer.byteLength(`${cwd}/${deep}`);
      assertRefused(ran, [`error: --directory: the path is ${length} bytes long, and with the files below it would pass the file system's limit of 4096; choose a --directory of at most 3840 bytes`]);
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses a --directory whose parent is read-only for the user (was a bare EACCES)', function () {
      // Root ignores modes, so as root the generator runs as an unprivileged user: the case a user meets.
      const asRoot = process.getuid?.() === 0;
      if (asRoot && run('setpriv', ['--version']).status !== 0) {
        this.skip();
      }
      const prefix = asRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] : [];
      const cwd = scratch();
      const locked = path.join(cwd, 'locked');
      mkdirSync(locked);
      if (asRoot) {
        chownSync(cwd, NOBODY, NOBODY);
        chownSync(locked, NOBODY, NOBODY);
      }
      chmodSync(locked, 0o555);
      const below = cli(['demo', '--yes', '--no-git', '--directory', 'locked/out'], cwd, prefix);
      assertRefused(below, [`error: --directory: ${locked}/out cannot be made: ${locked} is not writable for you (permission denied); choose a --directory you can write to, or change the permissions of ${locked}`]);
      const inside = cli(['demo', '--yes', '--no-git', '--force', '--directory', 'locked'], cwd, prefix);
      assertRefused(inside, [`error: --directory: ${locked} is not writable for you (permission denied); choose a --directory you can write to, or change its permissions`]);
      assert.deepEqual(tree(cwd), ['locked']);
    });

    it('with --force, refuses before writing when a file the user may not write stands in the way (was a bare EACCES half way)', function () {
      const asRoot = process.getuid?.() === 0;
      if (asRoot && run('setpriv', ['--version']).status !== 0) {
        this.skip();
      }
      const prefix = asRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] : [];
      const cwd = scratch();
      const forced = path.join(cwd, 'forced');
      mkdirSync(forced);
      writeFileSync(path.join(forced, 'README.md'), 'mine\n', { mode: 0o444 });
      if (asRoot) {
        chownSync(cwd, NOBODY, NOBODY);
        chownSync(forced, NOBODY, NOBODY);
      }
      const ran = cli(['demo', '--yes', '--no-git', '--force', '--directory', 'forced'], cwd, prefix);
      assertRefused(ran, [`error: --directory: in ${forced}, README.md (not writable for you) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`]);
      assert.deepEqual(tree(cwd), ['forced', 'forced/README.md']);
    });

    it('with --force, refuses before writing when a file stands where a directory goes, or a directory where a file goes (was a bare error half way)', () => {
      const cwd = scratch();
      const forced = path.join(cwd, 'forced');
      mkdirSync(path.join(forced, 'commands'), { recursive: true });
      writeFileSync(path.join(forced, 'tests'), 'mine\n');
      const ran = cli(['demo', '--yes', '--no-git', '--force', '--directory', 'forced'], cwd);
      assertRefused(ran, [`error: --directory: in ${forced}, tests (a file where a directory is needed), commands (a directory where a file is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`]);
      assert.deepEqual(tree(cwd), ['forced', 'forced/commands', 'forced/tests']);
    });
  });

  describe('inputs that were accepted silently are refused', () => {
    it("refuses --trigger '' and --trigger , (were dropped)", () => {
      const cwd = scratch();
      for (const empty of ['', ' , ']) {
        const ran = cli(['demo', '--yes', '--no-git', '--trigger', empty, '--trigger', 'post-deploy'], cwd);
        assertRefused(ran, ['error: --trigger: a trigger name is empty; give one such as --trigger post-deploy, or leave that --trigger out']);
      }
      assert.deepEqual(tree(cwd), []);
    });

    it("refuses --directory '' for plugins and add-ons (was the current directory)", () => {
      const cwd = scratch();
      assertRefused(cli(['demo', '--yes', '--no-git', '--directory', ''], cwd), [
        'error: --directory: is empty; give the directory to write to, such as --directory dokku-demo (or leave --directory out for ./dokku-demo; use --directory . for the current one)',
      ]);
      assertRefused(cli(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git', '--directory', ''], cwd), [
        'error: --directory: is empty; give the directory to write to, such as --directory dokku-addon-cache (or leave --directory out for ./dokku-addon-cache; use --directory . for the current one)',
      ]);
      assert.deepEqual(tree(cwd), []);
    });

    it("refuses --add --directory '' (was the current directory)", () => {
      const cwd = scratch();
      assert.equal(cli(['demo', '--yes', '--no-git', '--command', 'list, List', '--directory', 'p'], cwd).status, 0);
      const before = tree(cwd);
      assertRefused(cli(['--add', '--directory', '', '--command', 'show, Show'], path.join(cwd, 'p')), [
        "error: --directory: is empty; give the plugin's directory, or leave --directory out to grow the plugin you are in",
      ]);
      assert.deepEqual(tree(cwd), before);
    });

    it('refuses the add-on flags --scheme, --per-app and --(no-)dump-restore on a plugin (were ignored)', () => {
      const cwd = scratch();
      const rule = (flag: string) => `error: --${flag}: only add-ons take --${flag}; remove it, or add --kind addon to make an add-on`;
      assertRefused(cli(['demo', '--yes', '--no-git', '--scheme', 'redis', '--per-app', '--dump-restore'], cwd), [rule('scheme'), rule('per-app'), rule('dump-restore')]);
      assertRefused(cli(['demo', '--yes', '--no-git', '--no-dump-restore'], cwd), [rule('dump-restore')]);
      assert.deepEqual(tree(cwd), []);
    });

    it('refuses text that is not valid UTF-8, naming each flag (was written with U+FFFD)', () => {
      const cwd = scratch();
      // Through bash, because node would encode the test's own arguments as UTF-8.
      const script = `exec "${process.execPath}" "${BIN}" demo --yes --no-git --description "$(printf 'caf\\351')" --command "$(printf 'list, List \\377')" --directory "$(printf 'out\\377')"`;
      const { CI: _ci, ...env } = process.env;
      const ran = run('bash', ['-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const rule = (flag: string) => `error: --${flag}: is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (\ufffd); give the text in UTF-8 (check the terminal's encoding, for example LANG=C.UTF-8)`;
      assertRefused(ran, [rule('description'), rule('command'), rule('directory')]);
      assert.deepEqual(tree(cwd), []);
      const addon = run('bash', ['-c', `exec "${process.execPath}" "${BIN}" --kind addon cache --yes --no-git --scheme redis --author "$(printf '\\377')"`], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      assertRefused(addon, [rule('author')]);
      assert.deepEqual(tree(cwd), []);
    });
  });

  describe('yo dokku-plugin applies the same rules', () => {
    async function yoError(generator: string, args: string[], options: Record<string, unknown>): Promise<string> {
      try {
        await helpers.run(generator).withArguments(args).withOptions({ interactive: false, ...options } as never);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`expected the generator to fail for ${JSON.stringify(options)}`);
    }

    it('refuses long names, an empty trigger, add-on flags on a plugin and U+FFFD, naming each flag', async () => {
      assert.equal(await yoError(GENERATOR, [LONG('a', 65)], { yes: true }), `error: --name: ${NAME_RULE('a plugin name', LONG('a', 24), 65)}`);
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, command: [`${LONG('c', 243)}, Long`] }), `error: --command: ${NAME_RULE('a command name', LONG('c', 24), 243)}`);
      assert.equal(await yoError(ADDON_GENERATOR, [LONG('s', 65)], { yes: true, scheme: 'redis' }), `error: --name: ${NAME_RULE('an add-on name', LONG('s', 24), 65)}`);
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, trigger: [''] }), 'error: --trigger: a trigger name is empty; give one such as --trigger post-deploy, or leave that --trigger out');
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, 'per-app': true }), 'error: --per-app: only add-ons take --per-app; remove it, or add --kind addon to make an add-on');
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, author: 'Jos\ufffd' }),
        "error: --author: is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (\ufffd); give the text in UTF-8 (check the terminal's encoding, for example LANG=C.UTF-8)");
    });

    it('with --force, yo dokku-plugin and yo dokku-plugin:addon refuse before writing when files of the user stand in the way', async () => {
      const cwd = scratch();
      const forced = path.join(cwd, 'forced');
      mkdirSync(path.join(forced, 'commands'), { recursive: true });
      writeFileSync(path.join(forced, 'tests'), 'mine\n');
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, force: true, git: false, directory: forced }),
        `error: --directory: in ${forced}, tests (a file where a directory is needed), commands (a directory where a file is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`);
      mkdirSync(path.join(forced, 'enable'));
      assert.equal(await yoError(ADDON_GENERATOR, ['cache'], { yes: true, force: true, git: false, scheme: 'redis', directory: forced }),
        `error: --directory: in ${forced}, enable (a directory where a file is needed), tests (a file where a directory is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`);
      assert.deepEqual(tree(cwd), ['forced', 'forced/commands', 'forced/enable', 'forced/tests']);
    });

    it('refuses a --directory that is a file or below one, and leaves the file alone', async () => {
      const cwd = scratch();
      const taken = path.join(cwd, 'taken');
      writeFileSync(taken, 'mine\n');
      assert.equal(await yoError(GENERATOR, ['demo'], { yes: true, directory: taken }), `error: --directory: ${taken} is a file, not a directory; choose another --directory (or move the file away)`);
      assert.equal(await yoError(ADDON_GENERATOR, ['cache'], { yes: true, scheme: 'redis', directory: `${taken}/sub` }),
        `error: --directory: ${taken}/sub cannot be made: ${taken} is a file, not a directory; choose another --directory`);
      assert.deepEqual(tree(cwd), ['taken']);
      assert.equal(readFileSync(taken, 'utf8'), 'mine\n');
    });
  });
});
