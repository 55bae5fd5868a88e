import { nameLengthProblem } from './input-limits.js';

/**
 * Which plugin names Dokku can actually dispatch to a community plugin. The dispatcher rewrites some names
 * before looking for a plugin, and core plugins own their namespace, so a plugin called like either is
 * unreachable or shadows core behaviour.
 */
const DISPATCHER_ALIASES = [
  'docker-local', 'dockerfile', 'herokuish', 'k3s', 'lambda', 'nixpacks', 'pack', 'rails',
  'events', 'caddy', 'haproxy', 'nginx', 'openresty', 'traefik',
  'deploy', 'cleanup', 'url', 'urls', 'report',
  // handled by the dispatcher itself before any plugin lookup
  'help', 'version',
];

const CORE_PLUGINS = [
  'app-json', 'apps', 'buildpacks', 'builds', 'caddy-vhosts', 'certs', 'checks', 'common', 'config', 'cron',
  'docker-options', 'domains', 'enter', 'git', 'haproxy-vhosts', 'logs', 'network', 'nginx-vhosts',
  'openresty-vhosts', 'plugin', 'ports', 'proxy', 'ps', 'registry', 'repo', 'resource', 'run', 'shell',
  'ssh-keys', 'storage', 'trace', 'traefik-vhosts',
];

/** Core plugin families: every `builder-*` and `scheduler-*` name belongs to core. */
const CORE_PREFIXES = ['builder', 'scheduler'];

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Returns the name with a leading `dokku-` removed, or throws nothing: problems are returned as text. */
export function normalisePluginName(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.startsWith('dokku-') ? trimmed.slice('dokku-'.length) : trimmed;
}

/** Why `name` cannot be a community plugin's name, or undefined when it can. */
export function pluginNameProblem(name: string): string | undefined {
  if (name === '') {
    return 'the plugin name is empty; give one such as `--name mysql-backup`';
  }
  const tooLong = nameLengthProblem(name, 'a plugin name');
  if (tooLong) {
    return tooLong;
  }
  if (/[:/\\\s]/.test(name)) {
    return `"${name}" contains ":", "/", "\\" or white space; Dokku uses the name as a directory and as the namespace before ":" (use letters, digits and "-")`;
  }
  if (!NAME_PATTERN.test(name)) {
    return `"${name}" is not a valid plugin name: use lowercase letters, digits and single "-" between them, starting with a letter (for example "mysql-backup")`;
  }
  if (DISPATCHER_ALIASES.includes(name)) {
    return `"${name}" is a name the dokku dispatcher handles itself or rewrites to a core plugin, so your plugin would never run; choose another name`;
  }
  if (CORE_PLUGINS.includes(name) || CORE_PREFIXES.some((prefix) => name === prefix || name.startsWith(`${prefix}-`))) {
    return `"${name}" is the name of a Dokku core plugin (or a core plugin family); choose another name`;
  }
  return undefined;
}
