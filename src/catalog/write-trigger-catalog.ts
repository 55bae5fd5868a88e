/** Regenerates catalog/triggers.json from the shared reference: `npm run catalog -- <path to dokku-triggers.json>`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogPath, deriveTriggerCatalog, type ReferenceTrigger } from './trigger-catalog.js';

const source = process.argv[2] ?? '../shared/reference/dokku-triggers.json';
const reference = JSON.parse(readFileSync(source, 'utf8')) as ReferenceTrigger[];
writeFileSync(catalogPath(), `${JSON.stringify(deriveTriggerCatalog(reference), null, 2)}\n`);
console.log(`wrote ${catalogPath()} from ${source}`);
