import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledCreatePackage } from '../support/create-package.js';
import { REPO_ROOT } from '../support/paths.js';
import { mustRun, run } from '../support/run.js';

const CREATE_PACKAGE = path.join(REPO_ROOT, 'packages', 'create-dokku-plugin');
const version = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/** npm's own noise (warnings about this machine's config) is not what these tests look at. */
function npm(args: string[], cwd: string, input?: string) {
  const { CI: _ci, npm_lifecycle_event: _event, INIT_CWD: _init, ...env } = process.env;
  return run('npm', args, { cwd, env, timeout: 300_000, ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }) });
}

describe('the published packages, packed and installed as users get them', () => {
  let packs = '';
  let project = '';

  before(() => {
    packs = mkdtempSync(path.join(os.tmpdir(), 'packs-'));
    // dist/ is already built by `npm test`; pack without scripts so dist is not rebuilt under the running tests.
    for (const dir of [REPO_ROOT, bundledCreatePackage()]) {
      const packed = npm(['pack', '--ignore-scripts', '--pack-destination', packs], dir);
      assert.equal(packed.status, 0, packed.output);
    }
    project = mkdtempSync(path.join(os.tmpdir(), 'npm-init-project-'));
    writeFileSync(path.join(project, 'package.json'), '{ "name": "someone-elses-project", "private": true }\n');
    const tarballs = readdirSync(packs).map((file) => path.join(packs, file));
    const installed = npm(['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], project);
    assert.equal(installed.status, 0, installed.output);
  });

  it('publishes create-dokku-plugin at the version of generator-dokku-plugin', () => {
    assert.equal(version(CREATE_PACKAGE), version(REPO_ROOT));
    assert.ok(readdirSync(packs).includes(`create-dokku-plugin-${version(REPO_ROOT)}.tgz`));
  });

  it('npm init dokku-plugin -- NAME [flags] writes the plugin', () => {
    mkdirSync(path.join(project, 'work'), { recursive: true });
    const ran = npm(['init', 'dokku-plugin', '--', 'demo', '--yes', '--command', 'enable <app>, Enable demo', '--trigger', 'post-deploy', '--directory', 'work/dokku-demo'], project, '');
    assert.equal(ran.status, 0, ran.output);
    const plugin = path.join(project, 'work', 'dokku-demo');
    for (const file of ['commands', 'subcommands/enable', 'post-deploy', 'plugin.toml', 'tests/unit/commands.bats']) {
      assert.ok(existsSync(path.join(plugin, file)), file);
    }
    assert.match(ran.stdout, /cd work\/dokku-demo/);
    const log = mustRun('git', ['log', '--oneline'], { cwd: plugin });
    assert.match(log.stdout, /Initial commit/);
  });

  it('npm init dokku-plugin -- --kind addon NAME writes an add-on that keeps its contract', () => {
    const ran = npm(['init', 'dokku-plugin', '--', '--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git', '--directory', 'work/dokku-addon-cache'], project, '');
    assert.equal(ran.status, 0, ran.output);
    const addon = path.join(project, 'work', 'dokku-addon-cache');
    const kit = run(path.join(addon, 'tests', 'contract', 'addon-contract'), [], { cwd: addon });
    assert.equal(kit.status, 0, kit.output);
    assert.match(kit.stdout, /^\d+ passed, 0 failed$/m);
  });

  it('npm init dokku-plugin -- --help and missing flags behave as documented', () => {
    const help = npm(['init', 'dokku-plugin', '--', '--help'], project);
    assert.equal(help.status, 0, help.output);
    assert.match(help.stdout, /Usage: npm init dokku-plugin -- <name> \[options\]/);
    const missing = npm(['init', 'dokku-plugin', '--', 'demo'], project, '');
    assert.equal(missing.status, 1, missing.output);
    assert.match(missing.stderr, /^error: --description: required/m);
  });

  it('the generator package carries everything its bin needs', () => {
    const ran = run(path.join(project, 'node_modules', '.bin', 'generator-dokku-plugin'), ['packed', '--yes', '--directory', 'from-generator', '--no-git'], { cwd: project, input: '' });
    assert.equal(ran.status, 0, ran.output);
    assert.ok(existsSync(path.join(project, 'from-generator', 'commands')));
  });

  it('the README\'s commands for the packed tarballs work as written', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const commands = readme.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('npm exec --yes --package ./'));
    assert.equal(commands.length, 2);
    for (const command of commands) {
      // npm exec installs the tarball into npm's cache, as it would a registry package.
      const ran = run('bash', ['-c', `${command} --no-git`], { cwd: packs, env: { ...process.env, npm_config_prefer_offline: 'true' }, timeout: 300_000, input: '' });
      assert.equal(ran.status, 0, `${command}\n${ran.output}`);
    }
    assert.ok(existsSync(path.join(packs, 'dokku-demo', 'commands')));
    assert.ok(existsSync(path.join(packs, 'dokku-demo-2', 'commands')));
  });
});
