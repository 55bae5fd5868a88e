import type { TriggerEntry } from './trigger-catalog.js';

export interface CatalogChanges {
  added: string[];
  removed: string[];
  /** Each changed trigger with the names of the fields that differ. */
  changed: { name: string; fields: string[] }[];
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compareCatalogs(before: TriggerEntry[], after: TriggerEntry[]): CatalogChanges {
  const old = new Map(before.map((entry) => [entry.name, entry]));
  const now = new Map(after.map((entry) => [entry.name, entry]));
  const changed: CatalogChanges['changed'] = [];
  for (const [name, entry] of now) {
    const previous = old.get(name);
    if (!previous) {
      continue;
    }
    const keys = [...new Set([...Object.keys(previous), ...Object.keys(entry)])] as (keyof TriggerEntry)[];
    const fields = keys.filter((key) => !sameValue(previous[key], entry[key])).sort();
    if (fields.length > 0) {
      changed.push({ name, fields });
    }
  }
  return {
    added: [...now.keys()].filter((name) => !old.has(name)).sort(),
    removed: [...old.keys()].filter((name) => !now.has(name)).sort(),
    changed: changed.sort((a, b) => (a.name < b.name ? -1 : 1)),
  };
}

/** The lines `npm run catalog` prints, one per trigger, so a maintainer sees what Dokku's release changed. */
export function describeChanges(changes: CatalogChanges, guessed: string[] = []): string[] {
  const lines = [
    ...changes.added.map((name) => `added    ${name}${guessed.includes(name) ? ' (summary, stdin and output guessed from the docs: check them)' : ''}`),
    ...changes.removed.map((name) => `removed  ${name}`),
    ...changes.changed.map(({ name, fields }) => `changed  ${name}: ${fields.join(', ')}`),
  ];
  return lines.length > 0 ? lines : ['no changes'];
}
