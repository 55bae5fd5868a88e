import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../render/render-plugin.js';

/** Longest file name most file systems (ext4, xfs, btrfs, apfs) accept, in bytes. */
const NAME_MAX = 255;
const RANDOM_DIGITS = 8;
/** Room for the temporary name's prefix and suffix around a file's own name: `.~NAME.tmp-1234abcd`. */
const TEMP_OVERHEAD = '.~'.length + '.tmp-'.length + RANDOM_DIGITS;

type Undo = () => void;

const SIGNAL_GRACE_MS = 25;

/**
 * Why `file` could not be written below `directory`, checked before anything is: a name too long for the
 * file system, a directory where the file should go, a file where a directory should go. Undefined when
 * the write can go ahead.
 */
export function writeProblem(directory: string, file: string): string | undefined {
  const parts = file.split('/');
  const tooLong = parts.find((part) => Buffer.byteLength(part) + TEMP_OVERHEAD > NAME_MAX);
  if (tooLong !== undefined) {
    const shown = parts.map((part) => (part.length > 24 ? `${part.slice(0, 20)}…` : part)).join('/');
    return `${shown}: the file name would be ${Buffer.byteLength(tooLong)} bytes, longer than a file system allows (${NAME_MAX - TEMP_OVERHEAD} here); use a shorter name`;
  }
  let current = directory;
  for (const [index, part] of parts.entries()) {
    current = path.join(current, part);
    let stat;
    try {
      stat = statSync(current);
    } catch {
      return undefined;
    }
    const last = index === parts.length - 1;
    if (!last && !stat.isDirectory()) {
      return `${file}: ${path.relative(directory, current)} is a file where a directory is needed; move it away`;
    }
    if (last && !stat.isFile()) {
      return `${file}: there is ${stat.isDirectory() ? 'a directory' : 'something other than a file'} at that path; move it away`;
    }
  }
  return undefined;
}

function temporaryName(destination: string): string {
  const random = Math.floor(Math.random() * 16 ** RANDOM_DIGITS).toString(16).padStart(RANDOM_DIGITS, '0');
  return path.join(path.dirname(destination), `.~${path.basename(destination)}.tmp-${random}`);
}

/** How many fresh temporary names to try before giving up: each is taken only by a leftover or a planted file. */
const TEMPORARY_TRIES = 10;

/**
 * Creates a temporary file beside `destination`, never through a name that is already taken (a leftover
 * of an earlier run, or a link planted to make us write elsewhere): that one is left alone and another
 * name tried.
 */
function createTemporary(destination: string, mode: number): { name: string; fd: number } {
  for (let tries = 1; ; tries += 1) {
    const name = temporaryName(destination);
    try {
      return { name, fd: openSync(name, 'wx', mode) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries === TEMPORARY_TRIES) {
        throw error;
      }
    }
  }
}

/** Puts `content` at `destination` in one rename, so a reader or a crash sees either the old file or the new. */
function replace(destination: string, content: string | Buffer, mode: number): void {
  const temporary = createTemporary(destination, mode);
  try {
    try {
      writeFileSync(temporary.fd, content);
    } finally {
      closeSync(temporary.fd);
    }
    chmodSync(temporary.name, mode);
    renameSync(temporary.name, destination);
  } catch (error) {
    // Only the file made above is removed: nothing the write did not create.
    rmSync(temporary.name, { force: true });
    throw error;
  }
}

/** Creates the missing directories above `destination`, returning how to remove them again. */
function makeParents(destination: string): Undo {
  const missing: string[] = [];
  for (let dir = path.dirname(destination); ; dir = path.dirname(dir)) {
    try {
      statSync(dir);
      break;
    } catch {
      missing.push(dir);
    }
    if (path.dirname(dir) === dir) {
      break;
    }
  }
  mkdirSync(path.dirname(destination), { recursive: true });
  return () => {
    for (const dir of missing) {
      rmdirSync(dir);
    }
  };
}

/** Defers SIGINT, SIGTERM and SIGHUP until the batch is done, then lets them act as they would have. */
function holdSignals(): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals) => {
    received ??= signal;
  };
  for (const signal of signals) {
    process.on(signal, hold);
  }
  return () => {
    // A signal sent during the batch reaches the event loop a moment later (it may land on another thread
    // first): keep holding briefly so that it reaches `hold`, then pass it on. On a busy machine the timer
    // can be due before the loop has polled once; the immediate runs after the next poll, which reads any
    // signal already pending.
    setTimeout(() => setImmediate(() => {
      for (const signal of signals) {
        process.removeListener(signal, hold);
      }
      if (received !== undefined && process.listenerCount(received) === 0) {
        process.kill(process.pid, received);
      }
    }), SIGNAL_GRACE_MS);
  };
}

/**
 * Writes every file below `directory` as one change: each through a temporary file in its own directory
 * and a rename, and, when one fails, the files already replaced get their old content and mode back and
 * the files and directories already created are removed, before the error is passed on. Interrupts wait
 * until the batch is whole.
 */
export function writeAtomically(directory: string, files: RenderedFile[]): void {
  const undo: Undo[] = [];
  const release = holdSignals();
  try {
    for (const file of files) {
      const destination = path.join(directory, file.path);
      let previous: { content: Buffer; mode: number } | undefined;
      try {
        previous = { content: readFileSync(destination), mode: statSync(destination).mode & 0o7777 };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw error;
        }
      }
      const removeParents = previous ? undefined : makeParents(destination);
      if (removeParents) {
        undo.push(removeParents);
      }
      replace(destination, file.content, file.mode);
      undo.push(previous ? () => replace(destination, previous.content, previous.mode) : () => rmSync(destination, { force: true }));
    }
  } catch (error) {
    const failures: string[] = [];
    for (const step of undo.reverse()) {
      try {
        step();
      } catch (undoError) {
        failures.push((undoError as Error).message);
      }
    }
    const reason = (error as Error).message;
    throw new Error(failures.length === 0
      ? `could not write the plugin's files (${reason}); every file was put back as it was`
      : `could not write the plugin's files (${reason}), and putting them back failed too (${failures.join('; ')}); check the plugin with git status`);
  } finally {
    release();
  }
}
