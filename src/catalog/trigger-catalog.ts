import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import type { DocumentedTrigger } from './trigger-docs.js';

/** One argument Dokku passes to a trigger, named for the bash variable the stub reads it into. */
export interface TriggerArgument {
  /** The word from Dokku's docs: `APP`, `[IMAGE_TAG]`, `[PROCESS_TUPLE...]`. */
  documented: string;
  variable: string;
  optional: boolean;
  /** Collects this and every later argument into an array. */
  rest: boolean;
}

export interface TriggerEntry {
  name: string;
  /** One line of this project's own words, for generated comments and READMEs. */
  summary: string;
  args: TriggerArgument[];
  /** Who runs it, as Dokku's docs say: `dokku deploy`, `Builder plugins`. */
  invokedBy: string[];
  /** Dokku feeds data on stdin. */
  stdin: boolean;
  /** Dokku reads what the trigger prints. */
  output: boolean;
  /** Every docker-args-* trigger must print its stdin back, or the arguments of other plugins are lost. */
  echoesStdin: boolean;
  deprecated: boolean;
  /** Dokku's deprecation note, usually naming the replacement. */
  deprecation?: string;
  coreOnly: boolean;
  notes?: string;
}

/** `commands` has a heading in the trigger docs but is the plugin's own dispatcher file, not a trigger. */
const NOT_TRIGGERS = ['commands'];

/**
 * Where the docs' argument words are not variable names, are misspelt, or are missing although the docs' own
 * example reads them, the names the stubs use instead.
 */
const ARGUMENT_OVERRIDES: Record<string, string[]> = {
  'config-set': ['ARGS...'],
  'post-config-update': ['APP', 'ACTION', 'KEY_VALUE_PAIRS...'],
  'post-container-create': ['CONTAINER_TYPE', 'CONTAINER_ID', 'NAME', 'PHASE'],
  'post-domains-update': ['APP', 'ACTION', 'DOMAINS...'],
  'post-proxy-ports-update': ['APP', 'ACTION'],
  'pre-restore': ['DOKKU_SCHEDULER'],
  'scheduler-enter': ['DOKKU_SCHEDULER', 'APP', 'ARGS...'],
  'scheduler-pre-restore': ['DOKKU_SCHEDULER', 'APP'],
  'scheduler-run': ['DOKKU_SCHEDULER', 'APP', 'ARGS...'],
  'scheduler-storage-exec': ['SCHEDULER', 'ENTRY_NAME', 'IMAGE', '[COMMAND...]'],
  'ports-set-detected': ['APP', '[PORT_MAPPINGS...]'],
  'ps-set-scale': ['APP', 'SKIP_DEPLOY', 'CLEAR_EXISTING', '[PROCESS_TUPLES...]'],
};

const WORD = /^(\[)?(\.\.\.)?([A-Z][A-Z0-9_]*)(\.\.\.)?(\])?$/;

function deriveArgument(documented: string, triggerName: string): TriggerArgument {
  const match = WORD.exec(documented);
  if (!match) {
    throw new Error(`trigger ${triggerName}: argument "${documented}" is not a variable name; add the names to use to ARGUMENT_OVERRIDES in src/catalog/trigger-catalog.ts`);
  }
  return {
    documented,
    variable: match[3] as string,
    optional: Boolean(match[1]),
    rest: Boolean(match[2] ?? match[4]),
  };
}

/** The docs' first sentence, for a new trigger's summary until someone writes a shorter one. */
function firstSentence(description: string, name: string): string {
  // The description comes trimmed from the docs; a sentence ends at a stop followed by a space.
  const sentence = /(.*?[.!?])\s/.exec(description)?.[1] ?? description;
  return sentence === '' ? `The ${name} trigger (no description in Dokku's docs).` : sentence.replace(/([^.!?])$/, '$1.');
}

/** A guess from the docs, for new triggers only: the docs rarely say whether Dokku reads stdout. */
function guessOutput(trigger: DocumentedTrigger): boolean {
  return trigger.output !== undefined
    || /^(returns?|retrieves?|gets?|lists?)\b/i.test(trigger.description)
    || /\b(stdout|outputs?|prints?)\b/i.test(trigger.description);
}

function guessStdin(trigger: DocumentedTrigger): boolean {
  return trigger.stdin !== undefined || /\bstdin\b/i.test(trigger.description) || /\$\(cat\)|^\s*cat\s*(\||$)/m.test(trigger.example ?? '');
}

export interface DerivedCatalog {
  catalog: TriggerEntry[];
  /** Triggers whose summary, stdin and output were guessed from the docs and need a look by hand. */
  guessed: string[];
}

/**
 * Turns Dokku's trigger docs into the catalog this package ships. Names, arguments, callers, deprecations and
 * the core-only mark come from the docs every time. The summary, notes, stdin and output are this project's
 * own findings (the docs are often silent on what Dokku reads and prints, and their descriptions are long), so
 * they are kept from the previous catalog; a new trigger gets guesses from its docs, reported for review.
 */
export function deriveTriggerCatalog(docs: DocumentedTrigger[], previous: TriggerEntry[]): DerivedCatalog {
  const known = new Map(previous.map((entry) => [entry.name, entry]));
  const guessed: string[] = [];
  const catalog = docs
    .filter((trigger) => !NOT_TRIGGERS.includes(trigger.name))
    .map((trigger) => {
      const before = known.get(trigger.name);
      if (!before) {
        guessed.push(trigger.name);
      }
      const words = ARGUMENT_OVERRIDES[trigger.name] ?? trigger.args;
      const entry: TriggerEntry = {
        name: trigger.name,
        summary: before?.summary ?? firstSentence(trigger.description, trigger.name),
        args: words.map((word) => deriveArgument(word, trigger.name)),
        invokedBy: trigger.invokedBy,
        stdin: before?.stdin ?? guessStdin(trigger),
        output: before?.output ?? guessOutput(trigger),
        echoesStdin: trigger.name.startsWith('docker-args-'),
        deprecated: trigger.deprecation !== undefined,
        coreOnly: trigger.coreOnly,
      };
      if (trigger.deprecation !== undefined) {
        entry.deprecation = trigger.deprecation;
      }
      if (before?.notes !== undefined) {
        entry.notes = before.notes;
      }
      return entry;
    })
    // Dokku's docs name each trigger once
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return { catalog, guessed: guessed.sort() };
}

export const catalogPath = () => path.join(packageRoot(), 'catalog', 'triggers.json');

let cached: TriggerEntry[] | undefined;

export function loadTriggerCatalog(): TriggerEntry[] {
  cached ??= JSON.parse(readFileSync(catalogPath(), 'utf8')) as TriggerEntry[];
  return cached;
}
