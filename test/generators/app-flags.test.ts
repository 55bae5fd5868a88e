import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import TOML from '@iarna/toml';
import { generate, generateError } from '../support/generate.js';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('app generator, driven by flags', () => {
  it('writes the whole bash plugin from the name and --yes', async () => {
    const { pluginDir } = await generate({ args: ['demo'], options: { yes: true } });
    for (const file of ['plugin.toml', 'commands', 'help-functions', 'command-functions', 'internal-functions', 'functions',
      'subcommands/default', 'install', 'uninstall', 'README.md', 'LICENSE', 'Makefile', '.editorconfig', '.gitignore',
      '.github/workflows/ci.yml', 'tests/unit/help.bats', 'tests/support/dokku-double']) {
      assert.ok(existsSync(path.join(pluginDir, file)), file);
    }
    assert.equal(TOML.parse(read(pluginDir, 'plugin.toml')).plugin !== undefined, true);
  });

  it('takes the name from --name as well as the argument, dropping a leading dokku-', async () => {
    const { cwd } = await generate({ options: { name: 'dokku-flagged', yes: true } });
    assert.ok(existsSync(path.join(cwd, 'dokku-flagged', 'commands')));
    assert.match(read(path.join(cwd, 'dokku-flagged'), 'commands'), /flagged:help/);
  });

  it('writes --description, --plugin-version, --author, --license and --repository where they belong', async () => {
    const { pluginDir } = await generate({
      args: ['demo'],
      options: { description: 'Keeps "demo" $HOME `safe` é', pluginVersion: '1.2.3-rc.1', author: 'Jane Doe', license: 'ISC', repository: 'https://example.com/acme/dokku-demo.git' },
    });
    const toml = TOML.parse(read(pluginDir, 'plugin.toml')) as { plugin: { description: string; version: string; config: object } };
    assert.equal(toml.plugin.description, 'Keeps "demo" $HOME `safe` é');
    assert.equal(toml.plugin.version, '1.2.3-rc.1');
    assert.deepEqual(toml.plugin.config, {});
    assert.match(read(pluginDir, 'plugin.toml'), /^\[plugin\.config\]$/m);
    assert.match(read(pluginDir, 'LICENSE'), /^ISC License/);
    assert.match(read(pluginDir, 'LICENSE'), /Copyright \(c\) \d{4} Jane Doe/);
    assert.match(read(pluginDir, 'README.md'), /sudo dokku plugin:install https:\/\/example\.com\/acme\/dokku-demo\.git --name demo/);
  });

  it('defaults to MIT, 0.1.0 and a description naming the plugin under --yes', async () => {
    const { pluginDir } = await generate({ args: ['demo'], options: { yes: true } });
    const toml = TOML.parse(read(pluginDir, 'plugin.toml')) as { plugin: { description: string; version: string } };
    assert.equal(toml.plugin.version, '0.1.0');
    assert.equal(toml.plugin.description, 'Dokku plugin demo');
    assert.match(read(pluginDir, 'LICENSE'), /^MIT License/);
  });

  it('makes a shim and a function for each --command, and lists it in the help and README', async () => {
    const { pluginDir } = await generate({
      args: ['demo'],
      options: { yes: true, command: ['enable <app>, Enable demo for an app', 'list, List demo apps'] },
    });
    assert.match(read(pluginDir, 'subcommands/enable'), /^cmd-demo-enable "\$@"$/m);
    assert.match(read(pluginDir, 'subcommands/list'), /^cmd-demo-list "\$@"$/m);
    assert.match(read(pluginDir, 'command-functions'), /^cmd-demo-enable\(\) \{$/m);
    assert.match(read(pluginDir, 'help-functions'), /^ {4}demo:enable <app>, Enable demo for an app$/m);
    assert.match(read(pluginDir, 'README.md'), /\| `dokku demo:enable <app>` \| Enable demo for an app \|/);
  });

  it('makes bare `dokku <name>` run --default-command', async () => {
    const { pluginDir } = await generate({
      args: ['demo'],
      options: { yes: true, command: ['list, List demo apps'], defaultCommand: 'list' },
    });
    assert.match(read(pluginDir, 'subcommands/default'), /^cmd-demo-list "\$@"$/m);
  });

  it('writes one executable file per --trigger reading its documented arguments', async () => {
    const { pluginDir } = await generate({ args: ['demo'], options: { yes: true, trigger: ['post-deploy', 'post-delete'] } });
    const postDeploy = read(pluginDir, 'post-deploy');
    assert.match(postDeploy, /^trigger-demo-post-deploy\(\) \{$/m);
    assert.match(postDeploy, /local APP="\$\{1:-\}"/);
    assert.match(postDeploy, /local IMAGE_TAG="\$\{4:-\}"/);
    assert.ok(statSync(path.join(pluginDir, 'post-delete')).mode & 0o100);
  });

  it('gives executables mode 0755 and every other file 0644', async () => {
    const { pluginDir } = await generate({ args: ['demo'], options: { yes: true, command: ['list, List'], trigger: ['post-deploy'] } });
    const mode = (file: string) => statSync(path.join(pluginDir, file)).mode & 0o777;
    for (const file of ['commands', 'subcommands/default', 'subcommands/list', 'install', 'uninstall', 'post-deploy', 'tests/support/dokku-double']) {
      assert.equal(mode(file).toString(8), '755', file);
    }
    for (const file of ['plugin.toml', 'help-functions', 'command-functions', 'internal-functions', 'functions', 'README.md', 'Makefile']) {
      assert.equal(mode(file).toString(8), '644', file);
    }
  });

  it('writes to --directory', async () => {
    const target = path.join(os.tmpdir(), `dokku-plugin-directory-${process.pid}-${Date.now()}`);
    await generate({ args: ['demo'], options: { yes: true, directory: target } });
    assert.ok(existsSync(path.join(target, 'commands')));
  });

  it('refuses a non-empty --directory without --force, keeping the files there', async () => {
    const target = path.join(os.tmpdir(), `dokku-plugin-occupied-${process.pid}-${Date.now()}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'commands'), 'my own work\n');
    const message = await generateError({ args: ['demo'], options: { yes: true, directory: target, force: false } });
    assert.match(message, /--directory: .* is not empty; .*--force/);
    assert.equal(readFileSync(path.join(target, 'commands'), 'utf8'), 'my own work\n');
  });

  it('overwrites generated files in a non-empty --directory with --force', async () => {
    const target = path.join(os.tmpdir(), `dokku-plugin-forced-${process.pid}-${Date.now()}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'commands'), 'stale\n');
    await generate({ args: ['demo'], options: { yes: true, directory: target, force: true } });
    assert.match(readFileSync(path.join(target, 'commands'), 'utf8'), /demo:help/);
  });

  it('remembers the input in .yo-rc.json for later sub-generators', async () => {
    const { pluginDir } = await generate({ args: ['demo'], options: { yes: true, command: ['list, List'] } });
    const config = JSON.parse(read(pluginDir, '.yo-rc.json')) as Record<string, { input: { name: string; commands: string[] } }>;
    assert.equal(config['generator-dokku-plugin']?.input.name, 'demo');
    assert.deepEqual(config['generator-dokku-plugin']?.input.commands, ['list, List']);
  });

  describe('rejections name the flag and the fix', () => {
    const cases: Array<[string, Record<string, unknown>, string[], RegExp]> = [
      ['a core plugin name', { yes: true }, ['apps'], /--name: "apps" is the name of a Dokku core plugin/],
      ['a dispatcher alias', { yes: true }, ['nginx'], /--name: "nginx" is a name the dokku dispatcher/],
      ['a name with a colon', { yes: true }, ['de:mo'], /--name: .*":"/],
      ['an uppercase name', { yes: true }, ['Demo'], /--name: .*lowercase/],
      ['a description with a comma', { description: 'one, two' }, ['demo'], /--description: contains a comma/],
      ['a description with a newline', { description: 'one\ntwo' }, ['demo'], /--description: .*control character/],
      ['a bad version', { yes: true, pluginVersion: 'v1' }, ['demo'], /--plugin-version: "v1" is not a semantic version/],
      ['a bad licence', { yes: true, license: 'MIT License' }, ['demo'], /--license: "MIT License" is not an SPDX/],
      ['a bad repository', { yes: true, repository: 'github.com/x/y' }, ['demo'], /--repository: .*https:\/\//],
      ['a duplicate command', { yes: true, command: ['list, List', 'list, Again'] }, ['demo'], /--command: "list" is given twice/],
      ['a command with two commas', { yes: true, command: ['list, List, all'] }, ['demo'], /--command: .*more than one comma/],
      ['a bad command name', { yes: true, command: ['List, List'] }, ['demo'], /--command: "List" is not a valid command name/],
      ['an unknown trigger', { yes: true, trigger: ['post-deplyo'] }, ['demo'], /--trigger: "post-deplyo" is not a Dokku plugin trigger; did you mean post-deploy/],
      ['a core-only trigger', { yes: true, trigger: ['core-post-deploy'] }, ['demo'], /--trigger: "core-post-deploy" is only called for Dokku's core plugins/],
      ['an unknown default command', { yes: true, command: ['list, List'], defaultCommand: 'show' }, ['demo'], /--default-command: "show" is not one of the commands/],
      ['no name', { yes: true }, [], /--name: required/],
      ['no description without --yes', {}, ['demo'], /--description: required without --yes/],
    ];
    for (const [what, options, args, pattern] of cases) {
      it(`rejects ${what}`, async () => {
        assert.match(await generateError({ args, options }), pattern);
      });
    }

    it('reports every problem at once', async () => {
      const message = await generateError({ args: ['apps'], options: { yes: true, license: 'no way', trigger: ['nope-nope'] } });
      assert.match(message, /--name:/);
      assert.match(message, /--license:/);
      assert.match(message, /--trigger:/);
    });
  });
});
