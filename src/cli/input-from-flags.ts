import type { PluginInput } from '../model/plugin-model.js';

/**
 * The plugin input from flag values, however they were parsed (Yeoman's options or node's parseArgs):
 * `flag` returns the value of a flag by its name as typed.
 */
export function inputFromFlags(flag: (name: string) => unknown, positionalName?: string): PluginInput {
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
    triggers: list('trigger')?.flatMap((value) => value.split(/[\s,]+/)).filter((value) => value !== ''),
    repository: text('repository'),
    directory: text('directory'),
    language: text('lang'),
    report: flag('report') === true ? true : undefined,
    properties: list('property'),
  };
}
