import { parseArgs } from 'node:util';
import { InputError, type InputProblem } from '../model/input-error.js';
import { suggestTriggers } from '../model/trigger-suggestions.js';

/**
 * Every flag the generator takes, in one table: the Yeoman generator registers them from here and the
 * command-line entry point parses argv with it, so `yo dokku-plugin` and `npm run generate` cannot drift apart.
 */
export interface OptionSpec {
  /** The flag without dashes, as users type it. */
  flag: string;
  type: 'string' | 'boolean';
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean;
  /** Placeholder for the value in --help. */
  value?: string;
  description: string;
}

export const OPTIONS: OptionSpec[] = [
  { flag: 'kind', type: 'string', value: 'plugin|addon', description: 'What to make: a Dokku plugin (default), or an add-on for Dokku\'s add-ons plugin' },
  { flag: 'name', type: 'string', value: 'NAME', description: 'Plugin name, also accepted as the first argument; a leading "dokku-" is dropped (default in an empty directory named dokku-NAME: NAME, written there)' },
  { flag: 'description', type: 'string', value: 'TEXT', description: 'One line for plugin.toml and `dokku help` (no commas: help splits columns on them)' },
  { flag: 'author', type: 'string', value: 'TEXT', description: 'Copyright holder in LICENSE and README (default: git config user.name)' },
  { flag: 'license', type: 'string', value: 'SPDX', description: 'SPDX licence identifier (default: MIT)' },
  { flag: 'plugin-version', type: 'string', value: 'SEMVER', description: 'Version written to plugin.toml (default: 0.1.0)' },
  { flag: 'lang', type: 'string', value: 'bash|go', description: 'Language of the plugin: bash, or go (compiled by its install trigger) (default: bash)' },
  { flag: 'command', type: 'string', multiple: true, value: '"USAGE, DESCRIPTION"', description: 'A command, written like a help line: "enable <app>, Enable it for an app"; a first <app> makes it app-scoped; repeatable' },
  { flag: 'default-command', type: 'string', value: 'NAME', description: 'Command that bare `dokku <name>` runs (default: show the help)' },
  { flag: 'report', type: 'boolean', description: 'Add NAME:report [<app>|--global] [<flag>] and NAME:set [<app>|--global] <key> [<value>] over properties with app, global and computed values, the NAME-get-property and report triggers, and property clean-up on app delete, rename and clone' },
  { flag: 'property', type: 'string', multiple: true, value: 'NAME[=DEFAULT][:app|:global]', description: 'A property for --report with its default, set per app and with --global unless :app or :global limits it; repeatable (implies --report)' },
  { flag: 'trigger', type: 'string', multiple: true, value: 'NAME', description: 'A Dokku plugin trigger to implement, such as post-deploy; repeatable (install and uninstall are always generated)' },
  { flag: 'repository', type: 'string', value: 'URL', description: 'Where the plugin will be published, for the install instructions (default: https://github.com/your-github-user/dokku-<name>.git)' },
  { flag: 'directory', type: 'string', value: 'DIR', description: 'Where to write the plugin (default: ./dokku-<name>)' },
  { flag: 'scheme', type: 'string', value: 'SCHEME', description: 'Add-ons: the URL scheme the service speaks, such as redis or postgres (required)' },
  { flag: 'per-app', type: 'boolean', description: 'Add-ons: one service container per provisioned app (default: one shared service)' },
  { flag: 'dump-restore', type: 'boolean', description: 'Add-ons: write the optional dump and restore scripts (default; --no-dump-restore leaves them out)' },
  { flag: 'add', type: 'boolean', description: 'Grow the plugin in --directory (default: .) made by this generator: add each --command and --trigger, keeping your edits' },
  { flag: 'yes', type: 'boolean', description: 'Take the default for everything not given instead of asking' },
  { flag: 'interactive', type: 'boolean', description: 'Ask for what is missing (default: only when stdin is a terminal and CI is unset); --no-interactive never asks' },
  { flag: 'force', type: 'boolean', description: 'Write into a directory that already has files, overwriting generated files' },
  { flag: 'dry-run', type: 'boolean', description: 'List the files that would be written and write nothing' },
  { flag: 'git', type: 'boolean', description: 'git init and commit the new plugin (default; skipped inside another work tree); --no-git skips it' },
];

