import { PROPERTY_TRIGGERS, type ReportProperty } from '../model/report-properties.js';
import { reportTestCase } from './report-test-cases.js';
import { shellQuote, shellWord } from '../render/encode.js';
import { ALWAYS_GENERATED_TRIGGERS, type PluginCommand, type PluginModel, type PluginTrigger } from '../model/plugin-model.js';

type Report = NonNullable<PluginModel['report']>;

/**
 * What the generated bats tests run and expect, worked out here so that the test templates only place
 * words that are already shell-safe. Sample values are fixed words; the app is the one the test helper creates.
 *
 * The expectations (names, usage, descriptions, messages, output lines) are read again from the `--command`
 * text as the user wrote it, by the short reading below, and never from the model's rendered fields
 * (fullUsage, missingArgumentMessages, refusals, functionName): a slip there must fail the generated tests
 * instead of moving the implementation and its expectation together.
 */
export interface CommandTestCase {
  command: PluginCommand;
  /** `demo:enable`, as the tests run it and expect it in output. */
  qualifiedName: string;
  /** `demo:enable <app> [--force]`: the first column of its help row. */
  usage: string;
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
  /** The double's stub core plugins print for this trigger too, so the test compares with their output alone. */
  coreAnswers: boolean;
}

/**
 * Triggers that a stub core plugin under tests/support/core-plugins answers, as Dokku's own plugins do:
 * the apps plugin lists the apps on app-list.
 */
export const TRIGGERS_CORE_STUBS_ANSWER = ['app-list'];

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

interface WrittenArgument {
  token: string;
  label: string;
  required: boolean;
  variadic: boolean;
}

/** One `--command` as the README tells users to write it: `NAME [<app>] ARGS... [--FLAG]..., DESCRIPTION`. */
interface WrittenCommand {
  name: string;
  /** The name, then the app and positional words in order, then the flags in order. */
  usage: string;
  description: string;
  appScoped: boolean;
  positional: WrittenArgument[];
  /** `dry-run` for `[--dry-run]` */
  flags: string[];
}

function readWritten(written: string, plugin: string): WrittenCommand {
  const comma = written.indexOf(',');
  const [first, ...rest] = written.slice(0, comma).trim().split(/\s+/) as [string, ...string[]];
  const name = first.replace(`${plugin}:`, '');
  const flagWords = rest.filter((word) => word.startsWith('[--'));
  const otherWords = rest.filter((word) => !word.startsWith('[--'));
  const appScoped = otherWords[0] === '<app>' || otherWords[0] === '[<app>]';
  return {
    name,
    usage: [`${plugin}:${name}`, ...otherWords, ...flagWords].join(' '),
    description: written.slice(comma + 1).trim(),
    appScoped,
    positional: otherWords.slice(appScoped ? 1 : 0).map((token) => ({
      token,
      label: token.replace(/[[\]<>.]/g, ''),
      required: !token.startsWith('['),
      variadic: token.includes('...'),
    })),
    flags: flagWords.map((word) => word.slice(3, -1)),
  };
}

/**
 * A key the set test can unset in the scope its arguments give: an app's key, since set takes an app
 * whenever some key has the app scope; otherwise every key is global and the first will do.
 */
function settableKey(report: Report): string {
  return (report.properties.find((property) => property.scopes.includes('app')) ?? (report.properties[0] as ReportProperty)).name;
}

/**
 * The usage Dokku's own set and report show, by the scopes of the declared keys: `[<app>|--global]` when
 * keys have both, else the one scope they have. Kept apart from the model's own rule on purpose.
 */
function builtinUsage(builtin: 'report' | 'set', model: Pick<PluginModel, 'name' | 'report'>): string {
  const scopes = new Set((model.report as Report).properties.flatMap((property) => property.scopes));
  if (builtin === 'report') {
    return `${model.name}:report ${scopes.has('global') ? '[<app>|--global]' : '[<app>]'} [--format stdout|json] [<flag>]`;
  }
  const target = scopes.has('app') && scopes.has('global') ? '[<app>|--global]' : scopes.has('global') ? '--global' : '<app>';
  return `${model.name}:set ${target} <key> [<value>]`;
}

