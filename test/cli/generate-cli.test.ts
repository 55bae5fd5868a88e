import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invokedAs } from '../../src/cli/usage.js';
import { BIN, REPO_ROOT } from '../support/paths.js';
import { mustRun, run } from '../support/run.js';
import { converseOnTerminal, terminalCommand } from '../support/terminal.js';

/** A hang fails the test through this limit; nothing here asserts how fast a run is. */
const HANG_LIMIT = 30_000;

function cli(args: string[], { stdin = 'ignore', env = {}, cwd }: { stdin?: 'ignore' | string; env?: Record<string, string>; cwd?: string } = {}) {
  const workdir = cwd ?? mkdtempSync(path.join(os.tmpdir(), 'generate-cli-'));
  const { CI: _ci, ...inherited } = process.env;
  const ran = run(process.execPath, [BIN, ...args], {
    cwd: workdir,
    env: { ...inherited, ...env },
    timeout: HANG_LIMIT,
    ...(stdin === 'ignore' ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input: stdin }),
  });
  return { ...ran, workdir };
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`), as a person at a shell would. */
function cliOnTerminal(args: string[], env: Record<string, string>) {
  const workdir = mkdtempSync(path.join(os.tmpdir(), 'generate-tty-'));
  const { CI: _ci, ...inherited } = process.env;
  const ran = run('script', ['-qec', terminalCommand(args), '/dev/null'], { cwd: workdir, env: { ...inherited, ...env }, timeout: HANG_LIMIT, input: '' });
  return { ...ran, workdir };
}

/** Starts the CLI on a pseudo-terminal and resolves with what it shows once it asks something; then stops it. */
async function firstQuestionOnTerminal(args: string[]): Promise<string> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'generate-tty-'));
  return (await converseOnTerminal(args, [], cwd, HANG_LIMIT, /\?/)).screen;
}

describe('npm run generate (bin/generate.js)', () => {
  it('writes the plugin and exits 0 when the flags are complete', () => {
    const ran = cli(['demo', '--yes', '--command', 'enable <app>, Enable demo', '--directory', 'out']);
    assert.equal(ran.status, 0, ran.output);
    assert.ok(existsSync(path.join(ran.workdir, 'out', 'subcommands', 'enable')));
    assert.match(ran.output, /make lint unit-tests/);
  });

  it('keeps no path of this machine in .yo-rc.json, which goes into the first commit', () => {
    const workdir = mkdtempSync(path.join(os.tmpdir(), 'generate-remembered-'));
    const ran = cli(['demo', '--yes', '--no-git', '--directory', path.join(workdir, 'out')], { cwd: workdir });
    assert.equal(ran.status, 0, ran.output);
    const remembered = readFileSync(path.join(workdir, 'out', '.yo-rc.json'), 'utf8');
    assert.ok(!remembered.includes(workdir), remembered);
    assert.match(remembered, /"name": "demo"/);
  });

  it('with stdin closed and nothing given, exits 1 naming each missing flag and writes nothing', () => {
    const ran = cli([]);
    assert.equal(ran.status, 1, ran.output);
    assert.match(ran.stderr, /--name: required/);
    assert.match(ran.stderr, /--description: required without --yes/);
    assert.deepEqual(readdirSync(ran.workdir), []);
  });

  it('with stdin an empty open pipe, exits 1 naming the missing --description', () => {
    const ran = cli(['demo'], { stdin: '' });
    assert.equal(ran.status, 1, ran.output);
    assert.match(ran.stderr, /--description: required/);
    assert.doesNotMatch(ran.stderr, /--name:/);
    assert.deepEqual(readdirSync(ran.workdir), []);
  });

  it('on a terminal with CI=true, never asks and exits 1 naming the missing flags', () => {
    const ran = cliOnTerminal([], { CI: 'true' });
    assert.equal(ran.status, 1, ran.output);
    assert.match(ran.output, /^error: --name: required/m);
    assert.doesNotMatch(ran.output, /\?/);
  });

  it('on a terminal with --no-interactive, never asks', () => {
    const ran = cliOnTerminal(['demo', '--no-interactive'], {});
    assert.equal(ran.status, 1, ran.output);
    assert.match(ran.output, /^error: --description: required/m);
  });

  it('on a terminal without CI, asks for what is missing', async () => {
    const screen = await firstQuestionOnTerminal(['demo']);
    assert.match(screen, /One-line description/);
  });

  it('exits 1 naming the flag and the rule for invalid input', () => {
    const ran = cli(['apps', '--yes']);
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /--name: "apps" is the name of a Dokku core plugin/);
  });

  it('refuses unknown options and surplus arguments', () => {
    const unknown = cli(['demo', '--yes', '--colour', 'red']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^error: unknown option --colour/m);
    const surplus = cli(['demo', 'other', '--yes']);
    assert.equal(surplus.status, 1);
    assert.match(surplus.stderr, /one plugin name expected, got 2/);
  });

  it('names an unknown option in its own words, with the options meant, and writes nothing', () => {
    const cases: Array<[string[], string]> = [
      [['--bogus-flag'], 'error: unknown option --bogus-flag\nRun with --help to see every option.\n'],
      [['--dir', 'out'], 'error: unknown option --dir (did you mean --directory?)\nRun with --help to see every option.\n'],
      [['--desciption', 'x'], 'error: unknown option --desciption (did you mean --description?)\nRun with --help to see every option.\n'],
      [['--d'], 'error: unknown option --d (did you mean --description, --default-command, --directory, --dump-restore or --dry-run?)\nRun with --help to see every option.\n'],
      [['--no-name'], 'error: unknown option --no-name (did you mean --name or --no-add?)\nRun with --help to see every option.\n'],
      // Found by the fuzz campaign: a name that starts with "-" was an unknown short option with no hint.
      [['-x'], 'error: unknown option -x (the only short options are -h and -v; a plugin name cannot start with "-", and a value that does goes after "=", as in --description=-x)\nRun with --help to see every option.\n'],
    ];
    for (const [args, expected] of cases) {
      const ran = cli(['demo', '--yes', ...args]);
      assert.equal(ran.status, 1, args.join(' '));
      assert.equal(ran.stderr, expected);
      assert.deepEqual(readdirSync(ran.workdir), []);
    }
  });

  it('names a string option given no value and a switch given one', () => {
    const refusal = (args: string[]) => {
      const ran = cli(args);
      return [ran.status, ran.stderr];
    };
    assert.deepEqual(refusal(['demo', '--yes', '--description']), [1, 'error: --description: needs a value: --description TEXT\nRun with --help to see every option.\n']);
    assert.deepEqual(refusal(['demo', '--description', '--yes']),
      [1, 'error: --description: needs a value, and "--yes" looks like an option; for a value that starts with "-", write --description=--yes\nRun with --help to see every option.\n']);
    assert.deepEqual(refusal(['demo', '--yes=no']), [1, 'error: --yes: is a switch and takes no value; give --yes alone\nRun with --help to see every option.\n']);
  });

  it('a name with a space gives one error, about the name', () => {
    const ran = cli(['my plugin', '--yes']);
    assert.equal(ran.status, 1);
    assert.equal(ran.stderr.trim().split('\n').length, 1, ran.stderr);
    assert.match(ran.stderr, /^error: --name: "my plugin" contains/);
  });

  it('--interactive with no terminal on stdin exits 1 naming the flag and the fix', () => {
    const ran = cli(['demo', '--interactive']);
    assert.equal(ran.status, 1, ran.output);
    assert.equal(ran.stderr, 'error: --interactive: there is no terminal on stdin to ask on; drop --interactive and give the answers as flags (each missing one is named), or run it in a terminal\n');
    assert.deepEqual(readdirSync(ran.workdir), []);
  });

  it('--help names the command as it was started: the package bin, npm run generate, or the create package', () => {
    const links = mkdtempSync(path.join(os.tmpdir(), 'generate-bin-'));
    symlinkSync(BIN, path.join(links, 'generator-dokku-plugin'));
    const linked = run(path.join(links, 'generator-dokku-plugin'), ['--help'], { timeout: HANG_LIMIT });
    assert.equal(linked.status, 0, linked.output);
    assert.match(linked.stdout, /^Usage: generator-dokku-plugin <name> \[options\]$/m);
    assert.match(linked.stdout, /^ {2}generator-dokku-plugin demo --yes/m);
    assert.doesNotMatch(linked.stdout, /npm run generate/);
    assert.match(cli(['--help'], { env: { npm_lifecycle_event: 'generate' } }).stdout, /^Usage: npm run generate -- <name> \[options\]$/m);
    assert.equal(invokedAs('/project/node_modules/.bin/create-dokku-plugin', {}), 'create-dokku-plugin');
    assert.equal(invokedAs('/cache/_npx/1/node_modules/.bin/create-dokku-plugin', { npm_command: 'init' }), 'npm init dokku-plugin --');
  });

  it('--help lists every option with its description and an example for CI', () => {
    const ran = cli(['--help']);
    assert.equal(ran.status, 0);
    // Written out, not read from the option table that --help is printed from.
    const options = ran.stdout.split('\n').filter((line) => /^ {2}-/.test(line)).map((line) => line.trim().split(/ {2,}/));
    assert.deepEqual(options.map(([option]) => option), [
      '--kind plugin|addon', '--name NAME', '--description TEXT', '--author TEXT', '--license SPDX', '--plugin-version SEMVER',
      '--lang bash|go', '--command "USAGE, DESCRIPTION"', '--default-command NAME', '--report', '--property NAME[=DEFAULT][:app|:global]',
      '--trigger NAME', '--repository URL', '--directory DIR', '--scheme SCHEME', '--per-app', '--dump-restore', '--add', '--yes',
      '--interactive', '--force', '--dry-run', '--git', '-h, --help', '-v, --version',
    ]);
    for (const [option, description] of options) {
      assert.ok((description ?? '').length > 10, `${option} has no description`);
    }
    assert.ok(ran.stdout.includes('  --description TEXT                       One line for plugin.toml and `dokku help` (no commas: help splits columns on them)\n'), ran.stdout);
    assert.ok(ran.stdout.includes('  --command "USAGE, DESCRIPTION"           A command, written like a help line: "enable <app>, Enable it for an app"; a first <app> makes it app-scoped; repeatable\n'), ran.stdout);
    assert.match(ran.stdout, /CI=true/);
  });

  it('--version prints the package version', () => {
    const ran = cli(['--version']);
    assert.equal(ran.status, 0);
    assert.equal(ran.stdout.trim(), (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('prints every file it wrote and the next steps', () => {
    const ran = cli(['demo', '--yes', '--no-git', '--command', 'list, List']);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /^ {2}subcommands\/list {2}\(executable\)$/m);
    assert.match(ran.stdout, /Created dokku-demo in dokku-demo: \d+ files\./);
    assert.match(ran.stdout, /^ {2}cd dokku-demo$/m);
    assert.match(ran.stdout, /^ {2}make lint unit-tests$/m);
    assert.match(ran.stdout, /sudo dokku plugin:install \S+ --name demo/);
  });

  it('after --no-git the next steps say nothing of pushing; with git they do', () => {
    const plain = cli(['demo', '--yes', '--no-git']);
    assert.equal(plain.status, 0, plain.output);
    assert.doesNotMatch(plain.stdout, /push/i);
    assert.match(plain.stdout, /^ {2}# publish it at https:\/\/github\.com\/your-github-user\/dokku-demo\.git, then on the Dokku host:$/m);
    const committed = cli(['demo', '--yes']);
    assert.equal(committed.status, 0, committed.output);
    assert.match(committed.stdout, /^ {2}# push it, then on the Dokku host:$/m);
  });

  it('--dry-run lists what would be written and writes nothing', () => {
    const ran = cli(['demo', '--yes', '--dry-run', '--command', 'list, List']);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /Would write \d+ files to .*dokku-demo:/);
    assert.match(ran.stdout, /subcommands\/list/);
    assert.deepEqual(readdirSync(ran.workdir), []);
  });

  it('refuses a non-empty directory unless --force, and keeps its files', () => {
    const workdir = mkdtempSync(path.join(os.tmpdir(), 'generate-occupied-'));
    mkdirSync(path.join(workdir, 'dokku-demo'));
    writeFileSync(path.join(workdir, 'dokku-demo', 'notes.txt'), 'mine\n');
    const refused = cli(['demo', '--yes'], { cwd: workdir });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /--directory: .* is not empty; .*--force/);
    assert.deepEqual(readdirSync(path.join(workdir, 'dokku-demo')), ['notes.txt']);

    const forced = cli(['demo', '--yes', '--force', '--no-git'], { cwd: workdir });
    assert.equal(forced.status, 0, forced.output);
    assert.equal(readFileSync(path.join(workdir, 'dokku-demo', 'notes.txt'), 'utf8'), 'mine\n');
    assert.ok(existsSync(path.join(workdir, 'dokku-demo', 'commands')));
  });

  it('commits the new plugin to a fresh git repository, executables as 100755', () => {
    const ran = cli(['demo', '--yes', '--command', 'list, List']);
    assert.equal(ran.status, 0, ran.output);
    const plugin = path.join(ran.workdir, 'dokku-demo');
    assert.match(mustRun('git', ['log', '--oneline'], { cwd: plugin }).stdout, /Initial commit from generator-dokku-plugin/);
    const modes = Object.fromEntries(mustRun('git', ['ls-files', '-s'], { cwd: plugin }).stdout.trim().split('\n')
      .map((line) => { const [mode, , , file] = line.split(/\s+/); return [file, mode]; }));
    assert.equal(modes.commands, '100755');
    assert.equal(modes['subcommands/list'], '100755');
    assert.equal(modes.install, '100755');
    assert.equal(modes['plugin.toml'], '100644');
    assert.equal(mustRun('git', ['status', '--porcelain'], { cwd: plugin }).stdout, '');
    assert.ok(!existsSync(path.join(plugin, '.git', 'hooks')), 'no sample hooks for shellcheck to trip on');
  });

  it('--no-git leaves git alone, and so does a target inside another work tree', () => {
    const skipped = cli(['demo', '--yes', '--no-git']);
    assert.equal(skipped.status, 0, skipped.output);
    assert.ok(!existsSync(path.join(skipped.workdir, 'dokku-demo', '.git')));

    const outer = mkdtempSync(path.join(os.tmpdir(), 'generate-worktree-'));
    mustRun('git', ['init', '-q'], { cwd: outer });
    const nested = cli(['demo', '--yes'], { cwd: outer });
    assert.equal(nested.status, 0, nested.output);
    assert.ok(!existsSync(path.join(outer, 'dokku-demo', '.git')));
    assert.match(nested.stdout, /inside an existing git work tree/);
  });

  it('in an empty directory named dokku-NAME, takes NAME and writes there with --yes', () => {
    const workdir = path.join(mkdtempSync(path.join(os.tmpdir(), 'generate-named-')), 'dokku-from-dir');
    mkdirSync(workdir);
    const ran = cli(['--yes', '--no-git'], { cwd: workdir });
    assert.equal(ran.status, 0, ran.output);
    assert.match(readFileSync(path.join(workdir, 'commands'), 'utf8'), /from-dir:help/);
  });
});
