import assert from 'node:assert/strict';
import { buildAddonModel } from '../../src/model/addon-model.js';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { addonFiles } from '../../src/variants/addon.js';
import { bashPluginFiles } from '../../src/variants/bash.js';
import { goPluginFiles } from '../../src/variants/go.js';
import type { PlannedFile } from '../../src/variants/planned-file.js';

/**
 * Which files a plugin or add-on gets, from which template, with which mode and owner: the owner decides
 * whether adding commands later may rewrite a file, and the mode whether Dokku can run it.
 */
const CONTEXT = { cwd: '/home/ann', year: 2031 };
const plugin = (input: PluginInput) => buildPluginModel({ name: 'demo', ...input }, CONTEXT);
const listed = (files: PlannedFile[]) => files.map((file) => [file.destination, file.template, file.mode.toString(8), file.ownership]);

const COMMON = [
  ['update', 'common/update', '755', 'author'],
  ['plugin.toml', 'common/plugin.toml', '644', 'author'],
  ['README.md', 'common/README.md', '644', 'regions'],
  ['LICENSE', 'common/LICENSE', '644', 'author'],
  ['.editorconfig', 'common/_editorconfig', '644', 'author'],
  ['tests/support/dokku-double', 'common/tests/support/dokku-double', '755', 'generated'],
  ['tests/support/core-plugins/common/functions', 'common/tests/support/core-plugins/common/functions', '644', 'generated'],
  ['tests/support/core-plugins/common/property-functions', 'common/tests/support/core-plugins/common/property-functions', '644', 'generated'],
  ['tests/support/core-plugins/apps/app-list', 'common/tests/support/core-plugins/apps/app-list', '755', 'generated'],
  ['tests/support/core-plugins/apps/plugin.toml', 'common/tests/support/core-plugins/apps/plugin.toml', '644', 'generated'],
  ['tests/support/bin/plugn', 'common/tests/support/bin/plugn', '755', 'generated'],
  ['tests/unit/test_helper.bash', 'common/tests/unit/test_helper.bash', '644', 'generated'],
  ['tests/unit/help.bats', 'common/tests/unit/help.bats', '644', 'generated'],
  ['tests/unit/commands.bats', 'common/tests/unit/commands.bats', '644', 'generated'],
  ['tests/unit/triggers.bats', 'common/tests/unit/triggers.bats', '644', 'generated'],
  ['tests/integration/plugin.bats', 'common/tests/integration/plugin.bats', '644', 'generated'],
];

const BASH = [
  ['commands', 'bash/commands', '755', 'generated'],
  ['subcommands/default', 'bash/subcommands/default', '755', 'generated'],
  ['help-functions', 'bash/help-functions', '644', 'generated'],
  ['command-functions', 'bash/command-functions', '644', 'sections'],
  ['internal-functions', 'bash/internal-functions', '644', 'generated'],
  ['functions', 'bash/functions', '644', 'regions'],
  ['Makefile', 'bash/Makefile', '644', 'generated'],
  ['.gitignore', 'bash/_gitignore', '644', 'author'],
  ['.github/workflows/ci.yml', 'bash/_github/workflows/ci.yml', '644', 'author'],
];

const GO = [
  ['install', 'go/install', '755', 'author'],
  ['functions', 'go/functions', '644', 'generated'],
  ['scripts/build', 'go/scripts/build', '755', 'generated'],
  ['go.mod', 'go/go.mod', '644', 'author'],
  ['cmd/help/main.go', 'go/cmd/help/main.go', '644', 'generated'],
  ['cmd/subcommands/main.go', 'go/cmd/subcommands/main.go', '644', 'generated'],
  ['cmd/triggers/main.go', 'go/cmd/triggers/main.go', '644', 'generated'],
  ['internal/dokku/dokku.go', 'go/internal/dokku/dokku.go', '644', 'generated'],
  ['internal/dispatch/help.go', 'go/internal/dispatch/help.go', '644', 'generated'],
  ['internal/dispatch/args.go', 'go/internal/dispatch/args.go', '644', 'generated'],
  ['internal/dispatch/subcommands.go', 'go/internal/dispatch/subcommands.go', '644', 'generated'],
  ['internal/dispatch/triggers.go', 'go/internal/dispatch/triggers.go', '644', 'generated'],
  ['internal/dispatch/dispatch_test.go', 'go/internal/dispatch/dispatch_test.go', '644', 'generated'],
  ['plugin/plugin.go', 'go/plugin/plugin.go', '644', 'sections'],
  ['Makefile', 'go/Makefile', '644', 'generated'],
  ['.gitignore', 'go/_gitignore', '644', 'regions'],
  ['.github/workflows/ci.yml', 'go/_github/workflows/ci.yml', '644', 'author'],
];

