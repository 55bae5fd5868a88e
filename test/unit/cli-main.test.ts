import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../support/paths.js';
import { capture, until, withTerminal } from './cli-capture.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-main-'));

/** main() as the command line runs it, started as `prog`, with what it printed and its exit code. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { result, stdout, stderr } = await capture(() => main(argv, 'prog'));
  return { code: result, stdout, stderr };
}

/** The 28 files of a bash plugin with no commands and no triggers beyond the three always made. */
const BASH_FILES = [
  '  .editorconfig', '  .github/workflows/ci.yml', '  .gitignore', '  .yo-rc.json', '  LICENSE', '  Makefile', '  README.md',
  '  command-functions', '  commands  (executable)', '  functions', '  help-functions', '  install  (executable)',
  '  internal-functions', '  plugin.toml', '  subcommands/default  (executable)', '  tests/integration/plugin.bats',
  '  tests/support/bin/plugn  (executable)', '  tests/support/core-plugins/apps/app-list  (executable)',
  '  tests/support/core-plugins/apps/plugin.toml', '  tests/support/core-plugins/common/functions',
  '  tests/support/core-plugins/common/property-functions', '  tests/support/dokku-double  (executable)',
  '  tests/unit/commands.bats', '  tests/unit/help.bats', '  tests/unit/test_helper.bash', '  tests/unit/triggers.bats',
  '  uninstall  (executable)', '  update  (executable)',
];

const ADDON_FILES = [
  '  .editorconfig', '  .github/workflows/ci.yml', '  .gitignore', '  .yo-rc.json', '  LICENSE', '  Makefile', '  README.md',
  '  addon-functions', '  disable  (executable)', '  dump  (executable)', '  enable  (executable)', '  provision  (executable)',
  '  restore  (executable)', '  tests/addon.bats', '  tests/contract/addon-contract  (executable)',
  '  tests/contract/fake-docker  (executable)', '  unprovision  (executable)', '  url  (executable)',
];

