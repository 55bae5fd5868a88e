import { InputError } from '../model/input-error.js';
import type { PluginInput } from '../model/plugin-model.js';

/** Flags only an add-on takes: a plugin refuses them, as an add-on refuses the plugin-only ones. */
const ADDON_ONLY_FLAGS = ['scheme', 'per-app', 'dump-restore'];

/**
 * The plugin input from flag values, however they were parsed (Yeoman's options or node's parseArgs):
 * `flag` returns the value of a flag by its name as typed.
 */
export function inputFromFlags(flag: (name: string) => unknown, positionalName?: string): PluginInput {
  const addonOnly = ADDON_ONLY_FLAGS.filter((name) => flag(name) !== undefined);
  if (addonOnly.length > 0) {
    throw new InputError(addonOnly.map((name) => ({
      flag: `--${name}`,
      message: `only add-ons take --${name}; remove it, or add --kind addon to make an add-on`,
    })));
  }
  const text = (name: string): string | undefined => {
    const value = flag(name);
    return typeof value === 'string' ? value : undefined;
  };
  const list = (name: string): string[] | undefined => {
    const value = flag(name);
    // Yeoman wraps an Array-typed option once more when it is handed over already parsed.
    return value === undefined ? undefined : [value].flat(Infinity).map(String);
  };
  return {
    name: positionalName ?? text('name'),
    description: text('description'),
    author: text('author'),
    license: text('license'),
    pluginVersion: text('plugin-version'),
    commands: list('command'),
    defaultCommand: text('default-command'),
    triggers: list('trigger')?.flatMap(triggerNames),
    repository: text('repository'),
    directory: text('directory'),
    language: text('lang'),
    report: flag('report') === true ? true : undefined,
    properties: list('property'),
  };
}

/** `--trigger "a, b"` names two; one that names none (`--trigger ''`, `--trigger ,`) stays as '' for the model to refuse. */
function triggerNames(value: string): string[] {
  const names = value.split(/[\s,]+/).filter((word) => word !== '');
  return names.length === 0 ? [''] : names;
}
