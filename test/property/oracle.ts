/**
 * What help and the README must show for an accepted input, worked out from the input alone with the
 * README's rules (not with the generator's code): a command is `USAGE, DESCRIPTION`; the usage shows the
 * name, then `<app>`/`[<app>]`, then the positional arguments in order, then the `[--flag]`s in order; the
 * report kit adds `report [<app>|--global] [--format stdout|json] [<flag>]` and `set [<app>|--global] <key> [<value>]`
 * (properties without a scope have both); the README escapes each `|` of a usage as `\\|`, as a table cell needs.
 */
export interface ExpectedCommand {
  /** `demo:enable <app> [--force]` */
  usage: string;
  /** Trimmed, as written; undefined for the report kit's own commands, whose wording is the generator's. */
  description: string | undefined;
}

export function expectedCommands(plugin: string, commandLines: string[], properties: string[]): ExpectedCommand[] {
  const commands: ExpectedCommand[] = commandLines.map((line) => {
    const comma = line.indexOf(',');
    const words = line.slice(0, comma).trim().split(/\s+/);
    const name = (words[0] as string).replace(new RegExp(`^${plugin}:`), '');
    const rest = words.slice(1);
    const flags = rest.filter((word) => word.startsWith('[--'));
    const positional = rest.filter((word) => !word.startsWith('[--'));
    return { usage: [`${plugin}:${name}`, ...positional, ...flags].join(' '), description: line.slice(comma + 1).trim() };
  });
  if (properties.length > 0) {
    commands.push(
      { usage: `${plugin}:report [<app>|--global] [--format stdout|json] [<flag>]`, description: undefined },
      { usage: `${plugin}:set [<app>|--global] <key> [<value>]`, description: undefined },
    );
  }
  return commands;
}

/**
 * How util-linux `column` under LC_ALL=C (as `dokku help` runs it) shows text: every byte outside ASCII as
 * `\xNN`; in a cell that needs such escapes, a backslash before an `x` becomes `\x5c` too, so that they
 * stay unambiguous (`printf '    d, é \\x41\n' | LC_ALL=C column -t -s,` shows `\xc3\xa9 \x5cx41`).
 */
export function cLocaleColumn(text: string): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  if (bytes.every((byte) => byte < 0x80)) {
    return text;
  }
  return bytes.map((byte, index) => (byte < 0x80 && !(byte === 0x5c && bytes[index + 1] === 0x78) ? String.fromCharCode(byte) : `\\x${byte.toString(16)}`)).join('');
}

/**
 * Problems with help output: one row per expected command, each `    USAGE  DESCRIPTION` with the
 * description where the usage's row is, and no other rows of the plugin.
 */
export function helpProblems(output: string, plugin: string, expected: ExpectedCommand[], show: (text: string) => string): string[] {
  const problems: string[] = [];
  const rows = output.split('\n').filter((line) => line.startsWith(`    ${plugin}:`));
  for (const command of expected) {
    const row = rows.find((line) => line.startsWith(`    ${command.usage} `) || line === `    ${command.usage}`);
    if (!row) {
      problems.push(`no help row for ${command.usage}`);
      continue;
    }
    if (command.description !== undefined) {
      const after = row.slice(`    ${command.usage}`.length);
      if (!/^ {2,}/.test(after) || after.trimStart() !== show(command.description)) {
        problems.push(`help row ${JSON.stringify(row)} does not show ${JSON.stringify(show(command.description))} after its usage`);
      }
    }
  }
  if (rows.length !== expected.length) {
    problems.push(`${rows.length} help rows for ${expected.length} commands:\n${rows.join('\n')}`);
  }
  return problems;
}

/** Markdown a table cell would render rather than show: code spans, emphasis, strikethrough, links, HTML, a column break. */
const MARKDOWN_SYNTAX: Array<[string, RegExp]> = [
  ['emphasis', /\*\S(?:[^*]*\S)?\*/],
  ['emphasis', /(?:^|[^A-Za-z0-9])_\S(?:[^_]*\S)?_(?![A-Za-z0-9])/],
  ['strikethrough', /~[^~\s](?:[^~]*[^~\s])?~/],
  ['link', /\[[^\]]*\]\(/],
  ['HTML', /<[A-Za-z/!?]/],
  ['column break', /\|/],
];

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: '\'' };

/**
 * The text a CommonMark/GFM table cell shows, for the subset a correct generator writes: backslash escapes
 * of ASCII punctuation and character references. Anything else that Markdown would act on (emphasis,
 * code, links, HTML) is reported instead of rendered.
 */
export function markdownCellText(cell: string): { text: string; active: string[] } {
  let text = '';
  // The cell with every escape and reference blanked out: what is left is what Markdown would act on.
  let masked = '';
  for (let index = 0; index < cell.length; index += 1) {
    const character = cell[index] as string;
    const next = cell[index + 1];
    if (character === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      text += next;
      masked += ' ';
      index += 1;
      continue;
    }
    if (character === '&') {
      const reference = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/.exec(cell.slice(index));
      if (reference) {
        const body = reference[1] as string;
        const decoded = body.startsWith('#x') || body.startsWith('#X') ? String.fromCodePoint(parseInt(body.slice(2), 16))
          : body.startsWith('#') ? String.fromCodePoint(parseInt(body.slice(1), 10)) : ENTITIES[body];
        if (decoded !== undefined) {
          text += decoded;
          masked += ' ';
          index += reference[0].length - 1;
          continue;
        }
      }
    }
    masked += character;
    text += character;
  }
  const active = MARKDOWN_SYNTAX.filter(([, pattern]) => pattern.test(masked)).map(([label]) => label);
  // A code span opens and closes with backtick runs of one length; a lone run shows as written.
  const runs = (masked.match(/`+/g) ?? []).map((run) => run.length);
  if (runs.some((length, index) => runs.indexOf(length) !== index)) {
    active.push('code span');
  }
  return { text, active };
}

/** Problems with the README's command table, between its generated markers. */
export function readmeProblems(readme: string, expected: ExpectedCommand[]): string[] {
  const start = readme.indexOf('>>> generator-dokku-plugin: commands');
  const region = start < 0 ? '' : readme.slice(start, readme.indexOf('<<< generator-dokku-plugin', start));
  const rows = region.split('\n').filter((line) => line.startsWith('| `dokku '));
  const problems: string[] = [];
  for (const command of expected) {
    const prefix = `| \`dokku ${command.usage.replace(/\|/g, '\\|')}\` | `;
    const row = rows.find((line) => line.startsWith(prefix));
    if (!row) {
      problems.push(`no README row for ${command.usage}`);
    } else if (command.description !== undefined) {
      const cell = row.slice(prefix.length).replace(/ \|$/, '');
      const shown = markdownCellText(cell);
      if (shown.text !== command.description || shown.active.length > 0) {
        problems.push(`README cell ${JSON.stringify(cell)} shows ${JSON.stringify(shown.text)}${shown.active.length > 0 ? ` with unescaped ${shown.active.join(' ')}` : ''}, not ${JSON.stringify(command.description)}`);
      }
    }
  }
  if (rows.length !== expected.length) {
    problems.push(`${rows.length} README rows for ${expected.length} commands`);
  }
  return problems;
}
