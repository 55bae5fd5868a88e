import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyGrowth, planGrowth } from '../../src/grow/grow-plugin.js';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { rememberedInputFile, renderPlugin } from '../../src/render/render-plugin.js';
import { writeFiles } from '../../src/write/write-files.js';
import { inputProblems } from '../support/input-problems.js';

const CONTEXT = { cwd: os.tmpdir(), year: 2026 };
const HOOK_MARK = '# >>> generator-dokku-plugin: the report kit keeps the app\'s properties in step with the app';

/** A plugin as the generator writes it (without git), in a fresh directory. */
function made(input: PluginInput): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-plan-cases-')), 'dokku-demo');
  const full = { name: 'demo', description: 'Demo tools', ...input, directory };
  writeFiles(directory, [...renderPlugin(buildPluginModel(full, CONTEXT)), rememberedInputFile(full)]);
  return directory;
}

/** Makes the plugin its own git repository, with everything in one first commit. */
function firstCommit(dir: string) {
  const git = (args: string[]) => execFileSync('git', ['-c', 'user.name=Ann', '-c', 'user.email=ann@example.com', ...args], { cwd: dir, stdio: 'ignore' });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'first']);
}

const paths = (plan: { writes: Array<{ path: string }> }) => plan.writes.map((file) => file.path).sort();
const contentOf = (plan: { writes: Array<{ path: string; content: string }> }, file: string) => plan.writes.filter((written) => written.path === file).map((written) => written.content);
const add = (dir: string, additions: { commands?: string[]; triggers?: string[]; properties?: string[] }, force = false) =>
  planGrowth(dir, { commands: additions.commands ?? [], triggers: additions.triggers ?? [], properties: additions.properties ?? [] }, CONTEXT, force);

describe('unit: the report kit coming to triggers the author owns', () => {
  it('appends the calls each trigger needs, after a newline the file lacked, and leaves a removed trigger removed', () => {
    const dir = made({ triggers: ['post-app-clone-setup', 'report', 'post-delete'] });
    const report = path.join(dir, 'report');
    writeFileSync(report, readFileSync(report, 'utf8').replace(/\n+$/, ''));
    const reportBefore = readFileSync(report, 'utf8');
    const cloneBefore = readFileSync(path.join(dir, 'post-app-clone-setup'), 'utf8');
    rmSync(path.join(dir, 'post-delete'));
    const plan = add(dir, { properties: ['enabled=false'] });
    const hook = (...lines: string[]) => ['', HOOK_MARK, '# shellcheck source=/dev/null', 'source "$PLUGIN_AVAILABLE_PATH/demo/report-functions"', ...lines, '# <<< generator-dokku-plugin', ''].join('\n');
    assert.deepEqual(contentOf(plan, 'report'), [`${reportBefore}\n${hook('cmd-demo-report-single "$1"')}`]);
    assert.deepEqual(contentOf(plan, 'post-app-clone-setup'), [`${cloneBefore}${hook('fn-plugin-property-clone "demo" "$1" "$2"')}`]);
    const postDelete = contentOf(plan, 'post-delete');
    assert.equal(postDelete.length, 1);
    assert.ok(!postDelete[0]?.includes(HOOK_MARK));
  });

  it('appends nothing when the plugin had the kit already', () => {
    const dir = made({ triggers: ['post-delete'], properties: ['enabled=false'] });
    const plan = add(dir, { properties: ['size=2'] });
    assert.ok(plan.writes.every((file) => !file.content.includes(HOOK_MARK)), paths(plan).join());
    assert.deepEqual(contentOf(plan, 'post-delete'), []);
  });
});

