import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding templates/, catalog/ and package.json. Found by walking up from this module, so
 * the same code works compiled in dist/ and bundled into the create-dokku-plugin package.
 */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let directory = from;
  while (!existsSync(path.join(directory, 'templates')) || !existsSync(path.join(directory, 'catalog'))) {
    const parent = path.dirname(directory);
    if (parent === directory) {
      throw new Error(`templates/ and catalog/ were not found above ${from}: the package is incomplete`);
    }
    directory = parent;
  }
  return directory;
}

/** This package's version, which generated plugins pin for their `make check`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
