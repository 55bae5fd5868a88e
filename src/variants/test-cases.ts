import { PROPERTY_TRIGGERS } from '../model/report-properties.js';
import { shellQuote, shellWord } from '../render/encode.js';
import { ALWAYS_GENERATED_TRIGGERS, type PluginCommand, type PluginModel, type PluginTrigger } from '../model/plugin-model.js';

/**
 * What the generated bats tests run and expect, worked out here so that the test templates only place
 * words that are already shell-safe. Sample values are fixed words; the app is the one the test helper creates.
 */
export interface CommandTestCase {
  command: PluginCommand;
  description: string;
  /** The description as `dokku help --all` shows it (see asListedByDokkuHelp). */
  listedDescription: string;
  /** Arguments after the command word, app first when app-scoped; each with a leading space. */
  args: string;
  /** The same without the app, for --app and $DOKKU_APP_NAME. */
  argsWithoutApp: string;
  /** What DOKKU_TRACE output shows when the command runs: bash traces the function, Go the binary. */
  traceMarker: string;
  /** With every flag given, first of all (before the app), and the lines that show they were read. */
  flagged?: { args: string; expectedLines: string[] };
  /** Output lines the placeholder implementation prints for `args`. */
  expectedLines: string[];
  /** For each required argument after the app: the arguments that stop short of it, and the error. */
  missing: Array<{ args: string; message: string }>;
  /** Refusals every command shares with the Go variant, word for word: one word too many, an undeclared flag. */
  surplus?: { args: string; message: string };
  unknownFlag?: { args: string; message: string };
  /** After a bare `--`, a word starting with `--` is the first argument's value. */
  afterDashes?: { args: string; expectedLine: string };
  /** A variadic argument takes one more word than the sample gives. */
  variadicExtra?: { args: string; expectedLine: string };
}

export interface TriggerTestCase {
  trigger: PluginTrigger;
  args: string;
}

export const TEST_APP = 'test-app';

/**
 * Words to follow a command in a test: each with a leading space, so that none leaves a trailing one, and
 * quoted where bash would read it as syntax (a property named `done`).
 */
function words(list: string[]): string {
  return list.map((word) => ` ${shellWord(word)}`).join('');
}

function sampleValue(label: string): string {
  return `sample-${label.replace(/_/g, '-')}`;
}

/** A key the set test can unset in the scope its arguments give: an app's key when the command takes an app. */
function settableKey(command: PluginCommand, model: Pick<PluginModel, 'report'>): string {
  const properties = model.report?.properties ?? [];
  return (properties.find((property) => command.app === 'none' || property.scopes.includes('app')) ?? properties[0])?.name ?? 'key';
}

export function commandTestCase(command: PluginCommand, model: Pick<PluginModel, 'language' | 'report'>): CommandTestCase {
  const language = model.language;
  // The generated set and report check their input: set takes a declared key, report's flag is optional.
  const values = command.builtin === 'report' ? []
    : command.args.map((arg, index) => (command.builtin === 'set' && index === 0 ? settableKey(command, model) : sampleValue(arg.label)));
  const app = command.app === 'none' ? [] : [TEST_APP];
  const lines = (flagValue: boolean) => [
    ...(command.app === 'none' ? [] : [`app: ${TEST_APP}`]),
    ...command.args.filter((_arg, index) => values[index] !== undefined).map((arg, index) => `${arg.label}: ${values[index]}`),
    ...command.flags.map((flag) => `${flag.label}: ${flagValue}`),
  ];
  const missing = command.args
    .map((arg, index) => ({ arg, index }))
    .filter(({ arg }) => !arg.optional)
    .map(({ arg, index }) => ({
      args: words([...app, ...values.slice(0, index)]),
      message: (command.missingArgumentMessages[arg.variable] as string),
    }));
  const firstLabel = command.args[0]?.label;
  const declared = new Set(command.flags.map((flag) => flag.flag));
  let undeclared = '--no-such-flag';
  while (declared.has(undeclared)) {
    undeclared = `${undeclared}-really`;
  }
  const variadic = command.args.find((arg) => arg.variadic);
  const extras = command.builtin ? {} : {
    unknownFlag: { args: words([...app, ...values, undeclared]), message: shellQuote(`Unknown flag "${undeclared}": dokku ${command.fullUsage}`) },
    ...(command.operandLimit === undefined ? {} : {
      surplus: { args: words([...app, ...values, 'surplus-word']), message: shellQuote(`Unexpected argument "surplus-word": dokku ${command.fullUsage}`) },
    }),
    ...(firstLabel === undefined ? {} : {
      afterDashes: { args: words([...app, '--', `--${values[0]}`, ...values.slice(1)]), expectedLine: shellQuote(`${firstLabel}: --${values[0]}`) },
    }),
    ...(variadic === undefined ? {} : {
      variadicExtra: { args: words([...app, ...values, 'sample-extra']), expectedLine: shellQuote(`${variadic.label}: ${values[values.length - 1]} sample-extra`) },
    }),
  };
  return {
    command,
    ...extras,
    description: shellQuote(command.description),
    listedDescription: shellQuote(asListedByDokkuHelp(command.description)),
    args: words([...app, ...values]),
    argsWithoutApp: words(values),
    expectedLines: lines(false).map(shellQuote),
    traceMarker: shellQuote(language === 'go' ? `+ subcommands/${command.name} ` : `+ ${command.functionName} `),
    ...(command.flags.length > 0
      ? { flagged: { args: words([...command.flags.map((flag) => flag.flag), ...app, ...values]), expectedLines: lines(true).map(shellQuote) } }
      : {}),
    missing,
  };
}

