import type { PluginModel } from '../model/plugin-model.js';
import { pluginTestCases } from './test-cases.js';
import { commonFiles, fixedFile } from './common-files.js';
import { EXECUTABLE, REGULAR, type PlannedFile } from './planned-file.js';

/** The bash variant: a plugin written in bash, laid out as Dokku's official plugins are. */
const EXECUTABLES = ['commands', 'subcommands/default'];
const REGULAR_FILES = [
  'help-functions',
  'command-functions',
  'internal-functions',
  'functions',
  'Makefile',
  '_gitignore',
  '_github/workflows/ci.yml',
];

/** Triggers with a template of their own; every other trigger comes from `__trigger__`. */
const DEDICATED_TRIGGER_TEMPLATES = ['install', 'uninstall'];

export function bashPluginFiles(model: PluginModel): PlannedFile[] {
  const data = { tests: pluginTestCases(model) };
  return [
    ...commonFiles(data),
    ...EXECUTABLES.map((template) => fixedFile('bash', template, EXECUTABLE, data)),
    ...REGULAR_FILES.map((template) => fixedFile('bash', template, REGULAR, data)),
    ...model.commands.map((command): PlannedFile => ({
      template: 'bash/subcommands/__command__',
      destination: `subcommands/${command.name}`,
      mode: EXECUTABLE,
      data: { command },
    })),
    ...model.triggers.filter((trigger) => trigger.name !== 'update').map((trigger): PlannedFile => ({
      template: `bash/${DEDICATED_TRIGGER_TEMPLATES.includes(trigger.name) ? trigger.name : '__trigger__'}`,
      destination: trigger.name,
      mode: EXECUTABLE,
      data: { trigger },
    })),
  ];
}