/** `plugin-version` → `pluginVersion`: the key Yeoman and our input object use. */
export function optionKey(flag: string): string {
  return flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** What `--kind` asks for; anything but plugin or addon is refused. */
export function requestedKind(kind: unknown): 'plugin' | 'addon' {
  if (kind === undefined || kind === 'plugin' || kind === 'addon') {
    return kind ?? 'plugin';
  }
  throw new InputError([{ flag: '--kind', message: `"${String(kind)}" is not something this generator makes; use plugin or addon` }]);
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What argv asked for that cannot be run; printed as `error: MESSAGE`, like every other error. */
export class CommandLineError extends Error {}

const BUILT_IN: OptionSpec[] = [
  { flag: 'help', type: 'boolean', description: 'Show this help' },
  { flag: 'version', type: 'boolean', description: 'Show the version' },
];

/**
 * argv → flag values and positionals, with every mistake named in our own words (parseArgs's messages
 * name neither the rule nor the fix): unknown options with the ones meant, a string option missing its
 * value, a switch given a value.
 */
export function parseCommandLine(argv: string[]): { values: OptionValues; positionals: string[] } {
  const specs = [...OPTIONS, ...BUILT_IN];
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    strict: false,
    tokens: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      ...Object.fromEntries(OPTIONS.map((spec) => [spec.flag, { type: spec.type, multiple: spec.multiple ?? false }])),
    },
  });
  const problems: InputProblem[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') {
      continue;
    }
    const spec = specs.find((candidate) => candidate.flag === token.name);
    // parseArgs leaves `--no-yes=1` under the name `no-yes`, which is no option, though --no-yes is one.
    const negatedSwitch = token.inlineValue ? OPTIONS.find((candidate) => candidate.type === 'boolean' && `no-${candidate.flag}` === token.name) : undefined;
    if (spec === undefined && negatedSwitch !== undefined) {
      problems.push({ flag: `--${negatedSwitch.flag}`, message: `is a switch and takes no value; give ${token.rawName} alone` });
      continue;
    }
    const negated = token.rawName.startsWith('--no-') && token.rawName !== `--${token.name}`;
    // --help and --version are actions, not settings: there is nothing to turn off.
    if (spec === undefined || (negated && (spec.type !== 'boolean' || BUILT_IN.includes(spec)))) {
      throw new CommandLineError(unknownOption(token.rawName, specs));
    }
    const flag = `--${spec.flag}`;
    if (spec.type === 'string' && token.value === undefined) {
      problems.push({ flag, message: `needs a value: ${flag} ${spec.value ?? 'VALUE'}` });
    } else if (spec.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      problems.push({ flag, message: `needs a value, and "${token.value}" looks like an option; for a value that starts with "-", write ${flag}=${token.value}` });
    } else if (spec.type === 'boolean' && token.inlineValue) {
      problems.push({ flag, message: `is a switch and takes no value; give ${token.rawName} alone` });
    }
  }
  if (problems.length > 0) {
    throw new InputError(problems);
  }
  return { values: values as OptionValues, positionals };
}

/**
 * `unknown option --dir (did you mean --directory?)`: options it starts, else the closest spellings. `bare` is
 * the option as typed; parseArgs has already split off any `=value`.
 */
function unknownOption(bare: string, specs: OptionSpec[]): string {
  const known = specs.flatMap((spec) => [`--${spec.flag}`, ...(spec.type === 'boolean' && !BUILT_IN.includes(spec) ? [`--no-${spec.flag}`] : [])]);
  const started = bare.startsWith('--') ? known.filter((candidate) => candidate.startsWith(bare)) : [];
  const meant = started.length > 0 ? started : suggestTriggers(bare, known);
  // A single dash is a short option, and only -h and -v exist; a name or value that starts with "-" is
  // most likely what was meant, and only values can, written after "=".
  const short = bare.startsWith('--') ? '' : ' (the only short options are -h and -v; a plugin name cannot start with "-", and a value that does goes after "=", as in --description=-x)';
  const hint = meant.length === 0 ? short : ` (did you mean ${meant.length === 1 ? meant[0] : `${meant.slice(0, -1).join(', ')} or ${meant.at(-1)}`}?)`;
  return `unknown option ${bare}${hint}`;
}
