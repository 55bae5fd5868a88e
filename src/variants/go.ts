import type { PluginModel } from '../model/plugin-model.js';
import { pluginTestCases } from './test-cases.js';
import { commonFiles, fixedFile } from './common-files.js';
import { goNames } from './go-names.js';
import { EXECUTABLE, REGULAR, type PlannedFile } from './planned-file.js';

/**
 * The Go variant: the same command surface compiled from Go, one multi-call binary per role as Dokku's core
 * Go plugins have. Sources live in cmd/, internal/ and plugin/ (never in a directory named commands); the
 * install trigger builds the binaries, which are git-ignored.
 */
const EXECUTABLES = ['install', 'scripts/build'];
const REGULAR_FILES = [
  'go.mod',
  'cmd/help/main.go',
  'cmd/subcommands/main.go',
  'cmd/triggers/main.go',
  'internal/dokku/dokku.go',
  'internal/dispatch/help.go',
  'internal/dispatch/args.go',
  'internal/dispatch/subcommands.go',
  'internal/dispatch/triggers.go',
  'internal/dispatch/dispatch_test.go',
  'plugin/plugin.go',
  'Makefile',
  '_gitignore',
  '_github/workflows/ci.yml',
];

export function goPluginFiles(model: PluginModel): PlannedFile[] {
  const data = { tests: pluginTestCases(model), go: goNames(model) };
  return [
    ...commonFiles(data),
    ...EXECUTABLES.map((template) => fixedFile('go', template, EXECUTABLE, data)),
    ...REGULAR_FILES.map((template) => fixedFile('go', template, REGULAR, data)),
  ];
}
