import assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { inPool, runAsync } from '../../src/check/behaviour/run-async.js';
import { writeTree } from './check-support.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('unit: check, running a process', function () {
  this.timeout(30_000);

  it('collects stdout, stderr and the exit status, with the environment and directory given', async () => {
    const cwd = writeTree({});
    const ran = await runAsync('bash', ['-c', 'echo "out $X"; pwd; echo err >&2; exit 3'], { env: { X: 'set', PATH: process.env.PATH }, cwd });
    assert.deepEqual({ ...ran, ms: 0 }, { status: 3, stdout: `out set\n${realpathSync(cwd)}\n`, stderr: 'err\n', ms: 0, timedOut: false });
    assert.ok(ran.ms > 0 && ran.ms < 20_000, String(ran.ms));
  });

  it('stdin is closed: a command that reads it ends at once', async () => {
    const ran = await runAsync('bash', ['-c', 'cat; echo "read: $?"'], { env: {}, cwd: '/', timeoutMs: 5_000 });
    assert.deepEqual([ran.status, ran.stdout, ran.timedOut], [0, 'read: 0\n', false]);
  });

  it('the time limit kills the whole process group, children too, and says so', async () => {
    const cwd = writeTree({});
    const started = Date.now();
    const ran = await runAsync('bash', ['-c', '(sleep 2; touch late) & echo started; wait'], { env: { PATH: process.env.PATH }, cwd, timeoutMs: 300 });
    assert.deepEqual([ran.status, ran.stdout, ran.timedOut], [null, 'started\n', true]);
    assert.ok(Date.now() - started < 1_900, 'it did not wait for the child');
    await pause(2_500);
    assert.equal(existsSync(path.join(cwd, 'late')), false, 'the background child was killed with it');
  });

  it('a file that cannot start: no status, and why', async () => {
    const ran = await runAsync('/nonexistent/plugin-file', [], { env: {}, cwd: '/' });
    assert.deepEqual({ ...ran, ms: 0 }, { status: null, stdout: '', stderr: '', ms: 0, timedOut: false, spawnError: 'spawn /nonexistent/plugin-file ENOENT' });
  });
});

describe('unit: check, running tasks side by side', () => {
  it('at most the limit at a time, every task once, results in the order of the tasks', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (index: number, ms: number) => async () => {
      started.push(index);
      running += 1;
      most = Math.max(most, running);
      await pause(ms);
      running -= 1;
      return `result ${index}`;
    };
    const results = await inPool(2, [task(0, 30), task(1, 5), task(2, 5), task(3, 5), task(4, 1)]);
    assert.deepEqual(results, ['result 0', 'result 1', 'result 2', 'result 3', 'result 4']);
    assert.equal(most, 2);
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
  });

  it('a limit above the number of tasks runs them all at once; no tasks, no results', async () => {
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await pause(10);
      running -= 1;
      return running;
    };
    assert.equal((await inPool(8, [task, task, task])).length, 3);
    assert.equal(most, 3);
    assert.deepEqual(await inPool(4, []), []);
    most = 0;
    await inPool(1, [task, task, task]);
    assert.equal(most, 1);
  });
});
