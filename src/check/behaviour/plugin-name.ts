import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Core plugins other plugins source files from: their names never name the plugin under check. */
const CORE_PLUGINS = new Set([
  'common', 'apps', 'config', 'docker-options', 'domains', 'git', 'network', 'nginx-vhosts', 'proxy', 'ps',
  'storage', 'scheduler-docker-local', 'builder', 'certs', 'checks', 'logs', 'ports', 'plugin', 'registry',
  'repo', 'resource', 'run', 'shell', 'ssh-keys', 'buildpacks', 'app-json', 'cron', 'enter',
]);

export const PLUGIN_NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The name Dokku would install the plugin under. Plugins load their own files through
 * $PLUGIN_AVAILABLE_PATH/NAME/, which names it for certain; failing that, the directory's name without
 * the `dokku-` prefix, as `dokku plugin:install` derives it from the repository (the caller may then
 * correct it from the namespace line of the help).
 */
export function guessPluginName(pluginDir: string): { name: string; fromFiles: boolean } {
  const counts = new Map<string, number>();
  const files = [...listFiles(pluginDir, ''), ...listFiles(path.join(pluginDir, 'subcommands'), 'subcommands/')];
  for (const file of files) {
    const text = readText(path.join(pluginDir, file));
    for (const match of text.matchAll(/\$\{?PLUGIN_AVAILABLE_PATH\}?\/([a-z0-9][a-z0-9-]*)\//g)) {
      const name = match[1]!;
      if (!CORE_PLUGINS.has(name)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (best) {
    return { name: best[0], fromFiles: true };
  }
  const fromDirectory = path.basename(path.resolve(pluginDir)).toLowerCase().replace(/^dokku-/, '');
  return { name: PLUGIN_NAME.test(fromDirectory) ? fromDirectory : 'plugin', fromFiles: false };
}

function listFiles(directory: string, prefix: string): string[] {
  try {
    return readdirSync(directory)
      .filter((entry) => {
        const stat = statSync(path.join(directory, entry), { throwIfNoEntry: false });
        return stat?.isFile() === true && stat.size < 256 * 1024;
      })
      .map((entry) => `${prefix}${entry}`);
  } catch {
    return [];
  }
}

function readText(file: string): string {
  const content = readFileSync(file);
  return content.subarray(0, 8000).includes(0) ? '' : content.toString('utf8');
}
