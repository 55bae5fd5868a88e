import { TerminalAdapter } from '@yeoman/adapter';
import { OPTIONS, optionKey } from './options.js';

/**
 * The adapter for runs nobody can answer: Yeoman's terminal adapter would wait on a closed or empty stdin,
 * or end without writing anything, so every question becomes an error that names the flag to pass instead.
 */
export class NoPromptAdapter extends TerminalAdapter {
  override async prompt(questions: unknown): Promise<never> {
    const list = (Array.isArray(questions) ? questions : [questions]) as Array<{ name?: string; message?: unknown }>;
    const lines = list.map((question) => {
      const spec = OPTIONS.find((option) => question.name !== undefined && optionKey(option.flag) === question.name.replace(/\d+$/, ''));
      return spec
        ? `--${spec.flag}: missing; pass it on the command line (no questions are asked without a terminal)`
        : `a question came up without a terminal to answer it ("${String(question.message ?? question.name)}"); pass --force to overwrite existing files, or run in a terminal`;
    });
    throw new Error(lines.join('\n'));
  }
}
