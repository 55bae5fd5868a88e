import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadTriggerCatalog } from '../catalog/trigger-catalog.js';
import type { Additions } from '../grow/grow-plugin.js';
import type { InputProblem } from '../model/input-error.js';
import { buildPluginModel, DEFAULTS, type ModelContext, type PluginInput } from '../model/plugin-model.js';
import { targetDirectoryProblem } from '../write/target-directory.js';
import { AnswerChecks, problemsOf } from './answer-checks.js';
import { nameFromEmptyDirectory } from './directory-defaults.js';

export type Answers = Record<string, string>;
export type Question = {
  type: 'input' | 'list';
  name: string;
  message: string;
  default?: string;
  choices?: Array<{ name: string; value: string }>;
  validate?: (value: string) => true | string;
};
export type Ask = (questions: Question[]) => Promise<Answers>;

/** The flag that carries each input field, so a refused answer shows the flag's rule. */
const FLAGS: Record<keyof PluginInput, string> = {
  name: '--name', description: '--description', author: '--author', license: '--license', pluginVersion: '--plugin-version',
  language: '--lang', commands: '--command', defaultCommand: '--default-command', report: '--report', properties: '--property',
  triggers: '--trigger', repository: '--repository', directory: '--directory',
};

/**
 * Asks, one question at a time, for what the flags left out. Each answer is checked where it is typed, with
 * the rules of its flag and every rule whose inputs are then all known; flags given wrong fail before any
 * question. `force` is --force, which decides whether a non-empty directory is acceptable.
 */
export async function promptForMissing(given: PluginInput, ask: Ask, context: ModelContext, force = false): Promise<PluginInput> {
  const input: PluginInput = { ...given };
  const nameFromDirectory = given.name === undefined ? nameFromEmptyDirectory(context.cwd) : undefined;
  const askOne = async (question: Question): Promise<string> => ((await ask([question]))[question.name] ?? '').trim();
  const pending = (Object.keys(FLAGS) as Array<keyof PluginInput>).filter((key) => key !== 'report' && input[key] === undefined).map((key) => FLAGS[key]);
  const checks = new AnswerChecks<PluginInput>((candidate) => pluginProblems(candidate, context, force), pending, { '--default-command': ['--command'] });
  checks.refuseGiven(input);
  const checked = (key: keyof PluginInput) => checks.validator(FLAGS[key], (answer) => ({ ...input, [key]: answer }));
  const askFor = async (key: keyof PluginInput, question: Omit<Question, 'name'>): Promise<string> => {
    const answer = await askOne({ ...question, name: key });
    checks.answered(FLAGS[key]);
    return answer;
  };

  if (input.name === undefined) {
    input.name = await askFor('name', { type: 'input', message: 'Plugin name (dokku <name>:command)', default: nameFromDirectory, validate: checked('name') });
  }
  const name = input.name.replace(/^dokku-/, '');
  if (input.description === undefined) {
    input.description = await askFor('description', { type: 'input', message: 'One-line description', default: DEFAULTS.description(name), validate: checked('description') });
  }
  if (input.author === undefined) {
    input.author = await askFor('author', { type: 'input', message: 'Author (copyright holder)', default: gitUserName() ?? DEFAULTS.author(name), validate: checked('author') });
  }
  if (input.license === undefined) {
    input.license = await askFor('license', { type: 'input', message: 'Licence (SPDX identifier)', default: DEFAULTS.license, validate: checked('license') });
  }
  if (input.pluginVersion === undefined) {
    input.pluginVersion = await askFor('pluginVersion', { type: 'input', message: 'Version', default: DEFAULTS.pluginVersion, validate: checked('pluginVersion') });
  }
  if (input.language === undefined) {
    input.language = await askFor('language', {
      type: 'list',
      message: 'Language',
      choices: [{ name: 'bash (like Dokku\'s official plugins)', value: 'bash' }, { name: 'go (compiled by the install trigger)', value: 'go' }],
      default: 'bash',
    });
  }
  // Properties before commands: the report kit brings `set` and `report`, so a command taking one of those
  // names is refused at the command's own prompt, where it can be renamed.
  if (input.properties === undefined) {
    const required = input.report === true;
    const answer = await askFor('properties', {
      type: 'input',
      message: `Properties for NAME:set and NAME:report, as NAME[=DEFAULT][:app|:global] separated by spaces (no scope: both)${required ? ' (at least one, for --report)' : ' (empty for none)'}`,
      default: '',
      validate: checks.validator('--property', (value) => ({ ...input, properties: words(value) })),
    });
    input.properties = words(answer);
  }
  if (input.commands === undefined) {
    input.commands = [];
    const commands = input.commands;
    // Numbered names: each answer is its own question, so a scripted run can give a list and stop with an empty one.
    for (let index = 1; ; index += 1) {
      const command = await askOne({
        type: 'input',
        name: `command${index}`,
        message: `Command ${index} as "USAGE, DESCRIPTION" (e.g. "enable <app>, Enable it"); empty to finish`,
        default: '',
        validate: (value) => value.trim() === ''
          ? checks.validator('--command', () => ({ ...input, commands }))('')
          : checks.validator('--command', (answer) => ({ ...input, commands: [...commands, answer] }), true)(value),
      });
      if (command === '') {
        break;
      }
      commands.push(command);
    }
    checks.answered('--command');
  }
  if (input.defaultCommand === undefined && input.commands.length > 0) {
    const choices = [{ name: 'show the help', value: '' }, ...input.commands.map((command) => {
      const commandName = (command.split(',')[0] ?? '').trim().split(/\s+/)[0] ?? '';
      return { name: `run ${commandName}`, value: commandName };
    })];
    input.defaultCommand = await askFor('defaultCommand', { type: 'list', message: `What should bare \`dokku ${name}\` do?`, choices, default: '' });
  }
  if (input.triggers === undefined) {
    const known = loadTriggerCatalog().length;
    const answer = await askFor('triggers', {
      type: 'input',
      message: `Triggers to implement, separated by spaces (${known} known, e.g. post-deploy; install and uninstall are always made)`,
      default: '',
      validate: checks.validator('--trigger', (value) => ({ ...input, triggers: value.split(/[\s,]+/).filter(Boolean) })),
    });
    input.triggers = answer.split(/[\s,]+/).filter(Boolean);
  }
  if (input.repository === undefined) {
    input.repository = await askFor('repository', { type: 'input', message: 'Repository URL (for the install instructions)', default: DEFAULTS.repository(name), validate: checked('repository') });
  }
  if (input.directory === undefined) {
    const here = nameFromDirectory !== undefined && name === nameFromDirectory;
    input.directory = await askFor('directory', { type: 'input', message: 'Directory to write the plugin to', default: here ? '.' : DEFAULTS.directory(name), validate: checked('directory') });
  }
  return input;
}

