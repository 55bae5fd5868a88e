import assert from 'node:assert/strict';
import os from 'node:os';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { renderPlugin } from '../../src/render/render-plugin.js';

/**
 * The generated bats tests are only as good as the values they expect. These pin, for fixed input, what
 * ends up in them, written out by hand: a slip in how the expectations are worked out (or in the model's
 * usage they must not copy) changes these files and fails here, even when the plugin's own tests would
 * still agree with its code.
 */
const COMMANDS = [
  'enable <app>, Enable it for an app',
  'show [<app>], Show the settings',
  'purge <pattern> [<limit>], Purge old data',
  'shapes:import <app> [--dry-run] <file-name>..., Import files',
  'tag [<label>...], Tag — ✓ "$HOME"',
];

function rendered(language: 'bash' | 'go'): Map<string, string> {
  const model = buildPluginModel({ name: 'shapes', description: 'Shapes of every argument', commands: COMMANDS, language }, { cwd: os.tmpdir(), year: 2026 });
  return new Map(renderPlugin(model).map((file) => [file.path, file.content]));
}

function fileOf(files: Map<string, string>, name: string): string {
  const content = files.get(name);
  assert.ok(content !== undefined, `no ${name} among ${[...files.keys()].join(' ')}`);
  return content;
}

/** The lines of one `@test "TITLE" { ... }` block, from its title line to its closing brace. */
function testBlock(content: string, title: string): string {
  const start = content.indexOf(`@test "${title}" {\n`);
  assert.ok(start >= 0, `no test "${title}" in\n${content}`);
  return content.slice(start, content.indexOf('\n}\n', start) + 3);
}

