import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

/**
 * `npm run catalog -- FILE [--catalog FILE]`, run in this process (the script runs main on import, so each
 * run imports a fresh copy) so that its exit codes, messages and the written file are checked line by line.
 */
const SAMPLE_DOCS = path.join(REPO_ROOT, 'test', 'fixtures', 'plugin-triggers-sample.md');
// A slip in reading --catalog would write the shipped catalog: each run puts it back as it was.
const SHIPPED_CATALOG = path.join(REPO_ROOT, 'catalog', 'triggers.json');
const USAGE = 'usage: npm run catalog -- <path to Dokku\'s docs/development/plugin-triggers.md> [--catalog FILE]';
let runs = 0;

async function catalogCommand(args: string[]): Promise<{ code: unknown; out: string[]; err: string[] }> {
  const saved = { argv: process.argv, exitCode: process.exitCode, log: console.log, error: console.error, catalog: readFileSync(SHIPPED_CATALOG, 'utf8') };
  const out: string[] = [];
  const err: string[] = [];
  process.argv = [process.execPath, 'write-trigger-catalog.js', ...args];
  process.exitCode = undefined;
  console.log = (line: unknown) => out.push(String(line));
  console.error = (line: unknown) => err.push(String(line));
  try {
    runs += 1;
    const script = `../../src/catalog/write-trigger-catalog.js?run=${process.pid}-${Date.now()}-${runs}`;
    await import(script);
    return { code: process.exitCode, out, err };
  } finally {
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    console.log = saved.log;
    console.error = saved.error;
    if (readFileSync(SHIPPED_CATALOG, 'utf8') !== saved.catalog) {
      writeFileSync(SHIPPED_CATALOG, saved.catalog);
      out.push(`wrote the shipped catalog ${SHIPPED_CATALOG}`);
    }
  }
}

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'catalog-unit-'));

describe('unit: npm run catalog', () => {
  it('prints its usage and exits 2 without a file, with two files or with --catalog and no value', async () => {
    const dir = scratch();
    for (const args of [[], [SAMPLE_DOCS, SAMPLE_DOCS, '--catalog', path.join(dir, 'a.json')], [SAMPLE_DOCS, '--catalog'], ['--catalog', path.join(dir, 'b.json')]]) {
      assert.deepEqual(await catalogCommand(args), { code: 2, out: [], err: [USAGE] }, args.join(' '));
    }
    assert.equal(existsSync(path.join(dir, 'a.json')), false);
  });

  it('refuses a file that does not exist, with or without --catalog, exit 1', async () => {
    const missing = path.join(scratch(), 'nope.md');
    const expected = { code: 1, out: [], err: [`error: ${missing}: no such file; pass the path of plugin-triggers.md from a Dokku checkout`] };
    assert.deepEqual(await catalogCommand([missing]), expected);
    assert.deepEqual(await catalogCommand([missing, '--catalog', path.join(scratch(), 'c.json')]), expected);
  });

  it('refuses a page without trigger sections and writes nothing, exit 1', async () => {
    const dir = scratch();
    const page = path.join(dir, 'other.md');
    writeFileSync(page, '# Not the trigger page\n');
    const target = path.join(dir, 'triggers.json');
    assert.deepEqual(await catalogCommand(['--catalog', target, page]), {
      code: 1, out: [], err: [`error: ${page}: no "### \`trigger-name\`" sections found; is this Dokku's plugin-triggers.md?`],
    });
    assert.equal(existsSync(target), false);
  });

  it('writes a new catalog, two-space indented, listing every trigger as added and guessed, exit 0', async () => {
    const target = path.join(scratch(), 'triggers.json');
    const result = await catalogCommand(['--catalog', target, SAMPLE_DOCS]);
    const guessed = ' (summary, stdin and output guessed from the docs: check them)';
    assert.deepEqual(result, {
      code: 0,
      out: [
        `added    sample-core${guessed}`, `added    sample-crlf${guessed}`, `added    sample-deploy${guessed}`,
        `added    sample-listing${guessed}`, `added    sample-none${guessed}`, `added    sample-old${guessed}`,
        `wrote 6 triggers to ${target}`,
      ],
      err: [],
    });
    const written = readFileSync(target, 'utf8');
    assert.ok(written.startsWith('[\n  {\n    "name": "sample-core",\n    "summary": '), written.slice(0, 80));
    assert.ok(written.endsWith('\n  }\n]\n'), written.slice(-20));
    assert.deepEqual(await catalogCommand([SAMPLE_DOCS, '--catalog', target]), { code: 0, out: ['no changes', `wrote 6 triggers to ${target}`], err: [] });
    assert.equal(readFileSync(target, 'utf8'), written);
  });

  it('names what the docs get wrong, exit 1, and leaves the catalog alone', async () => {
    const dir = scratch();
    const page = path.join(dir, 'odd.md');
    writeFileSync(page, '### `odd-one`\n\n- Description: x\n- Invoked by:\n- Arguments: `$APP set|unset`\n');
    const target = path.join(dir, 'triggers.json');
    writeFileSync(target, '[]\n');
    assert.deepEqual(await catalogCommand([page, '--catalog', target]), {
      code: 1,
      out: [],
      err: ['error: trigger odd-one: argument "set|unset" is not a variable name; add the names to use to ARGUMENT_OVERRIDES in src/catalog/trigger-catalog.ts'],
    });
    assert.equal(readFileSync(target, 'utf8'), '[]\n');
  });
});
