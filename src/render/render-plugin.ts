import { readFileSync } from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import type { PluginInput, PluginModel } from '../model/plugin-model.js';
import { packageRoot, packageVersion } from '../package-root.js';
import { bashPluginFiles } from '../variants/bash.js';
import { goPluginFiles } from '../variants/go.js';
import type { Ownership, PlannedFile } from '../variants/planned-file.js';
import type { AddonInput, AddonModel } from '../model/addon-model.js';
import { addonFiles } from '../variants/addon.js';


export interface RenderedFile {
  /** Relative to the plugin's directory. */
  path: string;
  content: string;
  mode: number;
  ownership: Ownership;
}

/**
 * Renders every file of the plugin in memory. Both entry points write exactly this list (the Yeoman
 * generator through its mem-fs, the command line straight to disk), so their output cannot differ.
 */
export function renderPlugin(model: PluginModel, templatesRoot = path.join(packageRoot(), 'templates')): RenderedFile[] {
  return renderFiles(model.language === 'go' ? goPluginFiles(model) : bashPluginFiles(model), { plugin: model }, templatesRoot);
}

/** Renders an add-on's files in memory, as renderPlugin does for plugins. */
export function renderAddon(addon: AddonModel, templatesRoot = path.join(packageRoot(), 'templates')): RenderedFile[] {
  return renderFiles(addonFiles(addon), {}, templatesRoot);
}

function renderFiles(files: PlannedFile[], shared: Record<string, unknown>, templatesRoot: string): RenderedFile[] {
  return files.map((file) => {
    const filename = path.join(templatesRoot, file.template);
    const content = ejs.render(readFileSync(filename, 'utf8'), { generator: { version: packageVersion() }, ...shared, ...file.data }, { filename });
    return { path: file.destination, content, mode: file.mode, ownership: file.ownership };
  });
}

/**
 * `.yo-rc.json`: the input the plugin was made from, for the sub-generators that grow it later. Not the
 * directory: it is a path on the author's machine, goes into the first commit, and growth is told where
 * the plugin is anyway.
 */
export function rememberedInputFile(input: PluginInput | AddonInput): RenderedFile {
  const { directory: _directory, ...kept } = input;
  const content = `${JSON.stringify({ 'generator-dokku-plugin': { input: kept } }, null, 2)}\n`;
  return { path: '.yo-rc.json', content, mode: 0o644, ownership: 'generated' };
}
