import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandSpec } from '../../src/model/command-spec.js';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { InputError } from '../../src/model/input-error.js';
import { DokkuHost } from '../support/dokku-host.js';
import { BIN } from '../support/paths.js';
import { mustRun, run, succeeded, type Ran } from '../support/run.js';

/**
 * Bash plugins that once failed their own checks, each named after what broke (issue 10). Every plugin here
 * must pass shellcheck with no exclusions, `bash -n` and its own bats tests, and behave as written below
 * when run through its dispatcher double.
 */
const APP = 'test-app';

function generated(name: string, flags: string[]): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'bash-output-')), `dokku-${name}`);
  const ran = run(process.execPath, [BIN, name, '--yes', '--no-git', '--directory', directory, ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(ran.status, 0, ran.output);
  return directory;
}

/** Every file of the plugin whose first line runs bash or bats. */
function shellFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(root, file))
    .filter((file) => statSync(file).isFile() && /^#!\/usr\/bin\/env (bash|bats)\b/.test(readFileSync(file, 'utf8')));
}

/** shellcheck with no exclusions, bash -n on every script, then the plugin's own unit tests. */
function assertPassesOwnChecks(pluginDir: string): void {
  const files = shellFiles(pluginDir);
  assert.ok(files.length >= 10, `only ${files.length} shell files`);
  const linted = run('shellcheck', ['--severity=style', '--format=gcc', ...files]);
  assert.equal(linted.stdout + linted.stderr, '', 'shellcheck findings');
  for (const file of files.filter((candidate) => !candidate.endsWith('.bats'))) {
    const parsed = run('bash', ['-n', file]);
    assert.equal(parsed.status, 0, `bash -n ${file}: ${parsed.output}`);
  }
  const tested = run('bats', ['tests/unit'], { cwd: pluginDir, timeout: 300_000 });
  assert.equal(tested.status, 0, tested.output);
}

function hostFor(name: string, pluginDir: string): DokkuHost {
  return new DokkuHost(path.join(pluginDir, 'tests/support')).enable(name, pluginDir).createApp(APP);
}

function assertRefused(ran: Ran, message: string): void {
  assert.equal(ran.status, 1, ran.output);
  assert.equal(ran.stderr, ` !     ${message}\n`);
}

function modelProblems(commands: string[]): string {
  try {
    buildPluginModel({ name: 'demo', commands }, { cwd: '/', year: 2026 });
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.message;
  }
  assert.fail(`expected ${JSON.stringify(commands)} to be refused`);
}

