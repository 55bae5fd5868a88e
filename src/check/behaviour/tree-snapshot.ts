import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * What a directory tree holds, path by path: type, permission bits, content digest or link target.
 * Times are left out on purpose: rewriting a file with the same bytes is not a change a user notices.
 * Occurrences of `root` in small files are replaced, so trees of two temporary layouts compare equal.
 */
export type TreeSnapshot = Map<string, string>;

const NORMALISED_SIZE_LIMIT = 1 << 20;

export function snapshotTree(directory: string, root: string, skip: ReadonlySet<string> = new Set()): TreeSnapshot {
  const snapshot: TreeSnapshot = new Map();
  const walk = (absolute: string, relative: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(absolute);
    } catch {
      return;
    }
    for (const entry of entries.sort()) {
      const childRelative = relative === '' ? entry : `${relative}/${entry}`;
      if (skip.has(childRelative)) {
        continue;
      }
      const childAbsolute = path.join(absolute, entry);
      const stat = lstatSync(childAbsolute);
      const mode = (stat.mode & 0o7777).toString(8);
      if (stat.isSymbolicLink()) {
        snapshot.set(childRelative, `link ${readlinkSync(childAbsolute).split(root).join('<root>')}`);
      } else if (stat.isDirectory()) {
        snapshot.set(childRelative, `dir ${mode}`);
        walk(childAbsolute, childRelative);
      } else if (stat.isFile()) {
        snapshot.set(childRelative, `file ${mode} ${digest(readFileSync(childAbsolute), root)}`);
      } else {
        snapshot.set(childRelative, `other ${mode}`);
      }
    }
  };
  walk(directory, '');
  return snapshot;
}

function digest(content: Buffer, root: string): string {
  const normalised = content.length <= NORMALISED_SIZE_LIMIT ? Buffer.from(content.toString('latin1').split(root).join('<root>'), 'latin1') : content;
  return createHash('sha256').update(normalised).digest('hex');
}

/** The paths that differ between two snapshots: created, removed or changed. */
export function changedPaths(before: TreeSnapshot, after: TreeSnapshot): string[] {
  const changed = new Set<string>();
  for (const [file, state] of after) {
    if (before.get(file) !== state) {
      changed.add(file);
    }
  }
  for (const file of before.keys()) {
    if (!after.has(file)) {
      changed.add(file);
    }
  }
  return [...changed].sort();
}
