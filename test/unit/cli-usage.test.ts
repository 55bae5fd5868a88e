import assert from 'node:assert/strict';
import { invokedAs, usage } from '../../src/cli/usage.js';

describe('unit: --help, in full', () => {
  it('prints every line as written, the descriptions in one column two spaces after the longest option', () => {
    assert.equal(usage('prog'), [
      'Usage: prog <name> [options]',
      '       yo dokku-plugin <name> [options]',
      '       prog --kind addon <name> --scheme SCHEME [options]   (also yo dokku-plugin:addon)',
      '       prog check [DIR] [--format human|json|github] [--strict]   (also yo dokku-plugin:check; see check --help)',
      '',
      'Writes a complete dokku-<name> plugin repository, or with --kind addon a dokku-addon-<name> add-on',
      'for Dokku\'s add-ons plugin (it takes --description, --author, --license, --scheme, --per-app,',
      '--dump-restore, --directory and the run options).',
      '',
      'Options:',
      '  --kind plugin|addon                      What to make: a Dokku plugin (default), or an add-on for Dokku\'s add-ons plugin',
      '  --name NAME                              Plugin name, also accepted as the first argument; a leading "dokku-" is dropped (default in an empty directory named dokku-NAME: NAME, written there)',
      '  --description TEXT                       One line for plugin.toml and `dokku help` (no commas: help splits columns on them)',
      '  --author TEXT                            Copyright holder in LICENSE and README (default: git config user.name)',
      '  --license SPDX                           SPDX licence identifier (default: MIT)',
      '  --plugin-version SEMVER                  Version written to plugin.toml (default: 0.1.0)',
      '  --lang bash|go                           Language of the plugin: bash, or go (compiled by its install trigger) (default: bash)',
      '  --command "USAGE, DESCRIPTION"           A command, written like a help line: "enable <app>, Enable it for an app"; a first <app> makes it app-scoped; repeatable',
      '  --default-command NAME                   Command that bare `dokku <name>` runs (default: show the help)',
      '  --report                                 Add NAME:report [<app>|--global] [<flag>] and NAME:set [<app>|--global] <key> [<value>] over properties with app, global and computed values, the NAME-get-property and report triggers, and property clean-up on app delete, rename and clone',
      '  --property NAME[=DEFAULT][:app|:global]  A property for --report with its default, set per app and with --global unless :app or :global limits it; repeatable (implies --report)',
      '  --trigger NAME                           A Dokku plugin trigger to implement, such as post-deploy; repeatable (install and uninstall are always generated)',
      '  --repository URL                         Where the plugin will be published, for the install instructions (default: https://github.com/your-github-user/dokku-<name>.git)',
      '  --directory DIR                          Where to write the plugin (default: ./dokku-<name>)',
      '  --scheme SCHEME                          Add-ons: the URL scheme the service speaks, such as redis or postgres (required)',
      '  --per-app                                Add-ons: one service container per provisioned app (default: one shared service)',
      '  --dump-restore                           Add-ons: write the optional dump and restore scripts (default; --no-dump-restore leaves them out)',
      '  --add                                    Grow the plugin in --directory (default: .) made by this generator: add each --command and --trigger, keeping your edits',
      '  --yes                                    Take the default for everything not given instead of asking',
      '  --interactive                            Ask for what is missing (default: only when stdin is a terminal and CI is unset); --no-interactive never asks',
      '  --force                                  Write into a directory that already has files, overwriting generated files',
      '  --dry-run                                List the files that would be written and write nothing',
      '  --git                                    git init and commit the new plugin (default; skipped inside another work tree); --no-git skips it',
      '  -h, --help                               Show this help',
      '  -v, --version                            Show the version',
      '',
      'Examples:',
      '  prog demo',
      '  prog demo --yes --description "Demo tools" \\',
      '    --command "enable <app>, Enable demo for an app" --command "list, List demo apps" --trigger post-deploy',
      '  CI=true prog demo --yes --directory /tmp/dokku-demo   # never asks; exits 1 naming missing flags',
      '  prog --kind addon cache --yes --scheme redis --per-app',
      '',
    ].join('\n'));
  });

  it('names the program from npm only for its own scripts, else from the path it was started by', () => {
    assert.equal(invokedAs('/x/bin/generate.js', { npm_lifecycle_event: 'test', npm_command: 'exec' }, '/x'), 'node bin/generate.js');
    assert.equal(invokedAs('/x/bin/generate.js', { npm_lifecycle_event: 'generate', npm_command: 'init' }, '/x'), 'npm run generate --');
    assert.equal(invokedAs('/x/bin/generate-dokku-plugin', {}, '/x'), 'generate-dokku-plugin');
    assert.equal(invokedAs('/x/bin/generate.json', {}, '/x'), 'generate.json');
    assert.equal(invokedAs('/x/bin/generate.js', {}, '/x/bin'), 'node generate.js');
    assert.equal(invokedAs('/x/bin/generate.js', {}, '/x/bin/deeper'), 'node /x/bin/generate.js');
  });
});
