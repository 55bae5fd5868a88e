import { readdirSync } from 'node:fs';
import type { InputProblem } from '../model/input-error.js';

/** What is already in the directory; nothing when it does not exist. */
export function directoryEntries(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

/** Why the plugin may not be written to `directory`: nothing a user made is overwritten without --force. */
export function targetDirectoryProblem(directory: string, force: boolean): InputProblem | undefined {
  if (force || directoryEntries(directory).length === 0) {
    return undefined;
  }
  return {
    flag: '--directory',
    message: `${directory} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
  };
}
