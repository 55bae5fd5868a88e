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
