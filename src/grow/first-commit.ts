import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The files as the generator first wrote them, from the plugin's first commit (the generator makes it). A
 * plugin made by an older version of the generator renders differently today, so "unchanged since the
 * generator wrote it" cannot be told from today's render alone: a generated file or region that is still
 * as in the first commit is the generator's to replace. Empty when the plugin is not its own git
 * repository (made with --no-git, or inside another work tree) or git is missing.
 */
export function firstCommitFiles(directory: string): (file: string) => string | undefined {
  const git = (args: string[]) => execFileSync('git', args, { cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  let root: string;
  try {
    if (path.resolve(git(['rev-parse', '--show-toplevel']).trim()) !== path.resolve(directory)) {
      return () => undefined;
    }
    // The oldest commit with no parent; a repository with several roots keeps the first one listed last.
    root = git(['rev-list', '--max-parents=0', 'HEAD']).trim().split('\n').pop() ?? '';
  } catch {
    return () => undefined;
  }
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, git(['show', `${root}:${file}`]));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}
