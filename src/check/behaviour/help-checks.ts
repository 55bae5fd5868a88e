import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from './check-context.js';
import { isExecutableFile } from './check-context.js';
import { excerpt } from './findings-list.js';
import { belongsTo, isAppScoped, parseHelpLines, usageSplitEarly, type HelpLine } from './help-lines.js';
import { classifyRun } from './run-outcome.js';

/** A command the plugin offers, found in `help --all` or in subcommands/. */
export interface PluginCommand {
  command: string;
  appScoped: boolean;
  listedInHelp: boolean;
}

/** The namespace line `dokku help` shows: read first, since it may name the plugin better than its directory. */
export async function namespaceFromHelp(context: CheckContext): Promise<string | undefined> {
  const ran = await context.session.layout().helpAs('commands', false);
  const [first] = parseHelpLines(ran.stdout);
  return first?.command.split(':')[0];
}

/** `help`, `help --all` and `NAME:help`; resolves to the commands they and subcommands/ make known. */
export async function checkHelp(context: CheckContext): Promise<PluginCommand[]> {
  const { name, findings } = context;
  const layout = context.session.layout();
  const summary = classifyRun(await layout.helpAs('commands', false), layout);
  const all = classifyRun(await layout.helpAs('commands', true), layout);
  const listed: HelpLine[] = [];

  for (const [outcome, what] of [
    [summary, 'dokku help'],
    [all, 'dokku help --all'],
  ] as const) {
    if (findings.unverifiable(outcome, what)) {
      continue;
    }
    context.traceWithoutAsking(outcome, what, 'commands');
    if (outcome.failed) {
      findings.add({
        id: 'help-exit',
        severity: 'error',
        message: `\`commands help\` exits ${String(outcome.ran.status)} under \`${what}\`: Dokku stops listing every plugin's help there`,
        fix: 'make the help branch of commands print its lines and exit 0',
        file: 'commands',
      });
    }
    const lines = parseHelpLines(outcome.ran.stdout);
    for (const line of lines.filter((candidate) => !candidate.hasComma)) {
      findings.add({
        id: 'help-no-comma',
        severity: 'error',
        message: `\`${what}\` prints "${line.raw.trim()}" with no comma: Dokku splits usage from description at the first comma, so the columns break`,
        fix: 'print each help line as "    USAGE, DESCRIPTION"',
        file: 'commands',
      });
    }
    for (const line of lines.filter(usageSplitEarly)) {
      findings.add({
        id: 'help-comma-in-usage',
        severity: 'error',
        message: `\`${what}\` prints "${line.raw.trim()}": the first comma falls inside the usage ("${line.usage}"), so Dokku cuts the usage there`,
        fix: 'keep commas out of the usage (write "[--format json|text]" rather than "a,b"); the first comma must end the usage',
        file: 'commands',
      });
    }
    if (outcome === summary && !outcome.failed && (lines.length !== 1 || lines[0]?.command !== name)) {
      findings.add({
        id: 'help-summary',
        severity: 'warning',
        message: `\`dokku help\` gets ${String(lines.length)} lines from the plugin (${excerpt(outcome.ran.stdout, 1)}); it expects one namespace line, "    ${name}, DESCRIPTION"`,
        fix: 'print every command only when the parent process command line holds --all (that is `dokku help --all`)',
        file: 'commands',
      });
    }
    if (outcome === all) {
      listed.push(...lines.filter((line) => belongsTo(line, name) && line.hasComma));
    }
  }

  const nameHelp = classifyRun(await layout.dokku([`${name}:help`]), layout);
  if (context.judge(nameHelp, `dokku ${name}:help`, context.fileFor(`${name}:help`)) && (nameHelp.failed || !/usage/i.test(nameHelp.ran.stdout))) {
    findings.add({
      id: 'name-help',
      severity: 'error',
      message: `\`dokku ${name}:help\` exits ${String(nameHelp.ran.status)} and prints ${excerpt(nameHelp.output)}; it should print the usage and exit 0`,
      fix: `answer ${name}:help with "Usage: dokku ${name}[:COMMAND]", the description and the command lines, exit 0`,
      file: context.fileFor(`${name}:help`),
    });
  }

  const commands = new Map<string, PluginCommand>();
  for (const line of listed) {
    // A bare "NAME, DESCRIPTION" line in help --all is the namespace heading some plugins repeat there, not a command.
    const heading = line.command === name && line.args.length === 0;
    if (!heading && !commands.has(line.command)) {
      commands.set(line.command, { command: line.command, appScoped: isAppScoped(line), listedInHelp: true });
    }
  }
  for (const subcommand of subcommandNames(context.session.master)) {
    const command = subcommand === 'default' ? name : subcommand === name ? name : `${name}:${subcommand}`;
    if (commands.has(command)) {
      continue;
    }
    // The bare namespace and help itself need no line of their own.
    if (command !== name && command !== `${name}:help`) {
      findings.add({
        id: 'subcommand-not-in-help',
        severity: 'warning',
        message: `subcommands/${subcommand} makes \`dokku ${command}\` work, but \`dokku help --all\` does not list it`,
        fix: `add "    ${command} ARGS, DESCRIPTION" to the lines commands prints for help --all (or remove the subcommand)`,
        file: `subcommands/${subcommand}`,
      });
    }
    commands.set(command, { command, appScoped: false, listedInHelp: false });
  }
  return [...commands.values()];
}

/**
 * The executable files of subcommands/, without the multi-call binary `subcommands/subcommands` the others
 * link to (as Go plugins build it), which is an implementation detail rather than a command. Any other
 * file that links point at (`ls` -> `list`) is a command of its own.
 */
function subcommandNames(pluginDir: string): string[] {
  const directory = path.join(pluginDir, 'subcommands');
  let entries: string[];
  try {
    entries = readdirSync(directory).sort();
  } catch {
    return [];
  }
  const targets = new Set(entries.map((entry) => safeRealpath(path.join(directory, entry))).filter((target, index, all) => all.indexOf(target) !== index));
  return entries.filter((entry) => {
    const file = path.join(directory, entry);
    return isExecutableFile(file) && !(entry === 'subcommands' && targets.has(file) && safeRealpath(file) === file);
  });
}

function safeRealpath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
