import type { PluginModel } from '../model/plugin-model.js';
import { commonFiles, fixedFile } from './common-files.js';
import { goNames } from './go-names.js';
import { EXECUTABLE, REGULAR, type Ownership, type PlannedFile } from './planned-file.js';
import { pluginTestCases } from './test-cases.js';

/**
 * The Go variant: the same command surface compiled from Go, one multi-call binary per role as Dokku's core
 * Go plugins have. Sources live in cmd/, internal/ and plugin/ (never in a directory named commands); the
 * install trigger builds the binaries, which are git-ignored.
 */
const FILES: Array<[string, PlannedFile['mode'], Ownership]> = [
  ['install', EXECUTABLE, 'author'],
  ['functions', REGULAR, 'generated'],
  ['scripts/build', EXECUTABLE, 'generated'],
  ['go.mod', REGULAR, 'author'],
  ['cmd/help/main.go', REGULAR, 'generated'],
  ['cmd/subcommands/main.go', REGULAR, 'generated'],
  ['cmd/triggers/main.go', REGULAR, 'generated'],
  ['internal/dokku/dokku.go', REGULAR, 'generated'],
  ['internal/dispatch/help.go', REGULAR, 'generated'],
  ['internal/dispatch/args.go', REGULAR, 'generated'],
  ['internal/dispatch/subcommands.go', REGULAR, 'generated'],
  ['internal/dispatch/triggers.go', REGULAR, 'generated'],
  ['internal/dispatch/dispatch_test.go', REGULAR, 'generated'],
  ['plugin/plugin.go', REGULAR, 'sections'],
  ['Makefile', REGULAR, 'generated'],
  ['_gitignore', REGULAR, 'regions'],
  ['_github/workflows/ci.yml', REGULAR, 'author'],
];

export function goPluginFiles(model: PluginModel): PlannedFile[] {
  const data = { tests: pluginTestCases(model), go: goNames(model) };
  return [
    ...commonFiles(data),
    ...FILES.map((entry) => fixedFile('go', entry, data)),
    ...(model.report
      ? [fixedFile('go', ['internal/dokku/properties.go', REGULAR, 'generated'], data), fixedFile('go', ['internal/dispatch/report.go', REGULAR, 'generated'], data)]
      : []),
  ];
}
