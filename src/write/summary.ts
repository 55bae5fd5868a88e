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

export function nextSteps(model: PluginModel, fileCount: number, gitNote: string | undefined): string[] {
  const where = displayDirectory(model.directory);
  return [
    '',
    `Created dokku-${model.name} in ${where}: ${fileCount} files.${gitNote ? ` ${gitNote}.` : ''}`,
    'Next:',
    ...(where === '.' ? [] : [`  cd ${where}`]),
    '  make lint unit-tests',
    '  # push it, then on the Dokku host:',
    `  sudo dokku plugin:install ${model.repository} --name ${model.name}`,
  ];
}
