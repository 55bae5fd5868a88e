import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEnv } from 'yeoman-environment';
import { REPO_ROOT } from '../support/paths.js';

describe('yo dokku-plugin', () => {
  it('finds the built app generator in this package, not the TypeScript source', async () => {
    // Installed or linked, the package sits at node_modules/generator-dokku-plugin, which names the namespace.
    const installed = path.join(mkdtempSync(path.join(os.tmpdir(), 'yo-lookup-')), 'node_modules', 'generator-dokku-plugin');
    mkdirSync(path.dirname(installed), { recursive: true });
    symlinkSync(REPO_ROOT, installed);
    const env = createEnv();
    const found = await env.lookup({ packagePaths: [installed] });
    const app = found.find((meta) => meta.namespace === 'dokku-plugin:app');
    assert.ok(app, JSON.stringify(found.map((meta) => meta.namespace)));
    const meta = await env.findMeta('dokku-plugin:app');
    assert.equal(path.relative(realpathSync(installed), realpathSync(String(meta?.resolved))), path.join('dist', 'generators', 'app', 'index.js'));
  });
});
