import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { bundledCreatePackage } from '../support/create-package.js';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';

// js-yaml is already installed for mocha; borrowing it keeps this check free of a new dependency.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step { name?: string; run?: string; uses?: string; 'working-directory'?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] }; pull_request?: unknown };
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] }>;
}

const CREATE_PACKAGE = path.join(REPO_ROOT, 'packages', 'create-dokku-plugin');
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string; allowScripts?: Record<string, boolean> };
const workflow = (name: string) => yaml.load(readFileSync(path.join(REPO_ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
// Bundling takes seconds; the two tests that need the package share one copy, which neither changes.
let bundle: string | undefined;
const createPackage = () => (bundle ??= bundledCreatePackage());

describe('CI and release workflows', () => {
  it('CI runs the README\'s test command on ubuntu-latest with Node 20 and 22', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    assert.match(readme, /^npm ci && npm test$/m);
    const ci = workflow('ci.yml');
    assert.ok(ci.on.pull_request !== undefined && ci.on.push !== undefined);
    const [job] = Object.values(ci.jobs);
    assert.equal(job?.['runs-on'], 'ubuntu-latest');
    assert.deepEqual(job?.strategy?.matrix['node-version'], [20, 22]);
    assert.equal(job?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'], '${{ matrix.node-version }}');
    assert.ok(job?.steps.some((step) => step.run === 'npm ci && npm test'));
  });

  it('a v* tag builds, tests, then publishes the generator and then create-dokku-plugin, with provenance', () => {
    const release = workflow('release.yml');
    assert.deepEqual(release.on.push?.tags, ['v*']);
    assert.equal(release.permissions?.['id-token'], 'write');
    const names = steps(release).map((step) => step.name ?? step.uses);
    const at = (name: string) => names.indexOf(name);
    assert.ok(at('The tag matches both packages') >= 0);
    assert.ok(at('The tag matches both packages') < at('Build and test'));
    assert.ok(at('Build and test') < at('Publish generator-dokku-plugin'));
    assert.ok(at('Publish generator-dokku-plugin') < at('Bundle create-dokku-plugin'));
    assert.ok(at('Bundle create-dokku-plugin') < at('Publish create-dokku-plugin'));
    const publish = steps(release).filter((step) => step.run?.includes('npm publish'));
    assert.deepEqual(publish.map((step) => [step.run, step['working-directory']]), [
      ['npm publish --provenance --access public', undefined],
      ['npm publish --provenance --access public', 'packages/create-dokku-plugin'],
    ]);
    assert.equal(steps(release).find((step) => step.name === 'Build and test')?.run, 'npm ci && npm test');
    assert.equal(steps(release).find((step) => step.name === 'Bundle create-dokku-plugin')?.run, 'npm run build:create');
  });

  describe('the release\'s tag check', () => {
    const check = steps(workflow('release.yml')).find((step) => step.name === 'The tag matches both packages')?.run ?? '';
    const checkout = (version: string, createVersion: string, repository = 'git+https://github.com/someone/generator-dokku-plugin.git') => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'release-check-'));
      mkdirSync(path.join(dir, 'packages', 'create-dokku-plugin'), { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version, repository: { type: 'git', url: repository } }));
      writeFileSync(path.join(dir, 'packages', 'create-dokku-plugin', 'package.json'), JSON.stringify({ version: createVersion, repository: { type: 'git', url: repository } }));
      return dir;
    };
    const runCheck = (dir: string, tag: string) => run('bash', ['-euo', 'pipefail', '-c', check], {
      cwd: dir,
      env: { ...process.env, GITHUB_REF_NAME: tag, GITHUB_REPOSITORY: 'someone/generator-dokku-plugin' },
    });

    it('passes when the tag is v plus the version of both packages', () => {
      const ran = runCheck(checkout('1.2.3', '1.2.3'), 'v1.2.3');
      assert.equal(ran.status, 0, ran.output);
    });

    it('stops the release when the tag or either version differs, naming the file', () => {
      const tag = runCheck(checkout('1.2.3', '1.2.3'), 'v1.2.4');
      assert.equal(tag.status, 1);
      assert.equal(tag.stderr, 'error: tag v1.2.4 does not match version 1.2.3 in package.json; set both versions to 1.2.4 or tag v1.2.3\n');
      const create = runCheck(checkout('1.2.3', '1.2.2'), 'v1.2.3');
      assert.equal(create.status, 1);
      assert.equal(create.stderr, 'error: tag v1.2.3 does not match version 1.2.2 in packages/create-dokku-plugin/package.json; set both versions to 1.2.3 or tag v1.2.2\n');
    });

    it('stops it when package.json names another repository, which npm provenance would refuse', () => {
      const ran = runCheck(checkout('1.2.3', '1.2.3', 'git+https://github.com/elsewhere/fork.git'), 'v1.2.3');
      assert.equal(ran.status, 1);
      assert.equal(ran.stderr, 'error: package.json: repository.url must be git+https://github.com/someone/generator-dokku-plugin.git for npm provenance\n');
    });
  });
});