/** The lines between a `# >>> generator-dokku-plugin: LABEL` marker and the next closing marker. */
function region(content: string, label: string): string[] {
  const start = content.indexOf(`# >>> generator-dokku-plugin: ${label}`);
  assert.ok(start >= 0, `no region ${label}`);
  const body = content.slice(content.indexOf('\n', start) + 1, content.indexOf('# <<< generator-dokku-plugin', start));
  return body.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

describe('the generated bats tests expect literal help rows, usage and messages', () => {
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let bash: Map<string, string>;
  let go: Map<string, string>;
  beforeEach(() => {
    bash = rendered('bash');
    go = rendered('go');
  });

  it('help.bats expects each usage in the first column and each description, escaped as dokku help --all shows it', () => {
    const help = fileOf(bash, 'tests/unit/help.bats');
    assert.deepEqual(region(help, 'rows of help --all'), [
      'assert_help_row "shapes:enable <app>" "Enable it for an app"',
      'assert_help_row "shapes:show [<app>]" "Show the settings"',
      'assert_help_row "shapes:purge <pattern> [<limit>]" "Purge old data"',
      'assert_help_row "shapes:import <app> <file-name>... [--dry-run]" "Import files"',
      'assert_help_row "shapes:tag [<label>...]" "Tag \\\\xe2\\\\x80\\\\x94 \\\\xe2\\\\x9c\\\\x93 \\"\\$HOME\\""',
    ]);
    assert.deepEqual(region(help, 'rows of the usage'), [
      'assert_help_row "shapes:enable <app>" "Enable it for an app"',
      'assert_help_row "shapes:show [<app>]" "Show the settings"',
      'assert_help_row "shapes:purge <pattern> [<limit>]" "Purge old data"',
      'assert_help_row "shapes:import <app> <file-name>... [--dry-run]" "Import files"',
      'assert_help_row "shapes:tag [<label>...]" "Tag — ✓ \\"\\$HOME\\""',
    ]);
    assert.equal(testBlock(help, 'dokku help lists the plugin with its description'), [
      '@test "dokku help lists the plugin with its description" {',
      '  run dokku help',
      '  assert_success',
      '  assert_help_row "shapes" "Shapes of every argument"',
      '}\n',
    ].join('\n'));
    assert.ok(help.includes('  assert_output_contains "Usage: dokku shapes[:COMMAND]"\n  assert_output_contains "Shapes of every argument"\n'), help);
  });

  it('commands.bats expects the missing-argument, unknown-flag and surplus messages with the full usage', () => {
    const commands = fileOf(bash, 'tests/unit/commands.bats');
    assert.equal(testBlock(commands, 'shapes:purge names missing argument 1'), [
      '@test "shapes:purge names missing argument 1" {',
      '  run dokku shapes:purge',
      '  assert_failure 1',
      '  assert_output_contains "Please specify <pattern>: dokku shapes:purge <pattern> [<limit>]"',
      '}\n',
    ].join('\n'));
    assert.ok(!commands.includes('shapes:purge names missing argument 2'), 'an optional argument is never missing');
    assert.equal(testBlock(commands, 'shapes:import names missing argument 1'), [
      '@test "shapes:import names missing argument 1" {',
      '  run dokku shapes:import test-app',
      '  assert_failure 1',
      '  assert_output_contains "Please specify <file-name>...: dokku shapes:import <app> <file-name>... [--dry-run]"',
      '}\n',
    ].join('\n'));
    assert.equal(testBlock(commands, 'shapes:purge refuses a flag it does not declare'), [
      '@test "shapes:purge refuses a flag it does not declare" {',
      '  run dokku shapes:purge sample-pattern sample-limit --no-such-flag',
      '  assert_failure 1',
      '  assert_output_contains "Unknown flag \\"--no-such-flag\\": dokku shapes:purge <pattern> [<limit>]"',
      '}\n',
    ].join('\n'));
    assert.equal(testBlock(commands, 'shapes:show refuses an argument more than its usage takes'), [
      '@test "shapes:show refuses an argument more than its usage takes" {',
      '  run dokku shapes:show test-app surplus-word',
      '  assert_failure 1',
      '  assert_output_contains "Unexpected argument \\"surplus-word\\": dokku shapes:show [<app>]"',
      '}\n',
    ].join('\n'));
    assert.ok(!commands.includes('shapes:tag refuses an argument more than its usage takes'), 'a variadic argument takes every word');
    assert.equal(testBlock(commands, 'shapes:tag refuses a flag it does not declare'), [
      '@test "shapes:tag refuses a flag it does not declare" {',
      '  run dokku shapes:tag sample-label --no-such-flag',
      '  assert_failure 1',
      '  assert_output_contains "Unknown flag \\"--no-such-flag\\": dokku shapes:tag [<label>...]"',
      '}\n',
    ].join('\n'));
  });

  it('commands.bats expects what words after -- and a variadic\'s extra words become', () => {
    const commands = fileOf(bash, 'tests/unit/commands.bats');
    assert.equal(testBlock(commands, 'shapes:purge takes words after a bare -- as arguments, not flags'), [
      '@test "shapes:purge takes words after a bare -- as arguments, not flags" {',
      '  run dokku shapes:purge -- --sample-pattern sample-limit',
      '  assert_success',
      '  assert_output_contains "pattern: --sample-pattern"',
      '}\n',
    ].join('\n'));
    assert.equal(testBlock(commands, 'shapes:import takes every remaining word into its last argument'), [
      '@test "shapes:import takes every remaining word into its last argument" {',
      '  run dokku shapes:import test-app sample-file-name sample-extra',
      '  assert_success',
      '  assert_output_contains "file-name: sample-file-name sample-extra"',
      '}\n',
    ].join('\n'));
  });

  it('each command\'s own test expects its arguments and flags back, and the trace names the function or binary', () => {
    assert.equal(testBlock(fileOf(bash, 'tests/unit/command-import.bats'), 'shapes:import runs with its arguments'), [
      '@test "shapes:import runs with its arguments" {',
      '  run dokku shapes:import test-app sample-file-name',
      '  assert_success',
      '  assert_output_contains "shapes:import is not implemented yet"',
      '  assert_output_contains "app: test-app"',
      '  assert_output_contains "file-name: sample-file-name"',
      '  assert_output_contains "dry-run: false"',
      '}\n',
    ].join('\n'));
    assert.equal(testBlock(fileOf(bash, 'tests/unit/command-import.bats'), 'shapes:import reads its flags wherever they stand'), [
      '@test "shapes:import reads its flags wherever they stand" {',
      '  run dokku shapes:import --dry-run test-app sample-file-name',
      '  assert_success',
      '  assert_output_contains "app: test-app"',
      '  assert_output_contains "file-name: sample-file-name"',
      '  assert_output_contains "dry-run: true"',
      '}\n',
    ].join('\n'));
    const trace = (files: Map<string, string>) => testBlock(fileOf(files, 'tests/unit/commands.bats'), 'shapes:show traces with DOKKU_TRACE and --trace')
      .split('\n').filter((line) => line.includes('assert_output_contains'));
    assert.deepEqual(trace(bash), Array(3).fill('  assert_output_contains "+ cmd-shapes-show "'));
    assert.deepEqual(trace(go), Array(3).fill('  assert_output_contains "+ subcommands/show "'));
  });

  it('the Go plugin\'s help tests expect the very same rows', () => {
    assert.equal(fileOf(go, 'tests/unit/help.bats'), fileOf(bash, 'tests/unit/help.bats'));
  });
});
