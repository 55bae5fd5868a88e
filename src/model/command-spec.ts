/**
 * Parses `--command "USAGE, DESCRIPTION"`, written as a line of `dokku help` reads: the usage is the
 * command name followed by its arguments, the description follows the one comma.
 */
export type AppScope = 'required' | 'optional' | 'none';

export interface CommandArgument {
  /** As written in the usage: `<key>`, `[<value>]`, `<file>...`. */
  token: string;
  /** The word inside the brackets: `key`. */
  label: string;
  /**
   * The bash variable the generated function reads it into: `key`, `key_name`; a variadic argument's array
   * is `file_list`, so that an argument may be a list in one command and a single word in another (shellcheck
   * tracks a name's type across the whole file).
   */
  variable: string;
  optional: boolean;
  /** Takes every remaining argument. */
  variadic: boolean;
}

/** A `[--flag]` of the usage: a switch the command reads wherever it stands among the arguments. */
export interface CommandFlag {
  /** `[--dry-run]` */
  token: string;
  /** `--dry-run` */
  flag: string;
  /** `dry-run` */
  label: string;
  /** `dry_run` */
  variable: string;
}

export interface CommandSpec {
  /** The `--command` value as written, trimmed: the generated tests read their expectations from it. */
  written: string;
  name: string;
  description: string;
  app: AppScope;
  /** Positional arguments after the app, in order. */
  args: CommandArgument[];
  flags: CommandFlag[];
}

const COMMAND_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const POSITIONAL = /^(\[)?<([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)>(\.\.\.)?(\])?$/;
const FLAG = /^\[--[a-z][a-z0-9]*(-[a-z0-9]+)*\]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * What is wrong with a text that trims to nothing: `is empty`, or the white space and invisible characters
 * it holds, each distinct one as `U+XXXX`, since they cannot be seen in the message.
 */
export function blankTextProblem(text: string): string {
  if (text === '') {
    return 'is empty';
  }
  const codes = [...new Set(text)].map((character) => `U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);
  return `holds only white space or invisible characters (${codes.join(', ')})`;
}

/** Parses one `--command` value; `pluginName` lets users write `demo:enable` as well as `enable`. */
export function parseCommandSpec(raw: string, pluginName: string): CommandSpec {
  const text = raw.trim();
  if (hasControlCharacters(text)) {
    throw new Error(`"${printable(text)}" contains a tab, newline or other control character, which breaks the help columns; write it on one line`);
  }
  const comma = text.indexOf(',');
  if (comma < 0) {
    throw new Error(`"${text}" has no description: write it as "USAGE, DESCRIPTION", for example "enable <app>, Enable it for an app"`);
  }
  const usage = text.slice(0, comma).trim();
  const description = text.slice(comma + 1).trim();
  if (description.includes(',')) {
    throw new Error(`"${text}" has more than one comma; dokku help splits columns on commas, so the description may not contain one (use ";" or " - ")`);
  }
  if (description === '') {
    throw new Error(`"${text}" has an empty description after the comma`);
  }
  const [first = '', ...rest] = usage.split(/\s+/).filter((word) => word !== '');
  const name = first.startsWith(`${pluginName}:`) ? first.slice(pluginName.length + 1) : first;
  if (!COMMAND_NAME.test(name)) {
    throw new Error(`"${first}" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as ${pluginName}:NAME)`);
  }
  if (name === 'help' || name === 'default') {
    throw new Error(`"${name}" is reserved: ${pluginName}:help and bare \`dokku ${pluginName}\` are generated for you`);
  }

  let app: AppScope = 'none';
  const args: CommandArgument[] = [];
  const flags: CommandFlag[] = [];
  // The generated function's own locals start with "_", which no argument or flag name can.
  const owner = (variable: string) => args.find((arg) => arg.variable === variable)?.token ?? flags.find((flag) => flag.variable === variable)?.token;
  rest.forEach((token, index) => {
    if (FLAG.test(token)) {
      const label = token.slice(3, -1);
      const variable = label.replace(/-/g, '_');
      if (flags.some((flag) => flag.token === token)) {
        throw new Error(`"${usage}": ${token} is given twice; give each flag once`);
      }
      if (label === 'app') {
        throw new Error(`"${usage}": --app is Dokku's own flag for the app (write <app> or [<app>] instead)`);
      }
      const other = owner(variable);
      if (other) {
        throw new Error(`"${usage}": ${other} and ${token} would both be read into the variable ${variable}; rename one of them`);
      }
      flags.push({ token, flag: `--${label}`, label, variable });
      return;
    }
    const match = POSITIONAL.exec(token);
    if (!match || Boolean(match[1]) !== Boolean(match[4])) {
      throw new Error(`argument "${token}" of "${usage}" is not understood: write <name>, [<name>], <name>... or [--flag]`);
    }
    const label = match[2] as string;
    const optional = Boolean(match[1]);
    const variadic = Boolean(match[3]);
    if (label === 'app') {
      if (index !== 0) {
        throw new Error(`"${usage}": <app> must be the first argument, as in every Dokku command`);
      }
      if (variadic) {
        throw new Error(`"${usage}": <app> takes one app, not several`);
      }
      app = optional ? 'optional' : 'required';
      return;
    }
    const previous = args[args.length - 1];
    if (previous?.variadic) {
      throw new Error(`"${usage}": ${previous.token} takes every remaining argument, so nothing may follow it`);
    }
    if (previous?.optional && !optional) {
      throw new Error(`"${usage}": required ${token} cannot follow optional ${previous.token}`);
    }
    // lowercase, so that no argument can shadow PATH, HOME or Dokku's own upper-case variables
    const variable = argumentVariable(label, variadic);
    if (args.some((arg) => arg.label === label)) {
      throw new Error(`"${usage}": two arguments are named ${label}`);
    }
    const other = owner(variable);
    if (other) {
      throw new Error(`"${usage}": ${other} and ${token} would both be read into the variable ${variable}; rename one of them`);
    }
    args.push({ token, label, variable, optional, variadic });
  });
  return { written: text, name, description, app, args, flags };
}

/** `key` for `<key>`, `file_list` for the array of `<file>...`. */
export function argumentVariable(label: string, variadic: boolean): string {
  const variable = label.replace(/-/g, '_');
  return variadic ? `${variable}_list` : variable;
}

function printable(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
