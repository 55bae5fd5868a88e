import type { PluginCommand, PluginModel, PluginTrigger } from '../model/plugin-model.js';

/**
 * Go names and literals for the Go variant, worked out here so that templates only place identifiers that
 * compile and string literals that are already escaped.
 */
const GO_RESERVED = new Set([
  // keywords
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
  // predeclared names a parameter would shadow
  'any', 'append', 'bool', 'byte', 'cap', 'close', 'complex', 'copy', 'delete', 'error', 'false', 'float32',
  'float64', 'imag', 'int', 'int64', 'iota', 'len', 'make', 'new', 'nil', 'panic', 'print', 'println', 'real',
  'recover', 'rune', 'string', 'true', 'uint',
  // packages and locals of the generated code
  'app', 'args', 'argv', 'dokku', 'err', 'errors', 'fmt', 'io', 'os', 'plugin', 'rest', 'strings',
]);

/** A Go string literal: JSON's escapes are Go's for every character our validated text can hold. */
export function goString(text: string): string {
  return JSON.stringify(text);
}

function words(name: string): string[] {
  return name.toLowerCase().split(/[-_]+/).filter((word) => word !== '');
}

export function exportedName(name: string): string {
  return words(name).map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
}

export function parameterName(name: string): string {
  const [first = '', ...rest] = words(name);
  const camel = first + rest.map((word) => word[0]?.toUpperCase() + word.slice(1)).join('');
  return GO_RESERVED.has(camel) ? `${camel}Value` : camel;
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
  /** The arguments the dispatch passes, in order: `app` first when app-scoped. */
  callArguments: string;
  /** The parameter list of the plugin function: `app string, key string`. */
  signature: string;
  /** `"demo:enable"` */
  qualifiedLiteral: string;
  /** `demo:enable <app> <key>`, for comments. */
  fullUsage: string;
  /** Positional parameters after the app, in order. */
  parameters: Array<GoParameter & { optional: boolean; message?: string; label: string }>;
  /** One bool parameter per `[--flag]`, after the positional ones. */
  flags: Array<GoParameter & { label: string; flagLiteral: string }>;
  /** The slice the positional parameters are read from: `rest` after the app, else `args`. */
  source: string;
  /** What the app lookup leaves of the arguments: `rest`, or `_` when nothing reads it. */
  restTarget: string;
  /** Whether the dispatch reads argv at all. */
  readsArgs: boolean;
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
  const parameters: GoCommand['parameters'] = command.args.map((arg) => ({
    name: parameterName(arg.label),
    type: arg.variadic ? '[]string' : 'string',
    optional: arg.optional,
    label: arg.label,
    ...(arg.optional ? {} : { message: goString(`Please specify ${arg.token}: dokku ${command.fullUsage}`) }),
  }));
  const flags = command.flags.map((flag) => ({
    name: parameterName(flag.label),
    type: 'bool' as const,
    label: flag.label,
    flagLiteral: goString(flag.flag),
  }));
  const all = [...parameters, ...flags];
  return {
    command,
    functionName: `${exportedName(command.name)}Command`,
    dispatchName: `run${exportedName(command.name)}`,
    nameLiteral: goString(command.name),
    flags,
    source: command.app === 'none' ? 'args' : 'rest',
    restTarget: parameters.length > 0 ? 'rest' : '_',
    readsArgs: command.app !== 'none' || all.length > 0,
    callArguments: [...(command.app === 'none' ? [] : ['app']), ...all.map((parameter) => parameter.name)].join(', '),
    signature: [...(command.app === 'none' ? [] : ['app string']), ...all.map((parameter) => `${parameter.name} ${parameter.type}`)].join(', '),
    qualifiedLiteral: goString(command.qualifiedName),
    fullUsage: command.fullUsage,
    parameters,
    helpUsage: goString(command.fullUsage),
    helpDescription: goString(command.description),
  };
}

export function goTrigger(trigger: PluginTrigger): GoTrigger {
  return {
    trigger,
    functionName: `${exportedName(trigger.name)}Trigger`,
    parameters: trigger.args.map((arg) => ({ name: parameterName(arg.variable), type: arg.rest ? '[]string' : 'string' })),
    documented: trigger.args.map((arg) => arg.documented).join(' '),
    nameLiteral: goString(trigger.name),
    callArguments: trigger.args.map((arg, index) => (arg.rest ? `argsFrom(args, ${index})` : `arg(args, ${index})`)).join(', '),
    signature: trigger.args.map((arg) => `${parameterName(arg.variable)} ${arg.rest ? '[]string' : 'string'}`).join(', '),
  };
}

/** `https://github.com/acme/dokku-demo.git` → `github.com/acme/dokku-demo`; anything else → `dokku-NAME`. */
export function goModulePath(repository: string, pluginName: string): string {
  const match = /^(?:https:\/\/|ssh:\/\/(?:[^@/]+@)?|git:\/\/|git@)([^/:]+)[:/](.+?)(?:\.git)?\/?$/.exec(repository);
  const candidate = match ? `${match[1]}/${match[2]}`.toLowerCase() : '';
  return /^[a-z0-9.-]+(\/[a-z0-9._~-]+)+$/.test(candidate) ? candidate : `dokku-${pluginName}`;
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

function goReport(model: PluginModel) {
  if (!model.report) {
    return undefined;
  }
  return {
    properties: model.report.properties.map((property) => ({
      name: goString(property.name),
      fallback: goString(property.default),
      flag: goString(property.flag),
      jsonKey: goString(property.jsonKey),
      label: goString(`${property.label}:`),
    })),
    missingKey: goString(model.report.missingKey.text),
    keysText: goString(model.report.keysText),
  };
}

export function goNames(model: PluginModel) {
  const commands = model.commands.map(goCommand);
  const triggers = model.triggers.filter((trigger) => !BASH_TRIGGERS_OF_GO_PLUGINS.includes(trigger.name)).map(goTrigger);
  const uses = (condition: boolean, name: string) => (condition ? [name] : []);
  const echoes = triggers.some((trigger) => trigger.trigger.echoesStdin);
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
    triggerLinks: triggers.map((trigger) => trigger.trigger.name),
    /** `MY_PLUGIN` for my-plugin: the prefix of the plugin's own environment variables. */
    envPrefix: model.name.toUpperCase().replace(/-/g, '_'),
  };
}
