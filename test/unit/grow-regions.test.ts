import assert from 'node:assert/strict';
import { hasRegions, refreshRegions } from '../../src/grow/regions.js';

const START = '>>> generator-dokku-plugin';
const END = '<<< generator-dokku-plugin';

describe('unit: what counts as a region marker', () => {
  it('takes a comment with no space before the marker', () => {
    assert.equal(hasRegions(`#${START}\n#${END}`), true);
    assert.equal(hasRegions(`//${START}: list\n//${END}`), true);
    assert.equal(hasRegions(`<!--${START}-->\n<!--${END}-->`), true);
  });

  it('never takes text before the comment sign for part of a marker line', () => {
    assert.equal(hasRegions(`ab${START}# x\n# ${END}`), false);
    assert.equal(hasRegions(`# ${START}\nab${END}# x`), false);
    assert.equal(hasRegions(`${START}\n${END}`), false);
  });
});

describe('unit: the name of a region, as growth reports an edited one', () => {
  /** The names of the regions refreshRegions reports as edited, every region of `names` having been changed by the author. */
  const editedNames = (...names: string[]) => {
    const file = (body: string) => names.map((name) => `${name}\n${body}\n# ${END}`).join('\n');
    const refreshed = refreshRegions(file('mine'), file('new'), file('old'), false);
    assert.equal(refreshed.kind, 'edited');
    return refreshed.kind === 'edited' ? refreshed.regions : [];
  };

  it('is what follows the marker, without the separating colon and spaces', () => {
    assert.deepEqual(editedNames(`# ${START}: help lines`), ['help lines']);
    assert.deepEqual(editedNames(`# ${START}::help lines`), ['help lines']);
    assert.deepEqual(editedNames(`# ${START} : :help lines  `), ['help lines']);
    assert.deepEqual(editedNames(`# ${START}X y`), ['X y']);
    assert.deepEqual(editedNames(`# ${START}: a :b`), ['a :b']);
  });

  it('leaves out the end of an HTML comment, and only at the end of the line', () => {
    assert.deepEqual(editedNames(`<!-- ${START}: commands table -->`), ['commands table']);
    assert.deepEqual(editedNames(`<!-- ${START}: commands table -->  `), ['commands table']);
    assert.deepEqual(editedNames(`<!-- ${START}: a --> b -->`), ['a --> b']);
  });

  it('is the line number of its start when nothing follows the marker', () => {
    assert.deepEqual(editedNames(`# ${START}`, `# ${START}:`, `# ${START}: `), ['at line 1', 'at line 4', 'at line 7']);
  });
});

describe('unit: refreshing regions, edge cases', () => {
  const region = (body: string, name = 'list') => `# ${START}: ${name}\n${body}\n# ${END}`;

  it('ignores an end marker that closes no region', () => {
    const onDisk = `head\n${region('1')}\n# ${END}\ntail`;
    assert.deepEqual(refreshRegions(onDisk, `head\n${region('2')}\ntail`, `head\n${region('1')}\ntail`, false), {
      kind: 'spliced',
      text: `head\n${region('2')}\n# ${END}\ntail`,
    });
    assert.equal(hasRegions(`# ${END}\n# ${END}`), false);
  });

  it('does not match files that have no regions on either side', () => {
    assert.deepEqual(refreshRegions('mine\n', 'fresh\n', 'old\n', false), { kind: 'unmatched' });
    assert.deepEqual(refreshRegions('mine\n', 'fresh\n', undefined, true, 'first\n'), { kind: 'unmatched' });
  });

  it('compares a region line by line: the same text on other lines is an edit', () => {
    assert.deepEqual(refreshRegions(region('a\nb'), region('ab\nc'), region('ab'), false), { kind: 'edited', regions: ['list'] });
    assert.deepEqual(refreshRegions(region('a\nb'), region('ab\nc'), region('a\nb'), false), { kind: 'spliced', text: region('ab\nc') });
  });

  it('refreshes an unedited region while reporting an edited one only', () => {
    const two = (a: string, b: string) => `${region(a, 'one')}\nmine\n${region(b, 'two')}\n`;
    assert.deepEqual(refreshRegions(two('1', 'edited'), two('1 new', '2 new'), two('1', '2'), false), { kind: 'edited', regions: ['two'] });
    assert.deepEqual(refreshRegions(two('1', '2 new'), two('1 new', '2 new'), two('1', '2'), false), { kind: 'spliced', text: two('1 new', '2 new') });
  });

  it('takes every region as unedited when the last render had other regions', () => {
    const fresh = `${region('new', 'one')}\n${region('new', 'two')}`;
    assert.deepEqual(refreshRegions(`${region('mine', 'one')}\n${region('mine', 'two')}`, fresh, region('old', 'one'), false), { kind: 'spliced', text: fresh });
  });
});

