import input from '@inquirer/input';
import select from '@inquirer/select';
import { InputError } from '../model/input-error.js';
import { isPromptStop, STOP_SIGNALS } from './prompt-stop.js';
import type { Ask } from './questions.js';

/** The person at the terminal stopped the run at a prompt (Ctrl-C), or it was told to stop (SIGTERM, SIGHUP). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Asks the questions on the terminal with Inquirer's prompts, as Yeoman's adapter would, without Yeoman.
 * A stop at a prompt becomes `Cancelled`: nothing is written before the last answer, so there is nothing
 * to clean up, and the prompt restores the terminal before the error reaches the caller.
 */
export const terminalAsk: Ask = async (questions) => {
  if (process.stdin.isTTY !== true) {
    throw new InputError([{
      flag: '--interactive',
      message: 'there is no terminal on stdin to ask on; drop --interactive and give the answers as flags (each missing one is named), or run it in a terminal',
    }]);
  }
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    // `on`, not `once`: Inquirer's exit hook re-raises a signal it believes nobody else handles, and a
    // spent `once` listener would no longer count as someone.
    for (const signal of STOP_SIGNALS) {
      process.on(signal, onSignal);
    }
    try {
      answers[question.name] = question.type === 'list'
        ? await select({ message: question.message, choices: question.choices ?? [], default: question.default }, { signal: stop.signal })
        : await input({ message: question.message, default: question.default, validate: question.validate }, { signal: stop.signal });
    } catch (error) {
      if (isPromptStop(error)) {
        throw new Cancelled();
      }
      throw error;
    } finally {
      for (const signal of STOP_SIGNALS) {
        process.removeListener(signal, onSignal);
      }
    }
  }
  return answers;
};
