import assert from 'node:assert/strict';
import { buildAddonModel } from '../../src/model/addon-model.js';
import { missingFlags } from '../../src/model/input-checks.js';
import { InputError } from '../../src/model/input-error.js';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { inputProblems } from '../support/input-problems.js';

const CONTEXT = { cwd: '/home/ann', year: 2031 };

const plugin = (input: PluginInput) => buildPluginModel({ name: 'demo', ...input }, CONTEXT);

describe('unit: the plugin model', () => {
  it('fills in the defaults from the name', () => {
    const model = plugin({ name: 'dokku-demo' });
    assert.equal(model.name, 'demo');
    assert.equal(model.description, 'Dokku plugin demo');
    assert.equal(model.author, 'The dokku-demo authors');
    assert.equal(model.license, 'MIT');
    assert.equal(model.version, '0.1.0');
    assert.equal(model.year, 2031);
    assert.equal(model.language, 'bash');
    assert.equal(model.repository, 'https://github.com/your-github-user/dokku-demo.git');
    assert.equal(model.directory, '/home/ann/dokku-demo');
    assert.deepEqual(model.commands, []);
    assert.equal(model.defaultCommand, undefined);
    assert.equal(model.report, undefined);
    assert.deepEqual(model.triggers.map((trigger) => [trigger.name, trigger.functionName]), [
      ['install', 'trigger-demo-install'], ['uninstall', 'trigger-demo-uninstall'], ['update', 'trigger-demo-update'],
    ]);
    assert.deepEqual(model.warnings, []);
    assert.equal(model.namespaceHelpLine, '    demo, Dokku plugin demo');
    assert.deepEqual(model.shell, { description: '"Dokku plugin demo"' });
  });

  it('trims what was typed and takes the language in any case', () => {
    const model = plugin({ description: ' Demo tools ', author: ' Ann ', license: ' ISC ', pluginVersion: ' 1.2.3-rc.1 ', language: ' GO ', directory: 'out', repository: ' git@example.com:ann/dokku-demo.git ' });
    assert.equal(model.description, 'Demo tools');
    assert.equal(model.author, 'Ann');
    assert.equal(model.license, 'ISC');
    assert.equal(model.version, '1.2.3-rc.1');
    assert.equal(model.language, 'go');
    assert.equal(model.repository, 'git@example.com:ann/dokku-demo.git');
    assert.equal(model.directory, '/home/ann/out');
    assert.deepEqual(model.warnings, []);
  });

  it('describes each command: usage, help line, function and refusals', () => {
    const model = plugin({ description: 'Demo', commands: ['enable <app> <key> [<value>] [--force], Enable it', 'list, List *all* apps'], defaultCommand: ' demo:list ' });
    const [enable, list] = model.commands;
    assert.equal(enable?.qualifiedName, 'demo:enable');
    assert.equal(enable?.functionName, 'cmd-demo-enable');
    assert.equal(enable?.usage, 'enable <app> <key> [<value>] [--force]');
    assert.equal(enable?.fullUsage, 'demo:enable <app> <key> [<value>] [--force]');
    assert.equal(enable?.helpLine, '    demo:enable <app> <key> [<value>] [--force], Enable it');
    assert.deepEqual(enable?.missingArgumentMessages, { key: '"Please specify <key>: dokku demo:enable <app> <key> [<value>] [--force]"' });
    assert.equal(enable?.operandLimit, 3);
    assert.deepEqual(enable?.refusals, {
      unknownFlag: '"Unknown flag \\"$_word\\": dokku demo:enable <app> <key> [<value>] [--force]"',
      unexpectedArgument: '"Unexpected argument \\"$_surplus\\": dokku demo:enable <app> <key> [<value>] [--force]"',
    });
    assert.equal(list?.usage, 'list');
    assert.equal(list?.operandLimit, 0);
    assert.equal(list?.readmeDescription, 'List \\*all\\* apps');
    assert.equal(model.defaultCommand?.name, 'list');
    assert.equal(plugin({ commands: ['show [<app>] <x>..., Show'] }).commands[0]?.operandLimit, undefined);
    assert.equal(plugin({ commands: ['show [<app>] <x>, Show'] }).commands[0]?.operandLimit, 2);
    assert.equal(plugin({ commands: ['show [<app>] <x>, Show'] }).commands[0]?.usage, 'show [<app>] <x>');
    assert.equal(plugin({ commands: ['list, List'], defaultCommand: '  ' }).defaultCommand, undefined);
  });

  it('warns about non-ASCII descriptions, licences without their text and deprecated triggers', () => {
    assert.deepEqual(plugin({ description: 'Démo', license: 'Apache-2.0' }).warnings, [
      'dokku help runs column under LC_ALL=C, which shows non-ASCII characters of descriptions as \\xNN escapes; dokku demo:help shows them as written',
      'LICENSE names Apache-2.0 but does not hold its text; paste the full text before publishing',
    ]);
    assert.equal(plugin({ commands: ['x, Café'] }).warnings.length, 1);
    assert.deepEqual(plugin({ description: 'Demo\u007f'.slice(0, 4) }).warnings, []);
  });

  it('names every problem at once, each with its flag', () => {
    assert.deepEqual(inputProblems(() => plugin({
      description: 'a, b', author: '\t', license: 'Not a licence', pluginVersion: '1.0', repository: 'ftp://x', language: 'ruby',
      commands: ['list, List', 'list, Again'], defaultCommand: 'nope', triggers: ['', 'post-deplyo', 'no-such-trigger-anywhere-at-all'],
    })), [
      '--description: contains a comma, which `dokku help` reads as a column break; use ";" or " - " instead',
      '--author: give the copyright holder as one line of text, for example --author "Jane Doe"',
      '--license: "Not a licence" is not an SPDX licence identifier such as MIT, Apache-2.0 or GPL-3.0-only',
      '--plugin-version: "1.0" is not a semantic version such as 0.1.0',
      '--repository: "ftp://x" is not a URL that `dokku plugin:install` accepts: use https://, ssh://, git@ or file:// with no spaces or quotes',
      '--lang: "ruby" is not a language this generator writes; use bash or go',
      '--command: "list" is given twice; each command name must be unique',
      '--default-command: "nope" is not one of the commands given with --command (list)',
      '--trigger: a trigger name is empty; give one such as --trigger post-deploy, or leave that --trigger out',
      '--trigger: "post-deplyo" is not a Dokku plugin trigger; did you mean post-deploy?',
      '--trigger: "no-such-trigger-anywhere-at-all" is not a Dokku plugin trigger',
    ]);
    assert.deepEqual(inputProblems(() => plugin({ description: ' ', author: '' })), [
      '--description: the description holds only white space or invisible characters (U+0020); give one line saying what the plugin does',
      '--author: give the copyright holder as one line of text, for example --author "Jane Doe"',
    ]);
    assert.deepEqual(inputProblems(() => plugin({ description: '' })), [
      '--description: the description is empty; give one line saying what the plugin does',
    ]);
    assert.deepEqual(inputProblems(() => plugin({ description: '\ufeff \u2028\ufeff' })), [
      '--description: the description holds only white space or invisible characters (U+FEFF, U+0020, U+2028); give one line saying what the plugin does',
    ]);
    assert.deepEqual(inputProblems(() => plugin({ description: 'a\nb', defaultCommand: 'x' })), [
      '--description: contains a tab, newline or other control character; write it on one line',
      '--default-command: "x" is not one of the commands given with --command (none)',
    ]);
  });

  it('refuses a bad name once, not again through the default repository', () => {
    assert.deepEqual(inputProblems(() => plugin({ name: 'Bad Name' })).map((line) => line.split(':')[0]), ['--name']);
    assert.deepEqual(inputProblems(() => plugin({ name: 'Bad Name', repository: 'nope' })).map((line) => line.split(':')[0]), ['--name', '--repository']);
  });

  it('refuses an array variable that another command reads as one word', () => {
    assert.deepEqual(inputProblems(() => plugin({ commands: ['add <file>..., Add', 'show <file-list>, Show'] })), [
      '--command: <file>... of "add" is read into the array file_list, which <file-list> of "show" would reuse for one word; rename one of them',
    ]);
    assert.equal(plugin({ commands: ['add <file>..., Add', 'drop <file>..., Drop', 'show <file>, Show'] }).commands.length, 3);
    assert.deepEqual(inputProblems(() => plugin({ commands: ['add <file>..., Add', 'show [--file-list], Show'] })), [
      '--command: <file>... of "add" is read into the array file_list, which [--file-list] of "show" would reuse for one word; rename one of them',
    ]);
  });

  it('refuses core-only triggers, and keeps each trigger once, sorted', () => {
    const model = plugin({ triggers: ['post-deploy', 'post-create', 'post-deploy', ' install '] });
    assert.deepEqual(model.triggers.map((trigger) => trigger.name), ['install', 'post-create', 'post-deploy', 'uninstall', 'update']);
  });
});

