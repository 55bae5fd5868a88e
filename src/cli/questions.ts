import { execFileSync } from 'node:child_process';
import { loadTriggerCatalog } from '../catalog/trigger-catalog.js';
import { checkField } from '../model/input-checks.js';
import { nameFromEmptyDirectory } from './directory-defaults.js';
import { DEFAULTS, type ModelContext, type PluginInput } from '../model/plugin-model.js';

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

/** Asks, one question at a time, for what the flags left out; every answer is checked as its flag is. */
export async function promptForMissing(given: PluginInput, ask: Ask, context: ModelContext): Promise<PluginInput> {
  const input: PluginInput = { ...given };
  const nameFromDirectory = given.name === undefined ? nameFromEmptyDirectory(context.cwd) : undefined;
  const askOne = async (question: Question): Promise<string> => ((await ask([question]))[question.name] ?? '').trim();
  const checked = (flag: string, key: keyof PluginInput) => (value: string) =>
    checkField(flag, { ...input, [key]: key === 'commands' || key === 'triggers' ? [value] : value }, context);

  if (input.name === undefined) {
    input.name = await askOne({ type: 'input', name: 'name', message: 'Plugin name (dokku <name>:command)', default: nameFromDirectory, validate: checked('--name', 'name') });
  }
  const name = input.name.replace(/^dokku-/, '');
  if (input.description === undefined) {
    input.description = await askOne({ type: 'input', name: 'description', message: 'One-line description', default: DEFAULTS.description(name), validate: checked('--description', 'description') });
  }
  if (input.author === undefined) {
    input.author = await askOne({ type: 'input', name: 'author', message: 'Author (copyright holder)', default: gitUserName() ?? DEFAULTS.author(name), validate: checked('--author', 'author') });
  }
  if (input.license === undefined) {
    input.license = await askOne({ type: 'input', name: 'license', message: 'Licence (SPDX identifier)', default: DEFAULTS.license, validate: checked('--license', 'license') });
  }
  if (input.pluginVersion === undefined) {
    input.pluginVersion = await askOne({ type: 'input', name: 'pluginVersion', message: 'Version', default: DEFAULTS.pluginVersion, validate: checked('--plugin-version', 'pluginVersion') });
  }
  if (input.language === undefined) {
    input.language = await askOne({
      type: 'list',
      name: 'language',
      message: 'Language',
      choices: [{ name: 'bash (like Dokku\'s official plugins)', value: 'bash' }, { name: 'go (compiled by the install trigger)', value: 'go' }],
      default: 'bash',
    });
  }
  if (input.commands === undefined) {
    input.commands = [];
    // Numbered names: each answer is its own question, so a scripted run can give a list and stop with an empty one.
    for (let index = 1; ; index += 1) {
      const command = await askOne({
        type: 'input',
        name: `command${index}`,
        message: `Command ${index} as "USAGE, DESCRIPTION" (e.g. "enable <app>, Enable it"); empty to finish`,
        default: '',
        validate: (value) => value.trim() === '' || checkField('--command', { ...input, commands: [...(input.commands ?? []), value] }, context),
      });
      if (command === '') {
        break;
      }
      input.commands.push(command);
    }
  }
  if (input.defaultCommand === undefined && input.commands.length > 0) {
    const choices = [{ name: 'show the help', value: '' }, ...input.commands.map((command) => {
      const commandName = (command.split(',')[0] ?? '').trim().split(/\s+/)[0] ?? '';
      return { name: `run ${commandName}`, value: commandName };
    })];
    input.defaultCommand = await askOne({ type: 'list', name: 'defaultCommand', message: `What should bare \`dokku ${name}\` do?`, choices, default: '' });
  }
  if (input.properties === undefined && input.report === undefined) {
    const answer = await askOne({
      type: 'input',
      name: 'properties',
      message: 'Per-app properties for NAME:set and NAME:report, as NAME[=DEFAULT] separated by spaces (empty for none)',
      default: '',
      validate: (value) => value.trim() === '' || checkField('--property', { ...input, properties: value.trim().split(/\s+/) }, context),
    });
    input.properties = answer.split(/\s+/).filter(Boolean);
  }
  if (input.triggers === undefined) {
    const known = loadTriggerCatalog().length;
    const answer = await askOne({
      type: 'input',
      name: 'triggers',
      message: `Triggers to implement, separated by spaces (${known} known, e.g. post-deploy; install and uninstall are always made)`,
      default: '',
      validate: (value) => checkField('--trigger', { ...input, triggers: value.split(/[\s,]+/).filter(Boolean) }, context),
    });
    input.triggers = answer.split(/[\s,]+/).filter(Boolean);
  }
  if (input.repository === undefined) {
    input.repository = await askOne({ type: 'input', name: 'repository', message: 'Repository URL (for the install instructions)', default: DEFAULTS.repository(name), validate: checked('--repository', 'repository') });
  }
  if (input.directory === undefined) {
    const here = nameFromDirectory !== undefined && name === nameFromDirectory;
    input.directory = await askOne({ type: 'input', name: 'directory', message: 'Directory to write the plugin to', default: here ? '.' : DEFAULTS.directory(name) });
  }
  return input;
}

/** For growing a plugin in a terminal with nothing given: one command or trigger to add. */
export async function askForAdditions(ask: Ask): Promise<{ commands: string[]; triggers: string[] }> {
  const answer = async (question: Question) => ((await ask([question]))[question.name] ?? '').trim();
  const command = await answer({ type: 'input', name: 'command1', message: 'Command to add as "USAGE, DESCRIPTION" (empty for none)', default: '' });
  const triggers = await answer({ type: 'input', name: 'triggers', message: 'Triggers to add, separated by spaces (empty for none)', default: '' });
  return { commands: command === '' ? [] : [command], triggers: triggers.split(/[\s,]+/).filter(Boolean) };
}

function gitUserName(): string | undefined {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}
