import { ADDON_DEFAULTS, buildAddonModel, type AddonInput } from '../model/addon-model.js';
import { InputError, type InputProblem } from '../model/input-error.js';
import { rememberedInputFile, renderAddon } from '../render/render-plugin.js';
import { displayDirectory, fileList } from '../write/summary.js';
import { newTreeOptions, writeNewTree } from '../write/write-new-tree.js';
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

async function askForAddon(given: AddonInput, ask: Ask): Promise<AddonInput> {
  const input = { ...given };
  const answer = async (name: string, message: string, fallback = '') => ((await ask([{ type: 'input', name, message, default: fallback }]))[name] ?? '').trim();
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

/** The add-on's input from its flags, and from questions when someone can answer them; else missing flags fail. */
export async function resolveAddonInput(values: Values, positionalName: string | undefined, ask: Ask, cwd = process.cwd()): Promise<AddonInput> {
  const input = withDirectoryDefaults(addonInputFromFlags(values, positionalName), cwd, 'addon');
  const yes = values.yes === true;
  if (!yes && isInteractive(values.interactive)) {
    return askForAddon(input, ask);
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
