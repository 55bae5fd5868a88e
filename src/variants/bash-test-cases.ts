import { shellQuote } from '../render/encode.js';
import type { PluginCommand, PluginModel, PluginTrigger } from '../model/plugin-model.js';

/**
 * What the generated bats tests run and expect, worked out here so that the test templates only place
 * words that are already shell-safe. Sample values are fixed words; the app is the one the test helper creates.
 */
export interface CommandTestCase {
  command: PluginCommand;
  description: string;
  /** The description as `dokku help --all` shows it (see asListedByDokkuHelp). */
  listedDescription: string;
  /** Arguments after the command word, app first when app-scoped. */
  args: string;
  /** The same without the app, for --app and $DOKKU_APP_NAME. */
  argsWithoutApp: string;
  /** Output lines the placeholder implementation prints for `args`. */
  expectedLines: string[];
  /** For each required argument after the app: the arguments that stop short of it, and the error. */
  missing: Array<{ args: string; message: string }>;
}

export interface TriggerTestCase {
  trigger: PluginTrigger;
  args: string;
}

export const TEST_APP = 'test-app';

function sampleValue(label: string): string {
  return `sample-${label.replace(/_/g, '-')}`;
}

export function commandTestCase(command: PluginCommand): CommandTestCase {
  const values = command.args.map((arg) => sampleValue(arg.label));
  const app = command.app === 'none' ? [] : [TEST_APP];
  const expectedLines = [
    ...(command.app === 'none' ? [] : [`app: ${TEST_APP}`]),
    ...command.args.map((arg, index) => `${arg.label}: ${values[index]}`),
  ];
  const missing = command.args
    .map((arg, index) => ({ arg, index }))
    .filter(({ arg }) => !arg.optional)
    .map(({ arg, index }) => ({
      args: [...app, ...values.slice(0, index)].join(' '),
      message: (command.missingArgumentMessages[arg.variable] as string),
    }));
  return {
    command,
    description: shellQuote(command.description),
    listedDescription: shellQuote(asListedByDokkuHelp(command.description)),
    args: [...app, ...values].join(' '),
    argsWithoutApp: values.join(' '),
    expectedLines: expectedLines.map(shellQuote),
    missing,
  };
}

/** Sample arguments for every documented argument of a trigger, rest arguments given twice. */
export function triggerTestCase(trigger: PluginTrigger): TriggerTestCase {
  const words = trigger.args.flatMap((arg) => {
    const value = arg.variable === 'APP' ? TEST_APP : sampleValue(arg.variable.toLowerCase());
    return arg.rest ? [`${value}-1`, `${value}-2`] : [value];
  });
  return { trigger, args: words.join(' ') };
}

/**
 * `dokku help` pipes every plugin's lines through `column` under LC_ALL=C, which prints each byte of a
 * non-ASCII character as a `\xNN` escape: that is what users see there, so that is what the tests expect.
 */
export function asListedByDokkuHelp(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`))
    .join('');
}

export function bashTestCases(model: PluginModel) {
  return {
    app: TEST_APP,
    listedDescription: shellQuote(asListedByDokkuHelp(model.description)),
    commands: model.commands.map(commandTestCase),
    triggers: model.triggers.filter((trigger) => !['install', 'uninstall'].includes(trigger.name)).map(triggerTestCase),
    defaultCommand: model.defaultCommand ? commandTestCase(model.defaultCommand) : undefined,
  };
}
