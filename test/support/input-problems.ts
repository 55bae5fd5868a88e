import assert from 'node:assert/strict';
import { InputError } from '../../src/model/input-error.js';

/** The `--flag: message` of each problem of the input error `run` throws; fails when it throws none. */
export function inputProblems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) {
      return error.problems.map((problem) => `${problem.flag}: ${problem.message}`);
    }
    throw error;
  }
  assert.fail('no input error');
}
