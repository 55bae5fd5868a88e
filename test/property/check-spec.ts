import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Ran } from '../support/run.js';
import type { AddonSpec, PluginSpec, Spec } from './arbitraries.js';
import { RawBytes, type Word } from './text.js';
import { brokenShell, canaries, changedPaths, goProblems, hostFor, makeProblems, pluginTomlProblems, shellProblems, snapshot } from './checks.js';
import { cLocaleColumn, expectedCommands, helpProblems, readmeProblems } from './oracle.js';
import { makeWorkspace, removeWorkspace, runGenerator, specWords } from './run-spec.js';

export interface CheckOptions {
  /** Run the plugin's own `make lint unit-tests` for one spec in this many (1: every spec; 0: never). */
  makeEvery: number;
  /** Keep the workspace of a failing spec, for a look at it. */
  keepFailures?: boolean;
}

/** A value set and read back through the report kit: echo options, escapes, expansions and non-ASCII. */
export const SET_VALUE = '-n $(touch pwned) `touch pwned` \\x41 é ${HOME}';

function text(word: Word | undefined): string | undefined {
  return word === undefined ? undefined : (word instanceof RawBytes ? word.toString() : word).trim();
}

/** One spec in N, the same every time for the same spec, so that a replay makes the same choice. */
function sampled(spec: Spec, every: number): boolean {
  return every > 0 && createHash('sha256').update(JSON.stringify(spec)).digest().readUInt32BE(0) % every === 0;
}

/** What must hold of a refused run: exit 1, each `error:` line naming a flag, and nothing written. */
function refusedProblems(spec: Spec, ran: Ran, changed: string[]): string[] {
  const problems: string[] = [];
  if (spec.expect === 'accept') {
    problems.push(`valid input was refused:\n${ran.stderr.trim()}`);
  }
  if (ran.status !== 1) {
    problems.push(`exit status ${ran.status}, not 1:\n${ran.stderr.trim()}`);
  }
  const errors = ran.stderr.split('\n').filter((line) => line.startsWith('error:'));
  if (errors.length === 0) {
    problems.push(`no "error: --flag: ..." line on stderr:\n${ran.stderr.trim()}`);
  }
  // An unknown option is named in issue 11's own form, `error: unknown option --x (did you mean …?)`.
  for (const line of errors.filter((candidate) => !/^error: (--[a-z][a-z-]*: \S|unknown option -)/.test(candidate))) {
    problems.push(`error line names no flag: ${line}`);
  }
  if (/^\s+at .+:\d+:\d+\)?$/m.test(ran.stderr)) {
    problems.push(`stack trace on stderr:\n${ran.stderr.trim()}`);
  }
  if (changed.length > 0) {
    problems.push(`a refused run wrote: ${changed.slice(0, 10).join(', ')}`);
  }
  return problems;
}

/** Words for a run of a command: every argument filled, a variadic one twice, every flag given. */
function commandArgs(usage: string): string[] {
  const [name = '', ...words] = usage.split(' ');
  const args = words.flatMap((word, index) => {
    if (word === '<app>' || word === '[<app>]') {
      return ['web'];
    }
    if (word.startsWith('[--')) {
      return [word.slice(1, -1)];
    }
    return word.endsWith('...') || word.endsWith('...]') ? [`v${index}`, `w${index}`] : [`v${index}`];
  });
  return [name, ...args];
}

/**
 * Surplus operands and undeclared flags are refused with the usage (exit 1), as Dokku's Go plugins do;
 * a variadic argument takes every operand, and a bare `--` makes the words after it operands.
 */
function surplusProblems(usage: string, args: string[], dokku: (args: string[]) => Ran): string[] {
  const problems: string[] = [];
  const refused = (words: string[], message: string) => {
    const ran = dokku(words);
    if (ran.status !== 1 || !ran.stderr.includes(message)) {
      problems.push(`dokku ${words.join(' ')} exited ${ran.status} without "${message}": ${ran.output.trim().split('\n').slice(0, 3).join(' / ')}`);
    }
  };
  refused([...args, '--undeclared-zz'], `Unknown flag "--undeclared-zz": dokku ${usage}`);
  if (usage.includes('...')) {
    const ran = dokku([...args, 'more', '--', '--literal']);
    if (ran.status !== 0) {
      problems.push(`dokku ${args.join(' ')} more -- --literal (a variadic command) exited ${ran.status}: ${ran.output.trim()}`);
    }
  } else {
    refused([...args, 'surplus-zz'], `Unexpected argument "surplus-zz": dokku ${usage}`);
  }
  return problems;
}

