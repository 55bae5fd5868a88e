import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareCatalogs, describeChanges } from '../../src/catalog/catalog-changes.js';
import type { TriggerEntry } from '../../src/catalog/trigger-catalog.js';
import { hasRegions, refreshRegions } from '../../src/grow/regions.js';
import { writeAtomically, writeProblem } from '../../src/grow/write-atomically.js';

const file = (relative: string, content: string, mode = 0o644) => ({ path: relative, content, mode, ownership: 'generated' as const });

describe('unit: generated regions', () => {
  const render = (items: string[], name = ': help lines') => ['keep me', `# >>> generator-dokku-plugin${name}`, ...items, '# <<< generator-dokku-plugin', 'tail'].join('\n');

  it('finds regions only on whole comment lines', () => {
    assert.equal(hasRegions(render(['a'])), true);
    assert.equal(hasRegions('// >>> generator-dokku-plugin\n// <<< generator-dokku-plugin'), true);
    assert.equal(hasRegions('  <!-- >>> generator-dokku-plugin: table -->\n<!-- <<< generator-dokku-plugin -->'), true);
    assert.equal(hasRegions('echo ">>> generator-dokku-plugin"\n# <<< generator-dokku-plugin'), false);
    assert.equal(hasRegions('# <<< generator-dokku-plugin\n# >>> generator-dokku-plugin'), false);
    assert.equal(hasRegions('# >>> generator-dokku-plugin'), false);
    assert.equal(hasRegions('x # >>> generator-dokku-plugin\n# <<< generator-dokku-plugin'), false);
  });

  it('replaces each region, keeping the author\'s lines around it', () => {
    const onDisk = render(['old']).replace('keep me', 'my own line');
    assert.deepEqual(refreshRegions(onDisk, render(['new', 'more']), render(['old']), false),
      { kind: 'spliced', text: ['my own line', '# >>> generator-dokku-plugin: help lines', 'new', 'more', '# <<< generator-dokku-plugin', 'tail'].join('\n') });
    const two = (a: string, b: string) => `${render([a], ': one')}\n${render([b], ': two')}`;
    assert.deepEqual(refreshRegions(two('a', 'b'), two('A', 'B1\nB2'), undefined, false), { kind: 'spliced', text: two('A', 'B1\nB2') });
  });

  it('names each region the author edited that would change, unless forced', () => {
    const two = (a: string, b: string) => `${render([a], ': one')}\n${render([b], '')}`;
    assert.deepEqual(refreshRegions(two('edited', 'mine'), two('new', 'new'), two('old', 'old'), false), { kind: 'edited', regions: ['one', 'at line 7'] });
    assert.deepEqual(refreshRegions(two('edited', 'old'), two('new', 'new'), two('old', 'old'), false), { kind: 'edited', regions: ['one'] });
    assert.deepEqual(refreshRegions(two('new', 'old'), two('new', 'new'), two('old', 'old'), false), { kind: 'spliced', text: two('new', 'new') });
    assert.deepEqual(refreshRegions(two('edited', 'x'), two('new', 'new'), two('old', 'old'), true), { kind: 'spliced', text: two('new', 'new') });
    assert.deepEqual(refreshRegions(two('edited', 'x'), two('new', 'new'), render(['old']), false), { kind: 'spliced', text: two('new', 'new') });
    const html = '<!-- >>> generator-dokku-plugin: commands table -->\nx\n<!-- <<< generator-dokku-plugin -->';
    assert.deepEqual(refreshRegions(html, html.replace('x', 'y'), html.replace('x', 'z'), false), { kind: 'edited', regions: ['commands table'] });
  });

  it('gives up on a file whose markers no longer match the render', () => {
    assert.deepEqual(refreshRegions('no markers', render(['a']), undefined, false), { kind: 'unmatched' });
    assert.deepEqual(refreshRegions(render(['a']), `${render(['a'])}\n${render(['b'])}`, undefined, false), { kind: 'unmatched' });
  });
});