/** Everything the model and the target directory refuse in this input; an unanswered name stands in as valid. */
function pluginProblems(input: PluginInput, context: ModelContext, force: boolean): InputProblem[] {
  const candidate = { ...input, name: input.name ?? 'placeholder' };
  const problems = problemsOf((value: PluginInput) => buildPluginModel(value, context))(candidate);
  const taken = input.directory === undefined ? undefined : targetDirectoryProblem(path.resolve(context.cwd, input.directory), force);
  return taken ? [...problems, taken] : problems;
}

function words(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

/**
 * For growing a plugin in a terminal with nothing given: one command and some triggers to add, each
 * checked at its prompt by `problems`, which plans the growth of this plugin with them.
 */
export async function askForAdditions(ask: Ask, problems: (additions: Additions) => InputProblem[]): Promise<Additions> {
  const own = (flag: string, additions: Additions) => (value: string): true | string => {
    if (value.trim() === '') {
      return true;
    }
    const found = problems(additions).filter((problem) => problem.flag === flag);
    return found.length === 0 ? true : found.map((problem) => problem.message).join('; ');
  };
  const answer = async (question: Question) => ((await ask([question]))[question.name] ?? '').trim();
  const command = await answer({
    type: 'input', name: 'command1', message: 'Command to add as "USAGE, DESCRIPTION" (empty for none)', default: '',
    validate: (value) => own('--command', { commands: [value.trim()], triggers: [] })(value),
  });
  const commands = command === '' ? [] : [command];
  const triggers = await answer({
    type: 'input', name: 'triggers', message: 'Triggers to add, separated by spaces (empty for none)', default: '',
    validate: (value) => own('--trigger', { commands, triggers: value.split(/[\s,]+/).filter(Boolean) })(value),
  });
  return { commands, triggers: triggers.split(/[\s,]+/).filter(Boolean) };
}

function gitUserName(): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}
