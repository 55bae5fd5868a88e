import path from 'node:path';
import { ADDON_DEFAULTS, buildAddonModel, type AddonInput } from '../model/addon-model.js';
import { InputError, type InputProblem } from '../model/input-error.js';
import { rememberedInputFile, renderAddon } from '../render/render-plugin.js';
import { displayDirectory, fileList } from '../write/summary.js';
import { targetDirectoryProblem } from '../write/target-directory.js';
import { newTreeOptions, writeNewTree } from '../write/write-new-tree.js';
import { AnswerChecks, problemsOf } from './answer-checks.js';
import { withDirectoryDefaults } from './directory-defaults.js';
import { isInteractive } from './interactivity.js';
import type { Ask } from './questions.js';

type Values = Record<string, string | boolean | string[] | undefined>;

/** The flags an add-on takes; any other is refused rather than ignored. */
export const ADDON_FLAGS = ['kind', 'name', 'description', 'author', 'license', 'scheme', 'per-app', 'dump-restore', 'directory', 'yes', 'interactive', 'force', 'dry-run', 'git'];

export function addonInputFromFlags(values: Values, positionalName: string | undefined): AddonInput {
  const text = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined);
  const flag = (name: string) => (typeof values[name] === 'boolean' ? (values[name] as boolean) : undefined);
  return {
    name: positionalName ?? text('name'),
    description: text('description'),
    author: text('author'),
    license: text('license'),
    scheme: text('scheme'),
    perApp: flag('per-app'),
    dumpRestore: flag('dump-restore'),
    directory: text('directory'),
  };
}

function missingAddonFlags(input: AddonInput, yes: boolean): InputProblem[] {
  const missing: InputProblem[] = [];
  if (input.name === undefined || input.name.trim() === '') {
    missing.push({ flag: '--name', message: 'required: give the add-on name as the first argument or with --name NAME' });
  }
  if (input.scheme === undefined) {
    missing.push({ flag: '--scheme', message: 'required: the URL scheme the service speaks, such as --scheme redis' });
  }
  if (!yes && input.description === undefined) {
    missing.push({ flag: '--description', message: 'required without --yes: --description "What the add-on provides"' });
  }
  return missing;
}

/** Asks for what the flags left out, checking each answer where it is typed with the flag's own rule. */
async function askForAddon(given: AddonInput, ask: Ask, cwd: string, force: boolean): Promise<AddonInput> {
  const input = { ...given };
  const context = { cwd, year: new Date().getFullYear() };
  const fields = { name: '--name', description: '--description', scheme: '--scheme' } as const;
  const pending = (Object.keys(fields) as Array<keyof typeof fields>).filter((key) => input[key] === undefined).map((key) => fields[key]);
  const checks = new AnswerChecks<AddonInput>((candidate) => addonProblems(candidate, context, force), pending);
  checks.refuseGiven(input);
  const answer = async (key: keyof typeof fields, message: string, fallback = '') => {
    const validate = checks.validator(fields[key], (value) => ({ ...input, [key]: value }));
    const value = ((await ask([{ type: 'input', name: key, message, default: fallback, validate }]))[key] ?? '').trim();
    checks.answered(fields[key]);
    return value;
  };
  input.name ??= await answer('name', 'Add-on name (becomes DOKKU_<NAME>_URL in apps)');
  input.description ??= await answer('description', 'One-line description', ADDON_DEFAULTS.description(input.name));
  input.scheme ??= await answer('scheme', 'URL scheme of the service (redis, postgres, mysql, ...)');
  if (input.perApp === undefined) {
    const choice = (await ask([{ type: 'list', name: 'perApp', message: 'Service layout', default: 'shared', choices: [
      { name: 'one shared service for every app', value: 'shared' },
      { name: 'one service container per app', value: 'per-app' },
    ] }])).perApp;
    input.perApp = choice === 'per-app';
  }
  return input;
}

/**
 * What the add-on model refuses, with stand-ins for answers still to come, and a target directory that
 * already has files (known as soon as the name is, since the directory defaults to dokku-addon-NAME).
 */
function addonProblems(input: AddonInput, context: { cwd: string; year: number }, force: boolean): InputProblem[] {
  const problems = problemsOf((value: AddonInput) => buildAddonModel(value, context))({ ...input, name: input.name ?? 'placeholder', scheme: input.scheme ?? 'placeholder' });
  if (input.name === undefined || problems.some((problem) => problem.flag === '--name')) {
    return problems;
  }
  const name = input.name.trim().replace(/^dokku-addon-/, '');
  const taken = targetDirectoryProblem(path.resolve(context.cwd, input.directory ?? ADDON_DEFAULTS.directory(name)), force);
  return taken ? [...problems, taken] : problems;
}

/** The add-on's input from its flags, and from questions when someone can answer them; else missing flags fail. */
export async function resolveAddonInput(values: Values, positionalName: string | undefined, ask: Ask, cwd = process.cwd()): Promise<AddonInput> {
  const input = withDirectoryDefaults(addonInputFromFlags(values, positionalName), cwd, 'addon');
  const yes = values.yes === true;
  if (!yes && isInteractive(values.interactive)) {
    return askForAddon(input, ask, cwd, values.force === true);
  }
  const missing = missingAddonFlags(input, yes);
  if (missing.length > 0) {
    throw new InputError(missing);
  }
  return input;
}

/** Plugin flags given with `--kind addon` are refused rather than silently ignored. */
export function refusePluginFlags(given: string[]): void {
  const stray = given.filter((flag) => !ADDON_FLAGS.includes(flag));
  if (stray.length > 0) {
    throw new InputError([{ flag: '--kind', message: `an add-on takes no ${stray.map((flag) => `--${flag}`).join(', ')}; those are for plugins` }]);
  }
}

/** `--kind addon`: the add-on pipeline, with the same rules for prompts, target directory, git and cleanup. */
export async function generateAddon(values: Values, positionalName: string | undefined): Promise<void> {
  refusePluginFlags(Object.keys(values).filter((flag) => values[flag] !== undefined));
  const context = { cwd: process.cwd(), year: new Date().getFullYear() };
  const input = await resolveAddonInput(values, positionalName, async (questions) => (await import('./terminal-ask.js')).terminalAsk(questions));
  const addon = buildAddonModel(input, context);
  for (const warning of addon.warnings) {
    process.stderr.write(`warning: ${warning}\n`);
  }
  const files = [...renderAddon(addon), rememberedInputFile({ ...input, kind: 'addon' } as AddonInput)];
  const gitNote = writeNewTree(addon.directory, files, newTreeOptions(values, addon.author));
  if (gitNote === false) {
    return;
  }
  const where = displayDirectory(addon.directory);
  process.stdout.write([
    ...fileList(files),
    '',
    `Created dokku-addon-${addon.name} in ${where}: ${files.length} files.${gitNote ? ` ${gitNote}.` : ''}`,
    'Next:',
    ...(where === '.' ? [] : [`  cd ${where}`]),
    '  make lint unit-tests     # includes the add-on contract kit',
    `  # on the Dokku host: clone it into /var/lib/dokku/addons/${addon.name}, then dokku addons:enable ${addon.name}`,
    '',
  ].join('\n'));
}
