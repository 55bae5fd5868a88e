import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAddonModel } from '../../src/model/addon-model.js';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { pluginToml, shellQuoteAround, shellWord } from '../../src/render/encode.js';
import { rememberedInputFile, renderAddon, renderPlugin } from '../../src/render/render-plugin.js';
import { REPO_ROOT } from '../support/paths.js';

const CONTEXT = { cwd: '/home/ann', year: 2031 };
// The version generated plugins pin for make check is this package's own.
const VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('unit: words for generated command lines', () => {
  it('leaves a plain word bare, each character it may hold included', () => {
    for (const word of ['abc', 'ABC', 'a0', 'a_b', 'a.b', 'a,b', 'a:b', 'a@b', '50%', 'a+b', 'a=b', 'a/b', 'a-b', 'sample-done', 'doner', 'xfi']) {
      assert.equal(shellWord(word), word, word);
    }
  });

  it('quotes bash\'s reserved words, an empty word and any other character', () => {
    const reserved = ['case', 'coproc', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'select', 'then', 'time', 'until', 'while'];
    for (const word of reserved) {
      assert.equal(shellWord(word), `"${word}"`, word);
    }
    assert.equal(shellWord(''), '""');
    assert.equal(shellWord('a b'), '"a b"');
    assert.equal(shellWord('a$b'), '"a\\$b"');
    assert.equal(shellWord('x;y'), '"x;y"');
    assert.equal(shellWord('a*'), '"a*"');
    assert.equal(shellWord('{a}'), '"{a}"');
    assert.equal(shellWord('[[ '), '"[[ "');
    assert.equal(shellWord('ok\n'), '"ok\n"');
    assert.equal(shellWord('\nok'), '"\nok"');
  });

  it('quotes text around an expansion the template owns, escaping only the text', () => {
    assert.equal(shellQuoteAround('Unknown "', '$_word', '": dokku $x'), '"Unknown \\"$_word\\": dokku \\$x"');
    assert.equal(shellQuoteAround('', '$a', ''), '"$a"');
  });
});

describe('unit: plugin.toml', () => {
  it('holds the description and version, then an empty [plugin.config] section', () => {
    assert.equal(pluginToml('Demo tools', '1.2.3'), '[plugin]\ndescription = "Demo tools"\nversion = "1.2.3"\n\n[plugin.config]\n');
    assert.equal(pluginToml('Say "hi" \\ now', '0.1.0'), '[plugin]\ndescription = \'Say "hi" \\ now\'\nversion = "0.1.0"\n\n[plugin.config]\n');
  });
});

describe('unit: rendering', () => {
  it('remembers the input in .yo-rc.json without the directory', () => {
    assert.deepEqual(rememberedInputFile({ name: 'demo', directory: '/home/ann/out', commands: ['list, List'], report: true }), {
      path: '.yo-rc.json',
      content: '{\n  "generator-dokku-plugin": {\n    "input": {\n      "name": "demo",\n      "commands": [\n        "list, List"\n      ],\n      "report": true\n    }\n  }\n}\n',
      mode: 0o644,
      ownership: 'generated',
    });
    assert.equal(rememberedInputFile({ name: 'cache', scheme: 'redis' }).content, '{\n  "generator-dokku-plugin": {\n    "input": {\n      "name": "cache",\n      "scheme": "redis"\n    }\n  }\n}\n');
  });

  it('renders each planned file with its mode and owner, and the generator\'s version for make check', () => {
    const files = new Map(renderPlugin(buildPluginModel({ name: 'demo', description: 'Demo tools', commands: ['list, List'] }, CONTEXT)).map((file) => [file.path, file]));
    assert.deepEqual([files.get('commands')?.mode, files.get('commands')?.ownership], [0o755, 'generated']);
    assert.deepEqual([files.get('command-functions')?.mode, files.get('command-functions')?.ownership], [0o644, 'sections']);
    assert.deepEqual([files.get('README.md')?.mode, files.get('README.md')?.ownership], [0o644, 'regions']);
    assert.deepEqual([files.get('.gitignore')?.mode, files.get('.gitignore')?.ownership], [0o644, 'author']);
    assert.equal(files.get('plugin.toml')?.content, '[plugin]\ndescription = "Demo tools"\nversion = "0.1.0"\n\n[plugin.config]\n');
    assert.match(files.get('Makefile')?.content ?? '', new RegExp(`^DOKKU_PLUGIN_CHECK \\?= npx --yes create-dokku-plugin@${VERSION.replace(/\./g, '\\.')} check$`, 'm'));
  });

  it('reads the templates from the root it is given: the plugin as `plugin`, an add-on as `addon` and `plugin`', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'templates-'));
    cpSync(path.join(REPO_ROOT, 'templates'), root, { recursive: true });
    writeFileSync(path.join(root, 'bash', 'Makefile'), '<%- plugin.name %> <%- generator.version %> <%- tests.app %>\n');
    writeFileSync(path.join(root, 'bash', 'subcommands', '__command__'), '<%- command.qualifiedName %> of <%- plugin.name %>\n');
    writeFileSync(path.join(root, 'addon', 'Makefile'), '<%- addon.name %> <%- plugin.scheme %> <%- generator.version %>\n');
    const plugin = new Map(renderPlugin(buildPluginModel({ name: 'demo', commands: ['list, List'] }, CONTEXT), root).map((file) => [file.path, file.content]));
    assert.equal(plugin.get('Makefile'), `demo ${VERSION} test-app\n`);
    assert.equal(plugin.get('subcommands/list'), 'demo:list of demo\n');
    const addon = renderAddon(buildAddonModel({ name: 'cache', scheme: 'redis' }, CONTEXT), root);
    const makefile = addon.find((file) => file.path === 'Makefile');
    assert.deepEqual(makefile, { path: 'Makefile', content: `cache redis ${VERSION}\n`, mode: 0o644, ownership: 'author' });
    assert.deepEqual(addon.find((file) => file.path === 'provision')?.mode, 0o755);
  });
});
