import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstCommitFiles } from '../../src/grow/first-commit.js';

const git = (args: string[], cwd: string, date = '2026-01-01T00:00:00Z') => execFileSync('git', ['-c', 'user.name=Ann', '-c', 'user.email=ann@example.com', '-c', 'init.defaultBranch=main', ...args], {
  cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
});

/** Writes `files` below `dir` and commits them all. */
function commit(dir: string, files: Record<string, string>, date?: string) {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  git(['add', '-A'], dir);
  git(['commit', '-q', '-m', 'change'], dir, date);
}

function repository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'unit-first-'));
  git(['init', '-q'], dir);
  return dir;
}

describe('unit: the files as the generator first wrote them', () => {
  it('are the plugin\'s first commit, whatever came after', () => {
    const dir = repository();
    commit(dir, { 'help-functions': 'first\n', 'tests/unit/help.bats': 'bats\n' });
    commit(dir, { 'help-functions': 'second\n', added: 'later\n' });
    const first = firstCommitFiles(dir);
    assert.equal(first('help-functions'), 'first\n');
    assert.equal(first('tests/unit/help.bats'), 'bats\n');
    assert.equal(first('added'), undefined);
    assert.equal(first('help-functions'), 'first\n');
    assert.equal(first('added'), undefined);
  });

  it('are read whole, however large', () => {
    const dir = repository();
    const large = `${'x'.repeat(2 * 1024 * 1024)}\n`;
    commit(dir, { README: large });
    assert.equal(firstCommitFiles(dir)('README')?.length, large.length);
  });

  it('are the oldest root\'s, in a repository with several roots', () => {
    const dir = repository();
    commit(dir, { 'help-functions': 'oldest\n' }, '2001-01-01T00:00:00Z');
    git(['checkout', '-q', '--orphan', 'other'], dir);
    git(['rm', '-rqf', '.'], dir);
    commit(dir, { 'help-functions': 'newer root\n' }, '2002-01-01T00:00:00Z');
    git(['checkout', '-q', 'main'], dir);
    git(['merge', '-q', '--allow-unrelated-histories', '-s', 'ours', '-m', 'merge', 'other'], dir, '2003-01-01T00:00:00Z');
    assert.equal(firstCommitFiles(dir)('help-functions'), 'oldest\n');
  });

  it('are unknown for a plugin that is not its own repository', () => {
    const outer = repository();
    commit(outer, { 'dokku-demo/help-functions': 'outer\n', 'help-functions': 'outer root\n' });
    assert.equal(firstCommitFiles(path.join(outer, 'dokku-demo'))('help-functions'), undefined);
    const plain = mkdtempSync(path.join(os.tmpdir(), 'unit-first-plain-'));
    writeFileSync(path.join(plain, 'help-functions'), 'mine\n');
    assert.equal(firstCommitFiles(plain)('help-functions'), undefined);
    assert.equal(firstCommitFiles(repository())('help-functions'), undefined);
  });

  it('are found from a path to the plugin that is not in its plainest form', () => {
    const dir = repository();
    commit(dir, { 'help-functions': 'first\n' });
    mkdirSync(path.join(dir, 'tests'));
    assert.equal(firstCommitFiles(`${dir}/tests/..`)('help-functions'), 'first\n');
    assert.equal(firstCommitFiles(`${dir}/`)('help-functions'), 'first\n');
  });
});
