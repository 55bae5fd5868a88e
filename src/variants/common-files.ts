import { outputPath, REGULAR, EXECUTABLE, type PlannedFile } from './planned-file.js';

/**
 * Files every variant writes from templates/common: what users and Dokku read (README, LICENSE,
 * plugin.toml) and the bats tests with the dispatcher double they run through, which hold any variant to
 * the same behaviour.
 */
const COMMON_EXECUTABLES = ['update', 'tests/support/dokku-double'];
const COMMON_REGULAR_FILES = [
  'plugin.toml',
  'README.md',
  'LICENSE',
  '_editorconfig',
  'tests/support/core-plugins/common/functions',
  'tests/unit/test_helper.bash',
  'tests/unit/help.bats',
  'tests/unit/commands.bats',
  'tests/unit/triggers.bats',
  'tests/integration/plugin.bats',
];

/** A template of `folder` written at the same path, `_name` as `.name`. */
export function fixedFile(folder: string, template: string, mode: PlannedFile['mode'], data: Record<string, unknown>): PlannedFile {
  return { template: `${folder}/${template}`, destination: outputPath(template), mode, data };
}

export function commonFiles(data: Record<string, unknown>): PlannedFile[] {
  return [
    ...COMMON_EXECUTABLES.map((template) => fixedFile('common', template, EXECUTABLE, data)),
    ...COMMON_REGULAR_FILES.map((template) => fixedFile('common', template, REGULAR, data)),
  ];
}
