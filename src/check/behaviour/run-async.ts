import { spawn } from 'node:child_process';

export interface Ran {
  /** null when the process was killed (by the time limit or a signal). */
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** Set when the process could not start at all (not executable, missing). */
  spawnError?: string;
}

export interface RunOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  timeoutMs?: number;
}

/**
 * Runs a process with stdin closed and collects its output. It gets its own process group so that a
 * time-out kills whatever the plugin started too, not only the shell at the top.
 */
export function runAsync(command: string, args: string[], options: RunOptions): Promise<Ran> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid ?? 0), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, options.timeoutMs ?? 30_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const finish = (status: number | null, spawnError?: string): void => {
      clearTimeout(timer);
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        timedOut,
        ...(spawnError === undefined ? {} : { spawnError }),
      });
    };
    child.on('error', (error) => finish(null, error.message));
    child.on('close', (status) => finish(status));
  });
}

/** Runs tasks with at most `limit` of them at a time, keeping the order of the results. */
export async function inPool<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
