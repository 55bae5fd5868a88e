import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../model/input-error.js';
import type { RenderedFile } from '../render/render-plugin.js';
import { writeErrorProblem } from './target-directory.js';

/**
 * Writes the rendered files below `directory`, each with its exact mode whatever the umask. A file system
 * error becomes a problem naming --directory, not a bare EACCES or ENOSPC.
 */
export function writeFiles(directory: string, files: RenderedFile[]): void {
  try {
    for (const file of files) {
      const destination = path.join(directory, file.path);
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, file.content, { mode: file.mode });
      chmodSync(destination, file.mode);
    }
  } catch (error) {
    const problem = writeErrorProblem(error, directory);
    throw problem ? new InputError([problem]) : error;
  }
}
