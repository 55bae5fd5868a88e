import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeNewTree } from '../../src/write/write-new-tree.js';
import { withGitConfig } from '../support/git-config.js';

const files = [
  { path: 'README.md', content: '# demo\n', mode: 0o644, ownership: 'author' as const },
  { path: 'subcommands/enable', content: '#!/usr/bin/env bash\n', mode: 0o755, ownership: 'generated' as const },
];

describe('unit: writing a new plugin with git', () => {
  it('commits what it wrote, returns the line for the summary, and disarms its cleanup', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-tree-')), 'dokku-demo');
    const listeners = () => ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'].map((event) => process.listenerCount(event));
    const before = listeners();
    const note = withGitConfig('[user]\n\tname = Ann\n\temail = ann@example.com\n', () => writeNewTree(dir, files, { force: false, dryRun: false, git: true, author: 'The authors' }));
    assert.equal(note, 'git repository initialised with a first commit');
    assert.deepEqual(listeners(), before);
    assert.equal(execFileSync('git', ['log', '--format=%an|%s'], { cwd: dir, encoding: 'utf8' }), 'Ann|Initial commit from generator-dokku-plugin\n');
    assert.equal(execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }), 'README.md\nsubcommands/enable\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.git', 'README.md', 'subcommands']);
  });

  it('lists every file on a dry run, one a line, and writes nothing', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-tree-')), 'dokku-demo');
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      assert.equal(writeNewTree(dir, files, { force: false, dryRun: true, git: true, author: 'The authors' }), false);
    } finally {
      process.stdout.write = write;
    }
    assert.deepEqual(written, [`Would write 2 files to ${dir}:\n  README.md\n  subcommands/enable  (executable)\n`]);
    assert.deepEqual(readdirSync(path.dirname(dir)), []);
  });
});
