import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { BIN, REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'check', 'static');

/** Hand-written plugin shapes that must check clean; go-built is built by its own install trigger first. */
export const FIXTURE_NAMES = ['docs-sample', 'sources-core', 'help-only', 'needs-docker', 'go-built'];

/** A fresh copy of a fixture (links kept as links), built the way its install trigger builds it. */
export function fixtureCopy(name: string): string {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-fixture-')), name);
  cpSync(path.join(FIXTURES, name), target, { recursive: true, verbatimSymlinks: true });
  if (name === 'go-built') {
    const built = run(path.join(target, 'install'), [], { cwd: os.tmpdir(), timeout: 300_000 });
    if (built.status !== 0) {
      throw new Error(`go-built's install trigger failed:\n${built.output}`);
    }
  }
  return target;
}

/** A plugin (or with `--kind addon`, an add-on) written by this generator's command line into a temporary directory. */
export function generatedCopy(args: string[]): string {
  const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-generated-')), 'plugin');
  const ran = run(process.execPath, [BIN, ...args, '--yes', '--no-git', '--directory', target], { input: '', env: { ...process.env, CI: 'true' } });
  if (ran.status !== 0) {
    throw new Error(`generating ${args.join(' ')} failed:\n${ran.output}`);
  }
  return target;
}

/** `ID FILE` per finding, sorted: which checks fired, and where. */
export function idsAndFiles(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.id} ${finding.file ?? '-'}`).sort();
}

/** Runs `check` through the generator's bin, as `make check` and a user do. */
export function checkCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  return run(process.execPath, [BIN, 'check', ...args], { cwd: options.cwd ?? os.tmpdir(), env: options.env ?? process.env, timeout: 300_000 });
}
