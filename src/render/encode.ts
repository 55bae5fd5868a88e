import TOML from '@iarna/toml';

/**
 * Double-quotes one line of text for bash: `$`, backticks, `"` and `\` are escaped, so the result is one
 * literal word. Double rather than single quotes, because shellcheck reads a `$` inside single quotes as a
 * forgotten expansion (SC2016). The model rejects control characters before any text gets here.
 */
export function shellQuote(text: string): string {
  const escaped = text.replace(/[\\$`"]/g, (character) => `\\${character}`);
  // shellcheck takes the typographic double quotes it knows for a mistyped " inside double quotes (SC1111),
  // so those go in single quotes between the double-quoted parts: the result still starts and ends with ".
  return `"${escaped.replace(/[\u201C\u201D\u2033\u2036]+/g, (quotes) => `"'${quotes}'"`)}"`;
}

/**
 * One double-quoted bash word of literal text around one expansion the template owns, such as `$_word`:
 * `"Unknown flag \"$_word\": dokku demo:x"`. The text is escaped as shellQuote does; the expansion is not.
 */
export function shellQuoteAround(before: string, expansion: string, after: string): string {
  return `${shellQuote(before).slice(0, -1)}${expansion}${shellQuote(after).slice(1)}`;
}

/**
 * Reserved words bash reads as syntax where a command may start; as an unquoted argument shellcheck flags
 * them (SC1010). `{`, `[[` and the like are quoted anyway, being more than letters.
 */
const RESERVED_WORDS = new Set(['case', 'coproc', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'time', 'until', 'while']);

/** A word for a command line: bare when it is plain and no reserved word, else double-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_.,:@%+=\/-]+$/.test(text) && !RESERVED_WORDS.has(text) ? text : shellQuote(text);
}

/**
 * Text for a cell of a Markdown table, shown as written: pipes would end the cell, angle brackets become
 * HTML, `&` starts a character reference, and backticks, `*`, `_`, `[`, `]` and `~` make code, emphasis,
 * links and strikethrough.
 */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[|`*_[\]~]/g, '\\$&');
}

/** The whole plugin.toml. `[plugin.config]` is always present: plugn's toml-export fails on every trigger without it. */
export function pluginToml(description: string, version: string): string {
  // @iarna/toml writes an empty table inline (`config = { }`); Dokku's plugins all use the section header,
  // so the values go through the encoder and the constant header is appended.
  return `${TOML.stringify({ plugin: { description, version } })}\n[plugin.config]\n`;
}
