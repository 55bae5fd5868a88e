import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEnv } from 'yeoman-environment';
import { bundledCreatePackage } from '../support/create-package.js';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';
import { fixtureCopy } from './static-support.js';

const withoutConfig = (dir: string) => writeFileSync(path.join(dir, 'plugin.toml'), readFileSync(path.join(dir, 'plugin.toml'), 'utf8').replace('[plugin.config]\n', ''));

/** Runs `yo dokku-plugin:check ARGS` in-process from `cwd`, as yo would find the installed package. */
async function yoCheck(cwd: string, args: string[]): Promise<{ stdout: string; exitCode: number | undefined }> {
  const installed = path.join(mkdtempSync(path.join(os.tmpdir(), 'yo-check-')), 'node_modules', 'generator-dokku-plugin');
  mkdirSync(path.dirname(installed), { recursive: true });
  symlinkSync(REPO_ROOT, installed);
  const env = createEnv({ cwd });
  await env.lookup({ packagePaths: [installed] });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const before = process.exitCode;
  process.stdout.write = ((chunk: string | Uint8Array) => { chunks.push(String(chunk)); return true; }) as typeof process.stdout.write;
  try {
    await env.run(['dokku-plugin:check', ...args]);
    return { stdout: chunks.join(''), exitCode: process.exitCode as number | undefined };
  } finally {
    process.stdout.write = write;
    process.exitCode = before;
  }
}

describe('check from every entry point', () => {
  it('yo dokku-plugin:check [DIR]: the same report, and the exit code says the verdict', async () => {
    const dir = fixtureCopy('docs-sample');
    const clean = await yoCheck(path.dirname(dir), ['docs-sample']);
    assert.match(clean.stdout, /^docs-sample: 0 errors, 0 warnings, \d+ info; check passed$/m);
    assert.equal(clean.exitCode, 0);
    withoutConfig(dir);
    const broken = await yoCheck(dir, ['--format', 'github']);
    assert.match(broken.stdout, /^::error file=plugin\.toml,line=1,title=toml-missing-config::/m);
    assert.equal(broken.exitCode, 1);
  });

  describe('npx create-dokku-plugin check, from the packed one-file package', () => {
    let project = '';
    before(() => {
      const packs = mkdtempSync(path.join(os.tmpdir(), 'check-packs-'));
      const { CI: _ci, npm_lifecycle_event: _event, INIT_CWD: _init, ...env } = process.env;
      const packed = run('npm', ['pack', '--ignore-scripts', '--pack-destination', packs], { cwd: bundledCreatePackage(), env, timeout: 300_000 });
      assert.equal(packed.status, 0, packed.output);
      project = mkdtempSync(path.join(os.tmpdir(), 'check-npx-'));
      writeFileSync(path.join(project, 'package.json'), '{ "name": "a-plugin-authors-project", "private": true }\n');
      const installed = run('npm', ['install', '--no-audit', '--no-fund', '--offline', ...readdirSync(packs).map((file) => path.join(packs, file))], { cwd: project, env, timeout: 300_000 });
      assert.equal(installed.status, 0, installed.output);
    });

    const npx = (args: string[], cwd: string) => run('npx', ['--no-install', 'create-dokku-plugin', 'check', ...args], { cwd, timeout: 300_000 });

    it('passes a correct plugin (exit 0) and fails a broken one (exit 1), DIR defaulting to here', () => {
      const dir = fixtureCopy('docs-sample');
      const clean = run(path.join(project, 'node_modules', '.bin', 'create-dokku-plugin'), ['check'], { cwd: dir, timeout: 300_000 });
      assert.equal(clean.status, 0, clean.output);
      assert.match(clean.stdout, /^docs-sample: 0 errors, 0 warnings, \d+ info; check passed$/m);
      withoutConfig(dir);
      const broken = npx([dir], project);
      assert.equal(broken.status, 1, broken.output);
      assert.match(broken.stdout, /\[toml-missing-config\]/);
    });

    it('--help names the create-dokku-plugin command', () => {
      const ran = npx(['--help'], project);
      assert.equal(ran.status, 0, ran.output);
      assert.match(ran.stdout, /^Usage: create-dokku-plugin check \[DIR\]/m);
    });
  });
});