describe('unit: additions already in the plugin', () => {
  it('are no change, written with spaces around them or not', () => {
    const dir = made({ commands: ['list, List'], triggers: ['post-deploy'], properties: ['enabled=false'] });
    // The first growth writes .yo-rc.json as growth keeps it.
    assert.deepEqual(paths(add(dir, {})), ['.yo-rc.json']);
    applyGrowth(add(dir, {}));
    assert.deepEqual(paths(add(dir, { triggers: [' post-deploy '] })), []);
    assert.deepEqual(paths(add(dir, { properties: ['enabled=false'] })), []);
    assert.deepEqual(paths(add(dir, { commands: ['  list, List  '] })), []);
  });

  it('are named with the plugin\'s own name in a refused command', () => {
    const dir = made({ name: 'my-dokku-tool', commands: ['list, List'] });
    assert.deepEqual(inputProblems(() => add(dir, { commands: ['Bad, x'] })), [
      '--command: "Bad" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as my-dokku-tool:NAME)',
    ]);
  });
});

describe('unit: generated files the author changed', () => {
  it('takes a file still as in the first commit for the generator\'s, though today\'s render of it differs', () => {
    const dir = made({ commands: ['list, List'] });
    appendFileSync(path.join(dir, 'tests', 'integration', 'plugin.bats'), '# as an older generator wrote it\n');
    const help = path.join(dir, 'help-functions');
    writeFileSync(help, readFileSync(help, 'utf8').replace('demo:list, List', 'demo:list, List (older wording)'));
    firstCommit(dir);
    const plan = add(dir, { commands: ['show, Show'] });
    assert.deepEqual(plan.conflicts, []);
    assert.ok(paths(plan).includes('tests/integration/plugin.bats'));
    assert.doesNotMatch(contentOf(plan, 'tests/integration/plugin.bats')[0] ?? '', /older generator/);
    assert.match(contentOf(plan, 'help-functions')[0] ?? '', /demo:list, List\n +demo:show, Show\n/);
  });

  it('leaves a file whose regions need no change alone, whatever the author wrote around them', () => {
    const dir = made({ commands: ['list, List'] });
    appendFileSync(path.join(dir, 'help-functions'), '# my own helper\n');
    const plan = add(dir, { triggers: ['post-deploy'] });
    assert.deepEqual(plan.conflicts, []);
    assert.ok(!paths(plan).includes('help-functions'), paths(plan).join());
  });

  it('treats a file whose region markers are gone as a whole: a conflict, or overwritten with --force', () => {
    const dir = made({ commands: ['list, List'] });
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, readFileSync(readme, 'utf8').split('\n').filter((line) => !line.includes('<<< generator-dokku-plugin')).join('\n'));
    assert.deepEqual(add(dir, { commands: ['show, Show'] }).conflicts, ['README.md']);
    const forced = add(dir, { commands: ['show, Show'] }, true);
    assert.deepEqual(forced.conflicts, []);
    assert.match(contentOf(forced, 'README.md')[0] ?? '', /<<< generator-dokku-plugin/);
  });

  it('names --directory for a file in the way that no addition is named after', () => {
    const dir = made({ commands: ['list, List'] });
    rmSync(path.join(dir, 'README.md'));
    mkdirSync(path.join(dir, 'README.md'));
    assert.deepEqual(inputProblems(() => add(dir, { commands: ['show, Show'] })), [
      '--directory: cannot write README.md: there is a directory at that path; move it away; nothing was written',
    ]);
  });
});

