/** The signals that stop a run at a prompt the way Ctrl-C does. */
export const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Inquirer's rejection when the person pressed Ctrl-C, the terminal went away, or the prompt was aborted. */
export function isPromptStop(error: unknown): boolean {
  return error instanceof Error && ['ExitPromptError', 'AbortPromptError'].includes(error.name);
}

/** Exit code and the one line of a run stopped at a prompt, as a shell reports Ctrl-C (128 + SIGINT). */
export const CANCELLED_STATUS = 130;

/**
 * Asks through Yeoman's adapter, which offers no way to abort a prompt: a stop (Ctrl-C, SIGTERM, SIGHUP)
 * ends the run there with `cancelled` and 130. Nothing is written before the last answer, so nothing is
 * left behind; the cursor Inquirer hides for list prompts is shown again.
 */
export async function exitOnPromptStop<T>(asking: () => Promise<T>): Promise<T> {
  // After a signal the prompt's line is still open; after Ctrl-C Inquirer has ended it.
  const cancel = (midLine: unknown): never => {
    process.stdout.write('\x1b[?25h');
    process.stderr.write(`${typeof midLine === 'string' ? '\n' : ''}cancelled\n`);
    process.exit(CANCELLED_STATUS);
  };
  // `on`, not `once`: Inquirer's exit hook re-raises a signal it believes nobody else handles.
  for (const signal of STOP_SIGNALS) {
    process.on(signal, cancel);
  }
  try {
    return await asking();
  } catch (error) {
    if (isPromptStop(error)) {
      cancel(false);
    }
    throw error;
  } finally {
    for (const signal of STOP_SIGNALS) {
      process.removeListener(signal, cancel);
    }
  }
}
