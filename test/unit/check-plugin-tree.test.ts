import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileHead, hasShebang, isBashScript, notAPluginProblem, outsidePluginCode, walkPlugin, type TreeEntry } from '../../src/check/plugin-tree.js';
import { writeTree, type TreeSpec } from './check-support.js';

const row = (entry: TreeEntry) => `${entry.path}${entry.link ? ' link' : ''}${entry.broken ? ' broken' : ''}${entry.directory ? ' dir' : ''}${entry.executable ? ' x' : ''}${entry.target === undefined ? '' : ` -> ${entry.target}`}`;

describe('unit: check, walking a plugin', () => {
  it('every entry, sorted, with what it is; links described by their target; .git and node_modules listed but not walked', () => {
    const root = writeTree({
      commands: { exec: '#!/bin/bash\n' },
      'plugin.toml': '',
      'subcommands/b': { exec: '' },
      'subcommands/a': { link: '../commands' },
      triggers: { exec: '' },
      'post-deploy': { link: 'triggers' },
      'gone': { link: 'nowhere' },
      'lib': { link: '/' },
      'docs': { link: 'subcommands' },
      '.git/config': '',
      'node_modules/x/index.js': '',
      'deep/er/file': '',
      'deep-link': { link: 'deep/er/file' },
    });
    assert.deepEqual(walkPlugin(root).entries.map(row), [
      '.git dir x',
      'commands x',
      'deep dir x',
      'deep/er dir x',
      'deep/er/file',
      'deep-link link -> deep/er/file',
      'docs link dir x -> subcommands',
      'gone link broken -> nowhere',
      'lib link dir x',
      'node_modules dir x',
      'plugin.toml',
      'post-deploy link x -> triggers',
      'subcommands dir x',
      'subcommands/a link x -> commands',
      'subcommands/b x',
      'triggers x',
    ]);
    const entry = walkPlugin(root).entries.find((one) => one.path === 'subcommands/b');
    assert.deepEqual(entry, { path: 'subcommands/b', name: 'b', link: false, broken: false, directory: false, executable: true });
  });

  it('a link that leaves the plugin has no target, even one named like a sibling folder', () => {
    const root = writeTree({ 'up': { link: '../dokku-sample-other/x' }, 'plugin.toml': '' });
    mkdirSync(path.join(path.dirname(root), 'dokku-sample-other'));
    writeFileSync(path.join(path.dirname(root), 'dokku-sample-other', 'x'), '');
    assert.deepEqual(walkPlugin(root).entries.map(row), ['plugin.toml', 'up link']);
  });

  it('an add-on: provision and url files and no plugin.toml', () => {
    assert.equal(walkPlugin(writeTree({ provision: '', url: '' })).kind, 'addon');
    assert.equal(walkPlugin(writeTree({ provision: '', url: '', 'plugin.toml': '' })).kind, 'plugin');
    assert.equal(walkPlugin(writeTree({ provision: '' })).kind, 'plugin');
    assert.equal(walkPlugin(writeTree({ url: '' })).kind, 'plugin');
    assert.equal(walkPlugin(writeTree({ 'provision/x': '', url: '' })).kind, 'plugin');
    assert.equal(walkPlugin(writeTree({ 'url/x': '', provision: '' })).kind, 'plugin');
    assert.equal(walkPlugin(writeTree({ 'sub/provision': '', 'sub/url': '' })).kind, 'plugin');
  });
});

describe('unit: check, whether DIR is a plugin', () => {
  it('any of plugin.toml, commands, subcommands/ or provision with url makes one', () => {
    for (const files of [{ 'plugin.toml': '' }, { commands: '' }, { 'subcommands/x': '' }, { provision: '', url: '' }] as TreeSpec[]) {
      assert.equal(notAPluginProblem(writeTree(files)), undefined, Object.keys(files).join(' '));
    }
  });

  it('otherwise it says what a plugin has', () => {
    for (const files of [{}, { provision: '' }, { url: '' }, { README: '' }] as TreeSpec[]) {
      const dir = writeTree(files);
      assert.equal(notAPluginProblem(dir), `${dir} is not a Dokku plugin: it has no plugin.toml, commands, subcommands/ or add-on scripts (provision, url); run check in the plugin's root directory`);
    }
  });
});

