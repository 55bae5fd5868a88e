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
const FENCE = /^(\s*)(```|~~~)/;

interface Section {
  name: string;
  /** The heading's text after the name: `deprecated` marks some. */
  heading: string;
  lines: string[];
}

/** Splits the page into trigger sections: the heading's name and the lines up to the next heading. */
function sections(markdown: string): Section[] {
  const found: Section[] = [];
  let current: Section | undefined;
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) {
      inFence = !inFence;
    }
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      current = { name: heading[1] as string, heading: heading[2] as string, lines: [] };
      found.push(current);
    } else if (!inFence && /^#{1,3}\s/.test(line)) {
      // Any other heading of level 3 or above ends the trigger list's current section.
      current = undefined;
    } else {
      current?.lines.push(line);
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
      const key = (item[1] as string).toLowerCase();
      // The first of a repeated item counts, and the lines that continue a later one are not added to it.
      current = items.has(key) ? undefined : key;
      if (current !== undefined) {
        items.set(current, (item[2] as string).trim());
        if (current === 'example') {
          exampleAt = index;
        }
      }
      return;
    }
    if (current !== undefined && line.trim() !== '' && !/^\s*>/.test(line) && !/^\s*-\s/.test(line)) {
      items.set(current, `${items.get(current) as string} ${line.trim()}`.trim());
    } else {
      current = undefined;
    }
  });
  return { items, exampleAt };
}

/**
 * The first fenced block after the `- Example:` line, before any other list item, with the fence's indent
 * taken off each line (less from a line indented less); an unclosed block runs to the end of the section.
 */
function exampleAfter(lines: string[], start: number): string | undefined {
  if (start < 0) {
    return undefined;
  }
  const after = lines.slice(start + 1);
  const at = after.findIndex((line) => ITEM.test(line) || FENCE.test(line));
  const open = FENCE.exec(after[at] ?? '');
  if (open === null) {
    return undefined;
  }
  const indent = (open[1] as string).length;
  const marker = open[2] as string;
  const rest = after.slice(at + 1);
  const end = rest.findIndex((text) => text.trimStart().startsWith(marker));
  return (end < 0 ? rest : rest.slice(0, end))
    .map((text) => text.slice(Math.min(indent, text.length - text.trimStart().length)))
    .join('\n');
}

/**
 * The `>` notes of a section, one string per run of quoted lines, each line trimmed and joined by a space;
 * empty lines and lines that hold only one of GitHub's `[!WARNING]` markers are left out.
 */
function notes(lines: string[]): string[] {
  const found: string[][] = [];
  // The note being read, while the lines stay quoted.
  let note: string[] | undefined;
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
    }
    const quote = inFence ? null : /^\s*>/.exec(line);
    if (quote === null) {
      note = undefined;
      continue;
    }
    if (note === undefined) {
      note = [];
      found.push(note);
    }
    const text = line.slice(quote[0].length).trim();
    if (text !== '' && !/^\[![A-Z]+\]$/.test(text)) {
      note.push(text);
    }
  }
  return found.map((parts) => parts.join(' '));
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
  const plain = withoutRemarks(text);
  // `None`, even when the sentence goes on to name a variable in backticks
  if (/^\s*none\b/i.test(plain)) {
    return [];
  }
  const quoted = [...plain.matchAll(/`([^`]*)`/g)].map((match) => match[1] as string);
  const source = quoted.length > 0 ? quoted : [...plain.matchAll(/"([^"]*)"/g)].map((match) => match[1] as string);
  const words: string[] = [];
  for (const segment of source) {
    let optional = false;
    for (const raw of segment.split(/\s+/)) {
      const opens = raw.startsWith('[');
      const closes = raw.endsWith(']');
      const word = raw.slice(opens ? 1 : 0, closes ? -1 : raw.length).replace(/\$/g, '');
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
  return text
    .replace(/\.$/, '')
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
