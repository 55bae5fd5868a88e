import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAtomically } from '../../src/grow/write-atomically.js';

const file = (relative: string, content: string, mode = 0o644) => ({ path: relative, content, mode, ownership: 'generated' as const });
const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-atomic-'));

/** Runs `body` with Math.random giving `values` in turn (the last one from then on), as the temporary names' random part. */
function withRandom<T>(values: number[], body: () => T): T {
  const real = Math.random;
  let call = 0;
  Math.random = () => values[Math.min(call++, values.length - 1)] as number;
  try {
    return body();
  } finally {
    Math.random = real;
  }
}

/** A plugin directory holding `old`, and a symbolic link at the temporary name `name` to a file outside it. */
function trapped(name: string) {
  const dir = scratch();
  writeFileSync(path.join(dir, 'old'), 'before\n');
  const outside = path.join(scratch(), 'outside');
  writeFileSync(outside, 'keep\n');
  symlinkSync(outside, path.join(dir, name));
  return { dir, outside };
}

describe('unit: temporary files of an atomic write', () => {
  it('never writes through a temporary name that is taken, such as a link to another file, and leaves it alone', () => {
    const { dir, outside } = trapped('.~old.tmp-80000000');
    withRandom([0.5, 0.25], () => writeAtomically(dir, [file('old', 'after\n')]));
    assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'after\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.~old.tmp-80000000', 'old']);
  });

  it('tries ten temporary names, then gives up with the error of the last and changes nothing', () => {
    const { dir, outside } = trapped('.~old.tmp-80000000');
    const tenTaken = [...Array(10).fill(0.5), 0.25];
    assert.throws(() => withRandom(tenTaken, () => writeAtomically(dir, [file('old', 'after\n')])), {
      message: `could not write the plugin's files (EEXIST: file already exists, open '${dir}/.~old.tmp-80000000'); every file was put back as it was`,
    });
    assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'before\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.~old.tmp-80000000', 'old']);
    withRandom(tenTaken.slice(1), () => writeAtomically(dir, [file('old', 'after\n')]));
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'after\n');
  });

  it('names a temporary file with eight hexadecimal digits, zeros in front', () => {
    const { dir, outside } = trapped('.~old.tmp-00010000');
    assert.throws(() => withRandom([1 / 16 ** 4], () => writeAtomically(dir, [file('old', 'after\n')])), {
      message: `could not write the plugin's files (EEXIST: file already exists, open '${dir}/.~old.tmp-00010000'); every file was put back as it was`,
    });
    assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
    withRandom([0.5], () => writeAtomically(dir, [file('old', 'after\n')]));
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'after\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.~old.tmp-00010000', 'old']);
  });

  it('reports the error that stopped the write, not one from cleaning up a temporary file never made', () => {
    const dir = scratch();
    assert.throws(() => writeAtomically(dir, [file('x', 1 as unknown as string)]), {
      message: 'could not write the plugin\'s files (The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)); every file was put back as it was',
    });
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe('unit: putting files back after a failed write', () => {
  it('says so when putting a file back fails too, and still puts back the others', () => {
    const { dir, outside } = trapped('.~old.tmp-00010000');
    mkdirSync(path.join(dir, 'blocked'));
    assert.throws(() => withRandom([0.5, 0.25, 1 / 16 ** 4], () => writeAtomically(dir, [file('new/x', 'x\n'), file('old', 'after\n'), file('blocked', 'oops\n')])), {
      message: `could not write the plugin's files (EISDIR: illegal operation on a directory, read), and putting them back failed too (EEXIST: file already exists, open '${dir}/.~old.tmp-00010000'); check the plugin with git status`,
    });
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'after\n');
    assert.equal(existsSync(path.join(dir, 'new')), false);
    assert.equal(readFileSync(outside, 'utf8'), 'keep\n');
    assert.deepEqual(readdirSync(dir).sort(), ['.~old.tmp-00010000', 'blocked', 'old']);
  });
});

describe('unit: interrupts during an atomic write', () => {
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const counts = () => SIGNALS.map((signal) => process.listenerCount(signal));
  /** The write's own grace period for a late signal (25 ms, then one poll of the event loop) is over. */
  const graceOver = async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setImmediate(resolve));
  };

  // A write of an earlier test may still be holding signals for its grace period.
  beforeEach(graceOver);

  /** Runs `body` with nobody else listening to SIGHUP and process.kill recording instead of sending. */
  async function withSighupAlone(body: (kills: unknown[][]) => Promise<void>): Promise<void> {
    const others = process.listeners('SIGHUP');
    process.removeAllListeners('SIGHUP');
    const kill = process.kill;
    const kills: unknown[][] = [];
    process.kill = ((...args: unknown[]) => {
      kills.push(args);
      return true;
    }) as typeof process.kill;
    try {
      await body(kills);
    } finally {
      process.kill = kill;
      for (const listener of others) {
        process.on('SIGHUP', listener);
      }
    }
  }

  /** Writes one file and returns the write's handler of SIGHUP, still in place just after the write. */
  const writeAndFindHold = () => {
    const before = process.listeners('SIGHUP');
    writeAtomically(scratch(), [file('a', 'a\n')]);
    const added = process.listeners('SIGHUP').filter((listener) => !before.includes(listener));
    assert.equal(added.length, 1);
    return added[0] as (signal: NodeJS.Signals) => void;
  };

  it('holds SIGINT, SIGTERM and SIGHUP during the write, and lets go of them shortly after', async () => {
    const before = counts();
    writeAtomically(scratch(), [file('a', 'a\n')]);
    assert.deepEqual(counts(), before.map((count) => count + 1));
    await graceOver();
    assert.deepEqual(counts(), before);
    const dir = scratch();
    mkdirSync(path.join(dir, 'blocked'));
    assert.throws(() => writeAtomically(dir, [file('blocked', 'x\n')]), /^Error: could not write/);
    assert.deepEqual(counts(), before.map((count) => count + 1));
    await graceOver();
    assert.deepEqual(counts(), before);
  });

  it('passes on the first signal held, once, when nobody else handles it', async () => {
    await withSighupAlone(async (kills) => {
      const hold = writeAndFindHold();
      hold('SIGHUP');
      hold('SIGINT');
      await graceOver();
      assert.deepEqual(kills, [[process.pid, 'SIGHUP']]);
    });
  });

  it('sends nothing when no signal came, or when another handler took the signal', async () => {
    await withSighupAlone(async (kills) => {
      writeAndFindHold();
      await graceOver();
      assert.deepEqual(kills, []);
      const mine = () => undefined;
      process.on('SIGHUP', mine);
      try {
        writeAndFindHold()('SIGHUP');
        await graceOver();
      } finally {
        process.removeListener('SIGHUP', mine);
      }
      assert.deepEqual(kills, []);
    });
  });
});
