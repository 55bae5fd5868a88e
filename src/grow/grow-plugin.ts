import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCommandSpec } from '../model/command-spec.js';
import { InputError } from '../model/input-error.js';
import { buildPluginModel, type ModelContext, type PluginInput, type PluginModel } from '../model/plugin-model.js';
import { shellQuote } from '../render/encode.js';
import { rememberedInputFile, renderPlugin, type RenderedFile } from '../render/render-plugin.js';
import { firstCommitFiles } from './first-commit.js';
import { refreshRegions } from './regions.js';
import { writeAtomically, writeProblem } from './write-atomically.js';

export interface Additions {
  commands: string[];
  triggers: string[];
  /** Properties for the report kit (NAME[=DEFAULT][:app|:global]); any adds the kit. */
  properties?: string[];
}

export interface GrowthPlan {
  directory: string;
  model: PluginModel;
  /** Files to write, with their whole new content. */
  writes: RenderedFile[];
  /** Generated files the author edited that the additions would change. */
  conflicts: string[];
  /** Warnings that what is added brings, such as a deprecated trigger; the plugin's older ones are not repeated. */
  warnings: string[];
}

const REMEMBERED = '.yo-rc.json';

/**
 * The plugin that `start` is in: the nearest directory at or above it holding a .yo-rc.json, as Yeoman
 * (its destinationRoot) and git find theirs, so growth works from any folder inside the plugin.
 */
export function pluginRoot(start: string): string {
  if (!existsSync(start) || !statSync(start).isDirectory()) {
    throw new InputError([{ flag: '--directory', message: `${start} is not a directory; point --directory at the plugin, or run this inside it` }]);
  }
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, REMEMBERED))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new InputError([{
        flag: '--directory',
        message: `${start} is not inside a plugin made by generator-dokku-plugin (no ${REMEMBERED} there or in any folder above); run this inside such a plugin or point --directory at one`,
      }]);
    }
  }
}

/** The input a plugin was generated from, as kept in its .yo-rc.json. */
export function rememberedInput(directory: string): PluginInput {
  const file = path.join(directory, REMEMBERED);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `cannot be read (${(error as Error).message})`;
    throw new InputError([{
      flag: '--directory',
      message: `${file} ${reason}; it holds the input the plugin was made from, so growth needs it. Restore it, for example with git checkout -- ${REMEMBERED}`,
    }]);
  }
  const stored = (parsed as Record<string, { input?: PluginInput & { kind?: string } }> | null)?.['generator-dokku-plugin']?.input;
  if (!stored || typeof stored !== 'object') {
    throw new InputError([{ flag: '--directory', message: `${file} holds no generator-dokku-plugin input; it was not written by this generator (or lost its "generator-dokku-plugin" entry: restore it, for example with git checkout -- ${REMEMBERED})` }]);
  }
  if (stored.kind === 'addon') {
    throw new InputError([{
      flag: '--add',
      message: `${directory} is an add-on: its scripts are the fixed set Dokku's add-ons plugin calls, so there are no commands, triggers or properties to add; edit its scripts instead`,
    }]);
  }
  return stored;
}

/** The plugin's input with the additions merged in; a command already there with the same line is no change. */
function mergedInput(stored: PluginInput, additions: Additions): PluginInput {
  const name = (stored.name ?? '').replace(/^dokku-/, '');
  const commands = [...(stored.commands ?? [])];
  const storedCount = commands.length;
  const problems = [];
  for (const raw of additions.commands) {
    let added;
    try {
      added = parseCommandSpec(raw, name);
    } catch (error) {
      problems.push({ flag: '--command', message: (error as Error).message });
      continue;
    }
    const existingIndex = commands.findIndex((candidate) => {
      try {
        return parseCommandSpec(candidate, name).name === added.name;
      } catch {
        return false;
      }
    });
    const existing = commands[existingIndex];
    if (existing === undefined) {
      commands.push(raw.trim());
    } else if (existing.trim() === raw.trim()) {
      continue;
    } else if (existingIndex < storedCount) {
      problems.push({ flag: '--command', message: `"${added.name}" already exists as "${existing}"; pick another name, or change it by hand` });
    } else {
      problems.push({ flag: '--command', message: `"${added.name}" is given twice, as "${existing}" and as "${raw.trim()}"; keep one of them` });
    }
  }
  if (problems.length > 0) {
    throw new InputError(problems);
  }
  const triggers = [...new Set([...(stored.triggers ?? []), ...additions.triggers.map((trigger) => trigger.trim())])];
  const storedProperties = stored.properties ?? [];
  const newProperties = (additions.properties ?? []).filter((raw) => !storedProperties.includes(raw));
  const properties = [...storedProperties, ...newProperties];
  return { ...stored, commands, triggers, ...(properties.length > 0 ? { properties, report: true } : {}) };
}

/**
 * When the report kit comes to a bash plugin whose author already owns some of the triggers it needs, the
 * property handling is appended to those files (never rewriting what is there), between markers. A trigger
 * file the author wrote by hand, never declared to the generator, is the author's too and gets the same.
 */
