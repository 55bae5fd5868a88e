import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEnv } from 'yeoman-environment';
import helpers from 'yeoman-test';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { rememberedInputFile, renderPlugin } from '../../src/render/render-plugin.js';
import { writeFiles } from '../../src/write/write-files.js';
import { COMMAND_GENERATOR, REPORT_GENERATOR, TRIGGER_GENERATOR } from '../support/paths.js';

/** A bash plugin as the generator writes it, without git, in a fresh directory. */
function made(input: PluginInput = {}): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'unit-yo-grow-')), 'dokku-demo');
  const full = { name: 'demo', description: 'Demo tools', commands: ['enable <app>, Enable demo'], ...input, directory };
  writeFiles(directory, [...renderPlugin(buildPluginModel(full, { cwd: os.tmpdir(), year: 2026 })), rememberedInputFile(full)]);
  return directory;
}

/** Every file below `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = readFileSync(file, 'utf8');
    }
  }
  return files;
}

/** Spies that record their calls, so that what the generator logs can be read back. */
const recordingSpies = ({ returns }: { returns?: unknown }) => {
  const calls: unknown[][] = [];
  return Object.assign((...args: unknown[]) => {
    calls.push(args);
    return returns;
  }, { calls });
};

/** The names of the questions the last run of `grow` asked. */
let asked: string[] = [];

/** Runs a growth generator in `cwd` with `options` (yeoman-test's default --force left out); resolves to the lines it logged. */
async function grow(generator: string, cwd: string, options: Record<string, unknown>, answers?: Record<string, string>, callback?: (answer: unknown, context: { question: { name?: unknown } }) => unknown): Promise<string[]> {
  let context = helpers.run(generator, {}, { force: false } as never).cd(cwd).withOptions({ force: false, ...options } as never)
    .withAdapterOptions({ spyFactory: recordingSpies });
  if (answers) {
    context = context.withAnswers(answers, callback ? { callback } : {});
  }
  const result = await context;
  asked = context.askedQuestions.map((question) => question.name);
  return (result.env.adapter as unknown as { log: { calls: unknown[][] } }).log.calls.map((args) => String(args[0]));
}

