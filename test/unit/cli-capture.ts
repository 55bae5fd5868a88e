import { PassThrough } from 'node:stream';

/** What a run printed: stdout and stderr as the user would see them, in order of writing per stream. */
export interface Printed {
  stdout: string;
  stderr: string;
}

/**
 * Runs `run` with process.stdout and process.stderr written to strings instead of the terminal, so a test
 * of an in-process entry point sees exactly what it prints; `run` sees it as it grows. The streams are put
 * back even when it throws.
 */
export async function capture<T>(run: (printed: Readonly<Printed>) => Promise<T> | T): Promise<Printed & { result: T }> {
  const printed: Printed = { stdout: '', stderr: '' };
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => { printed.stdout += String(chunk); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => { printed.stderr += String(chunk); return true; }) as typeof process.stderr.write;
  try {
    const result = await run(printed);
    return { ...printed, result };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}

/**
 * A stand-in terminal on stdin for the duration of `run`: `type` sends keys to the prompt as a person
 * would type them. Inquirer reads process.stdin when a prompt starts, so the stand-in must be in place
 * before; the real stdin is put back afterwards.
 */
export async function withTerminal<T>(run: (type: (keys: string) => void) => Promise<T>, isTTY = true): Promise<T> {
  const fake = Object.assign(new PassThrough(), { isTTY });
  const real = Object.getOwnPropertyDescriptor(process, 'stdin') as PropertyDescriptor;
  Object.defineProperty(process, 'stdin', { value: fake, configurable: true, writable: true });
  try {
    return await run((keys) => { fake.write(keys); });
  } finally {
    Object.defineProperty(process, 'stdin', real);
    fake.destroy();
  }
}

/** Resolves once `ready` holds (a prompt has been drawn, say), polling; fails after 20 seconds. */
export async function until(ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20000;
  while (!ready()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => { setTimeout(resolve, 5); });
  }
}
