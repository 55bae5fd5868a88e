import input from '@inquirer/input';
import select from '@inquirer/select';
import type { Ask } from './questions.js';

/** Asks the questions on the terminal with Inquirer's prompts, as Yeoman's adapter would, without Yeoman. */
export const terminalAsk: Ask = async (questions) => {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    answers[question.name] = question.type === 'list'
      ? await select({ message: question.message, choices: question.choices ?? [], default: question.default })
      : await input({ message: question.message, default: question.default, validate: question.validate });
  }
  return answers;
};
