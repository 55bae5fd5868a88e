import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEnv } from 'yeoman-environment';
import helpers from 'yeoman-test';
import { DokkuHost } from '../support/dokku-host.js';
import { writeAtomically } from '../../src/grow/write-atomically.js';
import { BIN, COMMAND_GENERATOR, GENERATOR, REPORT_GENERATOR, TRIGGER_GENERATOR } from '../support/paths.js';
import { run, succeeded } from '../support/run.js';

const IMPLEMENTATION = { bash: 'command-functions', go: 'plugin/plugin.go' } as const;
const GENERATED_HELP = { bash: 'help-functions', go: 'internal/dispatch/help.go' } as const;
const MARK = { bash: '  # my own implementation, kept', go: '\t// my own implementation, kept' } as const;

function cli(args: string[], cwd: string) {
  return run(process.execPath, [BIN, ...args], { cwd, input: '', env: { ...process.env, CI: 'true' } });
}

/** Every file below dir with its content, build outputs and git's files aside. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      if (entry.isDirectory()) {
        walk(relative);
      } else if (entry.isFile()) {
        files.set(relative, readFileSync(path.join(dir, relative), 'utf8'));
      }
    }
  };
  walk('');
  return files;
}

function build(language: string, dir: string) {
  if (language === 'go') {
    const built = run('bash', ['scripts/build'], { cwd: dir, timeout: 300_000 });
    assert.equal(built.status, 0, built.output);
  }
}

for (const language of ['bash', 'go'] as const) {
  describe(`growing a ${language} plugin after day one`, () => {
    let dir = '';
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

    before(() => {
      const parent = mkdtempSync(path.join(os.tmpdir(), `grow-${language}-`));
      const made = cli(['demo', '--yes', '--no-git', '--lang', language, '--command', 'enable <app>, Enable demo', '--directory', 'dokku-demo'], parent);
      assert.equal(made.status, 0, made.output);
      dir = path.join(parent, 'dokku-demo');
      // The author's own work inside the implementation of demo:enable.
      const file = path.join(dir, IMPLEMENTATION[language]);
      const marker = language === 'bash' ? '  # TODO: replace this placeholder with what demo:enable does.' : '\t// TODO: replace this placeholder with what demo:enable does.';
      assert.ok(readFileSync(file, 'utf8').includes(marker));
      writeFileSync(file, readFileSync(file, 'utf8').replace(marker, MARK[language]));
    });

    it('adds a trigger, then commands, with the command line and both sub-generators, keeping the edit', async () => {
      const trigger = cli(['--add', '--trigger', 'post-deploy'], dir);
      assert.equal(trigger.status, 0, trigger.output);
      const command = cli(['--add', '--command', 'set <app> <key> [<value>], Set a demo property'], dir);
      assert.equal(command.status, 0, command.output);
      await helpers.run(COMMAND_GENERATOR).cd(dir).withOptions({ command: ['list, List demo apps'] } as never);
      await helpers.run(TRIGGER_GENERATOR).cd(dir).withOptions({ trigger: ['post-delete'] } as never);
      assert.ok(read(IMPLEMENTATION[language]).includes(MARK[language]), 'the edit survived');
      for (const file of ['post-deploy', 'post-delete'].filter(() => language === 'bash')) {
        assert.ok(statSync(path.join(dir, file)).mode & 0o100, file);
      }
    });

    it('has every command in help and running through the dispatcher double', () => {
      build(language, dir);
      const host = new DokkuHost(path.join(dir, 'tests/support')).enable('demo', dir).createApp('web');
      const help = host.dokku(['help', '--all']);
      assert.equal(help.status, 0, help.output);
      for (const command of ['demo:enable <app>', 'demo:set <app> <key> [<value>]', 'demo:list']) {
        assert.ok(help.stdout.includes(command), `${command}\n${help.stdout}`);
      }
      assert.match(succeeded(host.dokku(['demo:set', 'web', 'colour', 'blue'])).stdout, /key: colour/);
      assert.match(succeeded(host.dokku(['demo:list'])).stdout, /demo:list is not implemented yet/);
      assert.match(succeeded(host.dokku(['--app', 'web', 'demo:enable'])).stdout, /app: web/);
    });

    it('still passes its own make lint unit-tests', () => {
      const ran = run('make', ['lint', 'unit-tests'], { cwd: dir, timeout: 300_000 });
      assert.equal(ran.status, 0, ran.output);
      assert.doesNotMatch(ran.stdout, /^not ok/m);
    });

    it('changes nothing when the same additions come again', async () => {
      const before = snapshot(dir);
      const again = cli(['--add', '--command', 'list, List demo apps', '--trigger', 'post-deploy'], dir);
      assert.equal(again.status, 0, again.output);
      assert.match(again.stdout, /Nothing to change/);
      await helpers.run(TRIGGER_GENERATOR).cd(dir).withOptions({ trigger: ['post-delete'] } as never);
      assert.deepEqual(snapshot(dir), before);
    });

    it('keeps an edit outside the generated regions of the help, and grows the plugin', () => {
      const help = path.join(dir, GENERATED_HELP[language]);
      const reworded = language === 'bash'
        ? readFileSync(help, 'utf8').replace('echo "Usage: dokku demo[:COMMAND]"', 'echo "Usage: dokku demo[:COMMAND]  (my wording)"')
        : `${readFileSync(help, 'utf8')}\n// my own note, kept\n`;
      assert.notEqual(reworded, readFileSync(help, 'utf8'));
      writeFileSync(help, reworded);
      const added = cli(['--add', '--command', 'stats, Show demo stats'], dir);
      assert.equal(added.status, 0, added.output);
      const after = readFileSync(help, 'utf8');
      assert.match(after, language === 'bash' ? /\(my wording\)/ : /my own note, kept/);
      assert.match(after, /demo:stats/);
    });

    it('stops, naming the file and the region, when a generated region it must change was edited; --force overwrites it', () => {
      const help = path.join(dir, GENERATED_HELP[language]);
      const text = readFileSync(help, 'utf8');
      const edited = text.replace('List demo apps', 'List demo apps, my edit');
      assert.notEqual(edited, text);
      writeFileSync(help, edited);
      const before = snapshot(dir);
      const refused = cli(['--add', '--command', 'purge, Purge old data'], dir);
      assert.equal(refused.status, 1);
      assert.match(refused.stderr, new RegExp(`--force: .*${GENERATED_HELP[language].replace(/\//g, '\\/')} \\(generated region "[^"]+"\\).*nothing was written`));
      assert.deepEqual(snapshot(dir), before);
      const forced = cli(['--add', '--force', '--command', 'purge, Purge old data'], dir);
      assert.equal(forced.status, 0, forced.output);
      assert.doesNotMatch(readFileSync(help, 'utf8'), /my edit/);
      assert.ok(read(IMPLEMENTATION[language]).includes(MARK[language]));
    });

    it('refuses the report kit while a command of the plugin is named set', () => {
      const ran = cli(['--add', '--property', 'enabled=false'], dir);
      assert.equal(ran.status, 1);
      assert.match(ran.stderr, /--command: "set" is the set command --report generates/);
    });

    it('adds the report kit later, with the command line and yo dokku-plugin:report', async () => {
      const parent = mkdtempSync(path.join(os.tmpdir(), `grow-report-${language}-`));
      assert.equal(cli(['demo', '--yes', '--no-git', '--lang', language, '--command', 'enable <app>, Enable demo', '--trigger', 'post-delete', '--directory', 'dokku-demo'], parent).status, 0);
      const plugin = path.join(parent, 'dokku-demo');
      const added = cli(['--add', '--property', 'enabled=false'], plugin);
      assert.equal(added.status, 0, added.output);
      if (language === 'bash') {
        assert.match(readFileSync(path.join(plugin, 'post-delete'), 'utf8'), /^fn-plugin-property-destroy "demo" "\$1"$/m);
      }
      await helpers.run(REPORT_GENERATOR).cd(plugin).withOptions({ property: ['image=redis:7'] } as never);
      build(language, plugin);
      const host = new DokkuHost(path.join(plugin, 'tests/support')).enable('demo', plugin).createApp('web');
      assert.equal(host.dokku(['demo:set', 'web', 'image', 'redis:8']).status, 0);
      assert.equal(succeeded(host.dokku(['demo:report', 'web', '--demo-image'])).stdout, 'redis:8\n');
      assert.equal(succeeded(host.dokku(['demo:report', 'web', '--demo-computed-enabled'])).stdout, 'false\n');
      const ran = run('make', ['lint', 'unit-tests'], { cwd: plugin, timeout: 300_000 });
      assert.equal(ran.status, 0, ran.output);
    });

    it('refuses a command name that is already taken by another command line', () => {
      const ran = cli(['--add', '--command', 'list, Something else'], dir);
      assert.equal(ran.status, 1);
      assert.match(ran.stderr, /--command: "list" already exists as "list, List demo apps"/);
    });
  });
}

describe('growing refuses what it cannot grow', () => {
  it('a directory this generator did not make', () => {
    const ran = cli(['--add', '--command', 'list, List'], mkdtempSync(path.join(os.tmpdir(), 'not-a-plugin-')));
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /--directory: .* is not inside a plugin made by generator-dokku-plugin/);
  });

  it('nothing to add, without a terminal', async () => {
    const ran = cli(['--add'], mkdtempSync(path.join(os.tmpdir(), 'not-a-plugin-')));
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /--command: nothing to add/);
    await assert.rejects(helpers.run(COMMAND_GENERATOR).withOptions({ interactive: false } as never), /--command: nothing to add/);
  });

  it('settings that belong to the plugin, not to --add', () => {
    const ran = cli(['--add', '--command', 'list, List', '--description', 'x'], mkdtempSync(path.join(os.tmpdir(), 'not-a-plugin-')));
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /--add: takes only .*--description/);
  });
});

describe('growing is all or nothing, from anywhere inside the plugin', () => {
  let dir = '';

  beforeEach(() => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'grow-atomic-'));
    const made = cli(['demo', '--yes', '--no-git', '--command', 'enable <app>, Enable demo', '--directory', 'dokku-demo'], parent);
    assert.equal(made.status, 0, made.output);
    dir = path.join(parent, 'dokku-demo');
  });

  it('a refused --add leaves every file byte for byte as it was, and the next valid --add works', () => {
    const before = snapshot(dir);
    const long = cli(['--add', '--command', `${'a'.repeat(250)}, Too long`, '--trigger', 'post-deploy'], dir);
    assert.equal(long.status, 1);
    assert.match(long.stderr, /^error: --command: /m);
    assert.deepEqual(snapshot(dir), before);
    const valid = cli(['--add', '--command', 'list, List demo apps', '--trigger', 'post-deploy'], dir);
    assert.equal(valid.status, 0, valid.output);
    assert.match(readFileSync(path.join(dir, 'help-functions'), 'utf8'), /demo:list, List demo apps/);
  });

  it('a directory where a new file must go stops the run before anything is written, naming the path', () => {
    mkdirSync(path.join(dir, 'subcommands', 'list'));
    const before = snapshot(dir);
    const ran = cli(['--add', '--command', 'list, List demo apps'], dir);
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /^error: --command: cannot write subcommands\/list: there is a directory at that path; move it away; nothing was written$/m);
    assert.deepEqual(snapshot(dir), before);
  });

  it('a write that fails half way puts back every file it had already replaced or created', () => {
    const readme = path.join(dir, 'README.md');
    chmodSync(readme, 0o600);
    const before = snapshot(dir);
    mkdirSync(path.join(dir, 'in-the-way'));
    assert.throws(() => writeAtomically(dir, [
      { path: 'README.md', content: 'replaced\n', mode: 0o644, ownership: 'regions' },
      { path: 'new-dir/deeper/file', content: 'new\n', mode: 0o755, ownership: 'author' },
      { path: 'in-the-way', content: 'cannot be written\n', mode: 0o644, ownership: 'generated' },
    ]), /could not write the plugin's files \(.*\); every file was put back as it was/);
    rmdirSync(path.join(dir, 'in-the-way'));
    assert.deepEqual(snapshot(dir), before);
    assert.equal(statSync(readme).mode & 0o777, 0o600, 'the old mode is back');
    assert.equal(readdirSync(dir).some((entry) => entry.startsWith('.~') || entry === 'new-dir'), false, 'no temporary file or new folder left');
  });

  it('an interrupt during the writes waits until the batch is whole, then ends the run', () => {
    // The signal comes while the batch is being written: between its first and its second file.
    const script = `
      const { writeAtomically } = await import(${JSON.stringify(new URL('../../src/grow/write-atomically.js', import.meta.url).href)});
      const files = [
        { path: 'first', content: '1\\n', mode: 0o644, ownership: 'generated' },
        { path: 'second/file', content: '2\\n', mode: 0o644, ownership: 'generated' },
      ];
      const interrupted = {
        *[Symbol.iterator]() {
          yield files[0];
          process.kill(process.pid, 'SIGTERM');
          yield files[1];
        },
      };
      writeAtomically(process.cwd(), interrupted);
      console.log('batch written');`;
    const ran = run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    assert.equal(ran.stdout, 'batch written\n', ran.output);
    assert.equal(readFileSync(path.join(dir, 'first'), 'utf8'), '1\n');
    assert.equal(readFileSync(path.join(dir, 'second', 'file'), 'utf8'), '2\n');
    assert.deepEqual([ran.status, ran.signal], [null, 'SIGTERM'], 'the interrupt still ends the run, as SIGTERM would have');
  });

  it('a corrupt .yo-rc.json is named, with what is wrong and how to fix it', () => {
    writeFileSync(path.join(dir, '.yo-rc.json'), '{"generator-dokku-plugin": {');
    const ran = cli(['--add', '--command', 'list, List demo apps'], dir);
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /^error: --directory: .*dokku-demo\/\.yo-rc\.json is not valid JSON \(.+\); .*Restore it, for example with git checkout -- \.yo-rc\.json$/m);
    assert.equal(ran.stderr.split('\n').filter(Boolean).length, 1, ran.stderr);
    const yo = yoRun(path.join(dir, 'tests'), COMMAND_GENERATOR, ['--command', 'list, List demo apps']);
    assert.equal(yo.status, 1);
    assert.equal(yo.stderr, `${ran.stderr}`);
  });

  it('finds the plugin from a folder inside it, on the command line and through yo, as git and Yeoman do', async () => {
    const inside = path.join(dir, 'tests', 'unit');
    const ran = cli(['--add', '--command', 'list, List demo apps'], inside);
    assert.equal(ran.status, 0, ran.output);
    assert.ok(existsSync(path.join(dir, 'subcommands', 'list')));
    const viaDirectory = cli(['--add', '--trigger', 'post-deploy', '--directory', path.join(dir, 'tests')], os.tmpdir());
    assert.equal(viaDirectory.status, 0, viaDirectory.output);
    assert.ok(existsSync(path.join(dir, 'post-deploy')));
    await helpers.run(COMMAND_GENERATOR).cd(inside).withOptions({ command: ['purge, Purge old data'] } as never);
    assert.ok(existsSync(path.join(dir, 'subcommands', 'purge')));
    assert.ok(!existsSync(path.join(inside, 'subcommands')), 'nothing written in the folder yo ran from');
    assert.match(readFileSync(path.join(dir, 'help-functions'), 'utf8'), /demo:purge, Purge old data/);
  });

  it('yo reports input errors as the command line does, and refuses an edited region unless --force', async () => {
    await assert.rejects(helpers.run(COMMAND_GENERATOR).cd(dir).withOptions({ interactive: false, force: false } as never), (error: Error) => {
      assert.equal(error.message, 'error: --command: nothing to add: give at least one --command');
      return true;
    });
    const help = path.join(dir, 'help-functions');
    writeFileSync(help, readFileSync(help, 'utf8').replace('Enable demo', 'Enable demo, my edit'));
    const before = snapshot(dir);
    await assert.rejects(helpers.run(COMMAND_GENERATOR).cd(dir).withOptions({ command: ['list, List demo apps'], force: false } as never), (error: Error) => {
      assert.match(error.message, /^error: --force: these generated files were edited and would change: help-functions \(generated region "help lines[^"]*"\)/);
      return true;
    });
    assert.deepEqual(snapshot(dir), before);
  });
});

describe("yo's conflicter on grown files", () => {
  let dir = '';

  beforeEach(() => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'grow-conflicter-'));
    assert.equal(cli(['demo', '--yes', '--no-git', '--command', 'enable <app>, Enable demo', '--directory', 'dokku-demo'], parent).status, 0);
    dir = path.join(parent, 'dokku-demo');
  });

  it('on a terminal, asks before changing an existing file, as in any Yeoman generator', async () => {
    const help = readFileSync(path.join(dir, 'help-functions'), 'utf8');
    const context = helpers.run(COMMAND_GENERATOR, {}, { force: false } as never).cd(dir)
      .withOptions({ command: ['list, List demo apps'], force: false, interactive: true } as never)
      .withAnswers({ action: 'skip' });
    await context;
    assert.ok(existsSync(path.join(dir, 'subcommands', 'list')), 'a new file is created without asking');
    assert.equal(readFileSync(path.join(dir, 'help-functions'), 'utf8'), help, 'the answer "skip" kept the existing file');
    assert.ok(context.askedQuestions.some((question) => question.name === 'action'), 'the conflicter asked');
  });

  it('with nobody to ask, writes what the plan settled', async () => {
    const context = helpers.run(COMMAND_GENERATOR, {}, { force: false } as never).cd(dir)
      .withOptions({ command: ['list, List demo apps'], force: false, interactive: false } as never);
    await context;
    assert.deepEqual(context.askedQuestions, [], 'nothing was asked');
    assert.match(readFileSync(path.join(dir, 'help-functions'), 'utf8'), /demo:list, List demo apps/);
  });
});

describe('yo dokku-plugin --help', () => {
  it('shows one short aligned line per option and none of the install options this generator has no use for', async () => {
    const env = createEnv();
    env.register(GENERATOR, { namespace: 'dokku-plugin:app' });
    const generator = await env.create('dokku-plugin:app', { generatorArgs: [], generatorOptions: {} } as never) as unknown as { help(): string };
    const help = generator.help();
    const rows = help.split('\n').filter((line) => /^\s+(-h, )?\s*--/.test(line));
    assert.ok(rows.length > 15, help);
    for (const row of rows) {
      assert.ok(row.length <= 80, `longer than 80 columns: ${row}`);
    }
    assert.equal(new Set(rows.map((row) => row.indexOf('#'))).size, 1, 'descriptions start in one column');
    assert.doesNotMatch(help, /--skip-install|--force-install|--skip-cache|--ask-answered/);
    assert.match(help, /--lang +# bash \(default\) or go/);
  });
});

/** Runs a generator as `yo` does: a real yeoman-environment with its terminal adapter, in its own process. */
function yoRun(cwd: string, generator: string, args: string[]) {
  const script = `
    const { createEnv } = await import(${JSON.stringify(import.meta.resolve('yeoman-environment'))});
    const env = createEnv();
    env.register(${JSON.stringify(generator)}, { namespace: 'dokku-plugin:run' });
    try {
      await env.run(['dokku-plugin:run', ...${JSON.stringify(args)}]);
    } catch (error) {
      console.error(error.message);
      process.exitCode = 1;
    }`;
  return run(process.execPath, ['--input-type=module', '-e', script], { cwd, input: '', env: { ...process.env, CI: 'true' } });
}

describe('yo output', () => {
  it('has no package manager line, and input errors are only our error: lines', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'yo-output-'));
    const made = yoRun(parent, GENERATOR, ['demo', '--yes', '--no-git', '--directory', 'dokku-demo']);
    assert.equal(made.status, 0, made.output);
    assert.doesNotMatch(made.output, /package\.json|package manager/i);
    const grown = yoRun(path.join(parent, 'dokku-demo', 'tests'), COMMAND_GENERATOR, ['--command', 'list, List demo apps']);
    assert.equal(grown.status, 0, grown.output);
    assert.doesNotMatch(grown.output, /package\.json|package manager/i);
    assert.ok(existsSync(path.join(parent, 'dokku-demo', 'subcommands', 'list')));
    const refused = yoRun(parent, GENERATOR, ['Bad Name', '--yes', '--no-git']);
    assert.equal(refused.status, 1);
    assert.doesNotMatch(refused.output, /An error occured/);
    assert.match(refused.stderr, /^error: --name: /m);
  });
});
