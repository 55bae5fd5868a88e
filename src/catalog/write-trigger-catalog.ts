/**
 * `npm run catalog -- <plugin-triggers.md> [--catalog FILE]`: regenerates catalog/triggers.json from Dokku's
 * docs/development/plugin-triggers.md and prints what changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describeChanges, compareCatalogs } from './catalog-changes.js';
import { catalogPath, deriveTriggerCatalog, type TriggerEntry } from './trigger-catalog.js';
import { parseTriggerDocs } from './trigger-docs.js';

const USAGE = 'usage: npm run catalog -- <path to Dokku\'s docs/development/plugin-triggers.md> [--catalog FILE]';

function main(argv: string[]): number {
  const catalogAt = argv.indexOf('--catalog');
  const target = catalogAt >= 0 ? argv[catalogAt + 1] : catalogPath();
  const positional = argv.filter((_, index) => catalogAt < 0 || (index !== catalogAt && index !== catalogAt + 1));
  const source = positional[0];
  if (source === undefined || positional.length > 1 || target === undefined) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(source)) {
    console.error(`error: ${source}: no such file; pass the path of plugin-triggers.md from a Dokku checkout`);
    return 1;
  }
  const docs = parseTriggerDocs(readFileSync(source, 'utf8'));
  if (docs.length === 0) {
    console.error(`error: ${source}: no "### \`trigger-name\`" sections found; is this Dokku's plugin-triggers.md?`);
    return 1;
  }
  const previous = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as TriggerEntry[]) : [];
  const { catalog, guessed } = deriveTriggerCatalog(docs, previous);
  writeFileSync(target, `${JSON.stringify(catalog, null, 2)}\n`);
  for (const line of describeChanges(compareCatalogs(previous, catalog), guessed)) {
    console.log(line);
  }
  console.log(`wrote ${catalog.length} triggers to ${target}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
