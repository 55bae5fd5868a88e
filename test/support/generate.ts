import path from 'node:path';
import helpers from 'yeoman-test';
import { GENERATOR } from './paths.js';

export interface GenerateOptions {
  args?: string[];
  options?: Record<string, unknown>;
  answers?: Record<string, unknown>;
}

/** Runs the app generator through yeoman-test in a fresh temporary directory; resolves to the plugin's directory. */
export async function generate({ args = [], options = {}, answers }: GenerateOptions): Promise<{ cwd: string; pluginDir: string }> {
  let context = helpers.run(GENERATOR).withArguments(args).withOptions({ interactive: false, ...options } as never);
  if (answers) {
    context = context.withAnswers(answers);
  }
  const result = await context;
  const name = String(args[0] ?? options.name ?? '').replace(/^dokku-/, '');
  const directory = typeof options.directory === 'string' ? options.directory : `dokku-${name}`;
  return { cwd: result.cwd, pluginDir: path.resolve(result.cwd, directory) };
}

/** The message of the error a run fails with; fails the test when the run succeeds. */
export async function generateError(run: GenerateOptions): Promise<string> {
  try {
    await generate(run);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the generator to fail for ${JSON.stringify(run)}`);
}