describe('unit: check, reading scripts', () => {
  const root = writeTree({});
  const file = (name: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
    return { path: name, name: path.basename(name), link: false, broken: false, directory: false, executable: true } as TreeEntry;
  };
  const tree = { root, kind: 'plugin' as const, entries: [] };

  it('reads the first 4096 bytes, or fewer when the file is shorter, or as many as asked', () => {
    file('long', 'x'.repeat(5000));
    file('short', 'abc');
    assert.equal(fileHead(path.join(root, 'long')).length, 4096);
    assert.equal(fileHead(path.join(root, 'short')).toString(), 'abc');
    assert.equal(fileHead(path.join(root, 'long'), 2).toString(), 'xx');
  });

  it('reading heads leaves no file open', () => {
    file('open', '#!/bin/bash\n');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let index = 0; index < 20; index += 1) {
      fileHead(path.join(root, 'open'));
    }
    assert.equal(open(), before);
  });

  it('a bash shebang in any of its usual spellings makes a bash script', () => {
    for (const shebang of ['#!/bin/bash', '#!/usr/bin/bash', '#!/usr/local/bin/bash', '#!/usr/bin/env bash', '#!/usr/bin/env  bash', '#!/usr/bin/env -S bash -e', '#! /bin/bash', '#!/bin/bash -e', '#!/bin/bash\t-x']) {
      assert.equal(isBashScript(tree, file('s', `${shebang}\necho\n`)), true, shebang);
    }
  });

  it('other shebangs, binaries, .bats files, folders and broken links are not', () => {
    for (const shebang of ['#!/bin/sh', '#!/usr/bin/env bashful', '#!/bin/bash5', '#!/usr/bin/python3', '#!/usr/local/sbin/bash', '#!/opt/bin/bash', '#!/usr/bin/env -S', ' #!/bin/bash', '#!/usr/bin/env -Sbash']) {
      assert.equal(isBashScript(tree, file('s', `${shebang}\necho\n`)), false, shebang);
    }
    assert.equal(isBashScript(tree, file('bin', Buffer.from([0x23, 0x21, 0x2f, 0x62, 0x69, 0x6e, 0x2f, 0x62, 0x61, 0x73, 0x68, 0x0a, 0x00]))), false);
    assert.equal(isBashScript(tree, file('x.bats', '#!/usr/bin/env bash\n')), false);
    assert.equal(isBashScript(tree, { ...file('dir/a', ''), path: 'dir', name: 'dir', directory: true }), false);
    assert.equal(isBashScript(tree, { ...file('gone', '#!/bin/bash\n'), broken: true }), false);
  });

  it('without a shebang only the root libraries, functions and *-functions, are bash', () => {
    assert.equal(isBashScript(tree, file('functions', 'fn() { :; }\n')), true);
    assert.equal(isBashScript(tree, file('report-functions', 'fn() { :; }\n')), true);
    assert.equal(isBashScript(tree, file('lib/functions', 'fn() { :; }\n')), false);
    assert.equal(isBashScript(tree, file('lib/x-functions', 'fn() { :; }\n')), false);
    assert.equal(isBashScript(tree, file('helpers', 'fn() { :; }\n')), false);
    assert.equal(isBashScript(tree, file('empty-file', '')), false);
  });

  it('a shebang is #! as the first two bytes of a file', () => {
    assert.equal(hasShebang(tree, file('a', '#!/bin/sh\n')), true);
    assert.equal(hasShebang(tree, file('b', '#/bin/sh\n')), false);
    assert.equal(hasShebang(tree, file('c', ' #!/bin/sh\n')), false);
    assert.equal(hasShebang(tree, file('d', '')), false);
    assert.equal(hasShebang(tree, { ...file('e', '#!x'), directory: true }), false);
    assert.equal(hasShebang(tree, { ...file('f', '#!x'), broken: true }), false);
  });
});

describe('unit: check, the author\'s tooling', () => {
  it('anything below tests, test, spec, vendor, node_modules or a hidden folder, at any depth', () => {
    for (const relative of ['tests/x', 'test/x', 'spec/x', 'vendor/x', 'node_modules/x', '.github/workflows/x', 'a/tests/b', 'a/.hidden/b']) {
      assert.equal(outsidePluginCode(relative), true, relative);
    }
  });

  it('but not files of those names, nor other folders', () => {
    for (const relative of ['tests', 'test', '.hidden', 'subcommands/test', 'src/x', 'testing/x', 'a/specs/b', 'commands']) {
      assert.equal(outsidePluginCode(relative), false, relative);
    }
  });
});
