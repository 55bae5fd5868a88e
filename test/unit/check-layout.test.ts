import assert from 'node:assert/strict';
import type { Finding } from '../../src/check/finding.js';
import { layoutFindings } from '../../src/check/layout-checks.js';
import { walkPlugin } from '../../src/check/plugin-tree.js';
import { writeTree, type TreeSpec } from './check-support.js';

const layout = (files: TreeSpec, name?: string) => layoutFindings(walkPlugin(writeTree({ 'plugin.toml': '', ...files }, name)));
const idsAndFiles = (findings: Finding[]) => findings.map((finding) => `${finding.id} ${finding.file ?? '-'}`);
const SCRIPT = '#!/usr/bin/env bash\n';

describe('unit: check, executable bits', () => {
  it('commands, each subcommand and each trigger must be executable, with the chmod that fixes it', () => {
    assert.deepEqual(layout({ commands: SCRIPT, 'subcommands/enable': SCRIPT, 'post-deploy': SCRIPT }), [
      { id: 'commands-not-executable', severity: 'error', file: 'commands', message: 'commands is not executable: Dokku cannot run it for help or any command', fix: 'chmod +x commands (and git add --chmod=+x commands)' },
      { id: 'subcommand-not-executable', severity: 'error', file: 'subcommands/enable', message: 'subcommands/enable is not executable: dokku cannot run this command; it falls through to every plugin\'s commands file', fix: 'chmod +x subcommands/enable (and git add --chmod=+x subcommands/enable)' },
      { id: 'trigger-not-executable', severity: 'error', file: 'post-deploy', message: 'post-deploy is not executable: plugn skips the post-deploy trigger with a warning', fix: 'chmod +x post-deploy (and git add --chmod=+x post-deploy)' },
    ]);
  });

  it('executable ones, folders, broken links, helpers with an extension and deeper files are fine', () => {
    assert.deepEqual(layout({ commands: { exec: SCRIPT }, 'subcommands/enable': { exec: SCRIPT }, 'post-deploy': { exec: SCRIPT }, 'subcommands/lib.sh': SCRIPT, 'subcommands/inner/x': SCRIPT, 'subcommands/folder': { dir: true }, 'post-delete': { link: 'missing' } }), []);
    assert.deepEqual(layout({ 'commands': { link: 'missing' }, 'subcommands/x': { link: 'missing' } }), []);
    assert.deepEqual(layout({ 'commands/main.go': '' }).map((finding) => finding.id), []);
  });

  it('a file or folder called commands below the root is an error: dokku help would run it', () => {
    assert.deepEqual(layout({ 'src/commands': '', 'cmd/commands/main.go': '' }), [
      { id: 'nested-commands', severity: 'error', file: 'cmd/commands', message: 'cmd/commands is named commands below the plugin root: `dokku help` finds it with find -L and runs it', fix: 'rename cmd/commands (Go sources, for example, under cmd/ instead of commands/)' },
      { id: 'nested-commands', severity: 'error', file: 'src/commands', message: 'src/commands is named commands below the plugin root: `dokku help` finds it with find -L and runs it', fix: 'rename src/commands (Go sources, for example, under cmd/ instead of commands/)' },
    ]);
  });
});

