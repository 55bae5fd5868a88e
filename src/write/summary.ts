import path from 'node:path';
import type { PluginModel } from '../model/plugin-model.js';
import type { RenderedFile } from '../render/render-plugin.js';

/** How to show the plugin's directory: relative when it is below the current one. */
export function displayDirectory(directory: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, directory);
  if (relative === '') {
    return '.';
  }
  return relative.startsWith('..') || path.isAbsolute(relative) ? directory : relative;
}

/** The files as a tree of paths, one a line. */
export function fileList(files: RenderedFile[]): string[] {
  return files.map((file) => `  ${file.path}${file.mode & 0o100 ? '  (executable)' : ''}`).sort();
}

/** What to do after writing the plugin; `gitNote` is undefined when git was left out (--no-git). */
export function nextSteps(model: PluginModel, fileCount: number, gitNote: string | undefined): string[] {
  const where = displayDirectory(model.directory);
  // plugin:install fetches from the repository URL, so the plugin must be there first, whether or not git was used here.
  const publish = gitNote === undefined ? `publish it at ${model.repository}` : 'push it';
  return [
    '',
    `Created dokku-${model.name} in ${where}: ${fileCount} files.${gitNote ? ` ${gitNote}.` : ''}`,
    'Next:',
    ...(where === '.' ? [] : [`  cd ${where}`]),
    '  make lint unit-tests',
    `  # ${publish}, then on the Dokku host:`,
    `  sudo dokku plugin:install ${model.repository} --name ${model.name}`,
  ];
}
