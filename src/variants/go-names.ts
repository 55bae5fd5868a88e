import type { PluginCommand, PluginModel, PluginTrigger } from '../model/plugin-model.js';
import type { ReportLayout, RowKind } from '../model/report-properties.js';
import { shellQuote } from '../render/encode.js';

/**
 * Go names and literals for the Go variant, worked out here so that templates only place identifiers that
 * compile and string literals that are already escaped.
 */

/**
 * Names a parameter of a plugin function may not take: Go's keywords, every predeclared identifier (a
 * parameter called `nil` or `string` would break the body), the packages the generated body uses, and
 * the standard packages an author is most likely to import next, so that no parameter shadows them.
 */
const GO_RESERVED = new Set([
  // keywords
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
  // predeclared identifiers
  'any', 'append', 'bool', 'byte', 'cap', 'clear', 'close', 'comparable', 'complex', 'complex64', 'complex128', 'copy',
  'delete', 'error', 'false', 'float32', 'float64', 'imag', 'int', 'int8', 'int16', 'int32', 'int64', 'iota', 'len',
  'make', 'max', 'min', 'new', 'nil', 'panic', 'print', 'println', 'real', 'recover', 'rune', 'string', 'true', 'uint',
  'uint8', 'uint16', 'uint32', 'uint64', 'uintptr',
  // the generated code's own names and packages, and the usual next imports
  'app', 'args', 'argv', 'bufio', 'bytes', 'context', 'dokku', 'err', 'errors', 'exec', 'filepath', 'fmt', 'http', 'io',
  'json', 'log', 'os', 'path', 'plugin', 'regexp', 'rest', 'sort', 'strconv', 'strings', 'time', 'unicode', 'url',
]);

/** What Go prints as is (strconv.IsPrint): letters, marks, numbers, punctuation, symbols and the ASCII space. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(codePoint: number, digits: number): string {
  return codePoint.toString(16).padStart(digits, '0');
}

/** `\u200d` for one code point; a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD as Node writes it. */
function escapedCodePoint(character: string): string {
  const codePoint = character.codePointAt(0) ?? 0xfffd;
  const valid = codePoint < 0xd800 || codePoint > 0xdfff ? codePoint : 0xfffd;
  return valid > 0xffff ? `\\U${hex(valid, 8)}` : `\\u${hex(valid, 4)}`;
}

/**
 * A Go interpreted string literal, escaped as strconv.Quote does: format characters (U+FEFF, U+200D,
 * U+202E), line and paragraph separators and every other non-printing code point become `\u` escapes,
 * so the compiler never sees a BOM in the middle of a file and no editor sees a line break.
 */
export function goString(text: string): string {
  let quoted = '"';
  for (const character of text) {
    if (character === '"' || character === '\\') {
      quoted += `\\${character}`;
    } else if (PRINTABLE.test(character)) {
      quoted += character;
    } else {
      quoted += escapedCodePoint(character);
    }
  }
  return `${quoted}"`;
}

/**
 * User text for a `//` comment inside a function body, which gofmt never rewrites (doc comments it does:
 * two backticks become a curly quote). Non-printing code points are written as `\u` escapes, so the comment
 * cannot end early, hold a BOM or reorder the line on screen.
 */
export function goComment(text: string): string {
  let safe = '';
  for (const character of text) {
    safe += PRINTABLE.test(character) ? character : escapedCodePoint(character);
  }
  return safe;
}

