import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateAddon, resolveAddonInput } from '../../src/cli/generate-addon.js';
import type { Ask, Question } from '../../src/cli/questions.js';
import { InputError } from '../../src/model/input-error.js';
import { capture } from './cli-capture.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-addon-input-'));

/** The `--flag: message` lines of the input error `run` rejects with. */
async function rejected(run: () => Promise<unknown>): Promise<string[]> {
  const error = await run().then(() => assert.fail('no input error'), (thrown: unknown) => thrown);
  assert.ok(error instanceof InputError, String(error));
  return error.problems.map((problem) => `${problem.flag}: ${problem.message}`);
}

/** An Ask that records each question and answers from `answers`; a question it has no answer for gets none. */
function scripted(answers: Record<string, string>) {
  const asked: Question[] = [];
  const ask: Ask = async (questions) => {
    const question = questions[0] as Question;
    asked.push(question);
    return question.name in answers ? { [question.name]: answers[question.name] as string } : {};
  };
  return { ask, asked };
}

const takenMessage = (dir: string) => `--directory: ${dir} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`;

describe('unit: the questions for an add-on', () => {
  it('checks the directory a typed dokku-addon-NAME stands for, and the one --directory names', async () => {
    const cwd = scratch();
    for (const taken of ['dokku-addon-taken', 'elsewhere']) {
      mkdirSync(path.join(cwd, taken));
      writeFileSync(path.join(cwd, taken, 'x'), '');
    }
    const verdicts: Array<true | string | undefined> = [];
    await resolveAddonInput({ interactive: true, scheme: 'redis', description: 'D', 'per-app': false }, undefined, async ([question]) => {
      verdicts.push(question?.validate?.('dokku-addon-taken'), question?.validate?.('Bad Name'), question?.validate?.('free'));
      return { name: 'free' };
    }, cwd);
    assert.deepEqual(verdicts, [
      takenMessage(path.join(cwd, 'dokku-addon-taken')),
      '"Bad Name" cannot be part of the environment variable DOKKU_BAD NAME_URL: use lowercase letters, digits and "_", starting with a letter',
      true,
    ]);
    const elsewhere: Array<true | string | undefined> = [];
    await resolveAddonInput({ interactive: true, scheme: 'redis', description: 'D', 'per-app': false, directory: 'elsewhere' }, undefined, async ([question]) => {
      elsewhere.push(question?.validate?.('free'));
      return { name: 'free' };
    }, cwd);
    assert.deepEqual(elsewhere, [takenMessage(path.join(cwd, 'elsewhere'))]);
  });

  it('asks only for what is missing, offering a description from the given name, and takes no answer as empty', async () => {
    const { ask, asked } = scripted({ scheme: ' redis ' });
    const input = await resolveAddonInput({ interactive: true }, 'cache', ask, scratch());
    assert.deepEqual(asked.map((question) => [question.name, question.default]), [['description', 'Dokku add-on cache'], ['scheme', ''], ['perApp', 'shared']]);
    assert.deepEqual(input, {
      name: 'cache', description: '', author: undefined, license: undefined, scheme: 'redis', perApp: false, dumpRestore: undefined, directory: undefined,
    });
  });

  it('refuses flags given wrong before asking anything', async () => {
    const { ask, asked } = scripted({});
    assert.deepEqual(await rejected(() => resolveAddonInput({ interactive: true, scheme: 'Not a scheme' }, 'cache', ask, scratch())), [
      '--scheme: "not a scheme" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"',
    ]);
    assert.deepEqual(asked, []);
  });

  it('makes an add-on from values whose unset flags are present but undefined', async () => {
    const dir = path.join(scratch(), 'cache');
    const printed = await capture(() => generateAddon({ kind: 'addon', command: undefined, trigger: undefined, yes: true, scheme: 'redis', directory: dir, 'dry-run': true }, 'cache'));
    assert.equal(printed.stderr, '');
    assert.equal(printed.stdout.split('\n')[0], `Would write 18 files to ${dir}:`);
    assert.equal(existsSync(dir), false);
  });
});