describe('unit: yo dokku-plugin:command, :trigger and :report', () => {
  it('adds a command, and says what it updated and what to run next', async () => {
    const dir = made();
    const logged = await grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: false });
    assert.deepEqual(logged, [[
      'Updated dokku-demo:',
      '  README.md',
      '  tests/unit/help.bats',
      '  tests/unit/commands.bats',
      '  tests/integration/plugin.bats',
      '  tests/unit/command-list.bats',
      '  help-functions',
      '  command-functions',
      '  subcommands/list',
      '  .yo-rc.json',
      'Next: make lint unit-tests',
    ].join('\n')]);
    assert.equal(statSync(path.join(dir, 'subcommands', 'list')).mode & 0o777, 0o755);
    assert.equal(statSync(path.join(dir, 'tests', 'unit', 'command-list.bats')).mode & 0o777, 0o644);
    assert.match(readFileSync(path.join(dir, 'help-functions'), 'utf8'), /demo:list, List demo apps/);
  });

  it('says when there is nothing to change, and writes nothing', async () => {
    const dir = made();
    await grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: false });
    const before = snapshot(dir);
    assert.deepEqual(await grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: false }), ['Nothing to change: the plugin already has all of that.']);
    assert.deepEqual(snapshot(dir), before);
  });

  it('lists what it would write on a dry run, and writes nothing', async () => {
    const dir = made();
    const before = snapshot(dir);
    for (const flag of ['dry-run', 'dryRun']) {
      assert.deepEqual(await grow(TRIGGER_GENERATOR, dir, { trigger: ['post-deploy'], [flag]: true, interactive: false }), [
        `Would write 4 files in ${dir}:\n  README.md\n  tests/unit/triggers.bats\n  post-deploy\n  .yo-rc.json`,
      ]);
    }
    assert.deepEqual(snapshot(dir), before);
  });

  it('warns on a dry run about a deprecated trigger it would add', async () => {
    const dir = made();
    assert.deepEqual(await grow(TRIGGER_GENERATOR, dir, { trigger: ['pre-deploy'], 'dry-run': true, interactive: false }), [
      'warning: trigger pre-deploy is deprecated in Dokku; check the plugin triggers docs for its replacement',
      `Would write 4 files in ${dir}:\n  README.md\n  tests/unit/triggers.bats\n  pre-deploy\n  .yo-rc.json`,
    ]);
  });

  it('takes several triggers in one value, split at commas and spaces', async () => {
    const dir = made();
    const logged = await grow(TRIGGER_GENERATOR, dir, { trigger: ['post-deploy, post-delete  pre-deploy,', ' '], interactive: false });
    assert.equal(logged[0], 'warning: trigger pre-deploy is deprecated in Dokku; check the plugin triggers docs for its replacement');
    assert.match(logged[1] ?? '', /^Updated dokku-demo:\n/);
    const remembered = JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-dokku-plugin'].input;
    assert.deepEqual(remembered.triggers, ['post-deploy', 'post-delete', 'pre-deploy']);
    for (const trigger of ['post-deploy', 'post-delete', 'pre-deploy']) {
      assert.equal(statSync(path.join(dir, trigger)).mode & 0o777, 0o755, trigger);
    }
  });

  it('adds the report kit\'s properties with yo dokku-plugin:report', async () => {
    const dir = made();
    await grow(REPORT_GENERATOR, dir, { property: ['enabled=false'], interactive: false });
    const remembered = JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-dokku-plugin'].input;
    assert.deepEqual([remembered.properties, remembered.report, remembered.triggers], [['enabled=false'], true, []]);
    assert.ok(existsSync(path.join(dir, 'report-functions')));
  });

  it('finds the plugin from --directory, relative to where yo runs', async () => {
    const dir = made();
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'unit-yo-elsewhere-'));
    await grow(COMMAND_GENERATOR, elsewhere, { command: ['list, List demo apps'], directory: path.relative(elsewhere, path.join(dir, 'tests')), interactive: false });
    assert.ok(existsSync(path.join(dir, 'subcommands', 'list')));
    assert.deepEqual(readdirSync(elsewhere), []);
  });

  it('refuses to run with nothing to add and nobody to ask, naming the flag', async () => {
    const dir = made();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [COMMAND_GENERATOR, {}, 'error: --command: nothing to add: give at least one --command'],
      [COMMAND_GENERATOR, { command: ['  ', ''] }, 'error: --command: nothing to add: give at least one --command'],
      [TRIGGER_GENERATOR, { trigger: [] }, 'error: --trigger: nothing to add: give at least one --trigger'],
      [REPORT_GENERATOR, {}, 'error: --property: nothing to add: give at least one --property'],
    ];
    for (const [generator, options, message] of cases) {
      await assert.rejects(grow(generator, dir, { ...options, interactive: false }), { message });
    }
  });

  it('refuses to change a generated region the author edited, unless forced', async () => {
    const dir = made();
    const help = path.join(dir, 'help-functions');
    writeFileSync(help, readFileSync(help, 'utf8').replace('Enable demo', 'Enable demo, my way'));
    const before = snapshot(dir);
    await assert.rejects(grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: false }), {
      message: 'error: --force: these generated files were edited and would change: help-functions (generated region "help lines, rewritten when commands are added; edit around them freely"); nothing was written. Pass --force to overwrite them, or move your changes elsewhere first',
    });
    assert.deepEqual(snapshot(dir), before);
    await grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], force: true, interactive: false });
    assert.doesNotMatch(readFileSync(help, 'utf8'), /my way/);
  });

  it('names a corrupt .yo-rc.json and how to restore it', async () => {
    const dir = made();
    writeFileSync(path.join(dir, '.yo-rc.json'), '{');
    await assert.rejects(grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: false }), (error: Error) => {
      assert.match(error.message, /^error: --directory: .*\/dokku-demo\/\.yo-rc\.json is not valid JSON \(.*\); it holds the input the plugin was made from, so growth needs it\. Restore it, for example with git checkout -- \.yo-rc\.json$/);
      return true;
    });
    assert.equal(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'), '{');
  });
});

