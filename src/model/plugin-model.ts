import path from 'node:path';
import { loadTriggerCatalog, type TriggerEntry } from '../catalog/trigger-catalog.js';
import { markdownCell, pluginToml, shellQuote, shellQuoteAround } from '../render/encode.js';
import { blankTextProblem, hasControlCharacters, parseCommandSpec, type CommandSpec } from './command-spec.js';
import { parseProperties, PROPERTY_TRIGGERS, REPORT_COMMANDS, reportLayouts, type ReportLayout, type ReportProperty } from './report-properties.js';
import { InputError, type InputProblem } from './input-error.js';
import { emptyDirectoryProblem, invalidUtf8Problems, nameLengthProblem, withUtf8ProblemsFirst } from './input-limits.js';
import { normalisePluginName, pluginNameProblem } from './plugin-name.js';
import { suggestTriggers } from './trigger-suggestions.js';

/** What the user gave, by flag or by prompt, before any check. */
export interface PluginInput {
  name?: string;
  description?: string;
  author?: string;
  license?: string;
  pluginVersion?: string;
  commands?: string[];
  defaultCommand?: string;
  triggers?: string[];
  repository?: string;
  directory?: string;
  language?: string;
  /** Adds `NAME:report` and `NAME:set` over these properties (`NAME[=DEFAULT][:app|:global]`). */
  report?: boolean;
  properties?: string[];
}

export interface PluginCommand extends CommandSpec {
  /** Set for the commands --report brings, which the generator implements itself. */
  builtin?: 'report' | 'set';
  /** `demo:enable` */
  qualifiedName: string;
  /** `cmd-demo-enable` */
  functionName: string;
  /** `enable <app> <key>`: the name and every argument, with single spaces. */
  usage: string;
  /** `    demo:enable <app>, Enable demo`: the line `commands help` prints. */
  helpLine: string;
  /** Shell-quoted messages for missing required arguments, by variable. */
  missingArgumentMessages: Record<string, string>;
  /** `demo:set <app> <key> [<value>]`: only name, argument and flag characters, safe in a code span. */
  fullUsage: string;
  /** Words after the command that the usage can take, app included; undefined when a variadic takes the rest. */
  operandLimit: number | undefined;
  /** Shell-quoted refusals of the generated parser, around its locals `$_word` and `$_surplus`. */
  refusals: { unknownFlag: string; unexpectedArgument: string };
  readmeDescription: string;
  /** The full usage for a Markdown table cell: a `|` (as in `[<app>|--global]`) would end the cell. */
  readmeUsage: string;
}

/**
 * The report and properties kit over Dokku 0.38's property model: keys with an app scope, a global scope or
 * both, each reported as its app, global and computed rows (see report-properties.ts).
 */
export interface PluginReport {
  properties: ReportProperty[];
  /** `enabled, mode`: every key, for messages. */
  keysText: string;
  /** The keys `NAME:set APP` and `NAME:set --global` take, for the refusal of any other. */
  appKeys: string[];
  globalKeys: string[];
  appKeysText: string;
  globalKeysText: string;
  missingKey: { text: string; shell: string };
  /** What `NAME:report APP` and `NAME:report --global` show. */
  layouts: { app: ReportLayout; global: ReportLayout };
  /** `<plugin>-get-property`: the trigger other plugins call with APP KEY for the computed value. */
  getPropertyTrigger: string;
}

export interface PluginTrigger extends TriggerEntry {
  functionName: string;
}

/** The validated plugin every template is rendered from; each string is already safe where it lands. */
export interface PluginModel {
  name: string;
  description: string;
  author: string;
  license: string;
  version: string;
  year: number;
  language: Language;
  repository: string;
  directory: string;
  commands: PluginCommand[];
  defaultCommand: PluginCommand | undefined;
  /** The properties kit, when --report asked for it. */
  report: PluginReport | undefined;
  /** Chosen triggers plus install, update and uninstall, which every plugin has. */
  triggers: PluginTrigger[];
  warnings: string[];
  shell: { description: string };
  readme: { description: string };
  pluginToml: string;
  /** `    demo, Description`: the one line plain `dokku help` shows. */
  namespaceHelpLine: string;
}

