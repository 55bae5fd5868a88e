import { EXECUTABLE, outputPath, REGULAR, type Ownership, type PlannedFile } from './planned-file.js';
import type { PluginTestCases } from './test-cases.js';

/**
 * Files every variant writes from templates/common: what users and Dokku read (README, LICENSE,
 * plugin.toml, update) and the bats tests with the dispatcher double they run through, which hold any
 * variant to the same behaviour.
 */
const COMMON: Array<[string, PlannedFile['mode'], Ownership]> = [
  ['update', EXECUTABLE, 'author'],
  ['plugin.toml', REGULAR, 'author'],
  ['README.md', REGULAR, 'regions'],
  ['LICENSE', REGULAR, 'author'],
  ['_editorconfig', REGULAR, 'author'],
  ['tests/support/dokku-double', EXECUTABLE, 'generated'],
  ['tests/support/core-plugins/common/functions', REGULAR, 'generated'],
  ['tests/support/core-plugins/common/property-functions', REGULAR, 'generated'],
  ['tests/support/core-plugins/apps/app-list', EXECUTABLE, 'generated'],
  ['tests/support/core-plugins/apps/plugin.toml', REGULAR, 'generated'],
  ['tests/support/bin/plugn', EXECUTABLE, 'generated'],
  ['tests/unit/test_helper.bash', REGULAR, 'generated'],
  ['tests/unit/help.bats', REGULAR, 'generated'],
  ['tests/unit/commands.bats', REGULAR, 'generated'],
  ['tests/unit/triggers.bats', REGULAR, 'generated'],
  ['tests/integration/plugin.bats', REGULAR, 'generated'],
];

/** A template of `folder` written at the same path, `_name` as `.name`. */
export function fixedFile(folder: string, [template, mode, ownership]: [string, PlannedFile['mode'], Ownership], data: Record<string, unknown>): PlannedFile {
  return { template: `${folder}/${template}`, destination: outputPath(template), mode, data, ownership };
}

export function commonFiles(data: { tests: PluginTestCases } & Record<string, unknown>): PlannedFile[] {
  return [
    ...COMMON.map((entry) => fixedFile('common', entry, data)),
    // What each command does is the author's to test: one file per command, written once.
    ...(data.tests.report ? [fixedFile('common', ['tests/unit/report.bats', REGULAR, 'generated'], data)] : []),
    ...data.tests.commands.filter((testCase) => !testCase.command.builtin).map((testCase): PlannedFile => ({
      template: 'common/tests/unit/__command__.bats',
      destination: `tests/unit/command-${testCase.command.name}.bats`,
      mode: REGULAR,
      data: { testCase },
      ownership: 'author',
    })),
  ];
}
