import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';
import { run } from './run.js';

/**
 * A fresh copy of the create-dokku-plugin package, bundled as its prepack script bundles it. Each caller gets
 * its own, so test files running at the same time never rebuild the package another one is packing.
 */
export function bundledCreatePackage(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'create-package-')), 'create-dokku-plugin');
  const bundle = run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'bundle-create.mjs'), '--out', dir]);
  assert.equal(bundle.status, 0, bundle.output);
  return dir;
}
