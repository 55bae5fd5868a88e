import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareCatalogs, describeChanges } from '../../src/catalog/catalog-changes.js';
import { deriveTriggerCatalog, loadTriggerCatalog, type TriggerEntry } from '../../src/catalog/trigger-catalog.js';
import { parseTriggerDocs } from '../../src/catalog/trigger-docs.js';
import { suggestTriggers } from '../../src/model/trigger-suggestions.js';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';
import { SAMPLE_DOCS } from './trigger-docs.test.js';

const WRITE_CATALOG = path.join(REPO_ROOT, 'dist', 'src', 'catalog', 'write-trigger-catalog.js');
const argument = (documented: string, variable: string, optional = false, rest = false) => ({ documented, variable, optional, rest });

describe('trigger catalog from the docs', () => {
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let docs: ReturnType<typeof parseTriggerDocs>;
  beforeEach(() => {
    docs = parseTriggerDocs(readFileSync(SAMPLE_DOCS, 'utf8'));
  });
  const kept: TriggerEntry = {
    name: 'sample-core',
    summary: 'Our own short words.',
    args: [],
    invokedBy: ['an old caller'],
    stdin: false,
    output: true,
    echoesStdin: false,
    deprecated: false,
    coreOnly: false,
    notes: 'A finding of ours.',
  };

  it('takes names, arguments, callers and deprecations from the docs and keeps our summary, notes, stdin and output', () => {
    const { catalog, guessed } = deriveTriggerCatalog(docs, [kept]);
    assert.deepEqual(catalog.map((entry) => entry.name), ['sample-core', 'sample-crlf', 'sample-deploy', 'sample-listing', 'sample-none', 'sample-old']);
    assert.deepEqual(guessed, ['sample-crlf', 'sample-deploy', 'sample-listing', 'sample-none', 'sample-old']);
    assert.deepEqual(catalog[0], {
      name: 'sample-core',
      summary: 'Our own short words.',
      args: [argument('APP', 'APP'), argument('REV', 'REV')],
      invokedBy: [],
      stdin: false,
      output: true,
      echoesStdin: false,
      deprecated: false,
      coreOnly: true,
      notes: 'A finding of ours.',
    });
  });

  it('guesses a new trigger\'s summary, stdin and output from its docs', () => {
    const { catalog } = deriveTriggerCatalog(docs, []);
    const entry = (name: string) => catalog.find((candidate) => candidate.name === name);
    assert.deepEqual(entry('sample-deploy'), {
      name: 'sample-deploy',
      summary: 'Runs after the sample app is deployed.',
      args: [argument('APP', 'APP'), argument('IMAGE_TAG', 'IMAGE_TAG'), argument('[PROC_TYPE]', 'PROC_TYPE', true), argument('[CONTAINER_INDEX]', 'CONTAINER_INDEX', true)],
      invokedBy: ['dokku deploy', 'dokku ps:rebuild', 'dokku ps:restart'],
      stdin: false,
      output: false,
      echoesStdin: false,
      deprecated: false,
      coreOnly: false,
    });
    assert.deepEqual(entry('sample-listing'), {
      name: 'sample-listing',
      summary: 'Prints one entry per line.',
      args: [argument('SCHEDULER', 'SCHEDULER'), argument('APP', 'APP'), argument('...ARGS', 'ARGS', false, true)],
      invokedBy: ['external plugins (the core command no longer uses it)'],
      stdin: true,
      output: true,
      echoesStdin: false,
      deprecated: true,
      deprecation: 'Deprecated',
      coreOnly: false,
    });
    assert.equal(entry('sample-old')?.summary, 'The sample-old trigger (no description in Dokku\'s docs).');
    assert.equal(entry('sample-old')?.stdin, true, 'its example reads stdin with cat');
  });

  it('refuses an argument word that is not a variable name, naming the trigger and where to fix it', () => {
    const odd = parseTriggerDocs('### `odd-one`\n\n- Description: x\n- Invoked by:\n- Arguments: `$APP set|unset`\n');
    assert.throws(() => deriveTriggerCatalog(odd, []), /trigger odd-one: argument "set\|unset" is not a variable name; add the names to use to ARGUMENT_OVERRIDES/);
  });

  it('reports added, removed and changed triggers with the fields that changed', () => {
    const before = deriveTriggerCatalog(docs, []).catalog;
    const edited = parseTriggerDocs(readFileSync(SAMPLE_DOCS, 'utf8')
      .replace('### `sample-none`', '### `sample-new`')
      .replace('`dokku deploy`, `dokku ps:rebuild`', '`dokku deploy`')
      .replace('> [!WARNING]\n> Deprecated, please use `sample-deploy`\n> instead\n', ''));
    const after = deriveTriggerCatalog(edited, before);
    const changes = compareCatalogs(before, after.catalog);
    assert.deepEqual(changes, {
      added: ['sample-new'],
      removed: ['sample-none'],
      changed: [
        { name: 'sample-deploy', fields: ['invokedBy'] },
        { name: 'sample-old', fields: ['deprecated', 'deprecation'] },
      ],
    });
    assert.deepEqual(describeChanges(changes, after.guessed), [
      'added    sample-new (summary, stdin and output guessed from the docs: check them)',
      'removed  sample-none',
      'changed  sample-deploy: invokedBy',
      'changed  sample-old: deprecated, deprecation',
    ]);
    assert.deepEqual(describeChanges(compareCatalogs(before, before)), ['no changes']);
  });

  it('npm run catalog -- FILE writes the catalog and prints what changed; a second run changes nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    const target = path.join(dir, 'triggers.json');
    writeFileSync(target, `${JSON.stringify([{ ...kept, name: 'gone-now' }])}\n`);
    const first = run(process.execPath, [WRITE_CATALOG, SAMPLE_DOCS, '--catalog', target]);
    assert.equal(first.status, 0, first.output);
    assert.equal(first.stdout, [
      'added    sample-core (summary, stdin and output guessed from the docs: check them)',
      'added    sample-crlf (summary, stdin and output guessed from the docs: check them)',
      'added    sample-deploy (summary, stdin and output guessed from the docs: check them)',
      'added    sample-listing (summary, stdin and output guessed from the docs: check them)',
      'added    sample-none (summary, stdin and output guessed from the docs: check them)',
      'added    sample-old (summary, stdin and output guessed from the docs: check them)',
      'removed  gone-now',
      `wrote 6 triggers to ${target}`,
      '',
    ].join('\n'));
    const written = readFileSync(target, 'utf8');
    const again = run(process.execPath, [WRITE_CATALOG, SAMPLE_DOCS, '--catalog', target]);
    assert.deepEqual([again.status, again.stdout], [0, `no changes\nwrote 6 triggers to ${target}\n`], again.output);
    assert.equal(readFileSync(target, 'utf8'), written);
  });

  it('npm run catalog refuses a missing file or a page with no triggers, and leaves the catalog alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    const target = path.join(dir, 'triggers.json');
    copyFileSync(path.join(REPO_ROOT, 'catalog', 'triggers.json'), target);
    const missing = run(process.execPath, [WRITE_CATALOG, path.join(dir, 'nope.md'), '--catalog', target]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nope\.md: no such file; pass the path of plugin-triggers\.md from a Dokku checkout/);
    writeFileSync(path.join(dir, 'other.md'), '# Not the trigger page\n');
    const other = run(process.execPath, [WRITE_CATALOG, path.join(dir, 'other.md'), '--catalog', target]);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /no "### `trigger-name`" sections found/);
    const bare = run(process.execPath, [WRITE_CATALOG]);
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^usage: npm run catalog -- <path to Dokku's docs\/development\/plugin-triggers\.md>/);
    assert.equal(readFileSync(target, 'utf8'), readFileSync(path.join(REPO_ROOT, 'catalog', 'triggers.json'), 'utf8'));
  });
});