describe('unit: the files of a bash plugin', () => {
  it('without the report kit: one shim per command, one file per trigger but update, the author\'s tests once', () => {
    const model = plugin({ commands: ['enable <app>, Enable'], triggers: ['post-delete'] });
    const files = bashPluginFiles(model);
    assert.deepEqual(listed(files), [
      ...COMMON,
      ['tests/unit/command-enable.bats', 'common/tests/unit/__command__.bats', '644', 'author'],
      ...BASH,
      ['subcommands/enable', 'bash/subcommands/__command__', '755', 'generated'],
      ['install', 'bash/install', '755', 'author'],
      ['post-delete', 'bash/__trigger__', '755', 'author'],
      ['uninstall', 'bash/uninstall', '755', 'author'],
    ]);
    const byPath = new Map(files.map((file) => [file.destination, file]));
    assert.equal(byPath.get('subcommands/enable')?.data?.['command'], model.commands[0]);
    assert.equal(byPath.get('post-delete')?.data?.['trigger'], model.triggers.find((trigger) => trigger.name === 'post-delete'));
    const testCase = byPath.get('tests/unit/command-enable.bats')?.data?.['testCase'] as { qualifiedName: string } | undefined;
    assert.equal(testCase?.qualifiedName, 'demo:enable');
    const tests = byPath.get('commands')?.data?.['tests'] as { app: string; report: unknown } | undefined;
    assert.equal(tests?.app, 'test-app');
    assert.equal(tests?.report, undefined);
    assert.equal(byPath.get('README.md')?.data?.['tests'], tests);
  });

  it('with the report kit: report-functions, NAME-get-property, the kit\'s commands and its property triggers', () => {
    const model = plugin({ commands: ['enable <app>, Enable'], triggers: ['post-deploy', 'post-delete'], properties: ['mode=calm'] });
    const files = bashPluginFiles(model);
    assert.deepEqual(listed(files), [
      ...COMMON,
      ['tests/unit/report.bats', 'common/tests/unit/report.bats', '644', 'generated'],
      // the kit's report and set are tested by report.bats, not by a test file of the author's
      ['tests/unit/command-enable.bats', 'common/tests/unit/__command__.bats', '644', 'author'],
      ...BASH,
      ['report-functions', 'bash/report-functions', '644', 'generated'],
      ['demo-get-property', 'bash/get-property', '755', 'generated'],
      ['subcommands/enable', 'bash/subcommands/__command__', '755', 'generated'],
      ['subcommands/report', 'bash/subcommands/__command__', '755', 'generated'],
      ['subcommands/set', 'bash/subcommands/__command__', '755', 'generated'],
      ['install', 'bash/install', '755', 'author'],
      ['post-app-clone-setup', 'bash/__property_trigger__', '755', 'author'],
      ['post-app-rename-setup', 'bash/__property_trigger__', '755', 'author'],
      ['post-delete', 'bash/__property_trigger__', '755', 'author'],
      ['post-deploy', 'bash/__trigger__', '755', 'author'],
      ['report', 'bash/__property_trigger__', '755', 'author'],
      ['uninstall', 'bash/uninstall', '755', 'author'],
    ]);
    const getProperty = files.find((file) => file.destination === 'demo-get-property');
    const tests = getProperty?.data?.['tests'] as { report?: { both?: { path: string } } } | undefined;
    assert.equal(tests?.report?.both?.path, '"mode"');
  });
});

describe('unit: the files of a Go plugin', () => {
  it('without the report kit: the Go sources, the common files and no bash command files', () => {
    const files = goPluginFiles(plugin({ language: 'go' }));
    assert.deepEqual(listed(files), [...COMMON, ...GO]);
    const data = files.find((file) => file.destination === 'plugin/plugin.go')?.data as { go?: { pluginName: string }; tests?: { app: string } } | undefined;
    assert.equal(data?.go?.pluginName, '"demo"');
    assert.equal(data?.tests?.app, 'test-app');
  });

  it('with the report kit: report.bats, properties.go and report.go', () => {
    assert.deepEqual(listed(goPluginFiles(plugin({ language: 'go', commands: ['enable <app>, Enable'], properties: ['mode'] }))), [
      ...COMMON,
      ['tests/unit/report.bats', 'common/tests/unit/report.bats', '644', 'generated'],
      ['tests/unit/command-enable.bats', 'common/tests/unit/__command__.bats', '644', 'author'],
      ...GO,
      ['internal/dokku/properties.go', 'go/internal/dokku/properties.go', '644', 'generated'],
      ['internal/dispatch/report.go', 'go/internal/dispatch/report.go', '644', 'generated'],
    ]);
  });
});

describe('unit: the files of an add-on', () => {
  const ADDON = [
    ['enable', 'addon/enable', '755', 'author'],
    ['disable', 'addon/disable', '755', 'author'],
    ['provision', 'addon/provision', '755', 'author'],
    ['unprovision', 'addon/unprovision', '755', 'author'],
    ['url', 'addon/url', '755', 'author'],
    ['addon-functions', 'addon/addon-functions', '644', 'author'],
    ['README.md', 'addon/README.md', '644', 'author'],
    ['Makefile', 'addon/Makefile', '644', 'author'],
    ['.gitignore', 'addon/_gitignore', '644', 'author'],
    ['.github/workflows/ci.yml', 'addon/_github/workflows/ci.yml', '644', 'author'],
    ['tests/addon.bats', 'addon/tests/addon.bats', '644', 'author'],
    ['tests/contract/addon-contract', 'addon/tests/contract/addon-contract', '755', 'generated'],
    ['tests/contract/fake-docker', 'addon/tests/contract/fake-docker', '755', 'generated'],
  ];
  const SHARED = [
    ['LICENSE', 'common/LICENSE', '644', 'author'],
    ['.editorconfig', 'common/_editorconfig', '644', 'author'],
  ];

  it('gets dump and restore by default, and the shared LICENSE reads the add-on as `plugin`', () => {
    const addon = buildAddonModel({ name: 'cache', scheme: 'redis' }, CONTEXT);
    const files = addonFiles(addon);
    assert.deepEqual(listed(files), [
      ...ADDON,
      ['dump', 'addon/dump', '755', 'author'],
      ['restore', 'addon/restore', '755', 'author'],
      ...SHARED,
    ]);
    for (const file of files) {
      assert.equal(file.data?.['addon'], addon, file.destination);
      assert.equal(file.data?.['plugin'], addon, file.destination);
    }
  });

  it('with --no-dump-restore has no dump or restore', () => {
    assert.deepEqual(listed(addonFiles(buildAddonModel({ name: 'cache', scheme: 'redis', dumpRestore: false }, CONTEXT))), [...ADDON, ...SHARED]);
  });
});
