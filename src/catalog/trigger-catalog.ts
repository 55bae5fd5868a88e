import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

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
  summary: string;
  args: TriggerArgument[];
  /** Dokku feeds data on stdin. */
  stdin: boolean;
  /** Dokku reads what the trigger prints. */
  output: boolean;
  /** Every docker-args-* trigger must print its stdin back, or the arguments of other plugins are lost. */
  echoesStdin: boolean;
  deprecated: boolean;
  coreOnly: boolean;
  notes?: string;
}

/** An entry of `dokku-triggers.json` in the shared reference. */
export interface ReferenceTrigger {
  name: string;
  args: string[];
  stdin: boolean;
  output: boolean;
  summary: string;
  deprecated: boolean;
  coreOnly: boolean;
  notes?: string;
}

/** `commands` has a heading in the trigger docs but is the plugin's own dispatcher file, not a trigger. */
const NOT_TRIGGERS = ['commands'];

/**
 * Where the docs' argument words are not variable names, or are missing although the docs' own example
 * reads them, the names the stubs use instead.
 */
const ARGUMENT_OVERRIDES: Record<string, string[]> = {
  'config-set': ['ARGS...'],
  'post-config-update': ['APP', 'ACTION', 'KEY_VALUE_PAIRS...'],
  'post-container-create': ['CONTAINER_TYPE', 'CONTAINER_ID', 'NAME', 'PHASE'],
  'post-domains-update': ['APP', 'ACTION', 'DOMAINS...'],
  'post-proxy-ports-update': ['APP', 'ACTION'],
  'pre-restore': ['DOKKU_SCHEDULER'],
  'scheduler-enter': ['DOKKU_SCHEDULER', 'APP', 'ARGS...'],
  'scheduler-run': ['DOKKU_SCHEDULER', 'APP', 'ARGS...'],
  'scheduler-storage-exec': ['SCHEDULER', 'ENTRY_NAME', 'IMAGE', '[COMMAND...]'],
  'ports-set-detected': ['APP', '[PORT_MAPPINGS...]'],
  'ps-set-scale': ['APP', 'SKIP_DEPLOY', 'CLEAR_EXISTING', '[PROCESS_TUPLES...]'],
};

const WORD = /^(\[)?(\.\.\.)?([A-Z][A-Z0-9_]*)(\.\.\.)?(\])?$/;

function deriveArgument(documented: string, triggerName: string): TriggerArgument {
  const match = WORD.exec(documented);
  if (!match) {
    throw new Error(`trigger ${triggerName}: argument "${documented}" needs an entry in ARGUMENT_OVERRIDES`);
  }
  return {
    documented,
    variable: match[3] as string,
    optional: Boolean(match[1]),
    rest: Boolean(match[2] ?? match[4]),
  };
}

/** Turns the shared reference into the catalog this package ships. */
export function deriveTriggerCatalog(reference: ReferenceTrigger[]): TriggerEntry[] {
  return reference
    .filter((trigger) => !NOT_TRIGGERS.includes(trigger.name))
    .map((trigger) => {
      const words = ARGUMENT_OVERRIDES[trigger.name] ?? trigger.args;
      const entry: TriggerEntry = {
        name: trigger.name,
        summary: trigger.summary,
        args: words.map((word) => deriveArgument(word, trigger.name)),
        stdin: trigger.stdin,
        output: trigger.output,
        echoesStdin: trigger.name.startsWith('docker-args-'),
        deprecated: trigger.deprecated,
        coreOnly: trigger.coreOnly,
      };
      if (trigger.notes !== undefined) {
        entry.notes = trigger.notes;
      }
      return entry;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const catalogPath = () => path.join(packageRoot(), 'catalog', 'triggers.json');

let cached: TriggerEntry[] | undefined;

export function loadTriggerCatalog(): TriggerEntry[] {
  cached ??= JSON.parse(readFileSync(catalogPath(), 'utf8')) as TriggerEntry[];
  return cached;
}
