import { InputError } from '../model/input-error.js';
import type { RenderedFile } from '../render/render-plugin.js';
import { removeOnFailure } from './cleanup-on-failure.js';
import { initGitRepository } from './git-repository.js';
import { fileList } from './summary.js';
import { blockedFilesProblem, targetDirectoryProblem } from './target-directory.js';
import { writeFiles } from './write-files.js';

export interface NewTreeOptions {
  force: boolean;
  dryRun: boolean;
  git: boolean;
  /** Who commits when git has no identity configured. */
  author: string;
}

/** The options from the command line's flags: --force, --dry-run, --no-git. */
export function newTreeOptions(values: Record<string, unknown>, author: string): NewTreeOptions {
  return { force: values.force === true, dryRun: values['dry-run'] === true, git: values.git !== false, author };
}

/**
 * Writes a new plugin or add-on from the command line: refuses a directory with files in it unless forced,
 * lists instead of writing on a dry run, removes what it wrote if the run fails, then commits with git.
 * Returns the git line for the summary, or undefined when nothing was written.
 */
export function writeNewTree(directory: string, files: RenderedFile[], options: NewTreeOptions): string | undefined | false {
  const problem = targetDirectoryProblem(directory, options.force) ?? blockedFilesProblem(directory, files);
  if (problem) {
    throw new InputError([problem]);
  }
  if (options.dryRun) {
    process.stdout.write(`Would write ${files.length} files to ${directory}:\n${fileList(files).join('\n')}\n`);
    return false;
  }
  const finished = removeOnFailure(directory);
  writeFiles(directory, files);
  const gitNote = options.git ? initGitRepository(directory, options.author) : undefined;
  finished();
  return gitNote;
}
