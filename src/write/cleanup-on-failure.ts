import { existsSync, lstatSync, rmSync } from 'node:fs';
import { directoryEntries } from './target-directory.js';

const SIGNALS: Array<[NodeJS.Signals, number]> = [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]];

/** lstat, not exists: a symbolic link to nothing is the user's, and must not be removed as if this run made it. */
function isPresent(directory: string): boolean {
  try {
    lstatSync(directory);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes what this run put in `directory` unless the run finishes: on an error, an exit before the end, or
 * an interrupt. Only a directory that was missing or empty at the start is cleaned, so nothing of the
 * user's is touched. Returns the function that marks the run finished.
 */
export function removeOnFailure(directory: string): () => void {
  const existed = isPresent(directory);
  if (directoryEntries(directory).length > 0) {
    return () => undefined;
  }
  const clean = () => {
    try {
      if (!existsSync(directory)) {
        return;
      }
      if (!existed) {
        rmSync(directory, { recursive: true, force: true });
        return;
      }
      for (const entry of directoryEntries(directory)) {
        rmSync(`${directory}/${entry}`, { recursive: true, force: true });
      }
    } catch (error) {
      // Runs while the process ends: a stack trace here would hide the error that ended the run.
      process.stderr.write(`warning: could not remove what this run wrote in ${directory}: ${(error as Error).message}\n`);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    clean();
    const number = SIGNALS.find(([name]) => name === signal)?.[1] ?? 1;
    process.exit(128 + number);
  };
  process.once('exit', clean);
  for (const [signal] of SIGNALS) {
    process.once(signal, onSignal);
  }
  return () => {
    process.removeListener('exit', clean);
    for (const [signal] of SIGNALS) {
      process.removeListener(signal, onSignal);
    }
  };
}