/** Sample arguments for every documented argument of a trigger, rest arguments given twice. */
export function triggerTestCase(trigger: PluginTrigger): TriggerTestCase {
  const values = trigger.args.flatMap((arg) => {
    const value = arg.variable === 'APP' ? TEST_APP : sampleValue(arg.variable.toLowerCase());
    return arg.rest ? [`${value}-1`, `${value}-2`] : [value];
  });
  return { trigger, args: words(values) };
}

/**
 * `dokku help` pipes every plugin's lines through `column` under LC_ALL=C, which prints each byte of a
 * non-ASCII character as a `\xNN` escape: that is what users see there, so that is what the tests expect.
 */
export function asListedByDokkuHelp(text: string): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  if (bytes.every((byte) => byte < 0x80)) {
    return text;
  }
  // Once column escapes a line it also escapes each backslash that starts a literal `\x`, so that the
  // escapes stay unambiguous: `é \x41` is listed as `\xc3\xa9 \x5cx41`.
  return bytes
    .map((byte, index) => (byte >= 0x80 || (byte === 0x5c && bytes[index + 1] === 0x78) ? `\\x${byte.toString(16).padStart(2, '0')}` : String.fromCharCode(byte)))
    .join('');
}

/** What the report tests set and expect, in shell words. */
function reportTestCase(model: PluginModel) {
  const properties = model.report?.properties ?? [];
  const first = properties[0] as NonNullable<typeof properties[0]>;
  return {
    key: shellQuote(first.name),
    flag: shellQuote(first.flag),
    defaultValue: shellQuote(first.default),
    value: shellQuote('set by the test'),
    rows: properties.map((property) => ({ label: shellQuote(`${property.label}:`), value: shellQuote(property.default) })),
    json: shellQuote(`{${properties.map((property) => `${JSON.stringify(property.jsonKey)}: ${JSON.stringify(property.name === first.name ? 'set by the test' : property.default)}`).join(', ')}}`),
    flags: shellQuote(properties.map((property) => property.flag).join(' ')),
  };
}

export type PluginTestCases = ReturnType<typeof pluginTestCases>;

export function pluginTestCases(model: PluginModel) {
  return {
    app: TEST_APP,
    listedDescription: shellQuote(asListedByDokkuHelp(model.description)),
    commands: model.commands.map((command) => commandTestCase(command, model)),
    report: model.report ? reportTestCase(model) : undefined,
    // Triggers the generator implements itself are tested by their own suites (triggers.bats, report.bats).
    triggers: model.triggers
      .filter((trigger) => !ALWAYS_GENERATED_TRIGGERS.includes(trigger.name))
      .filter((trigger) => !(model.report && PROPERTY_TRIGGERS.includes(trigger.name)))
      .map(triggerTestCase),
    defaultCommand: model.defaultCommand ? commandTestCase(model.defaultCommand, model) : undefined,
  };
}
