import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './run.js';

const GIT_ENV = { GIT_AUTHOR_NAME: 'Demo Author', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo Author', GIT_COMMITTER_EMAIL: 'demo@example.com' };

/**
 * A plugin saved as JSON (`{ files: { PATH: { mode, content } } }`) written out as `dokku-demo` in a new
 * temporary directory; with `git`, as the generator leaves a new plugin: everything in its first commit.
 */
export function writeFixturePlugin(fixture: string, git: boolean): string {
  const plugin = path.join(mkdtempSync(path.join(os.tmpdir(), 'fixture-plugin-')), 'dokku-demo');
  const { files } = JSON.parse(readFileSync(fixture, 'utf8')) as { files: Record<string, { mode: string; content: string }> };
  for (const [file, { mode, content }] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(plugin, file)), { recursive: true });
    writeFileSync(path.join(plugin, file), content);
    chmodSync(path.join(plugin, file), Number.parseInt(mode, 8));
  }
  if (git) {
    const env = { ...process.env, ...GIT_ENV };
    for (const args of [['init', '-q', '--template='], ['add', '-A'], ['commit', '-q', '-m', 'First commit']]) {
      assert.equal(run('git', args, { cwd: plugin, env }).status, 0);
    }
  }
  return plugin;
}
