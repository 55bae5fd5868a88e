import assert from 'node:assert/strict';
import type Generator from 'yeoman-generator';
import { reportInputErrorsPlainly } from '../../src/grow/yeoman-errors.js';
import { InputError } from '../../src/model/input-error.js';

type Task = { method: (...args: unknown[]) => unknown; taskName: string };

/** The parts of a Yeoman generator reportInputErrorsPlainly touches, recording the errors Yeoman would print. */
function fakeGenerator() {
  const errors: unknown[][] = [];
  const generator = {
    log: { error: (...args: unknown[]) => { errors.push(args); return 'logged'; } },
    async executeTask(task: Task, ...rest: unknown[]) {
      try {
        return await task.method.call('the generator', ...rest);
      } catch (error) {
        generator.log.error(`An error occured while running dokku-plugin:app#${task.taskName}`);
        throw error;
      }
    },
  };
  reportInputErrorsPlainly(generator as unknown as Generator);
  return { run: generator.executeTask as (task: Task, ...rest: unknown[]) => Promise<unknown>, log: generator.log, errors };
}

describe('unit: input errors through yo, once reported', () => {
  it('passes an error already in the command line\'s words on as it is', async () => {
    const { run } = fakeGenerator();
    let first: unknown;
    await run({ taskName: 'prompting', method: () => { throw new InputError([{ flag: '--name', message: 'is empty' }]); } }).catch((error: unknown) => { first = error; });
    assert.ok(first instanceof InputError);
    await assert.rejects(run({ taskName: 'writing', method: () => { throw first; } }), (error: unknown) => error === first);
  });

  it('gives a task its generator and arguments, and logs other errors with everything passed', async () => {
    const { run, log, errors } = fakeGenerator();
    assert.deepEqual(await run({ taskName: 'writing', method(this: unknown, ...args: unknown[]) { return [this, ...args]; } }, 'a', 'b'), ['the generator', 'a', 'b']);
    assert.equal(log.error('a bug', 'detail'), 'logged');
    assert.deepEqual(errors, [['a bug', 'detail']]);
  });

  it('after an input error, drops Yeoman\'s task lines and keeps every other line', async () => {
    const { run, log, errors } = fakeGenerator();
    await assert.rejects(run({ taskName: 'prompting', method: () => { throw new InputError([{ flag: '--name', message: 'is empty' }]); } }));
    assert.deepEqual(errors, []);
    log.error('An error occured while running dokku-plugin:app#writing');
    log.error('Something else: An error occured while running');
    assert.deepEqual(errors, [['Something else: An error occured while running']]);
  });
});
