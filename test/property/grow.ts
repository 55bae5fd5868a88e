import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Ran } from '../support/run.js';
import { command, PLUGIN_TRIGGERS, validPlugin, type PluginSpec } from './arbitraries.js';
import { validText } from './text.js';
import { canaries, changedPaths, goProblems, hostFor, shellProblems, snapshot } from './checks.js';
import { expectedCommands, helpProblems } from './oracle.js';
import { makeWorkspace, removeWorkspace, runGenerator, shellWord, specArgs, specWords } from './run-spec.js';

/** One `--add` run: what it adds, as flags. */
interface AddStep {
  type: 'add';
  commands: string[];
  triggers: string[];
  properties: string[];
}

/** An author's edit between runs: one line appended to a file the author owns or to the README's own part. */
interface EditStep {
  type: 'edit';
  target: 'implementation' | 'trigger' | 'command-test' | 'readme';
  pick: number;
}

type Step = AddStep | EditStep;

export interface GrowthSpec {
  start: PluginSpec;
  steps: Step[];
}

// Names are unique without the plugin prefix: NAME:x and x are one command, so a step with both is a duplicate.
const addStep = (plugin: string): fc.Arbitrary<AddStep> => fc.record({
  commands: fc.uniqueArray(command(plugin).filter((draft) => !draft.risky).map((draft) => draft.line), { maxLength: 2, selector: commandName }),
  triggers: fc.uniqueArray(fc.constantFrom(...PLUGIN_TRIGGERS), { maxLength: 2 }),
  properties: fc.uniqueArray(fc.tuple(fc.constantFrom('mode', 'do', 'image', 'fi', 'level'), fc.option(validText(2), { nil: undefined })).map(([key, value]) => (value === undefined ? key : `${key}=${value}`)), { maxLength: 1 }),
  // A very long command name: a limit that must be refused before anything is written, or work.
  long: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 230, max: 300 }) }),
}).map(({ commands, triggers, properties, long }) => ({
  type: 'add' as const,
  commands: long > 0 ? [...commands, `q${'l'.repeat(long - 1)}, Long`] : commands,
  triggers,
  properties,
})).filter((step) => step.commands.length + step.triggers.length + step.properties.length > 0);

export function growthSpec(): fc.Arbitrary<GrowthSpec> {
  return validPlugin().filter((spec) => spec.expect === 'accept').chain((start) => fc.record({
    start: fc.constant({ ...start, commands: start.commands.slice(0, 2), properties: [], defaultCommand: undefined }),
    steps: fc.array(fc.oneof(
      { weight: 3, arbitrary: addStep(start.name) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('edit' as const), target: fc.constantFrom('implementation', 'trigger', 'command-test', 'readme') as fc.Arbitrary<EditStep['target']>, pick: fc.nat() }) },
    ), { minLength: 1, maxLength: 5 }),
  }));
}

function addWords(step: AddStep): string[] {
  return ['--add', '--directory=out', ...step.commands.map((line) => `--command=${line}`), ...step.triggers.map((name) => `--trigger=${name}`), ...step.properties.map((entry) => `--property=${entry}`)];
}

/** The files an edit may touch, by kind; the line is a comment in the file's own language. */
function editTarget(dir: string, lang: string, step: EditStep, triggers: string[]): { file: string; line: string } | undefined {
  const line = (comment: string) => `${comment} author edit ${step.pick} $(touch pwned) \`touch pwned\` <% %> >>> generator-dokku-plugin`;
  if (step.target === 'implementation') {
    // After a blank line, so that the Go file stays as gofmt writes it.
    return lang === 'go' ? { file: 'plugin/plugin.go', line: `\n${line('//')}` } : { file: 'command-functions', line: line('#') };
  }
  if (step.target === 'trigger') {
    const own = triggers.filter((name) => lang === 'bash' && existsSync(path.join(dir, name)));
    return own.length === 0 ? undefined : { file: own[step.pick % own.length] as string, line: line('#') };
  }
  if (step.target === 'command-test') {
    const tests = readdirNames(path.join(dir, 'tests/unit')).filter((name) => name.startsWith('command-'));
    return tests.length === 0 ? undefined : { file: `tests/unit/${tests[step.pick % tests.length]}`, line: line('#') };
  }
  return { file: 'README.md', line: `Author's note ${step.pick}: *kept* <b>as written</b>.` };
}

function commandName(line: string): string {
  return (line.split(/[ ,]/)[0] as string).replace(/^.*:/, '');
}

function readdirNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function errorLineProblems(ran: Ran): string[] {
  const errors = ran.stderr.split('\n').filter((line) => line.startsWith('error:'));
  const problems = errors.filter((line) => !/^error: (--[a-z][a-z-]*: \S|unknown option -)/.test(line)).map((line) => `error line names no flag: ${line}`);
  if (ran.status !== 1) {
    problems.push(`exit status ${ran.status}, not 1:\n${ran.stderr.trim()}`);
  } else if (errors.length === 0) {
    problems.push(`no "error: --flag: ..." line:\n${ran.stderr.trim()}`);
  }
  return problems;
}

/** Runs the steps and lists every broken growth rule. */
export function growthProblems(spec: GrowthSpec): string[] {
  const workspace = makeWorkspace(spec.start);
  const dir = workspace.target;
  const problems: string[] = [];
  const edits: Array<{ file: string; line: string }> = [];
  const commands = spec.start.commands.map(String);
  const properties: string[] = [];
  const triggers = new Set(spec.start.triggers);
  try {
    const made = runGenerator(specWords(spec.start, workspace), workspace.work);
    if (made.status !== 0) {
      return [`the starting plugin was refused:\n${made.stderr.trim()}`];
    }
    for (const [index, step] of spec.steps.entries()) {
      if (step.type === 'edit') {
        const target = editTarget(dir, spec.start.lang, step, [...triggers]);
        if (target) {
          appendFileSync(path.join(dir, target.file), `${target.line}\n`);
          edits.push(target);
        }
        continue;
      }
      const before = snapshot(dir);
      const added = runGenerator(addWords(step), workspace.work);
      const after = snapshot(dir);
      if (added.status === 0) {
        const again = runGenerator(addWords(step), workspace.work);
        const changed = changedPaths(after, snapshot(dir));
        if (changed.length > 0) {
          problems.push(`step ${index}: running the same --add again changed ${changed.join(', ')}`);
        }
        if (again.status !== 0) {
          problems.push(...errorLineProblems(again).map((problem) => `step ${index}, again: ${problem}`));
        }
        commands.push(...step.commands);
        properties.push(...step.properties.filter((entry) => !properties.some((known) => known.split('=')[0] === entry.split('=')[0])));
        step.triggers.forEach((name) => triggers.add(name));
      } else {
        problems.push(...errorLineProblems(added).map((problem) => `step ${index}: ${problem}`));
        const changed = changedPaths(before, after);
        if (changed.length > 0) {
          problems.push(`step ${index}: a refused --add wrote ${changed.join(', ')}`);
        }
        const known = commands.map(commandName);
        const fresh = step.commands.every((line) => line.length < 200 && !known.includes(commandName(line)))
          && step.properties.every((entry) => !properties.some((other) => other.split('=')[0] === entry.split('=')[0]));
        if (fresh && problems.length === 0) {
          problems.push(`step ${index}: --add of new, valid names was refused:\n${added.stderr.trim()}`);
        }
      }
      for (const edit of edits) {
        if (!readFileSync(path.join(dir, edit.file), 'utf8').includes(edit.line)) {
          problems.push(`step ${index}: the author's line in ${edit.file} is gone`);
        }
      }
      if (problems.length > 0) {
        break;
      }
    }
    problems.push(...shellProblems(dir));
    if (spec.start.lang === 'go') {
      problems.push(...goProblems(dir));
    }
    const name = spec.start.name;
    const { dokku, root } = hostFor(dir, name, workspace.root);
    problems.push(...helpProblems(dokku([`${name}:help`]).stdout, name, expectedCommands(name, commands, properties), (text) => text));
    const executed = canaries(workspace.root);
    if (executed.length > 0) {
      problems.push(`input text was executed: ${executed.join(', ')}`);
    }
    rmSync(root, { recursive: true, force: true });
    return problems;
  } finally {
    if (problems.length === 0) {
      removeWorkspace(workspace);
    }
  }
}

/** Shell lines that replay a growth sequence by hand from the checkout's root. */
export function growthReproducer(spec: GrowthSpec): string {
  const lines = [`D=$(mktemp -d) && CI=true npm run generate -- ${specArgs(spec.start).map(shellWord).join(' ')} --no-git --directory="$D/out" </dev/null`];
  for (const step of spec.steps) {
    if (step.type === 'add') {
      lines.push(`CI=true npm run generate -- ${addWords(step).slice(0, 1).concat('--directory="$D/out"').join(' ')} ${addWords(step).slice(2).map(shellWord).join(' ')} </dev/null`);
    } else {
      lines.push(`# author appends a line to the ${step.target} file (pick ${step.pick})`);
    }
  }
  return lines.join('\n  ');
}
