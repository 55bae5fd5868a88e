import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyGrowth, planGrowth, pluginRoot, rememberedInput } from '../../src/grow/grow-plugin.js';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { rememberedInputFile, renderPlugin } from '../../src/render/render-plugin.js';
import { writeFiles } from '../../src/write/write-files.js';
import { inputProblems } from '../support/input-problems.js';

const CONTEXT = { cwd: os.tmpdir(), year: 2026 };

/** A plugin as the generator writes it, in a fresh directory. */
function made(input: PluginInput): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-plan-')), 'dokku-demo');
  const full = { name: 'demo', description: 'Demo tools', ...input, directory };
  writeFiles(directory, [...renderPlugin(buildPluginModel(full, CONTEXT)), rememberedInputFile(full)]);
  return directory;
}

const paths = (plan: { writes: Array<{ path: string }> }) => plan.writes.map((file) => file.path).sort();

describe('unit: planning the growth of a plugin', () => {
  it('finds the plugin from any folder inside it, and refuses a folder outside one', () => {
    const dir = made({ commands: ['list, List'] });
    mkdirSync(path.join(dir, 'deep', 'er'), { recursive: true });
    assert.equal(pluginRoot(path.join(dir, 'deep', 'er')), dir);
    assert.equal(pluginRoot(dir), dir);
    const outside = mkdtempSync(path.join(os.tmpdir(), 'unit-outside-'));
    assert.deepEqual(inputProblems(() => pluginRoot(outside)), [
      `--directory: ${outside} is not inside a plugin made by generator-dokku-plugin (no .yo-rc.json there or in any folder above); run this inside such a plugin or point --directory at one`,
    ]);
    assert.deepEqual(inputProblems(() => pluginRoot(path.join(dir, 'README.md'))), [
      `--directory: ${dir}/README.md is not a directory; point --directory at the plugin, or run this inside it`,
    ]);
    assert.deepEqual(inputProblems(() => pluginRoot(path.join(dir, 'missing'))), [
      `--directory: ${dir}/missing is not a directory; point --directory at the plugin, or run this inside it`,
    ]);
  });

  it('reads the remembered input, and says what is wrong with a broken .yo-rc.json', () => {
    const dir = made({ commands: ['list, List'] });
    assert.deepEqual(rememberedInput(dir), { name: 'demo', description: 'Demo tools', commands: ['list, List'] });
    writeFileSync(path.join(dir, '.yo-rc.json'), '{"other": {}}');
    assert.deepEqual(inputProblems(() => rememberedInput(dir)), [
      `--directory: ${dir}/.yo-rc.json holds no generator-dokku-plugin input; it was not written by this generator (or lost its "generator-dokku-plugin" entry: restore it, for example with git checkout -- .yo-rc.json)`,
    ]);
    writeFileSync(path.join(dir, '.yo-rc.json'), 'null');
    assert.equal(inputProblems(() => rememberedInput(dir)).length, 1);
    writeFileSync(path.join(dir, '.yo-rc.json'), '{"generator-dokku-plugin": {"input": "x"}}');
    assert.match(inputProblems(() => rememberedInput(dir))[0] ?? '', /holds no generator-dokku-plugin input/);
    writeFileSync(path.join(dir, '.yo-rc.json'), '{');
    assert.match(inputProblems(() => rememberedInput(dir))[0] ?? '', /^--directory: .*\/\.yo-rc\.json is not valid JSON \(.*\); it holds the input the plugin was made from, so growth needs it\. Restore it, for example with git checkout -- \.yo-rc\.json$/);
    writeFileSync(path.join(dir, '.yo-rc.json'), '{"generator-dokku-plugin": {"input": {"kind": "addon", "name": "cache"}}}');
    assert.deepEqual(inputProblems(() => rememberedInput(dir)), [
      `--add: ${dir} is an add-on: its scripts are the fixed set Dokku's add-ons plugin calls, so there are no commands, triggers or properties to add; edit its scripts instead`,
    ]);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'unit-norc-'));
    assert.match(inputProblems(() => rememberedInput(empty))[0] ?? '', /\.yo-rc\.json cannot be read \(ENOENT: .*\); it holds the input/);
  });

  it('adds a command and a trigger: new files, refreshed lists, an appended stub, nothing of the author\'s', () => {
    const dir = made({ commands: ['list, List demo apps'], triggers: ['post-deploy'] });
    appendFileSync(path.join(dir, 'command-functions'), '# my own code\n');
    appendFileSync(path.join(dir, 'post-deploy'), '# my own trigger code\n');
    const plan = planGrowth(dir, { commands: ['enable <app>, Enable demo'], triggers: [' post-delete '] }, CONTEXT, false);
    assert.deepEqual(plan.conflicts, []);
    assert.deepEqual(paths(plan), [
      '.yo-rc.json', 'README.md', 'command-functions', 'help-functions', 'post-delete', 'subcommands/enable',
      'tests/integration/plugin.bats', 'tests/unit/command-enable.bats', 'tests/unit/commands.bats', 'tests/unit/help.bats', 'tests/unit/triggers.bats',
    ]);
    const functions = plan.writes.find((file) => file.path === 'command-functions')?.content ?? '';
    assert.ok(functions.includes('# my own code\n'));
    assert.ok(functions.indexOf('cmd-demo-enable') > functions.indexOf('# my own code'));
    assert.deepEqual(plan.model.commands.map((command) => command.name), ['list', 'enable']);
    assert.deepEqual(JSON.parse(plan.writes.find((file) => file.path === '.yo-rc.json')?.content ?? '')['generator-dokku-plugin'].input.triggers, ['post-deploy', 'post-delete']);
    applyGrowth(plan);
    assert.ok(readFileSync(path.join(dir, 'post-deploy'), 'utf8').endsWith('# my own trigger code\n'));
    const again = planGrowth(dir, { commands: ['enable <app>, Enable demo'], triggers: ['post-delete'] }, CONTEXT, false);
    assert.deepEqual(again.writes.map((file) => file.path), []);
    assert.deepEqual(again.conflicts, []);
  });

  it('appends to an implementation file that lacks its last newline', () => {
    const dir = made({ commands: ['list, List'] });
    const file = path.join(dir, 'command-functions');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n+$/, ''));
    const plan = planGrowth(dir, { commands: ['show, Show'], triggers: [] }, CONTEXT, false);
    const content = plan.writes.find((written) => written.path === 'command-functions')?.content ?? '';
    assert.match(content, /\n\n?cmd-demo-show\(\) \{|\ncmd-demo-show|\n#/);
    assert.ok(!content.includes('}cmd-demo-show'));
  });

  it('refuses a command name already taken with another line, and a bad command', () => {
    const dir = made({ commands: ['list, List'] });
    assert.deepEqual(inputProblems(() => planGrowth(dir, { commands: ['list <app>, Other', 'Bad Name, x'], triggers: [] }, CONTEXT, false)), [
      '--command: "list" already exists as "list, List"; pick another name, or change it by hand',
      '--command: "Bad" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as demo:NAME)',
    ]);
    assert.deepEqual(paths(planGrowth(dir, { commands: [' list, List '], triggers: [] }, CONTEXT, false)), ['.yo-rc.json']);
  });

  it('one --add naming the same command with and without the plugin prefix is refused, not added twice (fuzz, seed 2040)', () => {
    const dir = made({ commands: ['list, List'] });
    // demo:false and false are one command, demo:false in the help: the second line would redefine it.
    assert.deepEqual(inputProblems(() => planGrowth(dir, { commands: ['demo:false, A', 'false, B'], triggers: [] }, CONTEXT, false)), [
      '--command: "false" is given twice, as "demo:false, A" and as "false, B"; keep one of them',
    ]);
    // The same line twice is one command, as on a re-run.
    assert.ok(paths(planGrowth(dir, { commands: ['demo:false, A', 'demo:false, A'], triggers: [] }, CONTEXT, false)).includes('command-functions'));
  });

  it('reports edited generated files and regions as conflicts, and --force overwrites them', () => {
    const dir = made({ commands: ['list, List'] });
    appendFileSync(path.join(dir, 'commands'), '# edited\n');
    const help = path.join(dir, 'help-functions');
    writeFileSync(help, readFileSync(help, 'utf8').replace('List', 'My own list'));
    const plan = planGrowth(dir, { commands: ['show, Show'], triggers: [] }, CONTEXT, false);
    assert.deepEqual(plan.conflicts.sort(), ['help-functions (generated region "help lines, rewritten when commands are added; edit around them freely")']);
    appendFileSync(path.join(dir, 'internal-functions'), '# edited, and growth leaves it alone\n');
    appendFileSync(path.join(dir, 'tests', 'integration', 'plugin.bats'), '# edited\n');
    assert.deepEqual(planGrowth(dir, { commands: ['show, Show'], triggers: [] }, CONTEXT, false).conflicts.sort(), [
      'help-functions (generated region "help lines, rewritten when commands are added; edit around them freely")', 'tests/integration/plugin.bats',
    ]);
    const forced = planGrowth(dir, { commands: ['show, Show'], triggers: [] }, CONTEXT, true);
    assert.deepEqual(forced.conflicts, []);
    assert.ok(paths(forced).includes('tests/integration/plugin.bats'));
    assert.ok(paths(forced).includes('internal-functions'));
    assert.ok(paths(forced).includes('help-functions'));
  });

  it('brings the report kit to a plugin whose author owns its triggers by appending hooks', () => {
    const dir = made({ triggers: ['post-delete', 'post-app-rename-setup'] });
    const plan = planGrowth(dir, { commands: [], triggers: [], properties: ['enabled=false'] }, CONTEXT, false);
    const hooks = plan.writes.filter((file) => file.path === 'post-delete' || file.path === 'post-app-rename-setup');
    assert.deepEqual(hooks.map((file) => [file.path, file.mode]).sort(), [['post-app-rename-setup', 0o755], ['post-delete', 0o755]]);
    const postDelete = hooks.find((file) => file.path === 'post-delete')?.content ?? '';
    assert.ok(postDelete.startsWith(readFileSync(path.join(dir, 'post-delete'), 'utf8')));
    assert.ok(postDelete.endsWith([
      '',
      '# >>> generator-dokku-plugin: the report kit keeps the app\'s properties in step with the app',
      '# shellcheck source=/dev/null',
      'source "$PLUGIN_AVAILABLE_PATH/demo/report-functions"',
      'fn-plugin-property-destroy "demo" "$1"',
      '# <<< generator-dokku-plugin',
      '',
    ].join('\n')));
    const rename = hooks.find((file) => file.path === 'post-app-rename-setup')?.content ?? '';
    assert.ok(rename.includes('fn-plugin-property-clone "demo" "$1" "$2"\nfn-plugin-property-destroy "demo" "$1"\n# <<< generator-dokku-plugin\n'));
    assert.equal(plan.model.report?.properties.map((property) => property.name).join(), 'enabled');
    assert.ok(paths(plan).includes('report-functions'));
  });

  it('warns about a deprecated trigger it adds, and not again about the ones the plugin already had', () => {
    const dir = made({ triggers: ['pre-deploy'] });
    const plan = planGrowth(dir, { commands: [], triggers: ['storage-list', 'post-deploy'] }, CONTEXT, false);
    assert.deepEqual(plan.warnings, ['trigger storage-list is deprecated in Dokku; check the plugin triggers docs for its replacement']);
    assert.deepEqual(planGrowth(dir, { commands: ['list, List'], triggers: [] }, CONTEXT, false).warnings, []);
  });

  it('refuses a plan it could not write, naming the flag it comes from', () => {
    const dir = made({ commands: ['list, List'] });
    mkdirSync(path.join(dir, 'subcommands', 'show'));
    mkdirSync(path.join(dir, 'post-deploy'));
    writeFileSync(path.join(dir, 'tests', 'unit', 'help.bats'), '');
    assert.deepEqual(inputProblems(() => planGrowth(dir, { commands: ['show, Show'], triggers: ['post-deploy'] }, CONTEXT, false)), [
      '--command: cannot write subcommands/show: there is a directory at that path; move it away; nothing was written',
      '--trigger: cannot write post-deploy: there is a directory at that path; move it away; nothing was written',
    ]);
  });
});
