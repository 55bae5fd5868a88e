import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for messages that may go to either. */
  output: string;
  /** The signal that ended the process, when one did (status is null then). */
  signal: NodeJS.Signals | null;
}

/** A run that must succeed, such as a step that only prepares a test: a failure fails the test, with all it printed. */
export function succeeded(ran: Ran): Ran {
  if (ran.status !== 0) {
    throw new Error(`exited ${ran.status ?? ran.signal}:\n${ran.output}`);
  }
  return ran;
}

/** The stdout of a run that must have succeeded. */
export function stdoutOf(ran: Ran): string {
  return succeeded(ran).stdout;
}

export function mustRun(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  return succeeded(run(command, args, options));
}

export function run(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.error) {
    throw result.error;
  }
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? '');
  return { status: result.status, stdout, stderr, output: `${stdout}${stderr}`, signal: result.signal };
}
