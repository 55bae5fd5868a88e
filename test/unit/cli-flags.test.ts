import assert from 'node:assert/strict';
import { inputFromFlags } from '../../src/cli/input-from-flags.js';
import { isInteractive } from '../../src/cli/interactivity.js';
import { CommandLineError, optionKey, parseCommandLine, requestedKind } from '../../src/cli/options.js';
import { invokedAs, usage } from '../../src/cli/usage.js';
import { isPromptStop } from '../../src/cli/prompt-stop.js';
import { addonInputFromFlags, refusePluginFlags } from '../../src/cli/generate-addon.js';
import { inputProblems } from '../support/input-problems.js';

function commandLineError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandLineError) {
      return error.message;
    }
    throw error;
  }
  assert.fail('no command-line error');
}

describe('unit: the command line reads flags as typed', () => {
  it('maps dashed flags to the keys of the input object', () => {
    assert.equal(optionKey('plugin-version'), 'pluginVersion');
    assert.equal(optionKey('dry-run'), 'dryRun');
    assert.equal(optionKey('name'), 'name');
  });

  it('makes plugins unless --kind addon, and refuses any other kind naming both', () => {
    assert.equal(requestedKind(undefined), 'plugin');
    assert.equal(requestedKind('plugin'), 'plugin');
    assert.equal(requestedKind('addon'), 'addon');
    assert.deepEqual(inputProblems(() => requestedKind('theme')), ['--kind: "theme" is not something this generator makes; use plugin or addon']);
  });

  it('parses values, repeated flags, negations and positionals', () => {
    const { values, positionals } = parseCommandLine(['demo', '--command', 'a, A', '--command=b, B', '--no-git', '--lang', 'go', '--yes']);
    assert.deepEqual(positionals, ['demo']);
    assert.deepEqual(values.command, ['a, A', 'b, B']);
    assert.equal(values.git, false);
    assert.equal(values.lang, 'go');
    assert.equal(values.yes, true);
    assert.equal(parseCommandLine(['-h']).values.help, true);
    assert.equal(parseCommandLine(['-v']).values.version, true);
    assert.equal(parseCommandLine(['--description=-x']).values.description, '-x');
  });

  it('names every flag given wrong, with the fix', () => {
    assert.deepEqual(inputProblems(() => parseCommandLine(['--name'])), ['--name: needs a value: --name NAME']);
    assert.deepEqual(inputProblems(() => parseCommandLine(['--description', '-x', '--yes=1'])), [
      '--description: needs a value, and "-x" looks like an option; for a value that starts with "-", write --description=-x',
      '--yes: is a switch and takes no value; give --yes alone',
    ]);
  });

  it('regression: a value given to a negated switch is refused as for the switch, not as an unknown option', () => {
    assert.deepEqual(inputProblems(() => parseCommandLine(['--no-yes=1', '--no-git='])), [
      '--yes: is a switch and takes no value; give --no-yes alone',
      '--git: is a switch and takes no value; give --no-git alone',
    ]);
    assert.equal(commandLineError(() => parseCommandLine(['--no-name=x'])), 'unknown option --no-name (did you mean --name or --no-add?)');
  });

  it('refuses unknown options with the ones that were probably meant', () => {
    assert.equal(commandLineError(() => parseCommandLine(['--dir', 'x'])), 'unknown option --dir (did you mean --directory?)');
    assert.equal(commandLineError(() => parseCommandLine(['--d'])), 'unknown option --d (did you mean --description, --default-command, --directory, --dump-restore or --dry-run?)');
    assert.equal(commandLineError(() => parseCommandLine(['--no-name'])), 'unknown option --no-name (did you mean --name or --no-add?)');
    assert.equal(commandLineError(() => parseCommandLine(['--lnag=go'])), 'unknown option --lnag (did you mean --lang?)');
    assert.equal(commandLineError(() => parseCommandLine(['--zzzzzzzzzzzzzzzz'])), 'unknown option --zzzzzzzzzzzzzzzz');
    assert.equal(commandLineError(() => parseCommandLine(['-x'])),
      'unknown option -x (the only short options are -h and -v; a plugin name cannot start with "-", and a value that does goes after "=", as in --description=-x)');
  });

  it('offers --no- only for switches of the generator', () => {
    assert.equal(commandLineError(() => parseCommandLine(['--no-kind'])), 'unknown option --no-kind (did you mean --kind, --no-add or --no-git?)');
    assert.equal(commandLineError(() => parseCommandLine(['--no-he'])), 'unknown option --no-he (did you mean --no-yes?)');
  });
});