describe('regressions: generated bash plugins pass their own checks', function () {
  this.timeout(600_000);

  it('1. a property default with a backslash escape is printed as written, with no SC2028', () => {
    const pluginDir = generated('demo', ['--property', 'a=x\\ny', '--property', 'b=\\t\\x41']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    assert.equal(succeeded(host.dokku(['demo:report', APP, '--demo-computed-a'])).stdout, 'x\\ny\n');
    const json = JSON.parse(succeeded(host.dokku(['demo:report', APP, '--format', 'json'])).stdout) as Record<string, string>;
    assert.deepEqual([json['computed-a'], json['demo-computed-b']], ['x\\ny', '\\t\\x41']);
  });

  it('2. property defaults -n, -e and -E are printed, not taken for echo options', () => {
    const pluginDir = generated('demo', ['--property', 'mode=-n', '--property', 'escape=-e', '--property', 'upper=-E']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    const reported = (args: string[]) => {
      const ran = host.dokku(['demo:report', APP, ...args]);
      return [ran.status, ran.stdout, ran.stderr];
    };
    assert.deepEqual(reported(['--demo-computed-mode']), [0, '-n\n', '']);
    assert.deepEqual(reported(['--demo-computed-escape']), [0, '-e\n', '']);
    assert.deepEqual(reported(['--demo-computed-upper']), [0, '-E\n', '']);
    const [status, report] = reported([]);
    assert.equal(status, 0, String(report));
    assert.match(String(report), /^ {7}Demo computed mode: +-n$/m);
  });

  it('a property default with spaces around it passes the generated report tests (fuzz, seed 2026)', () => {
    const pluginDir = generated('q0b', ['--property', 'coproc=\ufdf7\ua673  ', '--property', 'lead=  x']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('q0b', pluginDir);
    assert.equal(host.dokku(['q0b:report', APP, '--q0b-computed-coproc']).stdout, '\ufdf7\ua673  \n');
    assert.equal(host.dokku(['q0b:report', APP, '--q0b-computed-lead']).stdout, '  x\n');
  });

  it('a plugin with its own app-list trigger passes its generated trigger tests (fuzz, seed 2028)', () => {
    // Dokku's apps plugin answers app-list too, so a plugin's stub that prints nothing still leaves the app
    // list in plugn's output; the generated test once took the whole output for the plugin's own.
    const pluginDir = generated('do', ['--trigger', 'app-list', '--trigger', 'proxy-type']);
    assertPassesOwnChecks(pluginDir);
    const stub = path.join(pluginDir, 'app-list');
    writeFileSync(stub, readFileSync(stub, 'utf8').replace(/^ {2}: "\$FILTER".*$/m, '  echo extra-app'));
    const tested = run('bats', ['--filter', 'app-list runs', 'tests/unit/triggers.bats'], { cwd: pluginDir, timeout: 300_000 });
    assert.equal(tested.status, 1, tested.output);
    assert.match(tested.output, /^not ok 1 app-list runs with its documented arguments$/m);
  });

  it('a plugin named like a shell keyword stays clean when growth adds the report kit to triggers it owns (fuzz, seed 2030)', () => {
    const pluginDir = generated('do', ['--trigger', 'post-app-clone-setup', '--trigger', 'post-app-rename-setup', '--trigger', 'post-delete']);
    const grown = run(process.execPath, [BIN, '--add', '--directory', pluginDir, '--property', 'mode'], { stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(grown.status, 0, grown.output);
    // The hooks growth appends to the author's triggers quote the name, as the templates do.
    assert.match(readFileSync(path.join(pluginDir, 'post-app-clone-setup'), 'utf8'), /^fn-plugin-property-clone "do" "\$1" "\$2"$/m);
    assert.match(readFileSync(path.join(pluginDir, 'post-delete'), 'utf8'), /^fn-plugin-property-destroy "do" "\$1"$/m);
    assertPassesOwnChecks(pluginDir);
  });

  it('a description with a typographic double quote stays shellcheck-clean in the generated tests (fuzz, seed 2030)', () => {
    const pluginDir = generated('demo', ['--command', 'a, \u2036 a', '--command', 'b, say \u201Chi\u201D \u2033 \u2018yo\u2019']);
    // shellcheck reads these as a mistyped " inside double quotes (SC1111), and U+2018/U+2019 as a mistyped '
    // inside single quotes (SC1112); the help must still show them.
    assertPassesOwnChecks(pluginDir);
    const help = succeeded(hostFor('demo', pluginDir).dokku(['demo:help'])).stdout;
    assert.match(help, /^ {4}demo:a +\u2036 a$/m);
    assert.match(help, /^ {4}demo:b +say \u201Chi\u201D \u2033 \u2018yo\u2019$/m);
  });

  it('3. an argument that is a list in one command and one word in another', () => {
    const pluginDir = generated('demo', ['--command', 'a <x>..., A', '--command', 'b <x>, B']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    assert.match(succeeded(host.dokku(['demo:a', 'one', 'two'])).stdout, /^ {7}x: one two$/m);
    assert.match(succeeded(host.dokku(['demo:b', 'one'])).stdout, /^ {7}x: one$/m);
  });

  it('3. the array of <x>... may not be a single word elsewhere under the same variable', () => {
    assert.match(modelProblems(['a <x>..., A', 'b <x-list>, B']), /<x>\.\.\. of "a" is read into the array x_list, which <x-list> of "b" would reuse for one word; rename one of them/);
    assert.match(modelProblems(['a <x>..., A', 'b [--x-list], B']), /\[--x-list\] of "b"/);
  });

  it('4. plugin, command, argument, flag and property names that are bash keywords', () => {
    const pluginDir = generated('do', [
      '--command', 'done <app> <then> [<else>...] [--fi], Done',
      '--command', 'esac <in> [<case>], Esac',
      '--command', 'function <for> <while> <until> <select> <time> <if> <elif>, Function',
      '--command', 'if, If',
      '--property', 'done',
      '--property', 'case=in',
      '--trigger', 'post-deploy',
    ]);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('do', pluginDir);
    const ran = host.dokku(['do:done', APP, 'a', 'b', 'c', '--fi']);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /^ {7}then: a\n {7}else: b c\n {7}fi: true$/m);
    assert.equal(host.dokku(['do:set', APP, 'done', 'yes']).status, 0);
    assert.equal(succeeded(host.dokku(['do:report', APP, '--do-done'])).stdout, 'yes\n');
    const more = generated('fi', ['--command', 'in <do>, In']);
    assertPassesOwnChecks(more);
  });

  it('5. a description that mixes non-ASCII characters and a literal \\x', () => {
    const pluginDir = generated('demo', ['--description', 'é \\x41', '--command', 'show, ü \\x41 \\\\x']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    // column (util-linux) under LC_ALL=C escapes every byte above 0x7f, and then the backslash of a `\x`.
    assert.match(succeeded(host.dokku(['help'])).stdout, /^ {4}demo +\\xc3\\xa9 \\x5cx41$/m);
    assert.match(succeeded(host.dokku(['help', '--all'])).stdout, /^ {4}demo:show +\\xc3\\xbc \\x5cx41 \\\\x5cx$/m);
  });

  it('13. argument names the generated code once kept for itself are the user\'s', () => {
    const pluginDir = generated('demo', ['--command', 'run <app> <cmd>..., Run', '--command', 'each <positional> <operands> <argument> [--words], Each']);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    assert.match(succeeded(host.dokku(['demo:run', APP, 'ls', '-la'])).stdout, /^ {7}cmd: ls -la$/m);
    assert.match(succeeded(host.dokku(['demo:each', '--words', 'p', 'o', 'a'])).stdout, /^ {7}positional: p\n {7}operands: o\n {7}argument: a\n {7}words: true$/m);
  });

  it('13. a flag given twice, and a flag and an argument read into one variable, are named errors', () => {
    assert.throws(() => parseCommandSpec('x <app> [--foo] [--foo], X', 'demo'), /"x <app> \[--foo\] \[--foo\]": \[--foo\] is given twice; give each flag once/);
    assert.throws(() => parseCommandSpec('x <dry-run> [--dry-run], X', 'demo'), /<dry-run> and \[--dry-run\] would both be read into the variable dry_run; rename one of them/);
    assert.throws(() => parseCommandSpec('x <a-b> <a_b>, X', 'demo'), /<a-b> and <a_b> would both be read into the variable a_b/);
    assert.throws(() => parseCommandSpec('x [--app], X', 'demo'), /--app is Dokku's own flag for the app/);
  });

  it('commands and triggers can call the plugin\'s public functions', () => {
    const pluginDir = generated('demo', ['--command', 'enable <app>, Enable', '--trigger', 'post-deploy', '--property', 'k=v']);
    assertPassesOwnChecks(pluginDir);
    // What an author writes first: keep a file per app in the data directory. The assignment stops the
    // script when the function is missing (a bare "$(...)" would not, and would touch /test-app instead).
    const edit = (file: string, line: RegExp, code: string) => {
      const before = readFileSync(path.join(pluginDir, file), 'utf8');
      assert.match(before, line);
      writeFileSync(path.join(pluginDir, file), before.replace(line, `  local data_dir\n  data_dir="$(fn-demo-data-dir)"\n  ${code}`));
    };
    edit('command-functions', /^ {2}dokku_log_info1 ".*is not implemented yet"$/m, 'touch "$data_dir/$APP"');
    edit('post-deploy', /^ {2}: "\$APP".*$/m, 'touch "$data_dir/deployed-$APP"');
    const host = hostFor('demo', pluginDir);
    mustRun(path.join(pluginDir, 'install'), [], { env: host.env() });
    const enabled = host.dokku(['demo:enable', APP]);
    assert.equal(enabled.status, 0, enabled.output);
    assert.ok(existsSync(path.join(host.libRoot, 'data/demo', APP)), enabled.output);
    const deployed = run(path.join(pluginDir, 'post-deploy'), [APP], { env: host.env() });
    assert.equal(deployed.status, 0, deployed.output);
    assert.ok(existsSync(path.join(host.libRoot, 'data/demo', `deployed-${APP}`)), deployed.output);
  });

  it('surplus arguments and undeclared flags are refused with the usage; variadics, declared flags and -- work', () => {
    const pluginDir = generated('demo', [
      '--command', 'enable <app> [--force], Enable',
      '--command', 'list, List',
      '--command', 'import <app> <file>... [--dry-run], Import',
      '--command', 'purge <pattern> [<limit>], Purge',
    ]);
    assertPassesOwnChecks(pluginDir);
    const host = hostFor('demo', pluginDir);
    assertRefused(host.dokku(['demo:list', 'extra']), 'Unexpected argument "extra": dokku demo:list');
    assertRefused(host.dokku(['demo:list', '-n']), 'Unexpected argument "-n": dokku demo:list');
    assertRefused(host.dokku(['demo:enable', APP, 'extra']), 'Unexpected argument "extra": dokku demo:enable <app> [--force]');
    assertRefused(host.dokku(['--app', APP, 'demo:enable', 'extra']), 'Unexpected argument "extra": dokku demo:enable <app> [--force]');
    assertRefused(host.dokku(['demo:enable', APP, '--bogus']), 'Unknown flag "--bogus": dokku demo:enable <app> [--force]');
    assertRefused(host.dokku(['demo:list', '--all']), 'Unknown flag "--all": dokku demo:list');
    assertRefused(host.dokku(['demo:purge', 'p', '5', 'six']), 'Unexpected argument "six": dokku demo:purge <pattern> [<limit>]');
    assertRefused(host.dokku(['demo:purge', '--', 'p', '5', '--six']), 'Unexpected argument "--six": dokku demo:purge <pattern> [<limit>]');

    const forced = host.dokku(['demo:enable', '--force', APP]);
    assert.equal(forced.status, 0, forced.output);
    assert.match(forced.stdout, /^ {7}force: true$/m);
    assert.equal(host.dokku(['demo:list', '--']).status, 0);
    // Dokku's global flags, which Dokku reads anywhere in argv, are passed over.
    const globals = host.dokku(['demo:list', '--force', '--quiet']);
    assert.equal(globals.status, 0, globals.output);
    assert.equal(globals.stderr, '');
    const imported = host.dokku(['demo:import', APP, 'a', '--dry-run', '-n', '--', '--literal', '--dry-run']);
    assert.equal(imported.status, 0, imported.output);
    assert.match(imported.stdout, /^ {7}file: a -n --literal --dry-run\n {7}dry-run: true$/m);
    assert.match(succeeded(host.dokku(['demo:purge', '-e', '-n'])).stdout, /^ {7}pattern: -e\n {7}limit: -n$/m);
  });
});
