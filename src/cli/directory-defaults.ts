import path from 'node:path';
import { addonNameProblem } from '../model/addon-model.js';
import { normalisePluginName, pluginNameProblem } from '../model/plugin-name.js';
import { directoryEntries } from '../write/target-directory.js';

type Kind = 'plugin' | 'addon';

/** How each kind's repository is named: `dokku-NAME` for plugins, `dokku-addon-NAME` for add-ons. */
const REPOSITORY_NAMES: Record<Kind, { pattern: RegExp; name: (raw: string) => string | undefined }> = {
  plugin: {
    pattern: /^dokku-(.+)$/,
    name: (raw) => {
      const name = normalisePluginName(raw);
      return pluginNameProblem(name) ? undefined : name;
    },
  },
  addon: { pattern: /^dokku-addon-(.+)$/, name: (raw) => (addonNameProblem(raw) ? undefined : raw) },
};

/**
 * Someone who made an empty `dokku-NAME` (or `dokku-addon-NAME`) directory and ran the generator inside it
 * means that plugin or add-on, there. Returns the name such a directory stands for, or undefined.
 */
export function nameFromEmptyDirectory(cwd: string, kind: Kind = 'plugin'): string | undefined {
  const match = REPOSITORY_NAMES[kind].pattern.exec(path.basename(cwd));
  if (!match || directoryEntries(cwd).length > 0) {
    return undefined;
  }
  return REPOSITORY_NAMES[kind].name(match[1] as string);
}

/** With no name given, takes it (and the directory, `.`) from an empty `dokku-NAME` working directory. */
export function withDirectoryDefaults<T extends { name?: string; directory?: string }>(input: T, cwd: string, kind: Kind = 'plugin'): T {
  if (input.name !== undefined) {
    return input;
  }
  const name = nameFromEmptyDirectory(cwd, kind);
  if (name === undefined) {
    return input;
  }
  return { ...input, name, directory: input.directory ?? '.' };
}
