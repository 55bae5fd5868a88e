import { spawn } from 'node:child_process';
import { BIN } from './paths.js';

/** The CLI's command line for `script -c`, each word single-quoted for its shell. */
export function terminalCommand(args: string[]): string {
  return [process.execPath, BIN, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
}

export interface Conversation {
  /** The exit status, or null when the conversation was stopped at `stopWhen`. */
  status: number | null;
  screen: string;
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`) and types each reply once its question shows,
 * as a person would; resolves when the CLI exits, or, once every reply is typed, when the screen matches
 * `stopWhen` (the CLI is then stopped). A question with no reply, or a hang, fails after `limit`.
 */
export function converseOnTerminal(args: string[], replies: Array<[RegExp, string]>, cwd: string, limit: number, stopWhen?: RegExp): Promise<Conversation> {
  const { CI: _ci, ...inherited } = process.env;
  const child = spawn('script', ['-qec', terminalCommand(args), '/dev/null'], { cwd, env: inherited, detached: true });
  const pending = [...replies];
  const kill = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return new Promise((resolve, reject) => {
    let screen = '';
    const finish = (status: number | null) => {
      clearTimeout(timer);
      resolve({ status, screen });
    };
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`no exit within the limit; screen:\n${screen}`));
    }, limit);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString();
      const next = pending[0];
      if (next && next[0].test(screen)) {
        pending.shift();
        child.stdin.write(next[1]);
      } else if (!next && stopWhen?.test(screen)) {
        kill();
        finish(null);
      }
    });
    child.on('exit', (status) => finish(status));
  });
}