describe('unit: the command line, run in process', () => {
  it('refuses an unknown option or a flag given wrong, pointing at --help', async () => {
    assert.deepEqual(await run(['--dir', 'x']), { code: 1, stdout: '', stderr: 'error: unknown option --dir (did you mean --directory?)\nRun with --help to see every option.\n' });
    assert.deepEqual(await run(['--name', '--yes=1']), {
      code: 1,
      stdout: '',
      stderr: 'error: --name: needs a value, and "--yes=1" looks like an option; for a value that starts with "-", write --name=--yes=1\nRun with --help to see every option.\n',
    });
  });

  it('prints the help for the program as started, and the version of the package', async () => {
    const help = await run(['--help', 'demo', 'other']);
    assert.equal(help.code, 0);
    assert.equal(help.stderr, '');
    assert.ok(help.stdout.startsWith('Usage: prog <name> [options]\n       yo dokku-plugin <name> [options]\n'), help.stdout);
    assert.ok(help.stdout.endsWith('  prog --kind addon cache --yes --scheme redis --per-app\n'), help.stdout);
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await run(['-v', 'a', 'b']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('hands `check` its arguments, named after the program', async () => {
    const checked = await run(['check', '--help']);
    assert.equal(checked.code, 0);
    assert.ok(checked.stdout.startsWith('Usage: prog check [DIR] [--format human|json|github] [--strict]\n'), checked.stdout);
    assert.deepEqual(await run(['check', 'a', 'b']), { code: 2, stdout: '', stderr: 'error: check: one directory expected, got 2: a b; check one plugin at a time\n' });
  });

  it('takes one name, as the argument or as --name, not two different ones', async () => {
    assert.deepEqual(await run(['a', 'b', '--yes']), {
      code: 1, stdout: '', stderr: 'error: --name: one plugin name expected, got 2: a b; quote a description or command that has spaces\n',
    });
    assert.deepEqual(await run(['a', '--name', 'b']), { code: 1, stdout: '', stderr: 'error: --name: b and the argument a disagree; give the name once\n' });
    const dir = path.join(scratch(), 'out');
    const same = await run(['a', '--name', 'a', '--yes', '--directory', dir, '--dry-run']);
    assert.deepEqual(same, { code: 0, stdout: `Would write 28 files to ${dir}:\n${BASH_FILES.join('\n')}\n`, stderr: '' });
    assert.equal(existsSync(dir), false);
  });

  it('takes the name from --name alone', async () => {
    const dir = path.join(scratch(), 'out');
    assert.deepEqual(await run(['--name', 'a', '--yes', '--directory', dir, '--dry-run']), { code: 0, stdout: `Would write 28 files to ${dir}:\n${BASH_FILES.join('\n')}\n`, stderr: '' });
  });

  it('in an empty dokku-NAME directory takes NAME and writes there, with no `cd` in the next steps', async () => {
    const dir = path.join(scratch(), 'dokku-here');
    mkdirSync(dir);
    const before = process.cwd();
    process.chdir(dir);
    try {
      const made = await run(['--yes', '--no-git']);
      assert.equal(made.stderr, '');
      assert.equal(made.code, 0);
      assert.ok(made.stdout.endsWith([
        '  update  (executable)',
        '',
        'Created dokku-here in .: 28 files.',
        'Next:',
        '  make lint unit-tests',
        '  # publish it at https://github.com/your-github-user/dokku-here.git, then on the Dokku host:',
        '  sudo dokku plugin:install https://github.com/your-github-user/dokku-here.git --name here',
        '',
      ].join('\n')), made.stdout);
    } finally {
      process.chdir(before);
    }
    assert.ok(existsSync(path.join(dir, 'plugin.toml')));
  });

  it('on a terminal with --force, accepts an answered directory that has files', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const printed = await capture((shown) => withTerminal(async (type) => {
      const running = main(['demo', '--description', 'D', '--author', 'A', '--license', 'MIT', '--plugin-version', '0.1.0', '--lang', 'bash',
        '--command', 'list, List', '--default-command', 'list', '--trigger', 'post-deploy', '--repository', 'https://example.com/r.git',
        '--no-git', '--force', '--interactive'], 'prog');
      await until(() => shown.stdout.includes('Properties for'), 'the properties prompt');
      type('\r');
      await until(() => shown.stdout.includes('Directory to write'), 'the directory prompt');
      type(`${dir}\r`);
      return running;
    }));
    assert.equal(printed.stderr, '');
    assert.equal(printed.result, 0);
    assert.ok(existsSync(path.join(dir, 'subcommands/list')));
    assert.equal(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'mine\n');
  });

  it('names each missing flag when it may not ask, and refuses an unknown --kind', async () => {
    const missing = [
      'error: --name: required: give the plugin name as the first argument or with --name NAME',
      'error: --description: required without --yes: --description "What the plugin does" (with --yes: "Dokku plugin <name>")',
      '',
    ].join('\n');
    assert.deepEqual(await run(['--no-interactive']), { code: 1, stdout: '', stderr: missing });
    assert.deepEqual(await run(['--yes', '--interactive']), { code: 1, stdout: '', stderr: 'error: --name: required: give the plugin name as the first argument or with --name NAME\n' });
    assert.deepEqual(await run(['demo', '--kind', 'theme']), { code: 1, stdout: '', stderr: 'error: --kind: "theme" is not something this generator makes; use plugin or addon\n' });
  });

  it('writes a plugin from flags, warning about what the author must finish, and says what to do next', async () => {
    const dir = path.join(scratch(), 'dokku-demo');
    const made = await run(['demo', '--yes', '--description', 'Demo', '--license', 'Apache-2.0', '--directory', dir, '--no-git']);
    assert.deepEqual(made, {
      code: 0,
      stdout: [
        ...BASH_FILES,
        '',
        'Created dokku-demo in ' + dir + ': 28 files.',
        'Next:',
        `  cd ${dir}`,
        '  make lint unit-tests',
        '  # publish it at https://github.com/your-github-user/dokku-demo.git, then on the Dokku host:',
        '  sudo dokku plugin:install https://github.com/your-github-user/dokku-demo.git --name demo',
        '',
      ].join('\n'),
      stderr: 'warning: LICENSE names Apache-2.0 but does not hold its text; paste the full text before publishing\n',
    });
    assert.match(readFileSync(path.join(dir, 'plugin.toml'), 'utf8'), /description = "Demo"/);
    assert.equal(existsSync(path.join(dir, '.git')), false);
  });

  it('refuses a directory with files in it, unless --force', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine\n');
    const refused = await run(['demo', '--yes', '--directory', dir, '--no-git']);
    assert.deepEqual(refused, {
      code: 1, stdout: '',
      stderr: `error: --directory: ${dir} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it\n`,
    });
    assert.equal((await run(['demo', '--yes', '--directory', dir, '--no-git', '--force'])).code, 0);
    assert.equal(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'mine\n');
  });

  it('stops with `cancelled` and 130 when a question is interrupted, writing nothing', async () => {
    const dir = path.join(scratch(), 'out');
    const printed = await capture((shown) => withTerminal(async () => {
      const running = main(['demo', '--directory', dir, '--interactive'], 'prog');
      await until(() => shown.stdout.includes('One-line description'), 'the description prompt');
      process.emit('SIGTERM', 'SIGTERM');
      return running;
    }));
    assert.equal(printed.result, 130);
    assert.equal(printed.stderr, 'cancelled\n');
    assert.equal(existsSync(dir), false);
  });
});

describe('unit: the command line makes add-ons with --kind addon', () => {
  it('writes the add-on and says what to do next, with a warning for a scheme without a known image', async () => {
    const dir = path.join(scratch(), 'cache');
    assert.deepEqual(await run(['--kind', 'addon', 'cache', '--yes', '--scheme', 'weird', '--directory', dir, '--no-git']), {
      code: 0,
      stdout: [
        ...ADDON_FILES,
        '',
        `Created dokku-addon-cache in ${dir}: 18 files.`,
        'Next:',
        `  cd ${dir}`,
        '  make lint unit-tests     # includes the add-on contract kit',
        '  # on the Dokku host: clone it into /var/lib/dokku/addons/cache, then dokku addons:enable cache',
        '',
      ].join('\n'),
      stderr: 'warning: no known image for the weird scheme: set the image and port at the top of addon-functions\n',
    });
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-dokku-plugin'], { input: { name: 'cache', scheme: 'weird', kind: 'addon' } });
  });

  it('lists without writing on a dry run, and in an empty dokku-addon-NAME directory writes there', async () => {
    const dir = path.join(scratch(), 'dokku-addon-cache');
    assert.deepEqual(await run(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--directory', dir, '--dry-run']), {
      code: 0, stdout: `Would write 18 files to ${dir}:\n${ADDON_FILES.join('\n')}\n`, stderr: '',
    });
    assert.equal(existsSync(dir), false);
    mkdirSync(dir);
    const before = process.cwd();
    process.chdir(dir);
    try {
      const made = await run(['--kind', 'addon', '--yes', '--scheme', 'redis', '--no-git']);
      assert.equal(made.stderr, '');
      assert.ok(made.stdout.endsWith([
        '',
        'Created dokku-addon-cache in .: 18 files.',
        'Next:',
        '  make lint unit-tests     # includes the add-on contract kit',
        '  # on the Dokku host: clone it into /var/lib/dokku/addons/cache, then dokku addons:enable cache',
        '',
      ].join('\n')), made.stdout);
    } finally {
      process.chdir(before);
    }
    assert.ok(existsSync(path.join(dir, 'addon-functions')));
  });

  it('asks on a terminal for what the flags left out', async () => {
    const dir = path.join(scratch(), 'asked');
    const printed = await capture((shown) => withTerminal(async (type) => {
      const running = main(['--kind', 'addon', '--directory', dir, '--no-git', '--interactive'], 'prog');
      await until(() => shown.stdout.includes('Add-on name'), 'the name prompt');
      type('queue\r');
      await until(() => shown.stdout.includes('One-line description'), 'the description prompt');
      type('\r');
      await until(() => shown.stdout.includes('URL scheme'), 'the scheme prompt');
      type('redis\r');
      await until(() => shown.stdout.includes('Service layout'), 'the layout prompt');
      type('\x1b[B\r');
      return running;
    }));
    assert.equal(printed.stderr, '');
    assert.equal(printed.result, 0);
    assert.ok(printed.stdout.includes(`Created dokku-addon-queue in ${dir}: 18 files.`), printed.stdout);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-dokku-plugin'], {
      input: { name: 'queue', description: 'Dokku add-on queue', scheme: 'redis', perApp: true, kind: 'addon' },
    });
  });

  it('refuses plugin flags on an add-on', async () => {
    assert.deepEqual(await run(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--lang', 'go', '--no-report']), {
      code: 1, stdout: '', stderr: 'error: --kind: an add-on takes no --lang, --report; those are for plugins\n',
    });
  });
});

