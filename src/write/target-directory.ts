import { accessSync, constants, lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../model/input-error.js';

/** Longest file or directory name, in bytes, on Linux file systems (NAME_MAX). */
const NAME_MAX = 255;
/**
 * Longest --directory, in bytes: Linux refuses paths from PATH_MAX, 4096 bytes, and the deepest file written
 * below the directory (`tests/unit/command-NAME.bats` with a 64-character name) needs under 100 of them.
 */
const DIRECTORY_MAX = 4096 - 256;

/** What is already in the directory; nothing when it does not exist. */
export function directoryEntries(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

/**
 * Why the plugin may not be written to `directory` (an absolute path): it cannot be made there, or it holds
 * files the user made, which are not overwritten without --force.
 */
export function targetDirectoryProblem(directory: string, force: boolean): InputProblem | undefined {
  const unusable = unusableDirectoryProblem(directory);
  if (unusable || force || directoryEntries(directory).length === 0) {
    return unusable;
  }
  return {
    flag: '--directory',
    message: `${directory} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
  };
}

/**
 * The directory itself if it exists, else its nearest ancestor that does, with what it is; no stats for a
 * symbolic link to nothing, which mkdir cannot follow.
 */
function nearestExisting(directory: string): { existing: string; stats: Stats | undefined } {
  let candidate = directory;
  for (;;) {
    try {
      return { existing: candidate, stats: statSync(candidate) };
    } catch (error) {
      if (isSymbolicLink(candidate)) {
        return { existing: candidate, stats: undefined };
      }
      const parent = path.dirname(candidate);
      if (parent === candidate) {
        throw error;
      }
      candidate = parent;
    }
  }
}

function isSymbolicLink(candidate: string): boolean {
  try {
    return lstatSync(candidate).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Checked before anything is written, so that the run fails naming --directory instead of a bare EEXIST, ENOTDIR or EACCES. */
function unusableDirectoryProblem(directory: string): InputProblem | undefined {
  const problem = (message: string): InputProblem => ({ flag: '--directory', message });
  const longName = directory.split(path.sep).find((component) => Buffer.byteLength(component) > NAME_MAX);
  if (longName !== undefined) {
    return problem(`"${longName.slice(0, 24)}…" is ${Buffer.byteLength(longName)} bytes long, and a file system takes names of at most ${NAME_MAX}; choose a --directory with shorter names`);
  }
  if (Buffer.byteLength(directory) > DIRECTORY_MAX) {
    return problem(`the path is ${Buffer.byteLength(directory)} bytes long, and with the files below it would pass the file system's limit of 4096; choose a --directory of at most ${DIRECTORY_MAX} bytes`);
  }
  const { existing, stats } = nearestExisting(directory);
  if (stats === undefined) {
    const where = existing === directory ? directory : `${directory} cannot be made: ${existing}`;
    return problem(`${where} is a symbolic link to nothing; choose another --directory, or make the directory it points to`);
  }
  if (!stats.isDirectory()) {
    return problem(existing === directory
      ? `${directory} is a file, not a directory; choose another --directory (or move the file away)`
      : `${directory} cannot be made: ${existing} is a file, not a directory; choose another --directory`);
  }
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EROFS' ? 'is on a read-only file system' : 'is not writable for you (permission denied)';
    return problem(existing === directory
      ? `${directory} ${reason}; choose a --directory you can write to, or change its permissions`
      : `${directory} cannot be made: ${existing} ${reason}; choose a --directory you can write to, or change the permissions of ${existing}`);
  }
  return undefined;
}

/** What went wrong while writing below `directory`, naming --directory and the fix; undefined for errors that are not about the file system. */
export function writeErrorProblem(error: unknown, directory: string): InputProblem | undefined {
  const { code, path: where = directory } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: `cannot write ${where}: permission denied; choose a --directory you can write to, or change its permissions`,
    EPERM: `cannot write ${where}: operation not permitted; choose a --directory you can write to, or change its permissions`,
    EROFS: `cannot write ${where}: read-only file system; choose a --directory on a writable one`,
    ENOSPC: `cannot write ${where}: no space left on the device; free some space, or choose a --directory on another device`,
    EDQUOT: `cannot write ${where}: disk quota exceeded; free some space, or choose a --directory elsewhere`,
    ENAMETOOLONG: `cannot write ${where}: the path is too long for the file system; choose a shorter --directory`,
    ENOTDIR: `cannot write ${where}: a file stands where a directory is needed; choose another --directory, or move that file away`,
    EEXIST: `cannot write ${where}: something else already stands there; choose another --directory, or move it away`,
    EISDIR: `cannot write ${where}: a directory stands where a file is needed; choose another --directory, or move that directory away`,
  };
  const message = code === undefined ? undefined : reasons[code];
  return message === undefined ? undefined : { flag: '--directory', message };
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function writable(file: string, mode: number): boolean {
  try {
    accessSync(file, mode);
    return true;
  } catch {
    return false;
  }
}

/** What of the user's stops `relative` from being written below `directory` (with --force), if anything. */
function blockedPath(directory: string, relative: string): string | undefined {
  const parts = relative.split('/');
  let parent = directory;
  for (const [index, part] of parts.entries()) {
    const here = path.join(parent, part);
    const shown = parts.slice(0, index + 1).join('/');
    const stats = statOrUndefined(here);
    const last = index === parts.length - 1;
    if (stats === undefined) {
      return writable(parent, constants.W_OK | constants.X_OK) ? undefined : `${path.relative(directory, parent) || '.'} (not writable for you)`;
    }
    if (!last && !stats.isDirectory()) {
      return `${shown} (a file where a directory is needed)`;
    }
    if (last && stats.isDirectory()) {
      return `${shown} (a directory where a file is needed)`;
    }
    if (last && !writable(here, constants.W_OK)) {
      return `${shown} (not writable for you)`;
    }
    parent = here;
  }
  return undefined;
}

/**
 * Why `files` cannot all be written below `directory`: with --force a directory may already hold a file
 * where one is needed, a directory where a file goes, or files the user may not write. Checked before
 * anything is written, since a forced run into a directory with files is not cleaned up.
 */
export function blockedFilesProblem(directory: string, files: Array<{ path: string }>): InputProblem | undefined {
  if (statOrUndefined(directory) === undefined) {
    // Made by this run; targetDirectoryProblem has checked that it can be.
    return undefined;
  }
  const blocked = [...new Set(files.map((file) => blockedPath(directory, file.path)).filter((reason) => reason !== undefined))];
  if (blocked.length === 0) {
    return undefined;
  }
  return {
    flag: '--directory',
    message: `in ${directory}, ${blocked.join(', ')} stand in the way of the generated files; nothing was written: move them away, or choose another --directory`,
  };
}