// Names start with a letter (the model's rules), so only a doubled separator gives an empty word, which
// capitalises to nothing.
function words(name: string): string[] {
  return name.toLowerCase().split(/[-_]/);
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `post-deploy` → `PostDeploy`. A word that starts with a digit cannot be capitalised, so it gets a `_`
 * instead: `a-1` → `A_1`, while `a1` → `A1`. That keeps the mapping one-to-one without depending on the
 * other names, so growing a plugin never renames an existing function.
 */
export function exportedName(name: string): string {
  return words(name).map((word) => (/^[0-9]/.test(word) ? `_${word}` : capitalised(word))).join('');
}

function camelName(name: string): string {
  return words(name).map((word, index) => (index === 0 ? word : capitalised(word))).join('');
}

/**
 * Parameter names for one function, in order: each is the camel-cased label unless that is reserved or
 * already taken in the same list; then `Value` is added, and a number if that is taken too (`err`,
 * `err-value` → `errValue`, `errValueValue`).
 */
export function parameterNames(labels: string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const base = camelName(label);
    const candidates = [base, `${base}Value`];
    let name = candidates.find((candidate) => !GO_RESERVED.has(candidate) && !taken.has(candidate));
    for (let counter = 2; name === undefined; counter += 1) {
      const numbered = `${base}Value${counter}`;
      name = taken.has(numbered) ? undefined : numbered;
    }
    taken.add(name);
    return name;
  });
}

export interface GoParameter {
  name: string;
  type: 'string' | '[]string' | 'bool';
}

export interface GoCommand {
  command: PluginCommand;
  /** `EnableCommand`, in package plugin */
  functionName: string;
  /** `runEnable`, in package dispatch */
  dispatchName: string;
  /** The command's name as a Go string literal. */
  nameLiteral: string;
  /**
   * What the dispatch passes, in order: `app`, then each argument read from the operands, then each flag.
   * The dispatch never names a local after the user's labels, so no label can collide with its own names.
   */
  callArguments: string;
  /** The parameter list of the plugin function: `app string, key string`. */
  signature: string;
  /** `"demo:enable"` */
  qualifiedLiteral: string;
  /** `demo:enable <app> <key>`, for comments: only name, argument and flag characters. */
  fullUsage: string;
  /** The full usage as a Go string literal, for the refusals of surplus arguments and unknown flags. */
  usageLiteral: string;
  /** The command's description, safe in a `//` comment inside a function body. */
  descriptionComment: string;
  /** Positional parameters after the app, in order. */
  parameters: Array<GoParameter & { optional: boolean; message?: string; label: string; index: number }>;
  /** One bool parameter per `[--flag]`, after the positional ones. */
  flags: Array<GoParameter & { label: string; flagLiteral: string }>;
  /** How many operands follow the app, or undefined when the last argument takes all the rest. */
  operandLimit: number | undefined;
  helpUsage: string;
  helpDescription: string;
}

export interface GoTrigger {
  trigger: PluginTrigger;
  /** `PostDeployTrigger` */
  functionName: string;
  parameters: GoParameter[];
  documented: string;
  nameLiteral: string;
  /** How the dispatch reads each argument from argv: `arg(args, 0), argsFrom(args, 2)`. */
  callArguments: string;
  signature: string;
}

export function goCommand(command: PluginCommand): GoCommand {
  // `app` is reserved, so the app's own parameter can keep exactly that name.
  const ownNames = parameterNames([...command.args.map((arg) => arg.label), ...command.flags.map((flag) => flag.label)]);
  const parameters: GoCommand['parameters'] = command.args.map((arg, index) => ({
    name: ownNames[index] as string,
    type: arg.variadic ? '[]string' : 'string',
    optional: arg.optional,
    label: arg.label,
    index,
    ...(arg.optional ? {} : { message: goString(`Please specify ${arg.token}: dokku ${command.fullUsage}`) }),
  }));
  const flags = command.flags.map((flag, index) => ({
    name: ownNames[command.args.length + index] as string,
    type: 'bool' as const,
    label: flag.label,
    flagLiteral: goString(flag.flag),
  }));
  const reads = [
    ...(command.app === 'none' ? [] : ['app']),
    ...parameters.map((parameter) => (parameter.type === '[]string' ? `argsFrom(operands, ${parameter.index})` : `arg(operands, ${parameter.index})`)),
    ...flags.map((flag) => `line.flags[${flag.flagLiteral}]`),
  ];
  return {
    command,
    functionName: `${exportedName(command.name)}Command`,
    dispatchName: `run${exportedName(command.name)}`,
    nameLiteral: goString(command.name),
    flags,
    callArguments: reads.join(', '),
    signature: [...(command.app === 'none' ? [] : ['app string']), ...[...parameters, ...flags].map((parameter) => `${parameter.name} ${parameter.type}`)].join(', '),
    qualifiedLiteral: goString(command.qualifiedName),
    fullUsage: command.fullUsage,
    usageLiteral: goString(command.fullUsage),
    descriptionComment: goComment(command.description),
    parameters,
    operandLimit: command.args.some((arg) => arg.variadic) ? undefined : command.args.length,
    helpUsage: goString(command.fullUsage),
    helpDescription: goString(command.description),
  };
}