describe('unit: regions the render gained since the generator first wrote the file', () => {
  const region = (name: string, body = name) => `# ${START}: ${name}\n${body}\n# ${END}`;
  /** refreshRegions with the plugin's first commit as `first` and no previous render. */
  const grown = (onDisk: string, fresh: string, first: string) => refreshRegions(onDisk, fresh, undefined, false, first);

  it('goes right after the region that precedes it in the render, with the lines between the two', () => {
    const fresh = `${region('zero')}\n${region('one')}\n\n## Heading\n${region('new')}\ntail`;
    const onDisk = `mine\n${region('zero', 'z')}\nmy text\n${region('one', 'o')}\nmore of mine\n`;
    assert.deepEqual(grown(onDisk, fresh, onDisk), {
      kind: 'spliced',
      text: `mine\n${region('zero')}\nmy text\n${region('one')}\n\n## Heading\n${region('new')}\nmore of mine\n`,
    });
  });

  it('puts two new regions in the order of the render, the second after the first', () => {
    const fresh = `${region('one')}\n-\n${region('a')}\n+\n${region('b')}\n`;
    const onDisk = `${region('one')}\nmine\n`;
    assert.deepEqual(grown(onDisk, fresh, onDisk), {
      kind: 'spliced',
      text: `${region('one')}\n-\n${region('a')}\n+\n${region('b')}\nmine\n`,
    });
  });

  it('goes at the end of the file, after one blank line, when no region precedes it in the render', () => {
    const fresh = `${region('new')}\n${region('one')}\n`;
    const first = `head\n${region('one')}\n`;
    const expected = `head\n${region('one')}\n\n${region('new')}\n`;
    assert.deepEqual(grown(`head\n${region('one')}\n`, fresh, first), { kind: 'spliced', text: expected });
    assert.deepEqual(grown(`head\n${region('one')}`, fresh, first), { kind: 'spliced', text: expected });
    assert.deepEqual(grown(`head\n${region('one')}\n\n`, fresh, first), { kind: 'spliced', text: expected });
    assert.deepEqual(grown(`head\n${region('one')}\n\n\n`, fresh, first), { kind: 'spliced', text: `head\n${region('one')}\n\n\n${region('new')}\n` });
  });

  it('makes up the whole of a file that was empty, ending with a newline', () => {
    assert.deepEqual(grown('', region('new'), ''), { kind: 'spliced', text: `${region('new')}\n` });
  });

  it('is not looked for when a region of the file has a name the render lacks: the regions are then paired in order', () => {
    // A newer generator that renamed a region: the file's `old` region takes the render's `renamed`.
    const onDisk = `${region('one')}\n${region('old')}\n`;
    assert.deepEqual(grown(onDisk, `${region('one')}\n${region('renamed')}\n`, onDisk), {
      kind: 'spliced',
      text: `${region('one')}\n${region('renamed')}\n`,
    });
  });

  it('is not looked for when the render repeats a region name, since the new one cannot be told apart', () => {
    const onDisk = `${region('x')}\n${region('x')}\n`;
    assert.deepEqual(grown(onDisk, `${region('x')}\n${region('x')}\n${region('new')}\n`, onDisk), { kind: 'unmatched' });
  });
});
