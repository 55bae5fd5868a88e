import type { PluginModel } from '../model/plugin-model.js';
import { bashTestCases } from './bash-test-cases.js';
import { EXECUTABLE, outputPath, REGULAR, type PlannedFile } from './planned-file.js';

/** The bash variant: the files of a plugin written in bash, laid out as Dokku's official plugins are. */
export const BASH_TEMPLATE_FOLDER = 'bash';

const EXECUTABLES = ['commands', 'subcommands/default', 'tests/support/dokku-double'];
const REGULAR_FILES = [
  'plugin.toml',
  'help-functions',
  'command-functions',
  'internal-functions',
  'functions',
  'README.md',
  'LICENSE',
  'Makefile',
  '_editorconfig',
  '_gitignore',
  '_github/workflows/ci.yml',
  'tests/support/core-plugins/common/functions',
  'tests/unit/test_helper.bash',
  'tests/unit/help.bats',
  'tests/unit/commands.bats',
  'tests/unit/triggers.bats',
  'tests/integration/plugin.bats',
];

/** Triggers with a template of their own; every other trigger comes from `__trigger__`. */
const DEDICATED_TRIGGER_TEMPLATES = ['install', 'uninstall'];

export function bashPluginFiles(model: PluginModel): PlannedFile[] {
  const tests = bashTestCases(model);
  const fixed = (template: string, mode: PlannedFile['mode']): PlannedFile => ({
    template,
    destination: outputPath(template),
    mode,
    data: { tests },
  });
  return [
    ...EXECUTABLES.map((template) => fixed(template, EXECUTABLE)),
    ...REGULAR_FILES.map((template) => fixed(template, REGULAR)),
    ...model.commands.map((command): PlannedFile => ({
      template: 'subcommands/__command__',
      destination: `subcommands/${command.name}`,
      mode: EXECUTABLE,
      data: { command },
    })),
    ...model.triggers.map((trigger): PlannedFile => ({
      template: DEDICATED_TRIGGER_TEMPLATES.includes(trigger.name) ? trigger.name : '__trigger__',
      destination: trigger.name,
      mode: EXECUTABLE,
      data: { trigger },
    })),
  ];
}
