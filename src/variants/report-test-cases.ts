import type { PluginModel } from '../model/plugin-model.js';
import type { ReportLayout, ReportProperty, ReportRow } from '../model/report-properties.js';
import { shellQuote, shellWord } from '../render/encode.js';

/** A JSON string as Go's encoding/json writes it (Go 1.22 and later), which is what Dokku's reports print. */
export function goJsonString(value: string): string {
  const escaped = [...value].map((character) => {
    const code = character.codePointAt(0) as number;
    const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    if (short[character] !== undefined) {
      return short[character];
    }
    if (code < 0x20 || character === '<' || character === '>' || character === '&' || code === 0x2028 || code === 0x2029) {
      return `\\u${code.toString(16).padStart(4, '0')}`;
    }
    return character;
  });
  return `"${escaped.join('')}"`;
}

/** The report line of a row as Dokku prints it: the label padded to the layout's width, then the value. */
function reportLine(layout: ReportLayout, row: ReportRow, value: string): string {
  return `       ${row.label.padEnd(layout.labelWidth)}${value}`;
}

/** The value a row shows when nothing is set: the default on the computed row, nothing elsewhere. */
function unsetValue(properties: ReportProperty[], row: ReportRow): string {
  return row.kind === 'computed' ? (properties.find((property) => property.name === row.key) as ReportProperty).default : '';
}

function jsonObject(layout: ReportLayout, valueOf: (row: ReportRow) => string): string {
  return `{${layout.json.map((entry) => `${goJsonString(entry.key)}:${goJsonString(valueOf(entry.row))}`).join(',')}}`;
}

const SET_VALUE = 'set by the test';
const GLOBAL_VALUE = 'set for every app';

/** The flags of one key, in shell words, for the tests that set it. */
function keyCase(property: ReportProperty | undefined) {
  if (property === undefined) {
    return undefined;
  }
  const flag = (kind: string) => shellQuote(property.rows.find((row) => row.kind === kind)?.flag ?? '');
  return {
    key: shellWord(property.name),
    path: shellQuote(property.name),
    appFlag: flag('app'),
    globalFlag: flag('global'),
    computedFlag: flag('computed'),
    defaultValue: shellQuote(property.default),
    hasDefault: property.default !== '',
    /** The JSON of the done-when scenario (global `wild`, app `calm`): every key of the property, both spellings. */
    jsonAfterWildCalm: property.rows.flatMap((row) => [row.jsonKey, row.legacyJsonKey].map((key) => shellQuote(`${goJsonString(key)}:${goJsonString(row.kind === 'global' ? 'wild' : 'calm')}`))),
  };
}

/**
 * What the generated report.bats sets and expects, in shell words: the whole report and JSON with nothing
 * set, a key of each scope, and the fallbacks of a key with both.
 */
export function reportTestCase(model: PluginModel) {
  const report = model.report as NonNullable<PluginModel['report']>;
  const { properties, layouts } = report;
  const bothKey = properties.find((property) => property.scopes.length === 2);
  const appKey = properties.find((property) => property.scopes.includes('app'));
  const globalKey = properties.find((property) => property.scopes.includes('global'));
  const setApp = appKey?.name;
  const setGlobal = globalKey?.name;
  // After `set APP appKey VALUE` and `set --global globalKey GLOBAL`: what every row shows.
  const afterSets = (row: ReportRow) => {
    const property = properties.find((candidate) => candidate.name === row.key) as ReportProperty;
    const own = row.key === setApp ? SET_VALUE : '';
    const global = row.key === setGlobal ? GLOBAL_VALUE : '';
    if (row.kind === 'app') {
      return own;
    }
    if (row.kind === 'global') {
      return global;
    }
    return (property.scopes.includes('app') ? own : '') || (property.scopes.includes('global') ? global : '') || property.default;
  };
  return {
    value: shellQuote(SET_VALUE),
    globalValue: shellQuote(GLOBAL_VALUE),
    appReport: layouts.app.rows.map((row) => shellQuote(reportLine(layouts.app, row, unsetValue(properties, row)))),
    globalReport: layouts.global.rows.map((row) => shellQuote(reportLine(layouts.global, row, ''))),
    appJson: shellQuote(jsonObject(layouts.app, (row) => unsetValue(properties, row))),
    appJsonAfterSets: shellQuote(jsonObject(layouts.app, afterSets)),
    globalJsonAfterSets: shellQuote(jsonObject(layouts.global, (row) => (row.key === setGlobal ? GLOBAL_VALUE : ''))),
    appFlags: shellQuote(layouts.app.flagsText),
    globalFlags: shellQuote(layouts.global.flagsText),
    both: keyCase(bothKey),
    app: keyCase(appKey),
    global: keyCase(globalKey),
    appOnly: keyCase(properties.find((property) => !property.scopes.includes('global'))),
    globalOnly: keyCase(properties.find((property) => !property.scopes.includes('app'))),
    appKeysText: shellQuote(report.appKeysText),
    globalKeysText: shellQuote(report.globalKeysText),
  };
}
