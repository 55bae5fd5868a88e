import assert from 'node:assert/strict';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { inputProblems } from '../support/input-problems.js';

/** Each rule of the plugin model on both sides of its boundary, with the message the user reads. */
const CONTEXT = { cwd: '/home/ann', year: 2031 };
const plugin = (input: PluginInput) => buildPluginModel({ name: 'demo', ...input }, CONTEXT);
const problemsOf = (input: PluginInput) => inputProblems(() => plugin(input));
const UTF8 = 'is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (\ufffd); give the text in UTF-8 (check the terminal\'s encoding, for example LANG=C.UTF-8)';

describe('unit: the plugin model\'s rules, both sides of each', () => {
  it('a missing name is the one problem: the default repository and directory come from it', () => {
    assert.deepEqual(inputProblems(() => buildPluginModel({}, CONTEXT)), ['--name: the plugin name is empty; give one such as `--name mysql-backup`']);
    assert.deepEqual(problemsOf({ name: 'Bad', directory: '' }), [
      '--name: "Bad" is not a valid plugin name: use lowercase letters, digits and single "-" between them, starting with a letter (for example "mysql-backup")',
      '--directory: is empty; give the directory to write to, such as --directory dokku-NAME (or leave --directory out for ./dokku-NAME; use --directory . for the current one)',
    ]);
    assert.deepEqual(problemsOf({ directory: ' ' }), [
      '--directory: is empty; give the directory to write to, such as --directory dokku-demo (or leave --directory out for ./dokku-demo; use --directory . for the current one)',
    ]);
    assert.equal(plugin({ directory: '../elsewhere' }).directory, '/home/elsewhere');
    assert.equal(plugin({ directory: '/srv/plugin' }).directory, '/srv/plugin');
  });

  it('a licence is an SPDX identifier: a letter or digit first, then letters, digits, ".", "+" and "-"', () => {
    for (const license of ['MIT', 'X', '0BSD', 'GPL-3.0+', 'Apache-2.0', 'a.b+c-d']) {
      assert.equal(plugin({ license }).license, license, license);
    }
    for (const license of ['-MIT', '.MIT', 'MIT!', '!MIT', 'GPL 3', 'MIT/X', '']) {
      assert.deepEqual(problemsOf({ license }), [`--license: "${license}" is not an SPDX licence identifier such as MIT, Apache-2.0 or GPL-3.0-only`], license);
    }
  });

  it('a version is a semantic version, with an optional pre-release and build', () => {
    for (const version of ['0.0.0', '10.20.30', '1.2.3-rc.1', '1.2.3-alpha-2.0', '1.2.3+build.5', '1.2.3-a.b+c.d', '1.2.3-0A']) {
      assert.equal(plugin({ pluginVersion: version }).version, version, version);
    }
    for (const version of ['1.2', '01.2.3', '1.02.3', '1.2.03', 'v1.2.3', '1.2.3x', '1.2.3-', '1.2.3+', '1.2.3-a..b', '1.2.3+a..b', '1.2.3-a_b', 'x1.2.3', '1.2.3.4', '1.a.3', 'a.2.3', '1.2.a']) {
      assert.deepEqual(problemsOf({ pluginVersion: version }), [`--plugin-version: "${version}" is not a semantic version such as 0.1.0`], version);
    }
  });

  it('a repository is a URL that dokku plugin:install takes, with no spaces or quotes', () => {
    for (const repository of ['https://github.com/a/b.git', 'ssh://git@host:22/a/b', 'git@github.com:a/b.git', 'git://host/a/b', 'file:///srv/git/b', 'https://h/a_b~c%20+d@e']) {
      assert.equal(plugin({ repository }).repository, repository, repository);
    }
    for (const repository of ['http://github.com/a/b', 'https://', 'xhttps://github.com/a', 'https://github.com/a b', 'https://github.com/"a"', 'https://github.com/a\'', 'ftp://h/a', '/srv/git/b']) {
      assert.deepEqual(problemsOf({ repository }), [`--repository: "${repository}" is not a URL that \`dokku plugin:install\` accepts: use https://, ssh://, git@ or file:// with no spaces or quotes`], repository);
    }
  });

  it('a language is bash or go, in any case; the refusal quotes it as given', () => {
    assert.equal(plugin({ language: 'Bash' }).language, 'bash');
    assert.equal(plugin({ language: 'go' }).language, 'go');
    assert.deepEqual(problemsOf({ language: ' Ruby ' }), ['--lang: " Ruby " is not a language this generator writes; use bash or go']);
    assert.deepEqual(problemsOf({ language: '' }), ['--lang: "" is not a language this generator writes; use bash or go']);
  });

  it('a command name has at most 64 characters; a longer one is refused and not counted again', () => {
    const long = `${'c'.repeat(65)}, Long`;
    assert.deepEqual(problemsOf({ commands: [long, long, `${'c'.repeat(64)}, Fine`] }), [
      '--command: "cccccccccccccccccccccccc…" is 65 characters long; a command name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it',
      '--command: "cccccccccccccccccccccccc…" is 65 characters long; a command name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it',
    ]);
    assert.equal(plugin({ commands: [`${'c'.repeat(64)}, Fine`] }).commands[0]?.name, 'c'.repeat(64));
  });

  it('names the default command with or without the plugin\'s namespace', () => {
    assert.equal(plugin({ commands: ['list, List', 'show, Show'], defaultCommand: 'show' }).defaultCommand?.name, 'show');
    assert.equal(plugin({ commands: ['list, List', 'show, Show'], defaultCommand: 'demo:show' }).defaultCommand?.name, 'show');
    assert.equal(plugin({ commands: ['list, List'] }).defaultCommand, undefined);
    assert.deepEqual(problemsOf({ commands: ['list, List', 'show, Show'], defaultCommand: 'other:show' }), [
      '--default-command: "other:show" is not one of the commands given with --command (list, show)',
    ]);
  });

  it('takes the plugin\'s namespace off the front of --default-command only, never from the middle', () => {
    assert.deepEqual(problemsOf({ commands: ['list, List', 'other-list, Other'], defaultCommand: 'other-demo:list' }), [
      '--default-command: "other-demo:list" is not one of the commands given with --command (list, other-list)',
    ]);
    assert.deepEqual(problemsOf({ commands: ['list, List'], defaultCommand: 'demo:demo:list' }), [
      '--default-command: "demo:list" is not one of the commands given with --command (list)',
    ]);
  });

  it('the report kit needs a key, each key at most 64 characters, and keeps report and set for itself', () => {
    assert.deepEqual(problemsOf({ report: true }), ['--property: the report needs at least one key: --property NAME[=DEFAULT][:app|:global], for example --property enabled=false']);
    assert.deepEqual(problemsOf({ report: true, properties: [] }), ['--property: the report needs at least one key: --property NAME[=DEFAULT][:app|:global], for example --property enabled=false']);
    assert.deepEqual(problemsOf({ properties: ['p'.repeat(65)] }), [
      '--property: "pppppppppppppppppppppppp…" is 65 characters long; a property name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it',
    ]);
    assert.equal(plugin({ properties: ['p'.repeat(64)] }).report?.keysText, 'p'.repeat(64));
    assert.deepEqual(problemsOf({ properties: ['mode'], commands: ['report, Mine', 'set, Mine too', 'list, List'] }), [
      '--command: "report" is the report command --report generates; name yours otherwise',
      '--command: "set" is the set command --report generates; name yours otherwise',
    ]);
    assert.equal(plugin({ report: false }).report, undefined);
    assert.equal(plugin({ report: false, properties: ['mode'] }).report?.keysText, 'mode');
    assert.equal(plugin({ commands: ['report, Mine'] }).commands[0]?.builtin, undefined);
  });

  it('the kit brings its triggers and its report and set, whose pipes are escaped in the README', () => {
    const model = plugin({ description: 'A | b <c>', properties: ['mode'] });
    assert.deepEqual(model.triggers.map((trigger) => trigger.name), ['install', 'post-app-clone-setup', 'post-app-rename-setup', 'post-delete', 'report', 'uninstall', 'update']);
    assert.deepEqual(model.commands.map((command) => [command.builtin, command.readmeUsage]), [
      ['report', 'demo:report [<app>\\|--global] [--format stdout\\|json] [<flag>]'],
      ['set', 'demo:set [<app>\\|--global] <key> [<value>]'],
    ]);
    assert.deepEqual(model.readme, { description: 'A \\| b &lt;c&gt;' });
    assert.equal(model.pluginToml, '[plugin]\ndescription = "A | b <c>"\nversion = "0.1.0"\n\n[plugin.config]\n');
    assert.equal(model.namespaceHelpLine, '    demo, A | b <c>');
  });

  it('refuses core-only triggers and warns once about a deprecated one', () => {
    assert.deepEqual(problemsOf({ triggers: ['core-post-deploy'] }), ['--trigger: "core-post-deploy" is only called for Dokku\'s core plugins and would never run in yours']);
    assert.deepEqual(plugin({ triggers: ['pre-deploy', 'pre-deploy', 'storage-list'] }).warnings, [
      'trigger pre-deploy is deprecated in Dokku; check the plugin triggers docs for its replacement',
      'trigger storage-list is deprecated in Dokku; check the plugin triggers docs for its replacement',
    ]);
    assert.deepEqual(plugin({ triggers: [' post-deploy '] }).triggers.map((trigger) => trigger.name), ['install', 'post-deploy', 'uninstall', 'update']);
  });

  it('warns about a non-ASCII command description from U+0080 on, and about a licence other than MIT or ISC', () => {
    assert.deepEqual(plugin({ description: 'Demo', commands: ['x, Caf\u0080'] }).warnings, [
      'dokku help runs column under LC_ALL=C, which shows non-ASCII characters of descriptions as \\xNN escapes; dokku demo:help shows them as written',
    ]);
    assert.deepEqual(plugin({ description: 'Demo ~', commands: ['x, Cafe ~'] }).warnings, []);
    assert.deepEqual(plugin({ license: 'ISC' }).warnings, []);
    assert.deepEqual(plugin({ license: 'MIT' }).warnings, []);
    assert.deepEqual(plugin({ license: 'mit' }).warnings, ['LICENSE names mit but does not hold its text; paste the full text before publishing']);
  });

  it('text that was not UTF-8 is named for every flag, in the order of the options', () => {
    const bad = '\ufffd';
    assert.deepEqual(inputProblems(() => buildPluginModel({
      name: bad, description: bad, author: bad, license: bad, pluginVersion: bad, commands: ['list, List', bad], defaultCommand: bad,
      triggers: [bad], repository: bad, directory: bad, language: bad, properties: [bad],
    }, CONTEXT)), ['--name', '--description', '--author', '--license', '--plugin-version', '--command', '--default-command', '--trigger', '--repository', '--directory', '--lang', '--property']
      .map((flag) => `${flag}: ${UTF8}`));
    assert.deepEqual(problemsOf({ description: `Caf${bad}` }), [`--description: ${UTF8}`]);
  });
});
