import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedFile } from '../render/render-plugin.js';

/** Writes the rendered files below `directory`, each with its exact mode whatever the umask. */
export function writeFiles(directory: string, files: RenderedFile[]): void {
  for (const file of files) {
    const destination = path.join(directory, file.path);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, file.content, { mode: file.mode });
    chmodSync(destination, file.mode);
  }
}
