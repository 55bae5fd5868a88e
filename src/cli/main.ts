import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isInteractive } from './interactivity.js';
import { OPTIONS } from './options.js';
import { usage } from './usage.js';

const GENERATOR = fileURLToPath(new URL('../../generators/app/index.js', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../../package.json', import.meta.url));

/** Runs the app generator from argv, without `yo`; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...Object.fromEntries(OPTIONS.map((spec) => [spec.flag, { type: spec.type, multiple: spec.multiple ?? false }])),
      },
    });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\nRun with --help to see every option.\n`);
    return 1;
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    process.stdout.write(usage());
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: one plugin name expected, got ${positionals.length}: ${positionals.join(' ')}\n`);
    return 1;
  }
  const name = positionals[0] ?? values.name;
  if (positionals[0] !== undefined && values.name !== undefined && positionals[0] !== values.name) {
    process.stderr.write(`error: --name ${String(values.name)} and the argument ${positionals[0]} disagree; give the name once\n`);
    return 1;
  }

  const { createEnv } = await import('yeoman-environment');
  const interactive = isInteractive(values.interactive);
  const adapter = interactive ? undefined : new (await import('./no-prompt-adapter.js')).NoPromptAdapter();
  const env = createEnv({ ...(adapter ? { adapter } : {}), force: values.force === true });
  env.register(GENERATOR, { namespace: 'dokku-plugin:app' });
  try {
    const options: Record<string, unknown> = { ...values };
    delete options.name;
    await env.run(['dokku-plugin:app', ...(typeof name === 'string' ? [name] : [])], options as never);
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message.split('\n').join('\nerror: ')}\n`);
    return 1;
  }
}
