import path from 'node:path';
import { normalisePluginName, pluginNameProblem } from '../model/plugin-name.js';
import type { PluginInput } from '../model/plugin-model.js';
import { directoryEntries } from '../write/target-directory.js';

/**
 * Someone who made an empty `dokku-NAME` directory and ran the generator inside it means that plugin,
 * there. Returns the name such a directory stands for, or undefined.
 */
export function nameFromEmptyDirectory(cwd: string): string | undefined {
  const match = /^dokku-(.+)$/.exec(path.basename(cwd));
  if (!match || directoryEntries(cwd).length > 0) {
    return undefined;
  }
  const name = normalisePluginName(match[1] as string);
  return pluginNameProblem(name) ? undefined : name;
}

/** With no name given, takes it (and the directory, `.`) from an empty `dokku-NAME` working directory. */
export function withDirectoryDefaults(input: PluginInput, cwd: string): PluginInput {
  if (input.name !== undefined) {
    return input;
  }
  const name = nameFromEmptyDirectory(cwd);
  if (name === undefined) {
    return input;
  }
  return { ...input, name, directory: input.directory ?? '.' };
}
