import type Generator from 'yeoman-generator';

/**
 * Yeoman's own options about installs and remembered answers: these generators run no package manager
 * and remember no answers, so `--help` does not offer them.
 */
const UNUSED_YEOMAN_OPTIONS = ['skip-cache', 'skip-install', 'force-install', 'ask-answered'];

/** One short line per flag of `yo dokku-plugin --help`; the README has the details. */
export const SHORT_DESCRIPTIONS: Record<string, string> = {
  kind: 'plugin (default) or addon',
  description: 'One line for plugin.toml and dokku help',
  author: 'Copyright holder (default: git user.name)',
  license: 'SPDX licence identifier (default: MIT)',
  'plugin-version': 'Version in plugin.toml (default: 0.1.0)',
  lang: 'bash (default) or go',
  command: '"USAGE, DESCRIPTION"; repeatable',
  'default-command': 'What bare `dokku NAME` runs',
  report: 'Add NAME:report and NAME:set',
  property: 'NAME[=DEFAULT][:app|:global]; repeatable',
  trigger: 'A Dokku trigger such as post-deploy; repeatable',
  repository: 'Where the plugin will live (git URL)',
  directory: 'Output directory (default: ./dokku-NAME)',
  scheme: 'Add-ons: URL scheme, such as redis',
  'per-app': 'Add-ons: one service per app',
  'dump-restore': 'Add-ons: write dump and restore (default)',
  add: 'Command line only; see yo dokku-plugin:command',
  yes: 'Take defaults for everything not given',
  interactive: 'Ask for what is missing (--no-interactive: never)',
  force: 'Write into a non-empty directory',
  'dry-run': 'List the files; write nothing',
  git: 'git init and first commit (--no-git: skip)',
};

/**
 * Lays out `yo … --help` readably: Yeoman prints one table row per option, as wide as the longest
 * description, so descriptions are kept to one short line and the options these generators ignore are hidden.
 */
export function tidyYeomanHelp(generator: Generator, descriptions: Record<string, string> = SHORT_DESCRIPTIONS): void {
  const options = (generator as unknown as { _options: Record<string, { hide?: boolean; description?: string }> })._options;
  for (const name of UNUSED_YEOMAN_OPTIONS) {
    if (options[name]) {
      options[name].hide = true;
    }
  }
  for (const [name, description] of Object.entries(descriptions)) {
    if (options[name]) {
      options[name].description = description;
    }
  }
}
