import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initGitRepository } from '../../src/write/git-repository.js';
import { withGitConfig } from '../support/git-config.js';

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function plugin(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-git-')), 'dokku-demo');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'README.md'), '# demo\n');
  return dir;
}

describe('unit: the first commit of a new plugin', () => {
  it('commits every file as the configured user, with no sample hooks', () => {
    const dir = plugin();
    const note = withGitConfig('[user]\n\tname = Ann\n\temail = ann@example.com\n[init]\n\tdefaultBranch = main\n', () => initGitRepository(dir, 'The authors'));
    assert.equal(note, 'git repository initialised with a first commit');
    assert.equal(git(['log', '--format=%an <%ae>|%s'], dir), 'Ann <ann@example.com>|Initial commit from generator-dokku-plugin');
    assert.equal(git(['ls-files'], dir), 'README.md');
    assert.equal(git(['status', '--porcelain'], dir), '');
    assert.throws(() => execFileSync('ls', [path.join(dir, '.git', 'hooks', 'pre-commit.sample')], { stdio: 'ignore' }));
  });

  it('commits as the plugin\'s author when git has no identity, and says how to fix it', () => {
    const dir = plugin();
    const note = withGitConfig('', () => initGitRepository(dir, 'The dokku-demo authors'));
    assert.equal(note, 'git repository initialised with a first commit (no git identity is configured: set one, then `git commit --amend --reset-author`)');
    assert.equal(git(['log', '--format=%an <%ae>|%cn <%ce>'], dir), 'The dokku-demo authors <author@example.invalid>|The dokku-demo authors <author@example.invalid>');
    const half = plugin();
    withGitConfig('[user]\n\tname = Ann\n', () => initGitRepository(half, 'The authors'));
    assert.equal(git(['log', '--format=%an <%ae>'], half), 'The authors <author@example.invalid>');
    const empty = plugin();
    withGitConfig('[user]\n\tname =\n\temail = ann@example.com\n', () => initGitRepository(empty, 'The authors'));
    assert.equal(git(['log', '--format=%an <%ae>'], empty), 'The authors <author@example.invalid>');
  });

  it('leaves a plugin made inside another work tree to that repository', () => {
    const outer = mkdtempSync(path.join(os.tmpdir(), 'unit-outer-'));
    git(['init', '-q'], outer);
    const dir = path.join(outer, 'dokku-demo');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'README.md'), '# demo\n');
    assert.equal(initGitRepository(dir, 'The authors'), 'inside an existing git work tree: no repository was created (commit the files there)');
    assert.equal(git(['rev-parse', '--show-toplevel'], dir), outer);
  });

  it('says so when git is not installed', () => {
    const saved = process.env.PATH;
    process.env.PATH = mkdtempSync(path.join(os.tmpdir(), 'unit-nopath-'));
    try {
      assert.equal(initGitRepository(plugin(), 'The authors'), 'git not found: no repository was created');
    } finally {
      process.env.PATH = saved;
    }
  });
});