describe('unit: the command line grows a plugin with --add', () => {
  let plugin: string;
  before(async () => {
    plugin = path.join(scratch(), 'dokku-demo');
    assert.equal((await run(['demo', '--yes', '--directory', plugin, '--no-git'])).code, 0);
  });

  it('lists the files a dry run would write, writes them, and then has nothing left to do', async () => {
    const files = ['  README.md', '  tests/unit/help.bats', '  tests/unit/commands.bats', '  tests/integration/plugin.bats',
      '  tests/unit/command-list.bats', '  help-functions', '  command-functions', '  subcommands/list', '  .yo-rc.json'];
    const add = ['--add', '--directory', plugin, '--command', 'list, List them'];
    assert.deepEqual(await run([...add, '--dry-run']), { code: 0, stdout: `Would write 9 files in ${plugin}:\n${files.join('\n')}\n`, stderr: '' });
    assert.equal(existsSync(path.join(plugin, 'subcommands/list')), false);
    assert.deepEqual(await run(add), { code: 0, stdout: `Updated dokku-demo in ${plugin}:\n${files.join('\n')}\nNext: make lint unit-tests\n`, stderr: '' });
    assert.ok(existsSync(path.join(plugin, 'subcommands/list')));
    assert.deepEqual(await run(add), { code: 0, stdout: 'Nothing to change: the plugin already has all of that.\n', stderr: '' });
    assert.deepEqual(await run([...add, '--dry-run']), { code: 0, stdout: 'Nothing would change.\n', stderr: '' });
  });

  it('adds properties alone, the report kit with them, and grows the plugin it is run inside', async () => {
    const reportFiles = ['  README.md', '  tests/unit/help.bats', '  tests/unit/commands.bats', '  tests/integration/plugin.bats', '  tests/unit/report.bats',
      '  help-functions', '  functions', '  report-functions', '  demo-get-property', '  subcommands/report', '  subcommands/set',
      '  post-app-clone-setup', '  post-app-rename-setup', '  post-delete', '  report', '  .yo-rc.json'];
    assert.deepEqual(await run(['--add', '--directory', plugin, '--property', 'mode=on', '--dry-run']), {
      code: 0, stdout: `Would write 16 files in ${plugin}:\n${reportFiles.join('\n')}\n`, stderr: '',
    });
    assert.equal((await run(['--add', '--directory', plugin, '--report', '--property', 'mode=on', '--dry-run'])).stdout.split('\n')[0], `Would write 16 files in ${plugin}:`);
    const before = process.cwd();
    process.chdir(path.join(plugin, 'tests'));
    try {
      assert.deepEqual(await run(['--add', '--trigger', 'post-create', '--dry-run']), {
        code: 0, stdout: `Would write 4 files in ${plugin}:\n  README.md\n  tests/unit/triggers.bats\n  post-create\n  .yo-rc.json\n`, stderr: '',
      });
    } finally {
      process.chdir(before);
    }
  });

  it('takes only the growth flags, and no name', async () => {
    assert.deepEqual(await run(['--add', 'demo', '--directory', plugin, '--lang', 'go', '--no-git']), {
      code: 1, stdout: '', stderr: 'error: --add: takes only --command, --trigger, --property, --directory, --force and --dry-run; remove demo, --lang, --git\n',
    });
    assert.deepEqual(await run(['--add', '--directory', '', '--command', 'x, X']), {
      code: 1, stdout: '', stderr: 'error: --directory: is empty; give the plugin\'s directory, or leave --directory out to grow the plugin you are in\n',
    });
    assert.deepEqual(await run(['--add', '--directory', plugin, '--report']), {
      code: 1, stdout: '', stderr: 'error: --property: the report needs at least one key: --property NAME[=DEFAULT][:app|:global]\n',
    });
  });

  it('with nothing to add and nobody to ask, names --command', async () => {
    const nothing = 'error: --command: nothing to add: give at least one --command "USAGE, DESCRIPTION", --trigger NAME or --property NAME[=DEFAULT][:app|:global]\n';
    assert.deepEqual(await run(['--add', '--directory', plugin, '--yes', '--interactive']), { code: 1, stdout: '', stderr: nothing });
    assert.deepEqual(await run(['--add', '--directory', plugin, '--no-interactive']), { code: 1, stdout: '', stderr: nothing });
  });

  it('asks on a terminal for what to add, after checking that the directory holds a plugin', async () => {
    const elsewhere = scratch();
    const refused = await capture(() => withTerminal(() => main(['--add', '--directory', elsewhere, '--interactive'], 'prog')));
    assert.equal(refused.result, 1);
    assert.equal(refused.stdout, '');
    assert.equal(refused.stderr, `error: --directory: ${elsewhere} is not inside a plugin made by generator-dokku-plugin (no .yo-rc.json there or in any folder above); run this inside such a plugin or point --directory at one\n`);
    const printed = await capture((shown) => withTerminal(async (type) => {
      const running = main(['--add', '--directory', plugin, '--interactive'], 'prog');
      await until(() => shown.stdout.includes('Command to add'), 'the command prompt');
      type('show, Show it\r');
      await until(() => shown.stdout.includes('Triggers to add'), 'the trigger prompt');
      type('post-deploy\r');
      return running;
    }));
    assert.equal(printed.stderr, '');
    assert.equal(printed.result, 0);
    assert.ok(printed.stdout.includes(`Updated dokku-demo in ${plugin}:\n`), printed.stdout);
    assert.ok(existsSync(path.join(plugin, 'subcommands/show')));
    assert.ok(existsSync(path.join(plugin, 'post-deploy')));
  });

  it('refuses to change a generated file the author edited, unless --force', async () => {
    const help = path.join(plugin, 'help-functions');
    writeFileSync(help, readFileSync(help, 'utf8').replace('>>> generator-dokku-plugin', '>>> generator-dokku-plugin\n# mine'));
    const add = ['--add', '--directory', plugin, '--command', 'extra, Extra'];
    const refused = await run(add);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^error: --force: these generated files were edited and would change: help-functions[^\n]*; nothing was written\. Pass --force to overwrite them \(your edits there are lost\), or move your changes elsewhere first\n$/);
    assert.equal(existsSync(path.join(plugin, 'subcommands/extra')), false);
    assert.equal((await run([...add, '--force'])).code, 0);
    assert.ok(existsSync(path.join(plugin, 'subcommands/extra')));
  });
});
