import type { DokkuLayout } from './dokku-layout.js';
import type { Ran } from './run-async.js';

/** What one run of a plugin showed, in the terms the behavioural findings use. */
export interface Outcome {
  ran: Ran;
  /** What a real host has and the double does not, when the run reached for it: the run proves nothing. */
  needs: string[];
  /** Bash's own errors (unbound variable, command not found, syntax error): the plugin's defects. */
  bashErrors: string[];
  /** stdout and stderr without trace lines, with the layout's path replaced, for comparisons. */
  output: string;
  traced: boolean;
  failed: boolean;
  /** Failed and printed nothing at all. */
  silent: boolean;
  /** Printed a Dokku-style ` !     ` line. */
  saysWhy: boolean;
  notADokkuCommand: boolean;
}

const TRACE_LINE = /^\++ /;

export function isTraceLine(line: string): boolean {
  return TRACE_LINE.test(line);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function classifyRun(ran: Ran, layout: DokkuLayout): Outcome {
  const needs = new Set(layout.needs().map((tool) => `\`${tool}\``));
  const bashErrors: string[] = [];
  const stderrLines = ran.stderr.split('\n');
  const untraced = stderrLines.filter((line) => !isTraceLine(line));
  const pluginsOf = new RegExp(`(?:${escapeRegExp(layout.coreDir)}|${escapeRegExp(`${layout.pluginPath}/available`)})/([^/\\s]+)/\\S*: No such file or directory`);
  for (const line of [...ran.stdout.split('\n'), ...untraced]) {
    if (line.includes('plugin.toml has no [plugin.config] table')) {
      needs.add('a [plugin.config] table in plugin.toml');
      continue;
    }
    const missingPluginFile = pluginsOf.exec(line);
    if (missingPluginFile) {
      if (missingPluginFile[1] === layout.name) {
        bashErrors.push(line.trim());
      } else {
        needs.add(`the ${missingPluginFile[1]} core plugin's files`);
      }
      continue;
    }
    if (/\/(?:var\/lib\/dokku|home\/dokku)\/\S*: No such file or directory/.test(line)) {
      needs.add('a Dokku install at /var/lib/dokku');
      continue;
    }
    // Install triggers run as root next to a dokku user; a check run by anyone else, or on a machine
    // without that user, cannot tell whether they would work there.
    if (/invalid (?:user|group): \S?dokku|Operation not permitted|must be (?:run as )?root/i.test(line)) {
      needs.add("root and Dokku's dokku user");
      continue;
    }
    const notFound = /(?:^|: )([^\s:]+): command not found/.exec(line);
    if (notFound) {
      const missing = notFound[1]!;
      // The plugin's own functions are its defect; anything else is a tool or a core function the double lacks.
      if (new RegExp(`^(?:fn|cmd|trigger)-${escapeRegExp(layout.name)}-`).test(missing)) {
        bashErrors.push(line.trim());
      } else {
        needs.add(`\`${missing}\``);
      }
      continue;
    }
    const unbound = /([A-Za-z_][A-Za-z0-9_]*|[0-9]+): unbound variable/.exec(line);
    if (unbound) {
      if (/^(?:DOKKU|PLUGIN|DOCKER)_/.test(unbound[1]!)) {
        needs.add(`$${unbound[1]} from Dokku's environment`);
      } else {
        bashErrors.push(line.trim());
      }
      continue;
    }
    if (/syntax error|bad substitution|bad array subscript/.test(line)) {
      bashErrors.push(line.trim());
    }
  }
  if (ran.spawnError !== undefined) {
    needs.add(`a plugin file that runs (${ran.spawnError})`);
  }
  const output = `${ran.stdout}\n${untraced.join('\n')}`.split(layout.root).join('<root>');
  const failed = ran.status !== 0;
  return {
    ran,
    needs: [...needs],
    bashErrors,
    output,
    traced: stderrLines.some((line) => isTraceLine(line)),
    failed,
    silent: failed && output.trim() === '',
    saysWhy: /^ ! {5}\S/m.test(output),
    notADokkuCommand: /is not a dokku command/.test(output),
  };
}