describe('unit: growth at the edges of its input', () => {
  const remembered = (plan: { writes: Array<{ path: string; content: string }> }) => JSON.parse(contentOf(plan, '.yo-rc.json')[0] ?? '{}')['generator-dokku-plugin'].input;

  it('remembers an added command without the spaces typed around it, and names both lines of a repeat that way', () => {
    const dir = made({ commands: ['list, List'] });
    assert.deepEqual(remembered(add(dir, { commands: ['  show, Show  '] })).commands, ['list, List', 'show, Show']);
    assert.deepEqual(inputProblems(() => add(dir, { commands: ['show, A', ' show, B '] })), [
      '--command: "show" is given twice, as "show, A" and as "show, B"; keep one of them',
    ]);
  });

  it('takes a command kept with spaces in a hand-edited .yo-rc.json for the same line', () => {
    const dir = made({ commands: ['list, List'] });
    const file = path.join(dir, '.yo-rc.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    stored['generator-dokku-plugin'].input.commands = [' list, List '];
    writeFileSync(file, JSON.stringify(stored));
    assert.deepEqual(paths(add(dir, { commands: ['list, List'] })), ['.yo-rc.json']);
  });

  it('appends to an implementation file with its last newline exactly what it appends after adding the newline a file lacked', () => {
    const dir = made({ commands: ['list, List'] });
    const file = path.join(dir, 'command-functions');
    const whole = readFileSync(file, 'utf8');
    assert.ok(whole.endsWith('}\n'), whole.slice(-20));
    const appended = (contentOf(add(dir, { commands: ['show, Show'] }), 'command-functions')[0] ?? '').slice(whole.length);
    assert.match(appended, /^\n?cmd-demo-show\(\)|^\n?#/);
    writeFileSync(file, whole.slice(0, -1));
    assert.deepEqual(contentOf(add(dir, { commands: ['show, Show'] }), 'command-functions'), [`${whole}${appended}`]);
  });

  it('names --command for a file it cannot write when only one of the added commands is in its path', () => {
    const dir = made({ commands: ['list, List'] });
    mkdirSync(path.join(dir, 'subcommands', 'show'));
    assert.deepEqual(inputProblems(() => add(dir, { commands: ['show, Show', 'stop, Stop'] })), [
      '--command: cannot write subcommands/show: there is a directory at that path; move it away; nothing was written',
    ]);
  });

  it('appends the report kit\'s calls to a trigger file the author wrote by hand without declaring it', () => {
    const dir = made({ commands: ['list, List'] });
    writeFileSync(path.join(dir, 'post-delete'), '#!/usr/bin/env bash\necho mine\n', { mode: 0o755 });
    const plan = add(dir, { properties: ['enabled=false'] });
    assert.deepEqual(contentOf(plan, 'post-delete'), [
      ['#!/usr/bin/env bash', 'echo mine', '', HOOK_MARK, '# shellcheck source=/dev/null', 'source "$PLUGIN_AVAILABLE_PATH/demo/report-functions"',
        'fn-plugin-property-destroy "demo" "$1"', '# <<< generator-dokku-plugin', ''].join('\n'),
    ]);
  });

  it('appends nothing to a built Go plugin\'s trigger binaries when the report kit comes: Go handles properties in its code', () => {
    const dir = made({ language: 'go', triggers: ['post-delete'] });
    // What scripts/build leaves at the plugin's root (git-ignored): one executable per trigger.
    writeFileSync(path.join(dir, 'post-delete'), '\u007fELF built', { mode: 0o755 });
    const plan = add(dir, { properties: ['enabled=false'] });
    assert.ok(plan.writes.every((file) => !file.content.includes(HOOK_MARK)), paths(plan).join());
    assert.deepEqual(contentOf(plan, 'post-delete'), []);
  });
});

describe('unit: growing a Go plugin', () => {
  it('appends to plugin/plugin.go the function of the added trigger only, not again those it had', () => {
    const dir = made({ language: 'go', triggers: ['post-deploy'] });
    const before = readFileSync(path.join(dir, 'plugin', 'plugin.go'), 'utf8');
    const [grown = ''] = contentOf(add(dir, { triggers: ['post-delete'] }), 'plugin/plugin.go');
    assert.ok(grown.startsWith(before));
    const appended = grown.slice(before.length);
    assert.match(appended, / is the post-delete trigger: /);
    assert.doesNotMatch(appended, /post-deploy/);
  });
});

describe('unit: a generated file the author wrote around', () => {
  it('gets its regions refreshed with the author\'s lines kept, not a conflict', () => {
    const dir = made({ commands: ['list, List'] });
    const readme = path.join(dir, 'README.md');
    appendFileSync(readme, '\nMy own notes.\n');
    const plan = add(dir, { commands: ['show, Show'] });
    assert.deepEqual(plan.conflicts, []);
    const [grown = ''] = contentOf(plan, 'README.md');
    assert.ok(grown.endsWith('\nMy own notes.\n'), grown.slice(-40));
    assert.match(grown, /demo:show/);
  });
});
