import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADDON_GENERATOR, BIN, COMMAND_GENERATOR, GENERATOR, REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';
import { converseOnTerminal, plainScreen } from '../support/terminal.js';

/** A hang fails the test through this limit; nothing here asserts how fast a run is. */
const HANG_LIMIT = 30_000;
/** Ctrl-U: clears the line Inquirer keeps after refusing an answer, as a person would before retyping. */
const CLEAR = '\x15';
const ENTER = '\r';

const workdir = () => mkdtempSync(path.join(os.tmpdir(), 'prompts-tty-'));

describe('prompts on a terminal', function () {
  this.timeout(HANG_LIMIT * 2);

  it('refuses a bad answer where it is typed, with the flag\'s rule, asks again and keeps the earlier answers', async () => {
    const cwd = workdir();
    const talk = await converseOnTerminal(['demo', '--no-git'], [
      [/One-line description/, `Demo, tools${ENTER}`],
      [/contains a comma, which `dokku help` reads as a column break/, `${CLEAR}Demo tools${ENTER}`],
      [/Author/, `Ann Author${ENTER}`],
      [/Licence/, ENTER],
      [/Version/, ENTER],
      [/Language/, ENTER],
      [/Properties for NAME:set/, `enabled=false${ENTER}`],
      // `set` is what the report kit generates: refused at the command's own prompt, not after the last question.
      [/Command 1 as/, `set <app>, Set it${ENTER}`],
      [/"set" is the set command --report generates; name yours otherwise/, `${CLEAR}enable <app>, Enable it${ENTER}`],
      [/Command 2 as/, ENTER],
      [/What should bare/, ENTER],
      [/Triggers to implement/, `post-deplyo${ENTER}`],
      [/"post-deplyo" is not a Dokku plugin trigger; did you mean post-deploy/, `${CLEAR}post-deploy${ENTER}`],
      [/Repository URL/, ENTER],
      [/Directory to write the plugin to/, ENTER],
    ], cwd, HANG_LIMIT);
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    const plugin = path.join(cwd, 'dokku-demo');
    assert.match(readFileSync(path.join(plugin, 'plugin.toml'), 'utf8'), /description = "Demo tools"/);
    assert.match(readFileSync(path.join(plugin, 'LICENSE'), 'utf8'), /Ann Author/);
    assert.ok(existsSync(path.join(plugin, 'subcommands', 'enable')));
    assert.ok(existsSync(path.join(plugin, 'post-deploy')));
    assert.match(readFileSync(path.join(plugin, 'subcommands', 'set'), 'utf8'), /set/, 'the report kit\'s own set command');
  });

  it('refuses a directory that already has files at its prompt, naming --force', async () => {
    const cwd = workdir();
    const first = await converseOnTerminal(['taken', '--yes', '--no-git'], [], cwd, HANG_LIMIT);
    assert.equal(first.status, 0, plainScreen(first.screen));
    const talk = await converseOnTerminal(['taken', '--no-git', '--description', 'Taken', '--author', 'A', '--license', 'MIT', '--plugin-version', '0.1.0',
      '--lang', 'bash', '--property', 'on', '--command', 'list, List', '--default-command', 'list', '--trigger', 'post-deploy', '--repository', 'https://example.com/t.git'], [
      [/Directory to write the plugin to/, ENTER],
      [/already exists and is not empty; choose another --directory, or pass --force/, `${CLEAR}elsewhere${ENTER}`],
    ], cwd, HANG_LIMIT);
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    assert.ok(existsSync(path.join(cwd, 'elsewhere', 'subcommands', 'list')));
  });

  it('an add-on name such as my-cache and an empty scheme are refused at their prompts', async () => {
    const cwd = workdir();
    const talk = await converseOnTerminal(['--kind', 'addon', '--no-git'], [
      [/Add-on name/, `my-cache${ENTER}`],
      [/"my-cache" cannot be part of the environment variable DOKKU_MY-CACHE_URL: use lowercase letters, digits and "_"/, `${CLEAR}cache${ENTER}`],
      [/One-line description/, `Shared cache${ENTER}`],
      [/URL scheme/, ENTER],
      [/required: the URL scheme the service speaks/, `redis${ENTER}`],
      [/Service layout/, ENTER],
    ], cwd, HANG_LIMIT);
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    assert.match(readFileSync(path.join(cwd, 'dokku-addon-cache', 'README.md'), 'utf8'), /Shared cache/);
  });

  it('flags given wrong fail at once, before any question', async () => {
    const talk = await converseOnTerminal(['--kind', 'addon', 'my-cache'], [], workdir(), HANG_LIMIT);
    assert.equal(talk.status, 1, plainScreen(talk.screen));
    assert.match(plainScreen(talk.screen), /error: --name: "my-cache" cannot be part of the environment variable/);
    assert.doesNotMatch(plainScreen(talk.screen), /One-line description/);
  });

  it('--add asks for a command and triggers, refusing each bad answer at its prompt with the flag\'s rule', async () => {
    const cwd = workdir();
    const made = await converseOnTerminal(['demo', '--yes', '--no-git', '--command', 'list, List'], [], cwd, HANG_LIMIT);
    assert.equal(made.status, 0, plainScreen(made.screen));
    const talk = await converseOnTerminal(['--add', '--directory', 'dokku-demo'], [
      [/Command to add/, `list <app>, Other${ENTER}`],
      [/"list" already exists as "list, List"; pick another name/, `${CLEAR}enable <app>, Enable it${ENTER}`],
      [/Triggers to add/, `post-deplyo${ENTER}`],
      [/"post-deplyo" is not a Dokku plugin trigger; did you mean post-deploy/, `${CLEAR}post-deploy${ENTER}`],
    ], cwd, HANG_LIMIT);
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    assert.ok(existsSync(path.join(cwd, 'dokku-demo', 'subcommands', 'enable')));
    assert.ok(existsSync(path.join(cwd, 'dokku-demo', 'post-deploy')));
  });

  it('--add on a directory that is no plugin fails before asking anything', async () => {
    const talk = await converseOnTerminal(['--add'], [], workdir(), HANG_LIMIT);
    assert.equal(talk.status, 1, plainScreen(talk.screen));
    assert.match(plainScreen(talk.screen), /error: --directory: .* is not inside a plugin made by generator-dokku-plugin/);
    assert.doesNotMatch(plainScreen(talk.screen), /Command to add/);
  });

  for (const [when, stop] of [['Ctrl-C', '\x03'], ['SIGTERM', { signal: 'SIGTERM' as const }]] as const) {
    it(`${when} at a prompt prints one line "cancelled", exits 130 and leaves nothing behind`, async () => {
      const cwd = workdir();
      const talk = await converseOnTerminal(['demo', '--directory', 'out'], [
        [/One-line description/, `Demo tools${ENTER}`],
        [/Author/, stop],
      ], cwd, HANG_LIMIT);
      assert.equal(talk.status, 130, plainScreen(talk.screen));
      const lines = talk.screen.replace(/\r/g, '').split('\n').map((line) => plainScreen(line).trim());
      assert.deepEqual(lines.filter((line) => /cancel/i.test(line)), ['cancelled']);
      assert.doesNotMatch(plainScreen(talk.screen), /error|force closed/i);
      assert.deepEqual(readdirSync(cwd), []);
    });
  }

  it('Ctrl-C at a list prompt of an add-on is cancelled the same way', async () => {
    const cwd = workdir();
    const talk = await converseOnTerminal(['--kind', 'addon', 'cache', '--description', 'Cache', '--scheme', 'redis'], [[/Service layout/, '\x03']], cwd, HANG_LIMIT);
    assert.equal(talk.status, 130, plainScreen(talk.screen));
    assert.match(plainScreen(talk.screen), /cancelled $/);
    assert.deepEqual(readdirSync(cwd), []);
  });
});

