import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import TOML from '@iarna/toml';
import type { Finding } from './finding.js';
import type { PluginTree } from './plugin-tree.js';

// The semver.org grammar, without the build metadata Dokku never shows.
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

const FILE = 'plugin.toml';

/** The 1-based line where a table header or key first appears, so a finding points at it. */
function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

/**
 * plugin.toml as plugn and `dokku plugin:list` read it: it must parse, `[plugin]` carries the description
 * and version they show, and `[plugin.config]` must exist because plugn exports it before every trigger
 * and fails without it. Add-ons have no plugin.toml.
 */
export function tomlFindings(tree: PluginTree): Finding[] {
  if (tree.kind === 'addon') {
    return [];
  }
  const full = path.join(tree.root, FILE);
  if (!existsSync(full)) {
    return [{ id: 'toml-missing', severity: 'error', file: FILE, message: 'plugin.toml is missing: plugn cannot list the plugin or export its config', fix: 'add plugin.toml with [plugin] description = "…", version = "0.1.0" and an empty [plugin.config] table' }];
  }
  const text = readFileSync(full, 'utf8');
  let parsed: Record<string, unknown>;
  try {
    parsed = TOML.parse(text) as Record<string, unknown>;
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    const finding: Finding = { id: 'toml-invalid', severity: 'error', file: FILE, message: `plugin.toml does not parse: ${message.split('\n')[0]}`, fix: 'correct the TOML syntax at that line (strings in double quotes, one key = value per line)' };
    if (typeof line === 'number') {
      finding.line = line + 1;
    }
    return [finding];
  }
  const plugin = parsed.plugin;
  if (typeof plugin !== 'object' || plugin === null || Array.isArray(plugin)) {
    return [{ id: 'toml-missing-plugin', severity: 'error', file: FILE, message: 'plugin.toml has no [plugin] table: plugn finds no description, version or config', fix: 'add a [plugin] table with description, version and an empty [plugin.config] table' }];
  }
  const table = plugin as Record<string, unknown>;
  const header = lineOf(text, /^\s*\[\s*plugin\s*\]/);
  const at = (finding: Finding, line: number | undefined): Finding => (line === undefined ? finding : { ...finding, line });
  const findings: Finding[] = [];
  if (typeof table.description !== 'string' || table.description.trim() === '') {
    findings.push(at({ id: 'toml-missing-description', severity: 'warning', file: FILE, message: '[plugin] has no description: `dokku plugin:list` shows an empty line for it', fix: 'add description = "One line saying what the plugin does" under [plugin]' }, header));
  }
  if (table.version === undefined) {
    findings.push(at({ id: 'toml-missing-version', severity: 'warning', file: FILE, message: '[plugin] has no version: `dokku plugin:list` cannot tell releases apart', fix: 'add version = "0.1.0" under [plugin] and raise it with each release' }, header));
  } else if (typeof table.version !== 'string' || !SEMVER.test(table.version)) {
    findings.push(at({ id: 'toml-version-not-semver', severity: 'warning', file: FILE, message: `[plugin] version ${JSON.stringify(table.version)} is not a semantic version`, fix: 'write the version as a quoted MAJOR.MINOR.PATCH string, such as version = "1.2.0"' }, lineOf(text, /^\s*version\s*=/) ?? header));
  }
  const config = table.config;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    findings.push(at({ id: 'toml-missing-config', severity: 'error', file: FILE, message: 'plugin.toml has no [plugin.config] table: plugn fails exporting it before each of the plugin\'s triggers', fix: 'add an empty [plugin.config] table at the end of plugin.toml' }, header));
  }
  return findings;
}