describe('unit: yo dokku-plugin:command asking for what to add', () => {
  it('checks each answer where it is typed, and adds the one accepted', async () => {
    const dir = made();
    const verdicts: unknown[] = [];
    const check = (answer: unknown, { question }: { question: { message?: unknown; validate?: (value: string) => unknown } }) => {
      if ((question as { name?: unknown }).name === 'command') {
        verdicts.push(question.message);
        for (const tried of ['', '  ', 'Bad Name, x', 'enable <app> <x>, Other', 'list, List demo apps']) {
          verdicts.push(question.validate?.(tried));
        }
      }
      return answer;
    };
    await grow(COMMAND_GENERATOR, dir, { interactive: true }, { command: ' list, List demo apps ', action: 'force' }, check as never);
    assert.deepEqual(verdicts, [
      'Command to add as "USAGE, DESCRIPTION"',
      'give one command to add',
      'give one command to add',
      '"Bad" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as demo:NAME)',
      '"enable" already exists as "enable <app>, Enable demo"; pick another name, or change it by hand',
      true,
    ]);
    assert.ok(existsSync(path.join(dir, 'subcommands', 'list')));
    assert.match(readFileSync(path.join(dir, 'help-functions'), 'utf8'), /demo:list, List demo apps/);
    assert.deepEqual(asked, ['command', 'action']);
  });

  it('asks for a property, and keeps the answer without the spaces typed around it', async () => {
    const dir = made();
    const messages: unknown[] = [];
    const check = (answer: unknown, { question }: { question: { message?: unknown; validate?: (value: string) => unknown } }) => {
      if ((question as { name?: unknown }).name === 'property') {
        messages.push(question.message, question.validate?.(' mode=on '));
      }
      return answer;
    };
    await grow(REPORT_GENERATOR, dir, { interactive: true }, { property: ' mode=on ', action: 'force' }, check as never);
    assert.deepEqual(messages, ['Property to add to the report, as NAME[=DEFAULT][:app|:global]', true]);
    const remembered = JSON.parse(readFileSync(path.join(dir, '.yo-rc.json'), 'utf8'))['generator-dokku-plugin'].input;
    assert.deepEqual(remembered.properties, ['mode=on']);
  });

  it('on a terminal, leaves it to Yeoman\'s conflicter to ask before changing an existing file', async () => {
    const dir = made();
    const help = readFileSync(path.join(dir, 'help-functions'), 'utf8');
    await grow(COMMAND_GENERATOR, dir, { command: ['list, List demo apps'], interactive: true }, { action: 'skip' });
    assert.ok(asked.includes('action'));
    assert.ok(existsSync(path.join(dir, 'subcommands', 'list')), 'a new file is created without asking');
    assert.equal(readFileSync(path.join(dir, 'help-functions'), 'utf8'), help);
    const unattended = made();
    await grow(COMMAND_GENERATOR, unattended, { command: ['show, Show demo'], interactive: false });
    assert.deepEqual(asked, []);
    assert.match(readFileSync(path.join(unattended, 'help-functions'), 'utf8'), /demo:show, Show demo/);
  });

  it('checks a trigger answer, naming every unknown trigger in it', async () => {
    const dir = made();
    const verdicts: unknown[] = [];
    const check = (answer: unknown, { question }: { question: { name?: unknown; validate?: (value: string) => unknown } }) => {
      if (question.name === 'trigger') {
        verdicts.push((question as { message?: unknown }).message, question.validate?.('post-deploi, pre-deploi'), question.validate?.('post-deploy pre-deploy'));
      }
      return answer;
    };
    await grow(TRIGGER_GENERATOR, dir, { interactive: true }, { trigger: 'post-deploy', action: 'force' }, check as never);
    assert.deepEqual(verdicts, [
      'Trigger to add (a Dokku plugin trigger such as post-deploy)',
      '"post-deploi" is not a Dokku plugin trigger; did you mean post-deploy?; "pre-deploi" is not a Dokku plugin trigger; did you mean pre-deploy?',
      true,
    ]);
  });

  it('asks nothing in a folder that is no plugin of this generator', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'unit-yo-outside-'));
    mkdirSync(path.join(outside, 'sub'));
    await assert.rejects(grow(TRIGGER_GENERATOR, path.join(outside, 'sub'), { interactive: true }, { trigger: 'post-deploy' }), {
      message: `error: --directory: ${path.join(outside, 'sub')} is not inside a plugin made by generator-dokku-plugin (no .yo-rc.json there or in any folder above); run this inside such a plugin or point --directory at one`,
    });
  });
});

describe('unit: yo dokku-plugin:command --help', () => {
  it('describes each option of the growth generators in one short line', async () => {
    const helps: string[] = [];
    for (const [kind, generator] of [['command', COMMAND_GENERATOR], ['trigger', TRIGGER_GENERATOR], ['report', REPORT_GENERATOR]] as const) {
      const env = createEnv();
      env.register(generator, { namespace: `dokku-plugin:${kind}` });
      helps.push((await env.create(`dokku-plugin:${kind}`, { generatorArgs: [], generatorOptions: {} } as never) as unknown as { help(): string }).help());
    }
    const common = [
      '        --directory    # The plugin, or a folder inside it (default: here)',
      '        --force        # Overwrite generated files you edited',
      '        --dry-run      # List what would change; write nothing',
      '        --interactive  # Ask when nothing is given',
      '',
    ];
    const help = (kind: string, line: string) => [`Usage:`, `  yo dokku-plugin:${kind} [options]`, '', 'Options:', "  -h,   --help         # Print the generator's options and usage", line, ...common].join('\n');
    assert.deepEqual(helps, [
      help('command', '        --command      # A command as "USAGE, DESCRIPTION"; repeatable'),
      help('trigger', '        --trigger      # A trigger name; repeatable'),
      help('report', '        --property     # A property NAME[=DEFAULT][:app|:global] for NAME:set and NAME:report; repeatable'),
    ]);
  });
});