describe('unit: writing a growth as one change', () => {
  const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-grow-'));

  it('refuses names too long for a temporary file, and things in the way', () => {
    const dir = scratch();
    assert.equal(writeProblem(dir, `a/${'x'.repeat(240)}`), undefined);
    assert.equal(writeProblem(dir, `tests/${'x'.repeat(241)}`),
      `tests/${'x'.repeat(20)}…: the file name would be 241 bytes, longer than a file system allows (240 here); use a shorter name`);
    assert.equal(writeProblem(dir, `${'é'.repeat(121)}`), `${'é'.repeat(20)}…: the file name would be 242 bytes, longer than a file system allows (240 here); use a shorter name`);
    assert.equal(writeProblem(dir, `${'y'.repeat(24)}/${'x'.repeat(300)}`), `${'y'.repeat(24)}/${'x'.repeat(20)}…: the file name would be 300 bytes, longer than a file system allows (240 here); use a shorter name`);
    writeFileSync(path.join(dir, 'tests'), '');
    mkdirSync(path.join(dir, 'README.md'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'file'), '');
    assert.equal(writeProblem(dir, 'tests/unit/a.bats'), 'tests/unit/a.bats: tests is a file where a directory is needed; move it away');
    assert.equal(writeProblem(dir, 'README.md'), 'README.md: there is a directory at that path; move it away');
    assert.equal(writeProblem(dir, 'sub/file'), undefined);
    assert.equal(writeProblem(dir, 'sub/new'), undefined);
    assert.equal(writeProblem(dir, 'sub/file/deeper'), 'sub/file/deeper: sub/file is a file where a directory is needed; move it away');
    assert.equal(writeProblem('/dev', 'null'), 'null: there is something other than a file at that path; move it away');
  });

  it('writes new files with their modes and replaces old ones, leaving no temporary file', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'old'), 'before\n');
    writeAtomically(dir, [file('old', 'after\n', 0o755), file('a/b/new', 'new\n')]);
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'after\n');
    assert.equal(statSync(path.join(dir, 'old')).mode & 0o777, 0o755);
    assert.equal(readFileSync(path.join(dir, 'a/b/new'), 'utf8'), 'new\n');
    assert.equal(statSync(path.join(dir, 'a/b/new')).mode & 0o777, 0o644);
    assert.deepEqual(readdirSync(dir).sort(), ['a', 'old']);
    assert.deepEqual(readdirSync(path.join(dir, 'a/b')), ['new']);
  });

  it('puts everything back when one write fails', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'old'), 'before\n');
    chmodSync(path.join(dir, 'old'), 0o600);
    mkdirSync(path.join(dir, 'blocked'));
    assert.throws(
      () => writeAtomically(dir, [file('old', 'after\n'), file('x/y/new', 'new\n'), file('blocked', 'oops\n')]),
      (error: Error) => /^could not write the plugin's files \(EISDIR: .*\); every file was put back as it was$/.test(error.message),
    );
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'before\n');
    assert.equal(statSync(path.join(dir, 'old')).mode & 0o777, 0o600);
    assert.equal(existsSync(path.join(dir, 'x')), false);
    assert.deepEqual(readdirSync(dir).sort(), ['blocked', 'old']);
  });

  it('passes on an error reading what is there, naming it', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'notdir'), '');
    assert.throws(
      () => writeAtomically(dir, [file('notdir/x', 'x\n')]),
      (error: Error) => /^could not write the plugin's files \(ENOTDIR: .*\); every file was put back as it was$/.test(error.message),
    );
  });
});

describe('unit: catalog changes', () => {
  const entry = (name: string, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({ name, summary: `${name} runs`, args: [], ...extra } as unknown as TriggerEntry);

  it('names added, removed and changed triggers, sorted, with the fields that changed', () => {
    const before = [entry('b'), entry('a'), entry('gone'), entry('z', { summary: 'old' } as Partial<TriggerEntry>)];
    const after = [entry('z', { summary: 'new', args: [{ variable: 'APP' }] } as unknown as Partial<TriggerEntry>), entry('new2'), entry('new1'), entry('a'), entry('b', { extra: 1 } as unknown as Partial<TriggerEntry>)];
    const changes = compareCatalogs(before, after);
    assert.deepEqual(changes, { added: ['new1', 'new2'], removed: ['gone'], changed: [{ name: 'b', fields: ['extra'] }, { name: 'z', fields: ['args', 'summary'] }] });
    assert.deepEqual(describeChanges(changes, ['new2']), [
      'added    new1',
      'added    new2 (summary, stdin and output guessed from the docs: check them)',
      'removed  gone',
      'changed  b: extra',
      'changed  z: args, summary',
    ]);
    assert.deepEqual(describeChanges(compareCatalogs(before, before)), ['no changes']);
  });
});
