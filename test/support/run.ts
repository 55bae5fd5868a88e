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

/** Runs a step that the test only prepares with: a failure there is the test's failure, with its output. */
export function mustRun(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const ran = run(command, args, options);
  if (ran.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${ran.status ?? ran.signal}:\n${ran.output}`);
  }
  return ran;
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
