import { markdownCell, shellQuote } from '../render/encode.js';
import { hasControlCharacters } from './command-spec.js';

/** A per-app setting of the plugin: `dokku NAME:set APP KEY VALUE`, shown by `dokku NAME:report`. */
export interface ReportProperty {
  name: string;
  default: string;
  /** `--demo-image`: the info flag of `dokku demo:report APP --demo-image`. */
  flag: string;
  /** `demo-image`: its key in `--format json`. */
  jsonKey: string;
  /** `Demo image`: its row label in the report. */
  label: string;
  shell: { name: string; default: string; flag: string; jsonKey: string; label: string };
  readme: { default: string };
}

const PROPERTY_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The commands and triggers --report brings, which the plugin's own may not take over. */
export const REPORT_COMMANDS = ['report', 'set'];
export const PROPERTY_TRIGGERS = ['report', 'post-delete', 'post-app-rename-setup', 'post-app-clone-setup'];

export function humanise(pluginName: string, key: string): string {
  const text = `${pluginName} ${key}`.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parses `--property NAME[=DEFAULT]` values; throws a message naming the rule. */
export function parseProperties(raw: string[], pluginName: string): ReportProperty[] {
  const properties: ReportProperty[] = [];
  for (const value of raw) {
    const equals = value.indexOf('=');
    const name = (equals < 0 ? value : value.slice(0, equals)).trim();
    const fallback = equals < 0 ? '' : value.slice(equals + 1);
    if (!PROPERTY_NAME.test(name)) {
      throw new Error(`"${name}" is not a valid property name: use lowercase letters, digits and "-", starting with a letter`);
    }
    if (hasControlCharacters(fallback)) {
      throw new Error(`the default of ${name} contains a control character; give it on one line`);
    }
    if (properties.some((property) => property.name === name)) {
      throw new Error(`"${name}" is declared twice`);
    }
    const flag = `--${pluginName}-${name}`;
    const jsonKey = `${pluginName}-${name}`;
    const label = humanise(pluginName, name);
    properties.push({
      name,
      default: fallback,
      flag,
      jsonKey,
      label,
      shell: { name: shellQuote(name), default: shellQuote(fallback), flag: shellQuote(flag), jsonKey: shellQuote(jsonKey), label: shellQuote(`${label}:`) },
      readme: { default: markdownCell(fallback === '' ? '(empty)' : fallback) },
    });
  }
  return properties;
}
