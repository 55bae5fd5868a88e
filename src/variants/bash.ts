import type { PluginModel } from '../model/plugin-model.js';
import { PROPERTY_TRIGGERS } from '../model/report-properties.js';
import { commonFiles, fixedFile } from './common-files.js';
import { EXECUTABLE, REGULAR, type Ownership, type PlannedFile } from './planned-file.js';
import { pluginTestCases } from './test-cases.js';

/** The bash variant: a plugin written in bash, laid out as Dokku's official plugins are. */
const FILES: Array<[string, PlannedFile['mode'], Ownership]> = [
  ['commands', EXECUTABLE, 'generated'],
  ['subcommands/default', EXECUTABLE, 'generated'],
  ['help-functions', REGULAR, 'generated'],
  ['command-functions', REGULAR, 'sections'],
  ['internal-functions', REGULAR, 'generated'],
  ['functions', REGULAR, 'regions'],
  ['Makefile', REGULAR, 'generated'],
  ['_gitignore', REGULAR, 'author'],
  ['_github/workflows/ci.yml', REGULAR, 'author'],
];

/** Triggers with a template of their own; every other trigger comes from `__trigger__`. */
const DEDICATED_TRIGGER_TEMPLATES = ['install', 'uninstall'];

export function bashPluginFiles(model: PluginModel): PlannedFile[] {
  const data = { tests: pluginTestCases(model) };
  const propertyTrigger = (name: string) => model.report !== undefined && PROPERTY_TRIGGERS.includes(name);
  return [
    ...commonFiles(data),
    ...FILES.map((entry) => fixedFile('bash', entry, data)),
    ...(model.report ? [
      fixedFile('bash', ['report-functions', REGULAR, 'generated'], data),
      // Named after the plugin, as Dokku's own `<plugin>-get-property` triggers are.
      { template: 'bash/get-property', destination: model.report.getPropertyTrigger, mode: EXECUTABLE, data, ownership: 'generated' } satisfies PlannedFile,
    ] : []),
    ...model.commands.map((command): PlannedFile => ({
      template: 'bash/subcommands/__command__',
      destination: `subcommands/${command.name}`,
      mode: EXECUTABLE,
      data: { command },
      ownership: 'generated',
    })),
    // update comes from templates/common: it runs install again in either language.
    ...model.triggers.filter((trigger) => trigger.name !== 'update').map((trigger): PlannedFile => ({
      template: `bash/${DEDICATED_TRIGGER_TEMPLATES.includes(trigger.name) ? trigger.name : propertyTrigger(trigger.name) ? '__property_trigger__' : '__trigger__'}`,
      destination: trigger.name,
      mode: EXECUTABLE,
      data: { trigger },
      ownership: 'author',
    })),
  ];
}