/** Runs the plugin's help and commands through its dispatcher double and checks what they show. */
function runtimeProblems(spec: PluginSpec, pluginDir: string, cwd: string): string[] {
  const name = spec.name.trim();
  const { dokku, root } = hostFor(pluginDir, name, cwd);
  const problems: string[] = [];
  const expected = expectedCommands(name, spec.commands.map((line) => String(line)), spec.properties.map(String));
  const note = (label: string, ran: Ran) => {
    const broken = brokenShell(ran);
    if (broken) {
      problems.push(`${label}: ${broken}`);
    }
    return ran;
  };
  problems.push(...helpProblems(note(`${name}:help`, dokku([`${name}:help`])).stdout, name, expected, (description) => description).map((problem) => `${name}:help: ${problem}`));
  problems.push(...helpProblems(note('help --all', dokku(['help', '--all'])).stdout, name, expected, cLocaleColumn).map((problem) => `help --all: ${problem}`));
  const description = text(spec.description);
  const plain = note('help', dokku(['help'])).stdout;
  if (description !== undefined && !plain.split('\n').some((line) => line.startsWith(`    ${name} `) && line.slice(name.length + 4).trimStart() === cLocaleColumn(description))) {
    problems.push(`dokku help shows no row "${name}  ${cLocaleColumn(description)}":\n${plain}`);
  }
  note(`dokku ${name}`, dokku([name]));
  for (const command of expected.filter((candidate) => candidate.description !== undefined)) {
    const args = commandArgs(command.usage);
    const ran = note(`dokku ${args.join(' ')}`, dokku(args));
    if (ran.status !== 0) {
      problems.push(`dokku ${args.join(' ')} exited ${ran.status}: ${ran.output.trim()}`);
    }
    problems.push(...surplusProblems(command.usage, args, dokku));
  }
  const first = spec.properties[0];
  if (first !== undefined) {
    const entry = String(first);
    const key = entry.split('=')[0]?.trim() as string;
    const fallback = entry.includes('=') ? entry.slice(entry.indexOf('=') + 1) : '';
    const flag = `--${name}-${key}`;
    const computed = `--${name}-computed-${key}`;
    const shown = note(`report ${computed}`, dokku([`${name}:report`, 'web', computed]));
    if (shown.stdout !== `${fallback}\n` && shown.stdout !== `${fallback.trim()}\n`) {
      problems.push(`dokku ${name}:report web ${computed} printed ${JSON.stringify(shown.stdout)}, not the default ${JSON.stringify(fallback)}`);
    }
    note('set', dokku([`${name}:set`, 'web', key, SET_VALUE]));
    const read = note(`report ${flag}`, dokku([`${name}:report`, 'web', flag]));
    if (read.stdout !== `${SET_VALUE}\n`) {
      problems.push(`after ${name}:set web ${key} VALUE, ${name}:report web ${flag} printed ${JSON.stringify(read.stdout)}, not ${JSON.stringify(SET_VALUE)}`);
    }
  }
  rmSync(root, { recursive: true, force: true });
  return problems;
}

/** What must hold of an accepted plugin. */
function acceptedPluginProblems(spec: PluginSpec, ran: Ran, pluginDir: string, cwd: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  if (spec.expect === 'refuse') {
    problems.push(`invalid input (${spec.broken.join('; ')}) was accepted`);
  }
  if (spec.description instanceof RawBytes && !/UTF-8/i.test(ran.stderr)) {
    problems.push('a description that is not valid UTF-8 was accepted without a warning');
  }
  problems.push(...shellProblems(pluginDir));
  problems.push(...pluginTomlProblems(pluginDir, text(spec.description), text(spec.version) ?? '0.1.0'));
  if (spec.lang === 'go') {
    problems.push(...goProblems(pluginDir));
  }
  problems.push(...readmeProblems(readFileSync(path.join(pluginDir, 'README.md'), 'utf8'), expectedCommands(spec.name.trim(), spec.commands.map(String), spec.properties.map(String))));
  problems.push(...runtimeProblems(spec, pluginDir, cwd));
  if (sampled(spec, options.makeEvery)) {
    problems.push(...makeProblems(pluginDir));
  }
  return problems;
}

/** What must hold of an accepted add-on: clean scripts and, on the sample, its own contract kit. */
function acceptedAddonProblems(spec: AddonSpec, pluginDir: string, options: CheckOptions): string[] {
  const problems: string[] = [];
  if (spec.expect === 'refuse') {
    problems.push(`invalid input (${spec.broken.join('; ')}) was accepted`);
  }
  problems.push(...shellProblems(pluginDir));
  if (!spec.dumpRestore && (existsSync(path.join(pluginDir, 'dump')) || existsSync(path.join(pluginDir, 'restore')))) {
    problems.push('--no-dump-restore still wrote dump or restore');
  }
  if (sampled(spec, options.makeEvery)) {
    problems.push(...makeProblems(pluginDir));
  }
  return problems;
}

/** Generates one spec in a fresh workspace and lists every property it breaks (empty: all hold). */
export function specProblems(spec: Spec, options: CheckOptions): string[] {
  const workspace = makeWorkspace(spec);
  let problems: string[] = [];
  try {
    const before = snapshot(workspace.work);
    const ran = runGenerator(specWords(spec, workspace), workspace.work);
    if (ran.status === 0) {
      problems = spec.kind === 'addon'
        ? acceptedAddonProblems(spec, workspace.target, options)
        : acceptedPluginProblems(spec, ran, workspace.target, workspace.root, options);
    } else {
      problems = refusedProblems(spec, ran, changedPaths(before, snapshot(workspace.work)));
    }
    const executed = canaries(workspace.root);
    if (executed.length > 0) {
      problems.push(`input text was executed: ${executed.map((file) => path.relative(workspace.root, file)).join(', ')}`);
    }
    return problems;
  } finally {
    if (problems.length === 0 || !options.keepFailures) {
      removeWorkspace(workspace);
    } else {
      problems.push(`workspace kept: ${workspace.root}`);
    }
  }
}