export function goTrigger(trigger: PluginTrigger): GoTrigger {
  const names = parameterNames(trigger.args.map((arg) => arg.variable));
  const parameters: GoParameter[] = trigger.args.map((arg, index) => ({ name: names[index] as string, type: arg.rest ? '[]string' : 'string' }));
  return {
    trigger,
    functionName: `${exportedName(trigger.name)}Trigger`,
    parameters,
    documented: trigger.args.map((arg) => arg.documented).join(' '),
    nameLiteral: goString(trigger.name),
    callArguments: trigger.args.map((arg, index) => (arg.rest ? `argsFrom(args, ${index})` : `arg(args, ${index})`)).join(', '),
    signature: parameters.map((parameter) => `${parameter.name} ${parameter.type}`).join(', '),
  };
}

/** An element the go command refuses in a module path: `.`, `..`, a leading or trailing dot, a Windows device name. */
function badModulePathElement(element: string): boolean {
  const short = element.replace(/\..*/, '');
  return element.startsWith('.') || element.endsWith('.') || /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(short) || /~[0-9]+$/.test(short);
}

/** `https://github.com/acme/dokku-demo.git` → `github.com/acme/dokku-demo`; anything Go would refuse → `dokku-NAME`. */
export function goModulePath(repository: string, pluginName: string): string {
  // a URL's port is no part of the module path; git@HOST:PATH is scp-like, with no port
  const match = /^(?:https:\/\/|ssh:\/\/(?:[^@/]+@)?|git:\/\/)([^/:]+)(?::[0-9]+)?\/(.+?)(?:\.git)?\/?$/.exec(repository)
    ?? /^git@([^/:]+):(.+?)(?:\.git)?\/?$/.exec(repository);
  const fallback = `dokku-${pluginName}`;
  if (!match) {
    return fallback;
  }
  const candidate = `${match[1]}/${match[2]}`.toLowerCase();
  const valid = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9._~-]+)+$/.test(candidate) && !candidate.split('/').some(badModulePathElement);
  return valid ? candidate : fallback;
}

/** Triggers the Go binary serves; install and update stay bash, since they build the binaries. */
export const BASH_TRIGGERS_OF_GO_PLUGINS = ['install', 'update'];

/** What the generated trigger dispatch does to the properties before the author's function runs. */
const PROPERTY_ACTIONS: Record<string, string[]> = {
  report: ['if err := reportSingle(arg(args, 0), "", "stdout"); err != nil {', '\treturn finish(err)', '}'],
  'post-delete': ['if err := dokku.PropertyDestroy(arg(args, 0)); err != nil {', '\treturn finish(err)', '}'],
  'post-app-rename-setup': [
    'if err := dokku.PropertyClone(arg(args, 0), arg(args, 1)); err != nil {', '\treturn finish(err)', '}',
    'if err := dokku.PropertyDestroy(arg(args, 0)); err != nil {', '\treturn finish(err)', '}',
  ],
  'post-app-clone-setup': ['if err := dokku.PropertyClone(arg(args, 0), arg(args, 1)); err != nil {', '\treturn finish(err)', '}'],
};

const ROW_KINDS: Record<RowKind, string> = { app: 'appRow', global: 'globalRow', computed: 'computedRow' };

