import { markdownCell, shellQuote } from '../render/encode.js';
import { hasControlCharacters } from './command-spec.js';

/**
 * Where a property can be set, as in Dokku 0.38: for one app (`NAME:set APP KEY VALUE`), for every app
 * (`NAME:set --global KEY VALUE`, kept under the app name `--global`), or both.
 */
export type PropertyScope = 'app' | 'global';
export const PROPERTY_SCOPES: readonly PropertyScope[] = ['app', 'global'];

/**
 * One row of `NAME:report`: the value set for the app, the global value, or the computed one (the app's
 * value, else the global value, else the default), which is what the plugin itself acts on.
 */
export type RowKind = 'app' | 'global' | 'computed';

export interface ReportRow {
  kind: RowKind;
  /** The property this row shows. */
  key: string;
  /** `--demo-global-image`: the info flag that prints the bare value. */
  flag: string;
  /** `Demo global image:`: the row label, as Dokku makes it from the flag. */
  label: string;
  /** `global-image`: the key in `--format json`, the flag without `--NAME-`. */
  jsonKey: string;
  /** `demo-global-image`: the prefixed key Dokku still emits during its deprecation window. */
  legacyJsonKey: string;
  shell: { key: string; flag: string; label: string; jsonKey: string; legacyJsonKey: string };
}

/** A setting of the plugin, declared with `--property NAME[=DEFAULT][:app|:global]`. */
export interface ReportProperty {
  name: string;
  default: string;
  /** `app` and `global`, or one of them, in that order. */
  scopes: PropertyScope[];
  /** `--demo-image`: the flag of the app row (also for a global-only key, which has no app row). */
  flag: string;
  /** `demo-image`: the legacy JSON key of the app row. */
  jsonKey: string;
  /** `Demo image`: the label of the app row, without its colon. */
  label: string;
  /** The report rows of this property, in the order app, global, computed. */
  rows: ReportRow[];
  shell: { name: string; default: string; flag: string; jsonKey: string; label: string };
  readme: { default: string; scope: string; flags: string; description: string };
}

/** What one kind of report shows: its rows by flag, its JSON entries by key, the label column's width. */
export interface ReportLayout {
  /** Sorted by flag, as Dokku's ReportSingleApp sorts its rows. */
  rows: ReportRow[];
  /** Every JSON key with the row it takes its value from, sorted by key as Go's encoding/json writes them. */
  json: Array<{ key: string; row: ReportRow; shell: string }>;
  /** The label column: the longest flag, at least 31 characters, as Dokku pads it. */
  labelWidth: number;
  /** `--demo-image, --demo-global-image`: the flags this report accepts, sorted, for "Invalid flag passed". */
  flagsText: string;
}

const PROPERTY_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SCOPE_SUFFIX = /:(app|global)$/;

/** The commands and triggers --report brings, which the plugin's own may not take over. */
export const REPORT_COMMANDS = ['report', 'set'];
export const PROPERTY_TRIGGERS = ['report', 'post-delete', 'post-app-rename-setup', 'post-app-clone-setup'];

