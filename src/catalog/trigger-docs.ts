/**
 * Reads Dokku's plugin trigger documentation (docs/development/plugin-triggers.md) into plain records.
 *
 * The page is one `### \`name\`` section per trigger: optional `>` notes (deprecations, core-only warnings),
 * then a list of `- Key: value` lines (Description, Invoked by, Arguments, Example, sometimes Stdin), and the
 * example as the fenced block after `- Example:`. Only that shape is read; prose around it is ignored.
 */

export interface DocumentedTrigger {
  name: string;
  description: string;
  /** The callers the docs name, one per entry: `dokku deploy`, `Builder plugins`. Empty when the line is blank. */
  invokedBy: string[];
  /** Argument words as written, `$` removed; an optional group `[$A $B]` becomes `[A]`, `[B]`. */
  args: string[];
  /** The code of the fenced block after `- Example:`, without the fences. */
  example?: string;
  /** The `- Stdin:` line, when the docs have one. */
  stdin?: string;
  /** The `- Output:` line, when the docs have one. */
  output?: string;
  /** The deprecation note, one line, when the heading or a note marks the trigger deprecated. */
  deprecation?: string;
  /** A note reserves the trigger for Dokku's core plugins. */
  coreOnly: boolean;
}

const HEADING = /^###\s+`([^`]+)`(.*)$/;
const ITEM = /^-\s+([A-Z][A-Za-z ]*?):\s?(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/** Splits the page into trigger sections: the heading's name and the lines up to the next heading. */
function sections(markdown: string): { name: string; heading: string; lines: string[] }[] {
  const found: { name: string; heading: string; lines: string[] }[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
    }
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      found.push({ name: heading[1] as string, heading: (heading[2] as string).trim(), lines: [] });
    } else if (!inFence && /^#{1,3}\s/.test(line)) {
      // Any other heading of level 3 or above ends the trigger list's current section.
      found.push({ name: '', heading: '', lines: [] });
    } else {
      found.at(-1)?.lines.push(line);
    }
  }
  return found.filter((section) => /^[a-z0-9][a-z0-9-]*$/.test(section.name));
}

/** `- Key: value` items, each with its continuation lines joined by a space; fenced blocks are kept apart. */
function listItems(lines: string[]): { items: Map<string, string>; exampleAt: number } {
  const items = new Map<string, string>();
  let current: string | undefined;
  let exampleAt = -1;
  let inFence = false;
  lines.forEach((line, index) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      current = undefined;
      return;
    }
    if (inFence) {
      return;
    }
    const item = ITEM.exec(line);
    if (item) {
      current = (item[1] as string).toLowerCase();
      if (!items.has(current)) {
        items.set(current, (item[2] as string).trim());
        if (current === 'example') {
          exampleAt = index;
        }
      }
      return;
    }
    if (current !== undefined && line.trim() !== '' && !/^\s*>/.test(line) && !/^\s*-\s/.test(line)) {
      items.set(current, `${items.get(current) ?? ''} ${line.trim()}`.trim());
    } else {
      current = undefined;
    }
  });
  return { items, exampleAt };
}

/** The first fenced block after the `- Example:` line, before any other list item. */
function exampleAfter(lines: string[], start: number): string | undefined {
  if (start < 0) {
    return undefined;
  }
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (ITEM.test(line)) {
      return undefined;
    }
    const open = /^(\s*)(```|~~~)/.exec(line);
    if (open) {
      const indent = (open[1] as string).length;
      const body: string[] = [];
      for (let inner = index + 1; inner < lines.length; inner += 1) {
        const text = lines[inner] as string;
        if (text.trimStart().startsWith(open[2] as string)) {
          return body.join('\n');
        }
        body.push(text.slice(Math.min(indent, text.length - text.trimStart().length)));
      }
      return body.join('\n');
    }
  }
  return undefined;
}

/** The `>` notes before the list, one string per note, with GitHub's `[!WARNING]` markers dropped. */
function notes(lines: string[]): string[] {
  const found: string[] = [];
  let current: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
    }
    const quoted = inFence ? null : /^\s*>\s?(.*)$/.exec(line);
    if (quoted) {
      const text = (quoted[1] as string).trim();
      if (!/^\[![A-Z]+\]$/.test(text)) {
        current.push(text);
      }
    } else if (current.length > 0) {
      found.push(current.join(' ').trim());
      current = [];
    }
  }
  if (current.length > 0) {
    found.push(current.join(' ').trim());
  }
  return found.filter((note) => note !== '');
}

/** Removes parenthesised remarks, so `$APP $REV` (`$REV` may be absent) keeps only the argument list. */
function withoutRemarks(text: string): string {
  let depth = 0;
  let inCode = false;
  let kept = '';
  for (const char of text) {
    if (char === '`' && depth === 0) {
      inCode = !inCode;
    }
    if (!inCode && char === '(') {
      depth += 1;
    }
    if (depth === 0) {
      kept += char;
    }
    if (!inCode && char === ')' && depth > 0) {
      depth -= 1;
    }
  }
  return kept;
}

/** `$APP [$PROC_TYPE $CONTAINER_INDEX]` → `APP`, `[PROC_TYPE]`, `[CONTAINER_INDEX]`. */
function argumentWords(text: string): string[] {
  const plain = withoutRemarks(text).trim();
  if (plain === '' || /^none\b/i.test(plain)) {
    return [];
  }
  const quoted = [...plain.matchAll(/`([^`]*)`/g)].map((match) => match[1] as string);
  const source = quoted.length > 0 ? quoted : [...plain.matchAll(/"([^"]*)"/g)].map((match) => match[1] as string);
  const words: string[] = [];
  for (const segment of source) {
    let optional = false;
    for (const raw of segment.split(/\s+/).filter(Boolean)) {
      const opens = raw.startsWith('[');
      const closes = raw.endsWith(']');
      const word = raw.replace(/^\[/, '').replace(/\]$/, '').replace(/\$/g, '');
      optional ||= opens;
      if (word !== '') {
        words.push(optional ? `[${word}]` : word);
      }
      if (closes) {
        optional = false;
      }
    }
  }
  return words;
}

/** `\`dokku deploy\`, \`dokku url\`, and \`dokku urls\`` → the three commands; prose stays one entry. */
function callers(text: string): string[] {
  const line = text.trim().replace(/\.$/, '');
  if (line === '') {
    return [];
  }
  return line
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.replace(/`/g, '').trim())
    .filter(Boolean);
}

export function parseTriggerDocs(markdown: string): DocumentedTrigger[] {
  return sections(markdown).map(({ name, heading, lines }) => {
    const { items, exampleAt } = listItems(lines);
    const sectionNotes = notes(lines);
    const deprecationNote = sectionNotes.find((note) => /^deprecated\b/i.test(note));
    const trigger: DocumentedTrigger = {
      name,
      description: items.get('description') ?? '',
      invokedBy: callers(items.get('invoked by') ?? ''),
      args: argumentWords(items.get('arguments') ?? ''),
      coreOnly: sectionNotes.some((note) => /only[_*]*\s+for core plugins/i.test(note)),
    };
    const example = exampleAfter(lines, exampleAt);
    if (example !== undefined) {
      trigger.example = example;
    }
    for (const key of ['stdin', 'output'] as const) {
      const value = items.get(key);
      if (value !== undefined) {
        trigger[key] = value;
      }
    }
    if (deprecationNote !== undefined) {
      trigger.deprecation = deprecationNote;
    } else if (/\bdeprecated\b/i.test(heading)) {
      trigger.deprecation = 'Deprecated';
    }
    return trigger;
  });
}
