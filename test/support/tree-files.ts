import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every entry of a tree that is not a directory (files and links), outside `.git`, as full paths. */
export function entriesBelow(root: string): string[] {
  return readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(root, entry.name);
    if (!entry.isDirectory()) {
      return [full];
    }
    return entry.name === '.git' ? [] : entriesBelow(full);
  });
}