function propertyHooksForExistingTriggers(directory: string, model: PluginModel): RenderedFile[] {
  // Quoted as the templates quote it: a plugin may be named like a shell keyword (`do`, `done`).
  const name = shellQuote(model.name);
  const calls: Record<string, string[]> = {
    'post-delete': [`fn-plugin-property-destroy ${name} "$1"`],
    'post-app-rename-setup': [`fn-plugin-property-clone ${name} "$1" "$2"`, `fn-plugin-property-destroy ${name} "$1"`],
    'post-app-clone-setup': [`fn-plugin-property-clone ${name} "$1" "$2"`],
    report: [`cmd-${model.name}-report-single "$1"`],
  };
  return Object.entries(calls)
    .filter(([trigger]) => existsSync(path.join(directory, trigger)))
    .map(([trigger, lines]) => {
      const current = readFileSync(path.join(directory, trigger), 'utf8');
      const hook = [
        '',
        '# >>> generator-dokku-plugin: the report kit keeps the app\'s properties in step with the app',
        '# shellcheck source=/dev/null',
        `source "$PLUGIN_AVAILABLE_PATH/${model.name}/report-functions"`,
        ...lines,
        '# <<< generator-dokku-plugin',
        '',
      ].join('\n');
      return { path: trigger, content: `${current}${current.endsWith('\n') ? '' : '\n'}${hook}`, mode: 0o755, ownership: 'author' as const };
    });
}

/** The text appended to a `sections` file for what was added: its render for the additions alone, minus its header. */
function appendix(file: string, added: PluginModel, empty: PluginModel): string {
  const full = renderPlugin(added).find((candidate) => candidate.path === file)?.content ?? '';
  const header = renderPlugin(empty).find((candidate) => candidate.path === file)?.content ?? '';
  if (!full.startsWith(header)) {
    throw new Error(`internal error: the template of ${file} does not render its sections after its header`);
  }
  return full.slice(header.length);
}

/** Which flag a file that cannot be written comes from, so the error names what to change. */
function flagFor(file: string, added: PluginModel): string {
  if (added.commands.some((command) => file.includes(command.name))) {
    return '--command';
  }
  return added.triggers.some((trigger) => file.includes(trigger.name)) ? '--trigger' : '--directory';
}

/**
 * Works out what adding commands and triggers does to an existing plugin, without writing anything: new
 * files are created, generated files the author has not edited are brought up to date, regions are
 * refreshed in place, new implementations are appended, and the author's own files are left alone.
 * `start` is the plugin's directory or any folder inside it. Everything that could stop the run is found
 * here, so that writing the plan cannot fail half way for a reason known in advance.
 */
export function planGrowth(start: string, additions: Additions, context: ModelContext, force: boolean): GrowthPlan {
  const directory = pluginRoot(start);
  const stored = rememberedInput(directory);
  const located = { ...stored, directory };
  const before = buildPluginModel(located, context);
  const input = mergedInput(located, additions);
  const model = buildPluginModel(input, context);
  const isNew = <T extends { name: string }>(list: T[]) => (item: T) => !list.some((candidate) => candidate.name === item.name);
  const added = { ...model, commands: model.commands.filter(isNew(before.commands)), triggers: model.triggers.filter(isNew(before.triggers)), defaultCommand: undefined };
  const empty = { ...model, commands: [], triggers: [], defaultCommand: undefined };
  const previous = new Map(renderPlugin(before).map((file) => [file.path, file.content]));
  const firstWritten = firstCommitFiles(directory);

  const writes: RenderedFile[] = [];
  const conflicts: string[] = [];
  const remembered = rememberedInputFile(input);
  for (const file of [...renderPlugin(model), remembered]) {
    const target = path.join(directory, file.path);
    const onDisk = existsSync(target) && statSync(target).isFile() ? readFileSync(target, 'utf8') : undefined;
    if (onDisk === undefined) {
      writes.push(file);
      continue;
    }
    if (onDisk === file.content || file.ownership === 'author') {
      continue;
    }
    if (file.ownership === 'sections') {
      const more = appendix(file.path, added, empty);
      if (more !== '') {
        writes.push({ ...file, content: `${onDisk}${onDisk.endsWith('\n') ? '' : '\n'}${more}` });
      }
      continue;
    }
    const old = previous.get(file.path);
    const first = firstWritten(file.path);
    // A generated file with regions is the author's outside them: only the regions are the generator's. A
    // file without regions on either side, or whose markers the author removed, is unmatched: taken whole.
    const refreshed = refreshRegions(onDisk, file.content, old, force, first);
    if (refreshed.kind === 'spliced') {
      if (refreshed.text !== onDisk) {
        writes.push({ ...file, content: refreshed.text });
      }
      continue;
    }
    if (refreshed.kind === 'edited') {
      conflicts.push(...refreshed.regions.map((region) => `${file.path} (generated region "${region}")`));
      continue;
    }
    if (file === remembered || onDisk === old || onDisk === first || force) {
      writes.push(file);
    } else if (file.content !== old) {
      conflicts.push(file.path);
    }
  }
  // The plugin's own warnings were shown when it was made; only what this growth brings is new.
  const warnings = model.warnings.filter((warning) => !before.warnings.includes(warning));
  if (model.report && !before.report && model.language === 'bash') {
    writes.push(...propertyHooksForExistingTriggers(directory, model));
  }
  const problems = writes.flatMap((file) => {
    const problem = writeProblem(directory, file.path);
    return problem === undefined ? [] : [{ flag: flagFor(file.path, added), message: `cannot write ${problem}; nothing was written` }];
  });
  if (problems.length > 0) {
    throw new InputError(problems);
  }
  return { directory, model, writes, conflicts, warnings };
}

/** Writes a plan as one change: all of it, or, when a write fails, none of it. */
export function applyGrowth(plan: GrowthPlan): void {
  writeAtomically(plan.directory, plan.writes);
}
