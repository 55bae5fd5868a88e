import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedPaths, snapshotTree } from '../../src/check/behaviour/tree-snapshot.js';
import { writeTree } from './check-support.js';

// The digest is sha256 of the bytes: an independent oracle for the expected states.
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('unit: check, snapshots of a layout', () => {
  it('each path, sorted, with its type, mode and content digest or link target', () => {
    const root = writeTree({ 'b/file': 'hello', 'a': { exec: '#!/bin/sh\n' }, 'link': { link: 'b/file' }, 'c/d': { dir: true } });
    chmodSync(path.join(root, 'b', 'file'), 0o4600);
    spawnSync('mkfifo', [path.join(root, 'pipe')]);
    chmodSync(path.join(root, 'pipe'), 0o640);
    assert.deepEqual([...snapshotTree(root, '/nowhere')], [
      ['a', `file 755 ${sha('#!/bin/sh\n')}`],
      ['b', 'dir 755'],
      ['b/file', `file 4600 ${sha('hello')}`],
      ['c', 'dir 755'],
      ['c/d', 'dir 755'],
      ['link', 'link b/file'],
      ['pipe', 'other 640'],
    ]);
  });

  it('paths to skip are left out with all below them; a missing directory is empty', () => {
    const root = writeTree({ 'tmp/x': 'x', 'keep/tmp': 'y', 'keep/skip/z': 'z', needs: 'n' });
    assert.deepEqual([...snapshotTree(root, root, new Set(['tmp', 'needs', 'keep/skip'])).keys()], ['keep', 'keep/tmp']);
    assert.deepEqual([...snapshotTree(path.join(root, 'missing'), root)], []);
  });

  it('the layout\'s own path reads as <root> in links and small files, so two layouts compare equal', () => {
    const one = writeTree({});
    const two = writeTree({});
    for (const root of [one, two]) {
      writeFileSync(path.join(root, 'conf'), `path=${root}/data\n`);
      mkdirSync(path.join(root, 'data'));
      spawnSync('ln', ['-s', `${root}/data`, path.join(root, 'data-link')]);
    }
    const first = snapshotTree(one, one);
    assert.deepEqual(first, snapshotTree(two, two));
    assert.equal(first.get('conf'), `file 644 ${sha('path=<root>/data\n')}`);
    assert.equal(first.get('data-link'), 'link <root>/data');
  });

  it('bytes that are not ASCII are digested as they are', () => {
    const root = writeTree({ 'text': 'caf\u00e9 \u2713\n' });
    assert.equal(snapshotTree(root, root).get('text'), `file 644 ${sha(Buffer.from('caf\u00e9 \u2713\n', 'utf8'))}`);
  });

  it('files up to 1 MiB are read with <root> in place of the path; bigger ones as they are', () => {
    const root = writeTree({});
    const exact = Buffer.alloc(1 << 20, 'a');
    exact.write(root, 0, 'latin1');
    const bigger = Buffer.alloc((1 << 20) + 1, 'a');
    bigger.write(root, 0, 'latin1');
    writeFileSync(path.join(root, 'exact'), exact);
    writeFileSync(path.join(root, 'bigger'), bigger);
    const snapshot = snapshotTree(root, root);
    assert.equal(snapshot.get('exact'), `file 644 ${sha(Buffer.concat([Buffer.from('<root>'), exact.subarray(Buffer.byteLength(root))]))}`);
    assert.equal(snapshot.get('bigger'), `file 644 ${sha(bigger)}`);
  });
});

describe('unit: check, what changed between two snapshots', () => {
  it('created, removed and changed paths, sorted; unchanged ones not', () => {
    const before = new Map([['same', 'file 644 a'], ['gone', 'file 644 b'], ['edited', 'file 644 c'], ['mode', 'file 644 d']]);
    const after = new Map([['same', 'file 644 a'], ['edited', 'file 644 X'], ['mode', 'file 600 d'], ['added', 'dir 755'], ['another', 'dir 755']]);
    assert.deepEqual(changedPaths(before, after), ['added', 'another', 'edited', 'gone', 'mode']);
    assert.deepEqual(changedPaths(before, before), []);
    assert.deepEqual(changedPaths(new Map(), new Map()), []);
  });
});