export const LANGUAGES = ['bash', 'go'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every plugin has these: install and update set it up (update re-runs install), uninstall cleans up. */
export const ALWAYS_GENERATED_TRIGGERS = ['install', 'update', 'uninstall'];
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
// `dokku plugin:install` accepts these schemes; the character set keeps the README's command copy-pastable.
const REPOSITORY = /^(https:\/\/|ssh:\/\/|git@|git:\/\/|file:\/\/)[A-Za-z0-9._~:/@%+-]+$/;

export const DEFAULTS = {
  license: 'MIT',
  pluginVersion: '0.1.0',
  description: (name: string) => `Dokku plugin ${name}`,
  repository: (name: string) => `https://github.com/your-github-user/dokku-${name}.git`,
  directory: (name: string) => `dokku-${name}`,
  author: (name: string) => `The dokku-${name} authors`,
};

export interface ModelContext {
  cwd: string;
  year: number;
}

/** Checks every input at once and reports all problems together, each naming its flag. */
export function buildPluginModel(input: PluginInput, context: ModelContext): PluginModel {
  const problems: InputProblem[] = [];
  const problem = (flag: string, message: string) => problems.push({ flag, message });

  const name = normalisePluginName(input.name ?? '');
  const nameProblem = pluginNameProblem(name);
  if (nameProblem) {
    problem('--name', nameProblem);
  }

  const givenDescription = input.description ?? DEFAULTS.description(name);
  const description = givenDescription.trim();
  if (description === '') {
    problem('--description', `the description ${blankTextProblem(givenDescription)}; give one line saying what the plugin does`);
  } else if (hasControlCharacters(description)) {
    problem('--description', 'contains a tab, newline or other control character; write it on one line');
  } else if (description.includes(',')) {
    problem('--description', 'contains a comma, which `dokku help` reads as a column break; use ";" or " - " instead');
  }

  const author = (input.author ?? DEFAULTS.author(name)).trim();
  if (author === '' || hasControlCharacters(author)) {
    problem('--author', 'give the copyright holder as one line of text, for example --author "Jane Doe"');
  }

  const license = (input.license ?? DEFAULTS.license).trim();
  if (!SPDX_ID.test(license)) {
    problem('--license', `"${license}" is not an SPDX licence identifier such as MIT, Apache-2.0 or GPL-3.0-only`);
  }

  const version = (input.pluginVersion ?? DEFAULTS.pluginVersion).trim();
  if (!SEMVER.test(version)) {
    problem('--plugin-version', `"${version}" is not a semantic version such as 0.1.0`);
  }

  const repository = (input.repository ?? DEFAULTS.repository(name)).trim();
  // The default is made from the name: a bad name is the one problem then, not a second about the URL.
  if (!REPOSITORY.test(repository) && (input.repository !== undefined || !nameProblem)) {
    problem('--repository', `"${repository}" is not a URL that \`dokku plugin:install\` accepts: use https://, ssh://, git@ or file:// with no spaces or quotes`);
  }

  const language = (input.language ?? 'bash').trim().toLowerCase() as Language;
  if (!LANGUAGES.includes(language)) {
    problem('--lang', `"${input.language}" is not a language this generator writes; use ${LANGUAGES.join(' or ')}`);
  }

  const commands: PluginCommand[] = [];
  for (const raw of input.commands ?? []) {
    try {
      const spec = parseCommandSpec(raw, name);
      const tooLong = nameLengthProblem(spec.name, 'a command name');
      if (tooLong) {
        problem('--command', tooLong);
        continue;
      }
      if (commands.some((command) => command.name === spec.name)) {
        problem('--command', `"${spec.name}" is given twice; each command name must be unique`);
        continue;
      }
      commands.push(describeCommand(spec, name));
    } catch (error) {
      problem('--command', (error as Error).message);
    }
  }

  const listClash = arrayVariableClash(commands);
  if (listClash) {
    problem('--command', listClash);
  }

  let defaultCommand: PluginCommand | undefined;
  if (input.defaultCommand !== undefined && input.defaultCommand.trim() !== '') {
    const typed = input.defaultCommand.trim();
    const wanted = typed.startsWith(`${name}:`) ? typed.slice(name.length + 1) : typed;
    defaultCommand = commands.find((command) => command.name === wanted);
    if (!defaultCommand) {
      const known = commands.map((command) => command.name).join(', ') || 'none';
      problem('--default-command', `"${wanted}" is not one of the commands given with --command (${known})`);
    }
  }

  let report: PluginModel['report'];
  if (input.report === true || (input.properties ?? []).length > 0) {
    try {
      const properties = parseProperties(input.properties ?? [], name);
      for (const property of properties) {
        const tooLong = nameLengthProblem(property.name, 'a property name');
        if (tooLong) {
          problem('--property', tooLong);
        }
      }
      if (properties.length === 0) {
        problem('--property', 'the report needs at least one key: --property NAME[=DEFAULT][:app|:global], for example --property enabled=false');
      }
      const appKeys = properties.filter((property) => property.scopes.includes('app')).map((property) => property.name);
      const globalKeys = properties.filter((property) => property.scopes.includes('global')).map((property) => property.name);
      const missingKey = `Please specify <key>: dokku ${name}:${setUsage(appKeys.length > 0, globalKeys.length > 0)}`;
      report = {
        properties,
        keysText: properties.map((property) => property.name).join(', '),
        appKeys,
        globalKeys,
        appKeysText: appKeys.join(', '),
        globalKeysText: globalKeys.join(', '),
        missingKey: { text: missingKey, shell: shellQuote(missingKey) },
        layouts: reportLayouts(properties),
        getPropertyTrigger: `${name}-get-property`,
      };
    } catch (error) {
      problem('--property', (error as Error).message);
    }
    for (const taken of commands.filter((command) => REPORT_COMMANDS.includes(command.name))) {
      problem('--command', `"${taken.name}" is the ${taken.name} command --report generates; name yours otherwise`);
    }
    commands.push(...reportCommands(name, report));
  }

  const warnings: string[] = [];
  // eslint-disable-next-line no-control-regex
  if ([description, ...commands.map((command) => command.description)].some((text) => /[^\u0000-\u007f]/.test(text))) {
    warnings.push(`dokku help runs column under LC_ALL=C, which shows non-ASCII characters of descriptions as \\xNN escapes; dokku ${name}:help shows them as written`);
  }
  if (!['MIT', 'ISC'].includes(license)) {
    warnings.push(`LICENSE names ${license} but does not hold its text; paste the full text before publishing`);
  }
  const triggers = resolveTriggers([...(input.triggers ?? []), ...(report ? PROPERTY_TRIGGERS : [])], name, problem, warnings);

  const directoryProblem = emptyDirectoryProblem(input.directory, DEFAULTS.directory(nameProblem ? 'NAME' : name));
  if (directoryProblem) {
    problems.push(directoryProblem);
  }
  const directory = path.resolve(context.cwd, input.directory ?? DEFAULTS.directory(name));

  const utf8 = invalidUtf8Problems([
    ['--name', input.name], ['--description', input.description], ['--author', input.author], ['--license', input.license],
    ['--plugin-version', input.pluginVersion], ['--command', input.commands], ['--default-command', input.defaultCommand],
    ['--trigger', input.triggers], ['--repository', input.repository], ['--directory', input.directory], ['--lang', input.language],
    ['--property', input.properties],
  ]);
  if (problems.length > 0 || utf8.length > 0) {
    throw new InputError(withUtf8ProblemsFirst(utf8, problems));
  }

  return {
    name,
    description,
    author,
    license,
    version,
    year: context.year,
    language,
    repository,
    directory,
    commands,
    defaultCommand,
    report,
    triggers,
    warnings,
    shell: { description: shellQuote(description) },
    readme: { description: markdownCell(description) },
    pluginToml: pluginToml(description, version),
    namespaceHelpLine: `    ${name}, ${description}`,
  };
}

/**
 * command-functions holds every command, and shellcheck gives a variable one type across the file: the array
 * of `<file>...` (file_list) may not be a single word elsewhere, as `<file-list>` or `[--file-list]` would be.
 */
function arrayVariableClash(commands: CommandSpec[]): string | undefined {
  for (const list of commands) {
    for (const arg of list.args.filter((candidate) => candidate.variadic)) {
      for (const single of commands) {
        const word = [...single.args.filter((candidate) => !candidate.variadic), ...single.flags].find((candidate) => candidate.variable === arg.variable);
        if (word) {
          return `${arg.token} of "${list.name}" is read into the array ${arg.variable}, which ${word.token} of "${single.name}" would reuse for one word; rename one of them`;
        }
      }
    }
  }
  return undefined;
}

/** `set [<app>|--global] <key> [<value>]`, with only the scopes the keys have. */
function setUsage(app: boolean, global: boolean): string {
  const target = app && global ? '[<app>|--global]' : app ? '<app>' : '--global';
  return `set ${target} <key> [<value>]`;
}

/**
 * The kit's own `report` and `set`, which the generator implements. Their usage says what Dokku's own
 * report and set take; the spec under it is the plain app-scoped form their tests and dispatch go by.
 */
function reportCommands(pluginName: string, report: PluginReport | undefined): PluginCommand[] {
  const app = report === undefined || report.appKeys.length > 0;
  const global = report !== undefined && report.globalKeys.length > 0;
  const keys = report?.properties.map((property) => property.name).join('|') || 'key';
  const target = global ? '[<app>|--global]' : '[<app>]';
  const reportCommand = describeCommand(parseCommandSpec('report [<app>] [<flag>], Show the report of one app or of all apps', pluginName), pluginName, `report ${target} [--format stdout|json] [<flag>]`);
  const setSpec = parseCommandSpec(`${app ? 'set <app> <key> [<value>]' : 'set <key> [<value>]'}, Set (or without a value unset) a property: ${keys}`, pluginName);
  const setCommand = describeCommand(setSpec, pluginName, setUsage(app, global));
  return [{ ...reportCommand, builtin: 'report' }, { ...setCommand, builtin: 'set' }];
}

function describeCommand(spec: CommandSpec, pluginName: string, usageText?: string): PluginCommand {
  const qualifiedName = `${pluginName}:${spec.name}`;
  const appToken = { required: ['<app>'], optional: ['[<app>]'], none: [] }[spec.app];
  const usage = usageText ?? [spec.name, ...appToken, ...spec.args.map((arg) => arg.token), ...spec.flags.map((flag) => flag.token)].join(' ');
  const fullUsage = `${pluginName}:${usage}`;
  const missingArgumentMessages: Record<string, string> = {};
  for (const arg of spec.args.filter((candidate) => !candidate.optional)) {
    missingArgumentMessages[arg.variable] = shellQuote(`Please specify ${arg.token}: dokku ${fullUsage}`);
  }
  return {
    ...spec,
    qualifiedName,
    functionName: `cmd-${pluginName}-${spec.name}`,
    usage,
    helpLine: `    ${fullUsage}, ${spec.description}`,
    missingArgumentMessages,
    fullUsage,
    operandLimit: spec.args.some((arg) => arg.variadic) ? undefined : appToken.length + spec.args.length,
    refusals: {
      unknownFlag: shellQuoteAround('Unknown flag "', '$_word', `": dokku ${fullUsage}`),
      unexpectedArgument: shellQuoteAround('Unexpected argument "', '$_surplus', `": dokku ${fullUsage}`),
    },
    readmeDescription: markdownCell(spec.description),
    readmeUsage: fullUsage.replace(/\|/g, '\\|'),
  };
}

function resolveTriggers(
  requested: string[],
  pluginName: string,
  problem: (flag: string, message: string) => void,
  warnings: string[],
): PluginTrigger[] {
  const catalog = loadTriggerCatalog();
  const chosen = new Map<string, TriggerEntry>();
  for (const raw of [...ALWAYS_GENERATED_TRIGGERS, ...requested]) {
    const triggerName = raw.trim();
    if (triggerName === '') {
      problem('--trigger', 'a trigger name is empty; give one such as --trigger post-deploy, or leave that --trigger out');
      continue;
    }
    const entry = catalog.find((candidate) => candidate.name === triggerName);
    if (!entry) {
      const suggestions = suggestTriggers(triggerName, catalog.map((candidate) => candidate.name));
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
      problem('--trigger', `"${triggerName}" is not a Dokku plugin trigger${hint}`);
      continue;
    }
    if (entry.coreOnly) {
      problem('--trigger', `"${triggerName}" is only called for Dokku's core plugins and would never run in yours`);
      continue;
    }
    if (entry.deprecated && !chosen.has(triggerName)) {
      warnings.push(`trigger ${triggerName} is deprecated in Dokku; check the plugin triggers docs for its replacement`);
    }
    chosen.set(triggerName, entry);
  }
  return [...chosen.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry) => ({ ...entry, functionName: `trigger-${pluginName}-${entry.name}` }));
}
