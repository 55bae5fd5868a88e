import fc from 'fast-check';

/** An argv word that is not valid UTF-8; passed through as raw bytes. */
export class RawBytes {
  constructor(readonly bytes: number[]) {}
  toString(): string {
    return new TextDecoder().decode(new Uint8Array(this.bytes));
  }
}
export type Word = string | RawBytes;

/**
 * Pieces of text that have broken generators before: quoting (typographic quotes too, which shellcheck takes
 * for mistyped ones), escapes, expansions, markup and our markers.
 */
export const NASTY = [
  '\uFEFF', '\u200D', '\u202E', '\u0301', 'e\u0301', '\u2028', '\u2029', '\u0085', '\u00A0', '\u3000',
  '\\x41', '\\n', '\\t', '\\', '\\\\', '\\e', '\\c', '-n', '-e', '-E', '-ne', '--', '"', '\'', '\'\'', '`', '```',
  '$(touch pwned)', '`touch pwned`', '${x:-$(touch pwned)}', '$HOME', '${HOME}', '$1', '$@', '$', '!', '!!', ';', '&&',
  '|', '\\|', '#', '%s', '%d', '%v', '%%', '*bold*', '_em_', '# heading', '[link](http://x)', '<b>html</b>', '<!--',
  '-->', '&lt;', '&amp;', '<app>', '<%', '%>', '<%=', '<%-', '<%%', '\'\'\'', '"""', '*/', '/*', '//', '{{', '}}',
  '>>> generator-dokku-plugin', '<<< generator-dokku-plugin', '<!-- >>> generator-dokku-plugin: commands -->',
  '\u201Cquoted\u201D', '\u2018', '\u2019', '\u2033', '\u2036', '\u00AB', '\uFF02',
  'é', '日本', '✓', '😀', 'ﬁ', 'İ', 'ß', 'do', 'fi', 'done', 'EOF', 'nil', 'func', ':', '=', '[', ']', '(', ')', '~',
];

/** One line of text from all of Unicode and the nasty pieces; may start or end with spaces. */
export function anyText(maxPieces = 6): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/) },
  );
  return fc.array(piece, { minLength: 1, maxLength: maxPieces }).chain((pieces) =>
    fc.array(fc.constantFrom(' ', '', '  '), { minLength: pieces.length, maxLength: pieces.length })
      .map((gaps) => pieces.map((part, index) => `${part}${gaps[index]}`).join('')));
}

/**
 * The text without what the rules refuse in any text: control characters, lone surrogates, and U+FFFD,
 * the mark of bytes that are not UTF-8 (Node hands such bytes over as that character).
 */
export function withoutRefusedCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\uD800-\uDFFF\uFFFD]/g, '');
}

/** Text the rules accept for a description: one line, no commas, something besides white space. */
export function validText(maxPieces = 6): fc.Arbitrary<string> {
  return anyText(maxPieces)
    .map((text) => withoutRefusedCharacters(text).replace(/,/g, ''))
    .filter((text) => text.trim() !== '');
}
