import { guessPluginName } from './behaviour/plugin-name.js';
import { loadTriggerCatalog, type TriggerEntry } from '../catalog/trigger-catalog.js';
import { suggestTriggers } from '../model/trigger-suggestions.js';
import type { Finding } from './finding.js';
import { hasShebang, type PluginTree, type TreeEntry } from './plugin-tree.js';

/** Root files of a plugin that are not triggers: Dokku's and plugn's own names, libraries, project files. */
const NOT_TRIGGERS = new Set(['commands', 'subcommands', 'functions', 'Makefile', 'Dockerfile', 'Vagrantfile', 'Procfile', 'LICENSE', 'LICENCE', 'COPYING', 'README', 'CHANGELOG', 'NOTICE', 'AUTHORS', 'VERSION', 'go.sum']);

/** The scripts Dokku's add-ons plugin runs; all but dump and restore are required. */
const ADDON_SCRIPTS = ['enable', 'disable', 'provision', 'unprovision', 'url', 'dump', 'restore'];

function notExecutable(entry: TreeEntry, id: string, what: string): Finding {
  return { id, severity: 'error', file: entry.path, message: `${entry.path} is not executable: ${what}`, fix: `chmod +x ${entry.path} (and git add --chmod=+x ${entry.path})` };
}

/**
 * The binaries that links point at (a Go plugin's `triggers`, linked as each trigger) are run under the
 * link's name, never their own: such a name is no misspelt trigger.
 */
function linkTargets(tree: PluginTree): Set<string> {
  return new Set(tree.entries.flatMap((entry) => (entry.target === undefined ? [] : [entry.target])));
}

/**
 * Root files that plugn would run as triggers, or that look meant to be: catalog names, and other
 * executables or scripts without an extension that are neither Dokku's own files nor link targets.
 */
function triggerCandidates(tree: PluginTree, catalog: Map<string, TriggerEntry>): TreeEntry[] {
  const targets = linkTargets(tree);
  return tree.entries.filter((entry) => !entry.path.includes('/') && !entry.directory && !entry.name.startsWith('.')
    && !entry.name.includes('.') && !NOT_TRIGGERS.has(entry.name) && !entry.name.endsWith('-functions')
    && (catalog.has(entry.name) || (!targets.has(entry.path) && (entry.executable || hasShebang(tree, entry)))));
}

/** The replacement a deprecation note names in backquotes, when it names one. */
function replacementOf(trigger: TriggerEntry): string | undefined {
  return /`([a-z0-9-]+)`/.exec(trigger.deprecation ?? '')?.[1];
}

function triggerFindings(tree: PluginTree): Finding[] {
  const catalog = new Map(loadTriggerCatalog().map((trigger) => [trigger.name, trigger]));
  // A plugin offers triggers of its own to other plugins under its name, as `builder-get-property` does.
  const own = `${guessPluginName(tree.root).name}-`;
  return triggerCandidates(tree, catalog).flatMap((entry): Finding[] => {
    const trigger = catalog.get(entry.name);
    if (trigger === undefined && entry.name.startsWith(own)) {
      return [];
    }
    if (trigger === undefined) {
      const close = suggestTriggers(entry.name, [...catalog.keys()]);
      const guess = close.length > 0 ? `did you mean ${close.join(', ')}?` : 'no known trigger has a similar name';
      return [{ id: 'unknown-trigger', severity: 'warning', file: entry.path, message: `${entry.name} is not a Dokku trigger, so plugn never runs it (${guess})`, fix: close.length > 0 ? `rename it to ${close[0]} if that is the trigger you meant; else move it out of the plugin root` : 'rename it to a trigger from Dokku\'s plugin-triggers docs, or move it out of the plugin root' }];
    }
    const findings: Finding[] = [];
    if (!entry.executable && !entry.broken) {
      findings.push(notExecutable(entry, 'trigger-not-executable', `plugn skips the ${entry.name} trigger with a warning`));
    }
    if (trigger.deprecated) {
      const replacement = replacementOf(trigger);
      findings.push({ id: 'deprecated-trigger', severity: 'warning', file: entry.path, message: `${entry.name} is a deprecated trigger (Dokku's docs: "${trigger.deprecation ?? 'deprecated'}")`, fix: replacement === undefined ? 'implement the trigger Dokku\'s docs name instead' : `implement ${replacement} instead (mind its arguments) and remove ${entry.name}` });
    }
    if (trigger.coreOnly) {
      findings.push({ id: 'core-only-trigger', severity: 'warning', file: entry.path, message: `${entry.name} is for Dokku's core plugins only; a community plugin should not implement it`, fix: `remove ${entry.name}, and use the public trigger Dokku's docs list for the same moment` });
    }
    return findings;
  });
}

function addonScriptFindings(tree: PluginTree): Finding[] {
  return tree.entries
    .filter((entry) => !entry.path.includes('/') && ADDON_SCRIPTS.includes(entry.name) && !entry.directory && !entry.executable && !entry.broken)
    .map((entry) => notExecutable(entry, 'addon-script-not-executable', `the add-ons plugin cannot run ${entry.name}`));
}

/**
 * Where files are and whether they can run: `commands` and each subcommand must be executable, trigger
 * names are checked against the catalog, and nothing below the root may be called `commands` (Dokku's
 * help runs every path of that name it finds with `find -L`).
 */
export function layoutFindings(tree: PluginTree): Finding[] {
  const findings: Finding[] = [];
  for (const entry of tree.entries) {
    if (entry.path === 'commands' && !entry.directory && !entry.executable && !entry.broken) {
      findings.push(notExecutable(entry, 'commands-not-executable', 'Dokku cannot run it for help or any command'));
    }
    if (/^subcommands\/[^/.]+$/.test(entry.path) && !entry.directory && !entry.executable && !entry.broken) {
      findings.push(notExecutable(entry, 'subcommand-not-executable', `dokku cannot run this command; it falls through to every plugin's commands file`));
    }
    if (entry.name === 'commands' && entry.path.includes('/')) {
      findings.push({ id: 'nested-commands', severity: 'error', file: entry.path, message: `${entry.path} is named commands below the plugin root: \`dokku help\` finds it with find -L and runs it`, fix: `rename ${entry.path} (Go sources, for example, under cmd/ instead of commands/)` });
    }
  }
  return [...findings, ...(tree.kind === 'addon' ? addonScriptFindings(tree) : triggerFindings(tree))];
}
