import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnswerChecks, problemsOf } from '../../src/cli/answer-checks.js';
import { nameFromEmptyDirectory, withDirectoryDefaults } from '../../src/cli/directory-defaults.js';
import { resolveAddonInput } from '../../src/cli/generate-addon.js';
import { askForAdditions, type Ask, type Question } from '../../src/cli/questions.js';
import { InputError, type InputProblem } from '../../src/model/input-error.js';
import { inputProblems } from '../support/input-problems.js';

type Input = { a?: string; b?: string };

/** Rules of a made-up form: a must be "ok", b must equal a. */
function rules(input: Input): InputProblem[] {
  return [
    ...(input.a === 'ok' ? [] : [{ flag: '--a', message: 'must be ok' }]),
    ...(input.b === input.a ? [] : [{ flag: '--b', message: 'must equal --a' }]),
  ];
}

async function rejected(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) {
      return error.problems.map((problem) => `${problem.flag}: ${problem.message}`);
    }
    throw error;
  }
  assert.fail('no input error');
}

describe('unit: answers are checked where they are typed', () => {
  it('refuses flags given wrong before any question, leaving unanswered ones alone', () => {
    new AnswerChecks(rules, ['--a', '--b']).refuseGiven({ a: 'bad' });
    assert.deepEqual(inputProblems(() => new AnswerChecks(rules, ['--b']).refuseGiven({ a: 'bad' })), ['--a: must be ok']);
  });

  it('shows the answered flag\'s own rule bare, and another flag\'s rule with its name', () => {
    const checks = new AnswerChecks(rules, ['--a', '--b']);
    const forA = checks.validator('--a', (answer) => ({ a: answer }));
    assert.equal(forA('ok'), true);
    assert.equal(forA('  ok  '), true);
    assert.equal(forA('no'), 'must be ok');
    checks.answered('--a');
    const forB = checks.validator('--b', (answer) => ({ a: 'no', b: answer }));
    assert.equal(forB('no'), '--a: must be ok');
    assert.equal(forB('x'), '--a: must be ok; must equal --a');
  });

  it('holds back a rule that reads a flag still being asked, and one read item by item', () => {
    const reading = new AnswerChecks(rules, ['--a', '--b'], { '--b': ['--a'] });
    assert.equal(reading.validator('--b', (answer) => ({ b: answer, a: 'ok' }))('x'), true);
    reading.answered('--a');
    assert.equal(reading.validator('--b', (answer) => ({ b: answer, a: 'ok' }))('x'), 'must equal --a');
    const partial = new AnswerChecks(rules, ['--b'], { '--b': ['--a'] });
    assert.equal(partial.validator('--a', (answer) => ({ a: 'ok', b: answer }), true)('x'), true);
    assert.equal(partial.validator('--a', (answer) => ({ a: 'ok', b: answer }))('x'), true);
    const read = new AnswerChecks(rules, [], { '--b': ['--a'] });
    assert.equal(read.validator('--a', (answer) => ({ a: 'ok', b: answer }), true)('x'), true);
    assert.equal(read.validator('--a', (answer) => ({ a: 'ok', b: answer }))('x'), '--b: must equal --a');
  });

  it('turns only input errors into problems; a bug is rethrown', () => {
    assert.deepEqual(problemsOf(() => undefined)({}), []);
    const problem = { flag: '--x', message: 'wrong' };
    assert.deepEqual(problemsOf(() => { throw new InputError([problem]); })({}), [problem]);
    assert.throws(() => problemsOf(() => { throw new TypeError('bug'); })({}), TypeError);
  });
});