describe('unit: the add-on model', () => {
  it('reads an add-on with its defaults', () => {
    const addon = buildAddonModel({ name: ' dokku-addon-cache ', scheme: 'Redis' }, CONTEXT);
    assert.equal(addon.name, 'cache');
    assert.equal(addon.description, 'Dokku add-on cache');
    assert.equal(addon.directory, '/home/ann/dokku-addon-cache');
    assert.deepEqual(addon.warnings, []);
  });

  it('names every problem of an add-on at once', () => {
    assert.deepEqual(inputProblems(() => buildAddonModel({ name: 'a:b', scheme: '', description: '' }, CONTEXT)), [
      '--name: "a:b" contains ":", which separates fields in the add-ons plugin\'s records; use letters, digits and "_"',
      '--description: give one line saying what the add-on provides',
      '--scheme: required: the URL scheme the service speaks, such as redis, postgres or mysql',
    ]);
    assert.deepEqual(inputProblems(() => buildAddonModel({ name: '', scheme: 'a b' }, CONTEXT)), [
      '--name: the add-on name is empty; give one such as `redis` or `search_index`',
      '--scheme: "a b" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"',
    ]);
  });
});

describe('unit: input errors and field checks', () => {
  it('prints one flag: message line per problem, as an InputError', () => {
    const error = new InputError([{ flag: '--name', message: 'is empty' }, { flag: '--lang', message: 'use bash or go' }]);
    assert.equal(error.message, '--name: is empty\n--lang: use bash or go');
    assert.equal(error.name, 'InputError');
    assert.ok(String(error.stack).startsWith('InputError: --name: is empty\n--lang: use bash or go'));
  });

  it('names the missing flags, with the default --yes would take', () => {
    assert.deepEqual(missingFlags({}, false), [
      { flag: '--name', message: 'required: give the plugin name as the first argument or with --name NAME' },
      { flag: '--description', message: 'required without --yes: --description "What the plugin does" (with --yes: "Dokku plugin <name>")' },
    ]);
    assert.deepEqual(missingFlags({ name: 'demo' }, false), [
      { flag: '--description', message: 'required without --yes: --description "What the plugin does" (with --yes: "Dokku plugin demo")' },
    ]);
    assert.deepEqual(missingFlags({ name: ' ' }, true), [{ flag: '--name', message: 'required: give the plugin name as the first argument or with --name NAME' }]);
    assert.deepEqual(missingFlags({ name: 'demo', description: 'D' }, false), []);
  });
});
