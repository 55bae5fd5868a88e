import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN } from './paths.js';

/**
 * The CLI's command line for `script -c`, each word single-quoted for its shell. The terminal is made wide
 * so Inquirer does not wrap messages mid-word, and `exec` makes the CLI itself the process on the terminal.
 */
export function terminalCommand(args: string[], script = BIN): string {
  const words = [process.execPath, script, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  return `stty cols 400 2>/dev/null; exec ${words}`;
}

/** What to do once a question shows: type text, or send a signal to the program on the terminal. */
export type Reply = string | { signal: NodeJS.Signals };

/** Every process below `pid` (`script` starts the program in its own session, out of reach of a group kill). */
function descendants(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

/** The screen as text: colours and cursor moves dropped, lines (and Inquirer's wrapping) joined by single spaces. */
export function plainScreen(screen: string): string {
  // eslint-disable-next-line no-control-regex
  return screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\s+/g, ' ');
}

export interface Conversation {
  /** The exit status, or null when the conversation was stopped at `stopWhen`. */
  status: number | null;
  screen: string;
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`) and types each reply once its question shows,
 * as a person would; resolves when the CLI exits, or, once every reply is typed, when the screen matches
 * `stopWhen` (the CLI is then stopped). A question with no reply, or a hang, fails after `limit`. `script`
 * runs another Node program instead of the CLI.
 */
export function converseOnTerminal(args: string[], replies: Array<[RegExp, Reply]>, cwd: string, limit: number, stopWhen?: RegExp, script = BIN): Promise<Conversation> {
  const { CI: _ci, ...inherited } = process.env;
  const child = spawn('script', ['-qec', terminalCommand(args, script), '/dev/null'], { cwd, env: inherited, detached: true });
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
      if (next && next[0].test(plainScreen(screen))) {
        pending.shift();
        const reply = next[1];
        if (typeof reply === 'string') {
          child.stdin.write(reply);
        } else {
          for (const pid of descendants(child.pid as number)) {
            process.kill(pid, reply.signal);
          }
        }
      } else if (!next && stopWhen?.test(screen)) {
        kill();
        finish(null);
      }
    });
    child.on('exit', (status) => finish(status));
  });
}