describe('unit: --help', () => {
  it('shows the program as it was started, and each option in aligned columns', () => {
    const text = usage('generator-dokku-plugin');
    const lines = text.split('\n');
    assert.equal(lines[0], 'Usage: generator-dokku-plugin <name> [options]');
    assert.equal(lines[1], '       yo dokku-plugin <name> [options]');
    assert.equal(lines[2], '       generator-dokku-plugin --kind addon <name> --scheme SCHEME [options]   (also yo dokku-plugin:addon)');
    assert.ok(lines.includes(`  --name NAME${' '.repeat(30)}Plugin name, also accepted as the first argument; a leading "dokku-" is dropped (default in an empty directory named dokku-NAME: NAME, written there)`));
    assert.ok(lines.includes(`  --yes${' '.repeat(36)}Take the default for everything not given instead of asking`));
    assert.ok(lines.includes(`  -h, --help${' '.repeat(31)}Show this help`));
    assert.ok(lines.includes(`  -v, --version${' '.repeat(28)}Show the version`));
    assert.ok(lines.includes('  generator-dokku-plugin --kind addon cache --yes --scheme redis --per-app'));
    assert.ok(lines.includes('  CI=true generator-dokku-plugin demo --yes --directory /tmp/dokku-demo   # never asks; exits 1 naming missing flags'));
    assert.equal(lines.at(-1), '');
    assert.ok(usage().startsWith('Usage: npm run generate -- <name> [options]\n'));
  });

  it('names the command that started it', () => {
    assert.equal(invokedAs('/x/bin/generate.js', { npm_lifecycle_event: 'generate' }, '/x'), 'npm run generate --');
    assert.equal(invokedAs('/x/bin/generate.js', { npm_command: 'init' }, '/x'), 'npm init dokku-plugin --');
    assert.equal(invokedAs(undefined, {}, '/x'), 'generator-dokku-plugin');
    assert.equal(invokedAs('/usr/bin/create-dokku-plugin', {}, '/x'), 'create-dokku-plugin');
    assert.equal(invokedAs('/x/bin/generate.js', {}, '/x'), 'node bin/generate.js');
    assert.equal(invokedAs('/x/bin/generate.mjs', {}, '/x'), 'node bin/generate.mjs');
    assert.equal(invokedAs('/x/bin/generate.cjs', {}, '/y'), 'node /x/bin/generate.cjs');
  });
});

describe('unit: whether to ask', () => {
  it('asks only on a terminal outside CI, unless told', () => {
    assert.equal(isInteractive(undefined, { isTTY: true }, {}), true);
    assert.equal(isInteractive(undefined, { isTTY: false }, {}), false);
    assert.equal(isInteractive(undefined, {}, {}), false);
    assert.equal(isInteractive(undefined, { isTTY: true }, { CI: 'true' }), false);
    assert.equal(isInteractive(undefined, { isTTY: true }, { CI: '1' }), false);
    assert.equal(isInteractive(undefined, { isTTY: true }, { CI: '' }), true);
    assert.equal(isInteractive(undefined, { isTTY: true }, { CI: '0' }), true);
    assert.equal(isInteractive(undefined, { isTTY: true }, { CI: 'FALSE' }), true);
    assert.equal(isInteractive(true, { isTTY: false }, { CI: 'true' }), true);
    assert.equal(isInteractive(false, { isTTY: true }, {}), false);
  });

  it('treats only Inquirer stops as a stop at a prompt', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    assert.equal(isPromptStop(named('ExitPromptError')), true);
    assert.equal(isPromptStop(named('AbortPromptError')), true);
    assert.equal(isPromptStop(named('Error')), false);
    assert.equal(isPromptStop({ name: 'ExitPromptError' }), false);
  });
});

describe('unit: flags to the input', () => {
  const flags = (values: Record<string, unknown>) => (name: string) => values[name];

  it('takes each flag to its field, lists as lists and triggers split on commas and spaces', () => {
    const input = inputFromFlags(flags({
      name: 'ignored', description: 'D', author: 'A', license: 'MIT', 'plugin-version': '1.2.3', command: 'a, A',
      'default-command': 'a', trigger: ['post-deploy, pre-deploy', 'post-delete'], repository: 'R', directory: 'X', lang: 'go',
      report: true, property: ['x=1', 'y'],
    }), 'demo');
    assert.deepEqual(input, {
      name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '1.2.3', commands: ['a, A'], defaultCommand: 'a',
      triggers: ['post-deploy', 'pre-deploy', 'post-delete'], repository: 'R', directory: 'X', language: 'go', report: true, properties: ['x=1', 'y'],
    });
  });

  it('leaves out what was not given, and keeps an empty trigger for the model to refuse', () => {
    const input = inputFromFlags(flags({ name: 'demo', trigger: [',', ' '], report: false, description: true }));
    assert.equal(input.name, 'demo');
    assert.deepEqual(input.triggers, ['', '']);
    assert.equal(input.report, undefined);
    assert.equal(input.description, undefined);
    assert.equal(input.commands, undefined);
    assert.deepEqual(inputFromFlags(flags({ command: [['a, A', 'b, B']] })).commands, ['a, A', 'b, B']);
  });

  it('refuses each add-on flag on a plugin, naming it and --kind addon', () => {
    assert.deepEqual(inputProblems(() => inputFromFlags(flags({ scheme: 'redis', 'per-app': true, 'dump-restore': false }))), [
      '--scheme: only add-ons take --scheme; remove it, or add --kind addon to make an add-on',
      '--per-app: only add-ons take --per-app; remove it, or add --kind addon to make an add-on',
      '--dump-restore: only add-ons take --dump-restore; remove it, or add --kind addon to make an add-on',
    ]);
  });

  it('reads an add-on from its flags, and refuses plugin flags on it', () => {
    assert.deepEqual(addonInputFromFlags({ name: 'x', description: 'D', author: 'A', license: 'MIT', scheme: 'redis', 'per-app': true, 'dump-restore': false, directory: 'out' }, 'cache'), {
      name: 'cache', description: 'D', author: 'A', license: 'MIT', scheme: 'redis', perApp: true, dumpRestore: false, directory: 'out',
    });
    assert.deepEqual(addonInputFromFlags({ name: 'x', 'per-app': 'yes', scheme: true }, undefined), {
      name: 'x', description: undefined, author: undefined, license: undefined, scheme: undefined, perApp: undefined, dumpRestore: undefined, directory: undefined,
    });
    refusePluginFlags(['kind', 'name', 'scheme', 'per-app', 'dump-restore', 'yes', 'git']);
    assert.deepEqual(inputProblems(() => refusePluginFlags(['kind', 'command', 'trigger'])), ['--kind: an add-on takes no --command, --trigger; those are for plugins']);
  });
});
