import { readFileSync } from 'node:fs';
import path from 'node:path';
import { missingFlags } from '../model/input-checks.js';
import { InputError } from '../model/input-error.js';
import { buildPluginModel } from '../model/plugin-model.js';
import { packageRoot } from '../package-root.js';
import { rememberedInputFile, renderPlugin } from '../render/render-plugin.js';
import { applyGrowth, planGrowth, pluginRoot, rememberedInput, type Additions } from '../grow/grow-plugin.js';
import { displayDirectory, fileList, nextSteps } from '../write/summary.js';
import { newTreeOptions, writeNewTree } from '../write/write-new-tree.js';
import { withDirectoryDefaults } from './directory-defaults.js';
import { inputFromFlags } from './input-from-flags.js';
import { isInteractive } from './interactivity.js';
import { parseCommandLine, requestedKind } from './options.js';
import { usage } from './usage.js';

type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * The command line (`npm run generate`, `npm init dokku-plugin`): argv → the same plugin model, files and
 * questions as `yo dokku-plugin`, written straight to disk. Yeoman is not loaded: its environment alone
 * takes most of a second to import, and a run that has every answer in its flags needs none of it.
 * Returns the exit code.
 */
export async function main(argv: string[], programName = 'npm run generate --'): Promise<number> {
  // `check` is a command of its own; loaded only when asked for, so generating pays nothing for it.
  if (argv[0] === 'check') {
    return (await import('../check/check-command.js')).checkCommand(argv.slice(1), `${programName} check`);
  }
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandLine(argv));
  } catch (error) {
    process.stderr.write(`${errorLines(error)}Run with --help to see every option.\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(usage(programName));
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${(JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: --name: one plugin name expected, got ${positionals.length}: ${positionals.join(' ')}; quote a description or command that has spaces\n`);
    return 1;
  }
  if (positionals[0] !== undefined && values.name !== undefined && positionals[0] !== values.name) {
    process.stderr.write(`error: --name: ${String(values.name)} and the argument ${positionals[0]} disagree; give the name once\n`);
    return 1;
  }

  try {
    if (requestedKind(values.kind) === 'addon') {
      await (await import('./generate-addon.js')).generateAddon(values, positionals[0]);
    } else if (values.add === true) {
      await grow(values, positionals);
    } else {
      await generate(values, positionals[0]);
    }
    return 0;
  } catch (error) {
    if (error instanceof Error && error.name === 'Cancelled') {
      process.stderr.write('cancelled\n');
      return 130;
    }
    process.stderr.write(errorLines(error));
    return 1;
  }
}

/** `error: --flag: rule` lines for input problems, `error: message` for anything else. */
function errorLines(error: unknown): string {
  const lines = error instanceof InputError ? error.problems.map((problem) => `${problem.flag}: ${problem.message}`) : [(error as Error).message];
  return lines.map((line) => `error: ${line}\n`).join('');
}

/** Only these go with --add: the plugin's other settings are already in its .yo-rc.json. */
const ADD_FLAGS = ['add', 'command', 'trigger', 'report', 'property', 'directory', 'force', 'dry-run', 'interactive', 'yes'];

async function grow(values: Values, positionals: string[]): Promise<void> {
  const stray = Object.keys(values).filter((flag) => values[flag] !== undefined && !ADD_FLAGS.includes(flag));
  if (positionals.length > 0 || stray.length > 0) {
    const what = [...positionals, ...stray.map((flag) => `--${flag}`)].join(', ');
    throw new InputError([{ flag: '--add', message: `takes only --command, --trigger, --property, --directory, --force and --dry-run; remove ${what}` }]);
  }
  const given = inputFromFlags((flag) => values[flag]);
  if (values.directory === '') {
    throw new InputError([{ flag: '--directory', message: 'is empty; give the plugin\'s directory, or leave --directory out to grow the plugin you are in' }]);
  }
  const directory = path.resolve(typeof values.directory === 'string' ? values.directory : '.');
  const context = { cwd: process.cwd(), year: new Date().getFullYear() };
  let additions: Additions = { commands: given.commands ?? [], triggers: given.triggers ?? [], properties: given.properties ?? [] };
  if (values.report === true && (given.properties ?? []).length === 0) {
    throw new InputError([{ flag: '--property', message: 'the report needs at least one key: --property NAME[=DEFAULT][:app|:global]' }]);
  }
  if (additions.commands.length === 0 && additions.triggers.length === 0 && additions.properties?.length === 0) {
    if (values.yes === true || !isInteractive(values.interactive)) {
      throw new InputError([{ flag: '--command', message: 'nothing to add: give at least one --command "USAGE, DESCRIPTION", --trigger NAME or --property NAME[=DEFAULT][:app|:global]' }]);
    }
    const [{ askForAdditions }, { terminalAsk }, { problemsOf }] = await Promise.all([import('./questions.js'), import('./terminal-ask.js'), import('./answer-checks.js')]);
    // A directory that is no plugin of ours fails before anything is asked.
    rememberedInput(pluginRoot(directory));
    additions = await askForAdditions(terminalAsk, problemsOf((candidate: Additions) => planGrowth(directory, candidate, context, true)));
  }
  const plan = planGrowth(directory, additions, context, values.force === true);
  if (plan.conflicts.length > 0) {
    throw new InputError([{
      flag: '--force',
      message: `these generated files were edited and would change: ${plan.conflicts.join(', ')}; nothing was written. Pass --force to overwrite them (your edits there are lost), or move your changes elsewhere first`,
    }]);
  }
  const listed = plan.writes.map((file) => `  ${file.path}`).join('\n');
  const warn = () => plan.warnings.forEach((warning) => process.stderr.write(`warning: ${warning}\n`));
  if (values['dry-run'] === true) {
    warn();
    process.stdout.write(plan.writes.length === 0 ? 'Nothing would change.\n' : `Would write ${plan.writes.length} files in ${plan.directory}:\n${listed}\n`);
    return;
  }
  applyGrowth(plan);
  warn();
  process.stdout.write(plan.writes.length === 0 ? 'Nothing to change: the plugin already has all of that.\n' : `Updated dokku-${plan.model.name} in ${displayDirectory(plan.directory)}:\n${listed}\nNext: make lint unit-tests\n`);
}

async function generate(values: Values, positionalName: string | undefined): Promise<void> {
  const context = { cwd: process.cwd(), year: new Date().getFullYear() };
  const given = inputFromFlags((flag) => values[flag], positionalName);
  const yes = values.yes === true;
  let input;
  if (yes || !isInteractive(values.interactive)) {
    input = withDirectoryDefaults(given, context.cwd);
    const missing = missingFlags(input, yes);
    if (missing.length > 0) {
      throw new InputError(missing);
    }
  } else {
    const [{ promptForMissing }, { terminalAsk }] = await Promise.all([import('./questions.js'), import('./terminal-ask.js')]);
    input = await promptForMissing(given, terminalAsk, context, values.force === true);
  }

  const model = buildPluginModel(input, context);
  for (const warning of model.warnings) {
    process.stderr.write(`warning: ${warning}\n`);
  }
  const files = [...renderPlugin(model), rememberedInputFile(input)];
  const gitNote = writeNewTree(model.directory, files, newTreeOptions(values, model.author));
  if (gitNote === false) {
    return;
  }
  process.stdout.write(`${fileList(files).join('\n')}\n${nextSteps(model, files.length, gitNote).join('\n')}\n`);
}
