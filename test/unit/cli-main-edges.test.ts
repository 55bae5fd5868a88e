import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { resolveAddonInput } from '../../src/cli/generate-addon.js';
import { InputError } from '../../src/model/input-error.js';
import { capture } from './cli-capture.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-main-edges-'));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { result, stdout, stderr } = await capture(() => main(argv, 'prog'));
  return { code: result, stdout, stderr };
}

/** The line of the summary that says what was created, and the lines after it. */
const summary = (stdout: string) => stdout.slice(stdout.indexOf('\nCreated ') + 1).split('\n');

describe('unit: the command line with git, and at the edges of --add', () => {
  it('says in the summary that it made a git repository, and to push the plugin', async () => {
    const dir = path.join(scratch(), 'dokku-demo');
    const made = await run(['demo', '--yes', '--directory', dir]);
    assert.equal(made.code, 0, made.stderr);
    const [created, ...rest] = summary(made.stdout);
    assert.match(created as string, new RegExp(`^Created dokku-demo in ${dir}: 28 files\\. git repository initialised with a first commit( \\(no git identity is configured: [^)]*\\))?\\.$`));
    assert.deepEqual(rest, [
      'Next:',
      `  cd ${dir}`,
      '  make lint unit-tests',
      '  # push it, then on the Dokku host:',
      '  sudo dokku plugin:install https://github.com/your-github-user/dokku-demo.git --name demo',
      '',
    ]);
    assert.ok(existsSync(path.join(dir, '.git')));
    const addon = path.join(scratch(), 'cache');
    const addonMade = await run(['--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--directory', addon]);
    assert.equal(addonMade.code, 0, addonMade.stderr);
    assert.match(summary(addonMade.stdout)[0] as string, new RegExp(`^Created dokku-addon-cache in ${addon}: 18 files\\. git repository initialised with a first commit( \\(no git identity is configured: [^)]*\\))?\\.$`));
  });

  it('refuses a name with --add, and a plugin flag with --add, each on its own', async () => {
    const plugin = path.join(scratch(), 'dokku-demo');
    assert.equal((await run(['demo', '--yes', '--directory', plugin, '--no-git'])).code, 0);
    assert.deepEqual(await run(['--add', 'demo', '--directory', plugin, '--command', 'x, X']), {
      code: 1, stdout: '', stderr: 'error: --add: takes only --command, --trigger, --property, --directory, --force and --dry-run; remove demo\n',
    });
    assert.deepEqual(await run(['--add', '--directory', plugin, '--command', 'x, X', '--license', 'MIT']), {
      code: 1, stdout: '', stderr: 'error: --add: takes only --command, --trigger, --property, --directory, --force and --dry-run; remove --license\n',
    });
    const listed = await run(['--add', '--directory', plugin, '--command', 'x, X', '--yes', '--no-interactive', '--force', '--dry-run']);
    assert.equal(listed.stdout.split('\n')[0], `Would write 9 files in ${plugin}:`);
  });

  it('prints the warning a deprecated trigger brings when --add adds it, on a dry run too', async () => {
    const plugin = path.join(scratch(), 'dokku-demo');
    assert.equal((await run(['demo', '--yes', '--directory', plugin, '--no-git'])).code, 0);
    const listed = await run(['--add', '--directory', plugin, '--trigger', 'pre-deploy', '--dry-run']);
    assert.deepEqual(listed, {
      code: 0,
      stdout: `Would write 4 files in ${plugin}:\n  README.md\n  tests/unit/triggers.bats\n  pre-deploy\n  .yo-rc.json\n`,
      stderr: 'warning: trigger pre-deploy is deprecated in Dokku; check the plugin triggers docs for its replacement\n',
    });
    const added = await run(['--add', '--directory', plugin, '--trigger', 'pre-deploy']);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(added.stderr, 'warning: trigger pre-deploy is deprecated in Dokku; check the plugin triggers docs for its replacement\n');
    assert.equal(added.stdout, `Updated dokku-demo in ${plugin}:\n  README.md\n  tests/unit/triggers.bats\n  pre-deploy\n  .yo-rc.json\nNext: make lint unit-tests\n`);
  });
});

describe('unit: an add-on name given with spaces or refused', () => {
  it('checks the directory of a name given with spaces around it', async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'dokku-addon-taken'));
    writeFileSync(path.join(cwd, 'dokku-addon-taken', 'x'), '');
    const thrown = await resolveAddonInput({ interactive: true, scheme: 'redis' }, ' taken ', async () => assert.fail('asked'), cwd).then(() => undefined, (error: unknown) => error);
    assert.ok(thrown instanceof InputError);
    assert.deepEqual(thrown.problems, [{
      flag: '--directory',
      message: `${path.join(cwd, 'dokku-addon-taken')} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
    }]);
  });

  it('names only the name\'s rule for a refused name, even when a directory of that name has files', async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'dokku-addon-Bad'));
    writeFileSync(path.join(cwd, 'dokku-addon-Bad', 'x'), '');
    const verdicts: Array<true | string | undefined> = [];
    await resolveAddonInput({ interactive: true, scheme: 'redis', description: 'D', 'per-app': false }, undefined, async ([question]) => {
      verdicts.push(question?.validate?.('Bad'));
      return { name: 'free' };
    }, cwd);
    assert.deepEqual(verdicts, ['"Bad" cannot be part of the environment variable DOKKU_BAD_URL: use lowercase letters, digits and "_", starting with a letter']);
  });
});
