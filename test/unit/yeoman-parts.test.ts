import assert from 'node:assert/strict';
import type Generator from 'yeoman-generator';
import { reportInputErrorsPlainly } from '../../src/grow/yeoman-errors.js';
import { SHORT_DESCRIPTIONS, tidyYeomanHelp } from '../../src/grow/yeoman-help.js';
import { InputError } from '../../src/model/input-error.js';

type Options = Record<string, { hide?: boolean; description?: string }>;
type Task = { method: (...args: unknown[]) => unknown; taskName: string };

/** The parts of a Yeoman generator these helpers touch, recording what Yeoman would print. */
function fakeGenerator(options: Options = {}) {
  const errors: unknown[] = [];
  const infos: unknown[] = [];
  const generator = {
    _options: options,
    log: { error: (message: unknown) => { errors.push(message); }, info: (message: unknown) => { infos.push(message); } },
    async executeTask(task: Task) {
      try {
        return await task.method();
      } catch (error) {
        generator.log.error(`An error occured while running dokku-plugin:app#${task.taskName}`);
        throw error;
      }
    },
  };
  return { generator, errors, infos, asGenerator: generator as unknown as Generator };
}

describe('unit: yo dokku-plugin --help', () => {
  it('hides Yeoman\'s install and cache options and gives each flag its short line', () => {
    const options: Options = {
      'skip-cache': {}, 'skip-install': {}, 'force-install': {}, 'ask-answered': {}, 'skip-prompts': {},
      lang: { description: 'long text' }, yes: { description: 'long text' },
    };
    tidyYeomanHelp(fakeGenerator(options).asGenerator);
    assert.deepEqual(options, {
      'skip-cache': { hide: true }, 'skip-install': { hide: true }, 'force-install': { hide: true }, 'ask-answered': { hide: true }, 'skip-prompts': {},
      lang: { description: 'bash (default) or go' }, yes: { description: 'Take defaults for everything not given' },
    });
    assert.equal(SHORT_DESCRIPTIONS.git, 'git init and first commit (--no-git: skip)');
  });

  it('takes other descriptions when given', () => {
    const options: Options = { scheme: { description: 'x' } };
    tidyYeomanHelp(fakeGenerator(options).asGenerator, { scheme: 'The scheme', absent: 'never added' });
    assert.deepEqual(options, { scheme: { description: 'The scheme' } });
  });
});

describe('unit: input errors through yo', () => {
  it('reads as the command line\'s error lines, without Yeoman\'s task line', async () => {
    const fake = fakeGenerator();
    reportInputErrorsPlainly(fake.asGenerator);
    const problems = [{ flag: '--name', message: 'is empty' }, { flag: '--lang', message: 'use bash or go' }];
    await assert.rejects(
      (fake.generator.executeTask as (task: Task) => Promise<unknown>)({ taskName: 'prompting', method: () => { throw new InputError(problems); } }),
      (error: Error) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.message, 'error: --name: is empty\nerror: --lang: use bash or go');
        assert.equal(error.stack, 'error: --name: is empty\nerror: --lang: use bash or go');
        assert.deepEqual((error as InputError).problems, problems);
        return true;
      },
    );
    assert.deepEqual(fake.errors, []);
    fake.generator.log.error('something else');
    assert.deepEqual(fake.errors, ['something else']);
    (fake.generator.log as { info: (message: string) => void }).info('kept');
    assert.deepEqual(fake.infos, ['kept']);
  });

  it('keeps Yeoman\'s wording for a bug, and passes results through', async () => {
    const fake = fakeGenerator();
    reportInputErrorsPlainly(fake.asGenerator);
    const run = fake.generator.executeTask as (task: Task) => Promise<unknown>;
    assert.equal(await run({ taskName: 'writing', method: () => 42 }), 42);
    await assert.rejects(run({ taskName: 'writing', method: () => { throw new TypeError('bug'); } }), { name: 'TypeError', message: 'bug' });
    assert.deepEqual(fake.errors, ['An error occured while running dokku-plugin:app#writing']);
  });
});