describe('unit: an empty dokku-NAME directory names the plugin', () => {
  const empty = (name: string) => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-dir-')), name);
    mkdirSync(dir);
    return dir;
  };

  it('takes NAME from an empty dokku-NAME or dokku-addon-NAME directory', () => {
    assert.equal(nameFromEmptyDirectory(empty('dokku-demo')), 'demo');
    assert.equal(nameFromEmptyDirectory(empty('dokku-addon-cache'), 'addon'), 'cache');
    assert.equal(nameFromEmptyDirectory(empty('dokku-addon-cache')), 'addon-cache');
  });

  it('takes nothing from a full directory, another name or a name the rules refuse', () => {
    const full = empty('dokku-demo');
    writeFileSync(path.join(full, 'x'), '');
    assert.equal(nameFromEmptyDirectory(full), undefined);
    assert.equal(nameFromEmptyDirectory(empty('demo')), undefined);
    assert.equal(nameFromEmptyDirectory(empty('my-dokku-demo')), undefined);
    assert.equal(nameFromEmptyDirectory(empty('dokku-apps')), undefined);
    assert.equal(nameFromEmptyDirectory(empty('dokku-Demo')), undefined);
    assert.equal(nameFromEmptyDirectory(empty('dokku-addon-Cache'), 'addon'), undefined);
    assert.equal(nameFromEmptyDirectory(empty('dokku-cache'), 'addon'), undefined);
  });

  it('fills in the name and ".", keeping what was given', () => {
    const dir = empty('dokku-demo');
    assert.deepEqual(withDirectoryDefaults({}, dir), { name: 'demo', directory: '.' });
    assert.deepEqual(withDirectoryDefaults({ directory: 'out' }, dir), { name: 'demo', directory: 'out' });
    assert.deepEqual(withDirectoryDefaults({ name: 'other' }, dir), { name: 'other' });
    assert.deepEqual(withDirectoryDefaults({}, empty('elsewhere')), {});
    assert.deepEqual(withDirectoryDefaults({}, empty('dokku-addon-cache'), 'addon'), { name: 'cache', directory: '.' });
  });
});