describe('versions and install scripts', () => {
  it('create-dokku-plugin has the version of generator-dokku-plugin, and both bins say so', () => {
    const version = manifest(REPO_ROOT).version;
    assert.match(version, /^\d+\.\d+\.\d+/);
    assert.equal(manifest(CREATE_PACKAGE).version, version);
    const create = run(process.execPath, [path.join(createPackage(), 'index.js'), '--version']);
    const generator = run(process.execPath, [path.join(REPO_ROOT, 'bin', 'generate.js'), '--version']);
    assert.deepEqual([create.status, create.stdout], [0, `${version}\n`], create.output);
    assert.deepEqual([generator.status, generator.stdout], [0, `${version}\n`], generator.output);
  });

  it('every dependency with an install script is reviewed in allowScripts, so npm ci prints no warning', () => {
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    assert.deepEqual(withScripts, ['esbuild']);
    const allowed = manifest(REPO_ROOT).allowScripts ?? {};
    for (const name of withScripts) {
      assert.ok(Object.keys(allowed).some((key) => key === name || key.startsWith(`${name}@`)), `${name} needs an allowScripts entry: npm install-scripts approve ${name}`);
    }
  });
});

interface DryRun { files: { path: string }[] }

/** `npm publish --dry-run --json`: what would be uploaded. Needs no login; it asks the registry nothing it cannot do without. */
function dryRunPublish(dir: string): string[] {
  const { CI: _ci, npm_lifecycle_event: _event, ...env } = process.env;
  // Scripts are skipped: dist/ is already built by `npm test` and must not be rebuilt under the running tests.
  const ran = run('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], { cwd: dir, env, timeout: 300_000 });
  assert.equal(ran.status, 0, ran.output);
  const report = JSON.parse(ran.stdout) as Record<string, DryRun>;
  return Object.values(report).flatMap((pack) => pack.files.map((file) => file.path)).sort();
}

describe('npm publish --dry-run, as the release workflow will publish', () => {

  it('generator-dokku-plugin ships its bin, the compiled code, the templates and the catalog, and no tests', () => {
    const files = dryRunPublish(REPO_ROOT);
    for (const needed of ['README.md', 'LICENSE', 'package.json', 'bin/generate.js', 'catalog/triggers.json', 'dist/src/cli/main.js', 'dist/generators/app/index.js',
      'dist/generators/addon/index.js', 'templates/bash/commands', 'templates/addon/README.md', 'templates/go/plugin/plugin.go']) {
      assert.ok(files.includes(needed), `${needed} is missing from the generator-dokku-plugin tarball`);
    }
    assert.deepEqual(files.filter((file) => /^(dist\/)?test\/|^src\/|\.ts$/.test(file)), []);
  });

  it('create-dokku-plugin ships the bundle, its licences, the templates and the catalog', () => {
    const files = dryRunPublish(createPackage());
    for (const needed of ['README.md', 'LICENSE', 'package.json', 'index.js', 'THIRD-PARTY-LICENSES.txt', 'catalog/triggers.json', 'templates/bash/commands', 'templates/addon/README.md']) {
      assert.ok(files.includes(needed), `${needed} is missing from the create-dokku-plugin tarball`);
    }
    assert.ok(files.every((file) => /^(README\.md|LICENSE|package\.json|index\.js|THIRD-PARTY-LICENSES\.txt|templates\/.*|catalog\/.*)$/.test(file)), files.join('\n'));
  });
});