describe('the checked-in trigger catalog', () => {
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let catalog: ReturnType<typeof loadTriggerCatalog>;
  beforeEach(() => {
    catalog = loadTriggerCatalog();
  });
  const entry = (name: string) => catalog.find((candidate) => candidate.name === name);

  it('holds Dokku\'s documented triggers, without the commands file', () => {
    assert.equal(catalog.length, 179);
    assert.equal(entry('commands'), undefined);
    assert.deepEqual(entry('post-deploy')?.args.map((arg) => arg.documented), ['APP', 'INTERNAL_PORT', 'INTERNAL_IP_ADDRESS', 'IMAGE_TAG']);
    assert.deepEqual(entry('post-deploy')?.invokedBy, ['dokku deploy']);
    assert.deepEqual(catalog.filter((trigger) => trigger.coreOnly).map((trigger) => trigger.name), ['core-post-deploy', 'core-post-extract']);
    assert.equal(entry('pre-deploy')?.deprecation, 'Deprecated, please use `pre-release-builder` instead');
    assert.equal(catalog.filter((trigger) => trigger.deprecated).length, 17);
  });

  it('names every argument with a distinct bash variable, rest arguments last', () => {
    for (const trigger of catalog) {
      const variables = trigger.args.map((arg) => arg.variable);
      assert.equal(new Set(variables).size, variables.length, trigger.name);
      for (const variable of variables) {
        assert.match(variable, /^[A-Z][A-Z0-9_]*$/, trigger.name);
      }
      const rest = trigger.args.findIndex((arg) => arg.rest);
      assert.ok(rest === -1 || rest === trigger.args.length - 1, trigger.name);
    }
  });

  it('marks the docker-args-* triggers as passing stdin through', () => {
    const echoing = catalog.filter((trigger) => trigger.echoesStdin).map((trigger) => trigger.name);
    assert.deepEqual(echoing, ['docker-args-build', 'docker-args-deploy', 'docker-args-process-build', 'docker-args-process-deploy', 'docker-args-process-run', 'docker-args-run']);
  });

  it('suggests the closest names for a typo', () => {
    const names = catalog.map((trigger) => trigger.name);
    assert.equal(suggestTriggers('post-deplyo', names)[0], 'post-deploy');
    assert.ok(suggestTriggers('postdeploy', names).includes('post-deploy'));
    assert.deepEqual(suggestTriggers('zzzzzzzzzzzzzzzzzz', names), []);
  });
});