describe('unit: check, trigger names', () => {
  it('a misspelt trigger gets the closest names', () => {
    assert.deepEqual(layout({ 'post-deplyo': { exec: SCRIPT } }), [
      { id: 'unknown-trigger', severity: 'warning', file: 'post-deplyo', message: 'post-deplyo is not a Dokku trigger, so plugn never runs it (did you mean post-deploy?)', fix: 'rename it to post-deploy if that is the trigger you meant; else move it out of the plugin root' },
    ]);
    const several = layout({ 'pst-deploy': { exec: SCRIPT } })[0]!;
    assert.equal(several.message, 'pst-deploy is not a Dokku trigger, so plugn never runs it (did you mean post-deploy, pre-deploy, deploy?)');
    assert.equal(several.fix, 'rename it to post-deploy if that is the trigger you meant; else move it out of the plugin root');
  });

  it('a name like no trigger says so', () => {
    assert.deepEqual(layout({ zzqqxx: { exec: SCRIPT } }), [
      { id: 'unknown-trigger', severity: 'warning', file: 'zzqqxx', message: 'zzqqxx is not a Dokku trigger, so plugn never runs it (no known trigger has a similar name)', fix: 'rename it to a trigger from Dokku\'s plugin-triggers docs, or move it out of the plugin root' },
    ]);
  });

  it('a script that is not executable but has a shebang is still taken for a trigger; a plain file is not', () => {
    assert.deepEqual(idsAndFiles(layout({ 'post-deplyo': SCRIPT, notes: 'just text\n' })), ['unknown-trigger post-deplyo']);
  });

  it('the plugin\'s own triggers for other plugins (NAME-…) are no misspelling', () => {
    assert.deepEqual(layout({ 'sample-get-property': { exec: SCRIPT }, 'other-get-property': { exec: SCRIPT } }).map((finding) => finding.file), ['other-get-property']);
  });

  it('Dokku\'s own files, libraries, project files, hidden files, names with a dot, folders and link targets are not triggers', () => {
    const files: TreeSpec = { triggers: { exec: SCRIPT }, 'post-deploy': { link: 'triggers' }, functions: { exec: SCRIPT }, 'report-functions': { exec: SCRIPT }, '.envrc': { exec: SCRIPT }, 'setup.sh': { exec: SCRIPT }, scripts: { dir: true }, 'sub/thing': { exec: SCRIPT } };
    for (const name of ['commands', 'Makefile', 'Dockerfile', 'Vagrantfile', 'Procfile', 'LICENSE', 'LICENCE', 'COPYING', 'README', 'CHANGELOG', 'NOTICE', 'AUTHORS', 'VERSION', 'go.sum']) {
      files[name] = { exec: SCRIPT };
    }
    assert.deepEqual(layout(files), []);
  });

  it('a link target named like a trigger is still checked as one', () => {
    assert.deepEqual(idsAndFiles(layout({ install: SCRIPT, update: { link: 'install' } })), ['trigger-not-executable install', 'trigger-not-executable update']);
  });

  it('a deprecated trigger names its replacement', () => {
    assert.deepEqual(layout({ 'pre-deploy': { exec: SCRIPT } }), [
      { id: 'deprecated-trigger', severity: 'warning', file: 'pre-deploy', message: 'pre-deploy is a deprecated trigger (Dokku\'s docs: "Deprecated, please use `pre-release-builder` instead")', fix: 'implement pre-release-builder instead (mind its arguments) and remove pre-deploy' },
    ]);
    assert.equal(layout({ 'storage-list': { exec: SCRIPT } })[0]!.fix, 'implement storage-app-mounts instead (mind its arguments) and remove storage-list');
  });

  it('a core-only trigger is a warning; one not executable gets both findings', () => {
    assert.deepEqual(layout({ 'core-post-deploy': SCRIPT }), [
      { id: 'trigger-not-executable', severity: 'error', file: 'core-post-deploy', message: 'core-post-deploy is not executable: plugn skips the core-post-deploy trigger with a warning', fix: 'chmod +x core-post-deploy (and git add --chmod=+x core-post-deploy)' },
      { id: 'core-only-trigger', severity: 'warning', file: 'core-post-deploy', message: 'core-post-deploy is for Dokku\'s core plugins only; a community plugin should not implement it', fix: 'remove core-post-deploy, and use the public trigger Dokku\'s docs list for the same moment' },
    ]);
  });

  it('a plugin whose name starts a catalog trigger (post) still has that trigger checked', () => {
    assert.deepEqual(idsAndFiles(layout({ 'post-deploy': SCRIPT, 'post-mine': { exec: SCRIPT } }, 'dokku-post')), ['trigger-not-executable post-deploy']);
  });

  it('a folder named subcommands below the root holds no subcommands', () => {
    assert.deepEqual(layout({ 'lib/subcommands/x': SCRIPT }), []);
  });
});

describe('unit: check, add-ons', () => {
  const addon = (files: TreeSpec) => layoutFindings(walkPlugin(writeTree({ provision: { exec: SCRIPT }, url: { exec: SCRIPT }, ...files })));

  it('each script the add-ons plugin runs must be executable; its other files are not triggers', () => {
    assert.deepEqual(addon({ enable: SCRIPT, dump: SCRIPT, helper: { exec: SCRIPT }, 'post-deplyo': SCRIPT }), [
      { id: 'addon-script-not-executable', severity: 'error', file: 'dump', message: 'dump is not executable: the add-ons plugin cannot run dump', fix: 'chmod +x dump (and git add --chmod=+x dump)' },
      { id: 'addon-script-not-executable', severity: 'error', file: 'enable', message: 'enable is not executable: the add-ons plugin cannot run enable', fix: 'chmod +x enable (and git add --chmod=+x enable)' },
    ]);
  });

  it('every one of the seven scripts is checked, at the root only, not folders or broken links', () => {
    const names = ['enable', 'disable', 'unprovision', 'dump', 'restore'];
    assert.deepEqual(addon(Object.fromEntries(names.map((name) => [name, SCRIPT]))).map((finding) => finding.file), ['disable', 'dump', 'enable', 'restore', 'unprovision']);
    assert.deepEqual(addon({ 'lib/enable': SCRIPT, disable: { dir: true }, dump: { link: 'missing' }, restore: { exec: SCRIPT } }), []);
    assert.deepEqual(layoutFindings(walkPlugin(writeTree({ provision: SCRIPT, url: SCRIPT }))).map((finding) => finding.file), ['provision', 'url']);
  });
});
