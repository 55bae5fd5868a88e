import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, formatReport, type Format } from './format-findings.js';
import { notAPluginProblem } from './plugin-tree.js';
import { checkPassed, checkPlugin, countFindings } from './run-check.js';

export function checkUsage(command: string): string {
  return [
    `Usage: ${command} [DIR] [--format human|json|github] [--strict]`,
    '       yo dokku-plugin:check [DIR] [--format human|json|github] [--strict]',
    '',
    'Checks a Dokku plugin (any plugin, hand-written too) or add-on in DIR (default: the current',
    'directory) without a Dokku host: plugin.toml, executable bits, trigger names against Dokku\'s',
    'trigger catalog, bash -n, shellcheck when installed, script headers, and the plugin\'s behaviour',
    'through a stand-in for Dokku\'s dispatcher in a temporary directory.',
    '',
    'Options:',
    `${'  --format human|json|github'.padEnd(32)}human (default): grouped by file with a summary line; json; github: workflow annotations`,
    `${'  --strict'.padEnd(32)}Fail on warnings too, not only on errors`,
    `${'  -h, --help'.padEnd(32)}Show this help`,
    '',
    'Exit status: 0 when the check passes, 1 when it finds an error (or, with --strict, a warning),',
    '2 when DIR or an option is wrong.',
    '',
  ].join('\n');
}

export interface CheckOptions {
  /** Where relative paths and annotation paths start; the process's own directory unless a front end knows better. */
  cwd?: string;
  write?: (text: string) => void;
  writeError?: (text: string) => void;
}

/**
 * `check [DIR] [--format F] [--strict]` from any entry point; `command` is how the user started it
 * (`create-dokku-plugin check`, `yo dokku-plugin:check`), for the help and error lines. Returns the exit code.
 */
export async function checkCommand(argv: string[], command: string, options: CheckOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const writeError = options.writeError ?? ((text: string) => process.stderr.write(text));
  const cwd = options.cwd ?? process.cwd();
  let values: { format?: string; strict?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { format: { type: 'string' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
    writeError(unknown === undefined
      ? `error: check: ${(error as Error).message}; run ${command} --help to see the options\n`
      : `error: ${unknown}: check takes only [DIR], --format, --strict and --help; remove ${unknown}\n`);
    return 2;
  }
  if (values.help === true) {
    write(checkUsage(command));
    return 0;
  }
  if (positionals.length > 1) {
    writeError(`error: check: one directory expected, got ${positionals.length}: ${positionals.join(' ')}; check one plugin at a time\n`);
    return 2;
  }
  const format = values.format ?? 'human';
  if (!(FORMATS as readonly string[]).includes(format)) {
    writeError(`error: --format: "${format}" is not a format check writes; use human, json or github\n`);
    return 2;
  }
  const directory = positionals[0] ?? '.';
  const full = path.resolve(cwd, directory);
  const problem = notAPluginProblem(full);
  if (problem !== undefined) {
    writeError(`error: DIR: ${problem.replace(full, directory)}\n`);
    return 2;
  }
  const findings = await checkPlugin(full);
  const strict = values.strict === true;
  write(formatReport({ directory, label: directory === '.' ? path.basename(full) : directory, findings, strict }, format as Format, cwd));
  return checkPassed(countFindings(findings), strict) ? 0 : 1;
}
