import type Generator from 'yeoman-generator';
import { InputError } from '../model/input-error.js';

/** Yeoman's line before a failed task's error; for a problem with the user's input it says nothing useful. */
const TASK_FAILED = 'An error occured while running';

/** An input problem as the command line prints it: `error: --flag: rule and fix`, one line each, no stack. */
class ReportedInputError extends InputError {
  constructor(problems: InputError['problems']) {
    super(problems);
    this.message = problems.map((problem) => `error: ${problem.flag}: ${problem.message}`).join('\n');
    this.stack = this.message;
  }
}

type Task = Parameters<Generator['executeTask']>[0];

/**
 * Makes a generator's input errors read as the command line's: `yo` prints a failed run's message, so the
 * message becomes the `error: --flag: …` lines, and Yeoman's "An error occured while running
 * dokku-plugin:app#prompting" line is left out for them. Other errors (bugs) keep Yeoman's wording.
 */
export function reportInputErrorsPlainly(generator: Generator): void {
  let inputErrorThrown = false;
  const log = generator.log;
  (generator as { log: unknown }).log = new Proxy(log, {
    get(target, property, receiver) {
      if (property === 'error') {
        return (message: unknown, ...rest: unknown[]) => {
          if (inputErrorThrown && String(message).startsWith(TASK_FAILED)) {
            return target;
          }
          return (target.error as (...args: unknown[]) => unknown)(message, ...rest);
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  const executeTask = generator.executeTask.bind(generator);
  generator.executeTask = async (task: Task, ...rest) => {
    const method = task.method;
    return executeTask({
      ...task,
      async method(this: Generator, ...args: unknown[]) {
        try {
          return await (method as (...a: unknown[]) => unknown).apply(this, args);
        } catch (error) {
          if (error instanceof InputError) {
            inputErrorThrown = true;
            throw error instanceof ReportedInputError ? error : new ReportedInputError(error.problems);
          }
          throw error;
        }
      },
    } as Task, ...rest);
  };
}