export function commandTestCase(command: PluginCommand, model: Pick<PluginModel, 'name' | 'language' | 'report'>): CommandTestCase {
  const written = readWritten(command.written, model.name);
  const usage = command.builtin ? builtinUsage(command.builtin, model) : written.usage;
  // The generated set and report check their input: set takes a declared key, report's flag is optional.
  const values = command.builtin === 'report' ? []
    : written.positional.map((arg, index) => (command.builtin === 'set' && index === 0 ? settableKey(model.report as Report) : sampleValue(arg.label)));
  const app = written.appScoped ? [TEST_APP] : [];
  const lines = (flagValue: boolean) => [
    ...app.map((name) => `app: ${name}`),
    ...values.map((value, index) => `${(written.positional[index] as WrittenArgument).label}: ${value}`),
    ...written.flags.map((flag) => `${flag}: ${flagValue}`),
  ];
  const missing = written.positional
    .map((arg, index) => ({ arg, index }))
    .filter(({ arg }) => arg.required)
    .map(({ arg, index }) => ({ args: words([...app, ...values.slice(0, index)]), message: shellQuote(`Please specify ${arg.token}: dokku ${usage}`) }));
  let undeclared = '--no-such-flag';
  while (written.flags.includes(undeclared.slice(2))) {
    undeclared = `${undeclared}-really`;
  }
  const first = written.positional[0];
  const variadic = written.positional.find((arg) => arg.variadic);
  const extras = command.builtin ? {} : {
    unknownFlag: { args: words([...app, ...values, undeclared]), message: shellQuote(`Unknown flag "${undeclared}": dokku ${usage}`) },
    ...(variadic !== undefined ? {} : {
      surplus: { args: words([...app, ...values, 'surplus-word']), message: shellQuote(`Unexpected argument "surplus-word": dokku ${usage}`) },
    }),
    ...(first === undefined ? {} : {
      afterDashes: { args: words([...app, '--', `--${values[0]}`, ...values.slice(1)]), expectedLine: shellQuote(`${first.label}: --${values[0]}`) },
    }),
    ...(variadic === undefined ? {} : {
      variadicExtra: { args: words([...app, ...values, 'sample-extra']), expectedLine: shellQuote(`${variadic.label}: ${values[values.length - 1]} sample-extra`) },
    }),
  };
  return {
    command,
    ...extras,
    qualifiedName: `${model.name}:${written.name}`,
    usage,
    description: shellQuote(written.description),
    listedDescription: shellQuote(asListedByDokkuHelp(written.description)),
    args: words([...app, ...values]),
    argsWithoutApp: words(values),
    expectedLines: lines(false).map(shellQuote),
    // bash names each command's function cmd-PLUGIN-NAME, as Dokku's own plugins do.
    traceMarker: shellQuote(model.language === 'go' ? `+ subcommands/${written.name} ` : `+ cmd-${model.name}-${written.name} `),
    ...(written.flags.length > 0
      ? { flagged: { args: words([...written.flags.map((flag) => `--${flag}`), ...app, ...values]), expectedLines: lines(true).map(shellQuote) } }
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
  return { trigger, args: words(values), coreAnswers: TRIGGERS_CORE_STUBS_ANSWER.includes(trigger.name) };
}

/**
 * `dokku help` pipes every plugin's lines through `column` under LC_ALL=C, which prints each byte of a
 * non-ASCII character as a `\xNN` escape: that is what users see there, so that is what the tests expect.
 */
export function asListedByDokkuHelp(text: string): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  // UTF-8 takes one byte per UTF-16 unit for ASCII alone
  if (bytes.length === text.length) {
    return text;
  }
  // Once column escapes a line it also escapes each backslash that starts a literal `\x`, so that the
  // escapes stay unambiguous: `é \x41` is listed as `\xc3\xa9 \x5cx41`. Every escaped byte is 0x5c or
  // above, so it always takes two hex digits.
  return bytes
    .map((byte, index) => (byte >= 0x80 || (byte === 0x5c && bytes[index + 1] === 0x78) ? `\\x${byte.toString(16)}` : String.fromCharCode(byte)))
    .join('');
}

export type PluginTestCases = ReturnType<typeof pluginTestCases>;

export function pluginTestCases(model: PluginModel) {
  return {
    app: TEST_APP,
    description: shellQuote(model.description),
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