/** Dokku's label for a report flag: without `--`, dashes as spaces, the first letter upper case. */
export function humanise(pluginName: string, key: string): string {
  const text = `${pluginName} ${key}`.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Splits `NAME[=DEFAULT][:app|:global]`: a trailing `:app` or `:global` is always the scope. */
export function splitPropertySpec(value: string): { name: string; fallback: string; scopes: PropertyScope[] } {
  const scope = SCOPE_SUFFIX.exec(value);
  const rest = scope ? value.slice(0, scope.index) : value;
  const equals = rest.indexOf('=');
  return {
    name: (equals < 0 ? rest : rest.slice(0, equals)).trim(),
    fallback: equals < 0 ? '' : rest.slice(equals + 1),
    scopes: scope ? [scope[1] as PropertyScope] : [...PROPERTY_SCOPES],
  };
}

function row(pluginName: string, key: string, kind: RowKind): ReportRow {
  const suffix = kind === 'app' ? key : `${kind}-${key}`;
  const flag = `--${pluginName}-${suffix}`;
  const label = `${humanise(pluginName, suffix)}:`;
  const legacyJsonKey = `${pluginName}-${suffix}`;
  return {
    kind,
    key,
    flag,
    label,
    jsonKey: suffix,
    legacyJsonKey,
    shell: { key: shellQuote(key), flag: shellQuote(flag), label: shellQuote(label), jsonKey: shellQuote(suffix), legacyJsonKey: shellQuote(legacyJsonKey) },
  };
}

/**
 * The rows a key has. Its computed row is always there: it is what the plugin acts on and what
 * `NAME-get-property` prints, the app's value, else the global value, else the default, over the scopes the
 * key has. A key of one scope has that row and the computed one, which differs from it by the default.
 */
function rowsOf(pluginName: string, key: string, scopes: PropertyScope[]): ReportRow[] {
  return [...scopes, 'computed' as const].map((kind) => row(pluginName, key, kind));
}

const SCOPE_TEXT: Record<string, string> = { 'app,global': 'app + global', app: 'app', global: 'global' };

function describe(scopes: PropertyScope[]): string {
  if (scopes.length === 2) {
    return 'Set per app or with --global for every app; the app value wins, then the global one, then the default';
  }
  return scopes[0] === 'app' ? 'Set per app; an app without a value gets the default' : 'Set with --global, for every app; unset, the default applies';
}

/** Parses `--property NAME[=DEFAULT][:app|:global]` values; throws a message naming the rule. */
export function parseProperties(raw: string[], pluginName: string): ReportProperty[] {
  const properties: ReportProperty[] = [];
  for (const value of raw) {
    const { name, fallback, scopes } = splitPropertySpec(value);
    if (name.includes(':')) {
      throw new Error(`"${value}" has an unknown scope: end it with :app or :global, or leave the scope out for both`);
    }
    if (!PROPERTY_NAME.test(name)) {
      throw new Error(`"${name}" is not a valid property name: use lowercase letters, digits and "-", starting with a letter`);
    }
    if (hasControlCharacters(fallback)) {
      throw new Error(`the default of ${name} contains a control character; give it on one line`);
    }
    if (properties.some((property) => property.name === name)) {
      throw new Error(`"${name}" is declared twice`);
    }
    const rows = rowsOf(pluginName, name, scopes);
    const appRow = row(pluginName, name, 'app');
    properties.push({
      name,
      default: fallback,
      scopes,
      flag: appRow.flag,
      jsonKey: appRow.legacyJsonKey,
      label: appRow.label.slice(0, -1),
      rows,
      shell: { name: shellQuote(name), default: shellQuote(fallback), flag: appRow.shell.flag, jsonKey: appRow.shell.legacyJsonKey, label: appRow.shell.label },
      readme: {
        default: fallback === '' ? 'none' : markdownCell(fallback),
        scope: SCOPE_TEXT[scopes.join(',')] as string,
        flags: rows.map((each) => `\`${each.flag}\``).join(', '),
        description: describe(scopes),
      },
    });
  }
  checkClashes(properties, pluginName);
  return properties;
}

/**
 * `global-mode` and `mode` would both answer to `--NAME-global-mode`, and the unprefixed JSON key of
 * `NAME-mode` is the legacy key of `mode`: such pairs are refused, naming both keys.
 */
function checkClashes(properties: ReportProperty[], pluginName: string): void {
  const flags = new Map<string, string>();
  const jsonKeys = new Map<string, string>();
  for (const property of properties) {
    // Every row a key could have, so that adding a scope later cannot make a clash appear.
    for (const each of rowsOf(pluginName, property.name, [...PROPERTY_SCOPES])) {
      const flagOwner = flags.get(each.flag);
      if (flagOwner !== undefined && flagOwner !== property.name) {
        throw new Error(`"${flagOwner}" and "${property.name}" would share the report flag ${each.flag}; rename one of them`);
      }
      flags.set(each.flag, property.name);
      for (const key of [each.jsonKey, each.legacyJsonKey]) {
        const jsonOwner = jsonKeys.get(key);
        if (jsonOwner !== undefined && jsonOwner !== property.name) {
          throw new Error(`"${jsonOwner}" and "${property.name}" would share the JSON key "${key}" of the report; rename one of them`);
        }
        jsonKeys.set(key, property.name);
      }
    }
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The layout of a report over these rows. */
export function reportLayout(rows: ReportRow[]): ReportLayout {
  const sorted = [...rows].sort((a, b) => byCodeUnits(a.flag, b.flag));
  const json = sorted
    .flatMap((each) => [{ key: each.jsonKey, row: each }, { key: each.legacyJsonKey, row: each }])
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map((entry) => ({ ...entry, shell: shellQuote(entry.key) }));
  return {
    rows: sorted,
    json,
    labelWidth: Math.max(31, ...sorted.map((each) => each.flag.length)),
    flagsText: sorted.map((each) => each.flag).join(', '),
  };
}

/** The report of an app shows every row; `--global` only the global ones. */
export function reportLayouts(properties: ReportProperty[]): { app: ReportLayout; global: ReportLayout } {
  const rows = properties.flatMap((property) => property.rows);
  return { app: reportLayout(rows), global: reportLayout(rows.filter((each) => each.kind === 'global')) };
}