const COMPUTED_TEXT: Record<string, string> = {
  'app,global': "the app's value, else the global value, else the default",
  app: "the app's value, else the default",
  global: 'the global value, else the default',
};

/** One report (of an app, or `--global`) as Go literals: rows by flag, JSON keys by key, each naming its row. */
function goLayout(layout: ReportLayout) {
  return {
    rows: layout.rows.map((each) => ({ flag: goString(each.flag), label: goString(each.label), key: goString(each.key), kind: ROW_KINDS[each.kind] })),
    json: layout.json.map((entry) => ({ key: goString(entry.key), row: layout.rows.indexOf(entry.row) })),
    labelWidth: layout.labelWidth,
    flagsText: goString(layout.flagsText),
  };
}

function goReport(model: PluginModel) {
  const report = model.report;
  if (!report) {
    return undefined;
  }
  return {
    properties: report.properties.map((property) => ({
      name: property.name,
      key: goString(property.name),
      fallback: goString(property.default),
      app: property.scopes.includes('app'),
      global: property.scopes.includes('global'),
      /** `ComputedMode`: the typed accessor in package dokku; property names map to Go names one to one. */
      accessor: `Computed${exportedName(property.name)}`,
      computedText: COMPUTED_TEXT[property.scopes.join(',')] as string,
      scopeText: property.readme.scope,
      shellName: property.shell.name,
    })),
    app: goLayout(report.layouts.app),
    global: goLayout(report.layouts.global),
    hasAppKeys: report.appKeys.length > 0,
    hasGlobalKeys: report.globalKeys.length > 0,
    missingKey: goString(report.missingKey.text),
    keysText: goString(report.keysText),
    appKeysText: goString(report.appKeysText),
    globalKeysText: goString(report.globalKeysText),
    getPropertyTrigger: goString(report.getPropertyTrigger),
  };
}

export function goNames(model: PluginModel) {
  const commands = model.commands.map(goCommand);
  const triggers = model.triggers.filter((trigger) => !BASH_TRIGGERS_OF_GO_PLUGINS.includes(trigger.name)).map(goTrigger);
  const uses = (condition: boolean, name: string) => (condition ? [name] : []);
  const echoes = triggers.some((trigger) => trigger.trigger.echoesStdin);
  // NAME-get-property is the kit's own trigger, served by the same binary as the author's triggers.
  const triggerLinks = [...triggers.map((trigger) => trigger.trigger.name), ...(model.report ? [model.report.getPropertyTrigger] : [])];
  return {
    modulePath: goModulePath(model.repository, model.name),
    pluginName: goString(model.name),
    description: goString(model.description),
    commands,
    defaultCommand: model.defaultCommand ? goCommand(model.defaultCommand) : undefined,
    triggers: triggers.map((trigger) => ({
      ...trigger,
      propertyAction: model.report ? PROPERTY_ACTIONS[trigger.trigger.name] ?? [] : [],
    })),
    report: goReport(model),
    /** Standard-library imports of internal/dispatch/triggers.go, as it needs them. */
    triggerImports: ['errors', ...uses(echoes, 'io'), ...uses(echoes, 'os')],
    /** Names under subcommands/ that link to the subcommands binary. */
    subcommandLinks: ['default', ...commands.map((command) => command.command.name)],
    /** Names at the plugin's root that link to the triggers binary. */
    triggerLinks,
    /**
     * The same names and the plugin's name as shell words: quoted, since a command or plugin called `do`,
     * `done` or `fi` would otherwise read as a keyword to shellcheck (SC1010).
     */
    shell: {
      pluginName: shellQuote(model.name),
      subcommandLinks: ['default', ...commands.map((command) => command.command.name)].map(shellQuote).join(' '),
      triggerLinks: triggerLinks.map(shellQuote).join(' '),
      getPropertyTrigger: model.report ? shellQuote(model.report.getPropertyTrigger) : '',
    },
    /** `MY_PLUGIN` for my-plugin: the prefix of the plugin's own environment variables. */
    envPrefix: model.name.toUpperCase().replace(/-/g, '_'),
  };
}
