import { execFileSync } from 'node:child_process';
import path from 'node:path';

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function gitAvailable(): boolean {
  try {
    git(['--version'], process.cwd());
    return true;
  } catch {
    return false;
  }
}

function insideWorkTree(directory: string): boolean {
  try {
    return git(['rev-parse', '--is-inside-work-tree'], directory) === 'true';
  } catch {
    return false;
  }
}

/**
 * `git init` and a first commit of everything generated, so that `dokku plugin:install file://…` (which
 * clones) sees the plugin. Skipped inside another work tree. Returns a line for the summary.
 */
export function initGitRepository(directory: string, author: string): string {
  if (!gitAvailable()) {
    return 'git not found: no repository was created';
  }
  if (insideWorkTree(path.dirname(directory))) {
    return 'inside an existing git work tree: no repository was created (commit the files there)';
  }
  // No template: git's sample hooks are sh scripts that would sit in the plugin's tree for shellcheck to find.
  git(['init', '-q', '--template='], directory);
  git(['add', '-A'], directory);
  const env = { ...process.env };
  let note = '';
  const configured = (key: string) => {
    try {
      return git(['config', key], directory) !== '';
    } catch {
      return false;
    }
  };
  if (!configured('user.name') || !configured('user.email')) {
    // No identity configured: commit as the plugin's author so the repository is usable; say how to fix it.
    env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = author;
    env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = 'author@example.invalid';
    note = ' (no git identity is configured: set one, then `git commit --amend --reset-author`)';
  }
  git(['commit', '-q', '-m', 'Initial commit from generator-dokku-plugin'], directory, env);
  return `git repository initialised with a first commit${note}`;
}