describe('yo dokku-plugin prompts on a terminal', function () {
  this.timeout(HANG_LIMIT * 2);

  /** What `yo dokku-plugin ARGS` runs: Yeoman's environment with its terminal adapter, on this package's generators. */
  function yoScript(): string {
    const file = path.join(workdir(), 'yo.mjs');
    writeFileSync(file, [
      `import { createEnv } from ${JSON.stringify(path.join(REPO_ROOT, 'node_modules', 'yeoman-environment', 'dist', 'index.js'))};`,
      'const env = createEnv();',
      `env.register(${JSON.stringify(GENERATOR)}, { namespace: 'dokku-plugin:app' });`,
      `env.register(${JSON.stringify(ADDON_GENERATOR)}, { namespace: 'dokku-plugin:addon' });`,
      `env.register(${JSON.stringify(COMMAND_GENERATOR)}, { namespace: 'dokku-plugin:command' });`,
      'await env.run(process.argv.slice(2));',
      '',
    ].join('\n'));
    return file;
  }

  for (const [when, stop] of [['Ctrl-C', '\x03'], ['SIGTERM', { signal: 'SIGTERM' as const }]] as const) {
    it(`refuses a bad answer at its prompt, and ${when} then prints "cancelled", exits 130 and writes nothing`, async () => {
      const cwd = workdir();
      const talk = await converseOnTerminal(['dokku-plugin:app', 'demo', '--directory', 'out'], [
        [/One-line description/, `Demo, tools${ENTER}`],
        [/contains a comma, which `dokku help` reads as a column break/, `${CLEAR}Demo tools${ENTER}`],
        [/Author/, stop],
      ], cwd, HANG_LIMIT, undefined, yoScript());
      assert.equal(talk.status, 130, plainScreen(talk.screen));
      const lines = talk.screen.replace(/\r/g, '').split('\n').map((line) => plainScreen(line).trim());
      assert.deepEqual(lines.filter((line) => /cancel/i.test(line)), ['cancelled']);
      assert.doesNotMatch(plainScreen(talk.screen), /error|force closed/i);
      assert.deepEqual(readdirSync(cwd), []);
    });
  }

  it('yo dokku-plugin:addon refuses my-cache at the name prompt and writes the add-on from the next answer', async () => {
    const cwd = workdir();
    const talk = await converseOnTerminal(['dokku-plugin:addon', '--no-git', '--scheme', 'redis', '--description', 'Cache'], [
      [/Add-on name/, `my-cache${ENTER}`],
      [/"my-cache" cannot be part of the environment variable DOKKU_MY-CACHE_URL/, `${CLEAR}cache${ENTER}`],
      [/Service layout/, ENTER],
    ], cwd, HANG_LIMIT, undefined, yoScript());
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    assert.ok(existsSync(path.join(cwd, 'dokku-addon-cache', 'provision')));
  });
  /** A plugin made by the command line in a fresh directory, to grow through yo. */
  function madePlugin(): string {
    const cwd = workdir();
    const made = run(process.execPath, [BIN, 'demo', '--yes', '--no-git', '--command', 'list, List', '--directory', 'dokku-demo'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(made.status, 0, made.output);
    return path.join(cwd, 'dokku-demo');
  }

  it('yo dokku-plugin:command refuses a bad command at its prompt with the flag\'s rule and adds the next answer', async () => {
    const plugin = madePlugin();
    const talk = await converseOnTerminal(['dokku-plugin:command'], [
      [/Command to add/, `list <app>, Again${ENTER}`],
      [/"list" already exists as "list, List"; pick another name, or change it by hand/, `${CLEAR}show <app>, Show one${ENTER}`],
      // Yeoman's conflicter then shows each changed file, as in any generator; "a" takes them all.
      [/Overwrite .*README\.md\?/, `a${ENTER}`],
    ], path.join(plugin, 'tests', 'unit'), HANG_LIMIT, undefined, yoScript());
    assert.equal(talk.status, 0, plainScreen(talk.screen));
    assert.ok(existsSync(path.join(plugin, 'subcommands', 'show')));
    assert.match(readFileSync(path.join(plugin, 'command-functions'), 'utf8'), /cmd-demo-show\(\)/);
  });

  it('Ctrl-C at the prompt of yo dokku-plugin:command prints "cancelled", exits 130 and changes nothing', async () => {
    const plugin = madePlugin();
    const before = readdirSync(plugin, { recursive: true }).map(String).sort();
    const functions = readFileSync(path.join(plugin, 'command-functions'), 'utf8');
    const talk = await converseOnTerminal(['dokku-plugin:command'], [[/Command to add/, '\x03']], plugin, HANG_LIMIT, undefined, yoScript());
    assert.equal(talk.status, 130, plainScreen(talk.screen));
    const lines = talk.screen.replace(/\r/g, '').split('\n').map((line) => plainScreen(line).trim());
    assert.deepEqual(lines.filter((line) => /cancel/i.test(line)), ['cancelled']);
    assert.deepEqual(readdirSync(plugin, { recursive: true }).map(String).sort(), before);
    assert.equal(readFileSync(path.join(plugin, 'command-functions'), 'utf8'), functions);
  });
});