describe('unit: an add-on\'s input', () => {
  const cwd = () => mkdtempSync(path.join(os.tmpdir(), 'unit-addon-'));

  it('names each missing flag when nobody can answer', async () => {
    assert.deepEqual(await rejected(() => resolveAddonInput({ interactive: false }, undefined, async () => ({}), cwd())), [
      '--name: required: give the add-on name as the first argument or with --name NAME',
      '--scheme: required: the URL scheme the service speaks, such as --scheme redis',
      '--description: required without --yes: --description "What the add-on provides"',
    ]);
    assert.deepEqual(await rejected(() => resolveAddonInput({ interactive: false, name: '  ', yes: true }, undefined, async () => ({}), cwd())), [
      '--name: required: give the add-on name as the first argument or with --name NAME',
      '--scheme: required: the URL scheme the service speaks, such as --scheme redis',
    ]);
  });

  it('takes the flags as given with --yes, and the name from an empty dokku-addon-NAME directory', async () => {
    assert.deepEqual(await resolveAddonInput({ yes: true, scheme: 'redis', interactive: true }, 'cache', async () => assert.fail('asked'), cwd()), {
      name: 'cache', description: undefined, author: undefined, license: undefined, scheme: 'redis', perApp: undefined, dumpRestore: undefined, directory: undefined,
    });
    const dir = path.join(cwd(), 'dokku-addon-cache');
    mkdirSync(dir);
    const input = await resolveAddonInput({ scheme: 'redis', description: 'Cache', interactive: false }, undefined, async () => assert.fail('asked'), dir);
    assert.equal(input.name, 'cache');
    assert.equal(input.directory, '.');
  });

  it('asks for what is missing, checking each answer with its flag\'s rule', async () => {
    const asked: Question[] = [];
    const verdicts: Array<true | string | undefined> = [];
    const replies: Record<string, string> = { name: ' cache ', description: 'Cache', scheme: 'redis', perApp: 'per-app' };
    const ask: Ask = async ([question]) => {
      const q = question as Question;
      asked.push(q);
      verdicts.push(q.validate?.('Bad Name'), q.validate?.('cache'));
      return { [q.name]: replies[q.name] ?? '' };
    };
    const input = await resolveAddonInput({ interactive: true }, undefined, ask, cwd());
    assert.deepEqual(asked.map((q) => [q.name, q.type, q.message, q.default]), [
      ['name', 'input', 'Add-on name (becomes DOKKU_<NAME>_URL in apps)', ''],
      ['description', 'input', 'One-line description', 'Dokku add-on cache'],
      ['scheme', 'input', 'URL scheme of the service (redis, postgres, mysql, ...)', ''],
      ['perApp', 'list', 'Service layout', 'shared'],
    ]);
    assert.deepEqual(asked[3]?.choices, [
      { name: 'one shared service for every app', value: 'shared' },
      { name: 'one service container per app', value: 'per-app' },
    ]);
    assert.equal(input.name, 'cache');
    assert.equal(input.description, 'Cache');
    assert.equal(input.scheme, 'redis');
    assert.equal(input.perApp, true);
    assert.deepEqual(verdicts.slice(0, 2), ['"Bad Name" cannot be part of the environment variable DOKKU_BAD NAME_URL: use lowercase letters, digits and "_", starting with a letter', true]);
    assert.deepEqual(verdicts.slice(4, 6), ['"bad name" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"', true]);
  });

  it('refuses at the name prompt a name whose directory is taken, unless --force', async () => {
    const dir = cwd();
    mkdirSync(path.join(dir, 'dokku-addon-taken'));
    writeFileSync(path.join(dir, 'dokku-addon-taken', 'x'), '');
    let validate: Question['validate'];
    await resolveAddonInput({ interactive: true, scheme: 'redis', description: 'D', 'per-app': false }, undefined, async ([question]) => {
      validate ??= question?.validate;
      return { name: 'free' };
    }, dir);
    assert.equal(validate?.('taken'), `${path.join(dir, 'dokku-addon-taken')} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`.replace(/^/, '--directory: '));
    assert.equal(validate?.('dokku-addon-free'), true);
    let forced: Question['validate'];
    await resolveAddonInput({ interactive: true, scheme: 'redis', description: 'D', 'per-app': true, force: true }, undefined, async ([question]) => {
      forced ??= question?.validate;
      return { name: 'free' };
    }, dir);
    assert.equal(forced?.('taken'), true);
  });
});

describe('unit: asking what to add to a plugin', () => {
  it('asks for one command and some triggers, checking each with its own flag\'s rules', async () => {
    const asked: Question[] = [];
    const seen: Array<{ commands: string[]; triggers: string[] }> = [];
    const verdicts: Array<true | string | undefined> = [];
    const replies: Record<string, string> = { command1: ' show, Show ', triggers: 'post-deploy, post-delete' };
    const additions = await askForAdditions(async ([question]) => {
      const q = question as Question;
      asked.push(q);
      verdicts.push(q.validate?.(''), q.validate?.(' bad '));
      return { [q.name]: replies[q.name] ?? '' };
    }, (candidate) => {
      seen.push(candidate);
      return [{ flag: '--command', message: 'command rule' }, { flag: '--trigger', message: 'trigger rule' }, { flag: '--trigger', message: 'another' }];
    });
    assert.deepEqual(additions, { commands: ['show, Show'], triggers: ['post-deploy', 'post-delete'] });
    assert.deepEqual(asked.map((q) => [q.type, q.name, q.message, q.default]), [
      ['input', 'command1', 'Command to add as "USAGE, DESCRIPTION" (empty for none)', ''],
      ['input', 'triggers', 'Triggers to add, separated by spaces (empty for none)', ''],
    ]);
    assert.deepEqual(verdicts, [true, 'command rule', true, 'trigger rule; another']);
    assert.deepEqual(seen, [{ commands: ['bad'], triggers: [] }, { commands: ['show, Show'], triggers: ['bad'] }]);
  });

  it('adds nothing for empty answers', async () => {
    assert.deepEqual(await askForAdditions(async () => ({}), () => []), { commands: [], triggers: [] });
  });
});
