import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deriveTriggerCatalog, loadTriggerCatalog, type ReferenceTrigger } from '../../src/catalog/trigger-catalog.js';
import { suggestTriggers } from '../../src/model/trigger-suggestions.js';
import { SHARED_TRIGGERS } from '../support/paths.js';

describe('trigger catalog', () => {
  const reference = JSON.parse(readFileSync(SHARED_TRIGGERS, 'utf8')) as ReferenceTrigger[];
  const catalog = loadTriggerCatalog();

  it('is what the shared reference derives to (regenerate with npm run catalog)', () => {
    assert.deepEqual(catalog, deriveTriggerCatalog(reference));
  });

  it('holds every documented trigger except the commands file, with its stdin and output facts', () => {
    const expected = reference.filter((trigger) => trigger.name !== 'commands');
    assert.equal(catalog.length, expected.length);
    for (const trigger of expected) {
      const entry = catalog.find((candidate) => candidate.name === trigger.name);
      assert.ok(entry, trigger.name);
      assert.equal(entry.stdin, trigger.stdin, trigger.name);
      assert.equal(entry.output, trigger.output, trigger.name);
      assert.equal(entry.coreOnly, trigger.coreOnly, trigger.name);
    }
  });

  it('names every argument with a distinct bash variable, rest arguments last', () => {
    for (const entry of catalog) {
      const variables = entry.args.map((arg) => arg.variable);
      assert.equal(new Set(variables).size, variables.length, entry.name);
      for (const variable of variables) {
        assert.match(variable, /^[A-Z][A-Z0-9_]*$/, entry.name);
      }
      const rest = entry.args.findIndex((arg) => arg.rest);
      assert.ok(rest === -1 || rest === entry.args.length - 1, entry.name);
    }
  });

  it('keeps the documented argument count where the docs name them plainly', () => {
    for (const trigger of reference) {
      const entry = catalog.find((candidate) => candidate.name === trigger.name);
      if (entry && trigger.args.every((arg) => /^\[?[A-Z][A-Z0-9_]*\]?$/.test(arg)) && trigger.args.length > 0) {
        assert.deepEqual(entry.args.map((arg) => arg.variable), trigger.args.map((arg) => arg.replace(/[[\]]/g, '')), trigger.name);
      }
    }
  });

  it('marks the docker-args-* triggers as passing stdin through', () => {
    const echoing = catalog.filter((entry) => entry.echoesStdin).map((entry) => entry.name);
    assert.ok(echoing.length >= 6);
    assert.ok(echoing.every((name) => name.startsWith('docker-args-')));
  });

  it('suggests the closest names for a typo', () => {
    const names = catalog.map((entry) => entry.name);
    assert.equal(suggestTriggers('post-deplyo', names)[0], 'post-deploy');
    assert.ok(suggestTriggers('postdeploy', names).includes('post-deploy'));
    assert.deepEqual(suggestTriggers('zzzzzzzzzzzzzzzzzz', names), []);
  });
});
