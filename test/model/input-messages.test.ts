import assert from 'node:assert/strict';
import { parseCommandSpec } from '../../src/model/command-spec.js';
import { missingFlags } from '../../src/model/input-checks.js';
import { emptyDirectoryProblem, invalidUtf8Problems, nameLengthProblem, withUtf8ProblemsFirst } from '../../src/model/input-limits.js';
import { normalisePluginName, pluginNameProblem } from '../../src/model/plugin-name.js';

function commandError(raw: string): string {
  try {
    parseCommandSpec(raw, 'demo');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

describe('the exact words of command, name and directory errors', () => {
  it('--command errors quote the value as trimmed and escape control characters', () => {
    assert.equal(commandError('  list  '), '"list" has no description: write it as "USAGE, DESCRIPTION", for example "enable <app>, Enable it for an app"');
    assert.equal(commandError(', List apps'), '"" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as demo:NAME)');
    assert.equal(commandError('set <app> <key> <key> , Set'), '"set <app> <key> <key>": two arguments are named key');
    assert.equal(commandError('list, Tab\there'), '"list, Tab\\there" contains a tab, newline or other control character, which breaks the help columns; write it on one line');
  });

  it('--command refuses default, repeated or reserved flags, unbalanced brackets and several apps', () => {
    assert.equal(commandError('default, Run it'), '"default" is reserved: demo:help and bare `dokku demo` are generated for you');
    assert.equal(commandError('sync [--force] [--force], Sync'), '"sync [--force] [--force]": [--force] is given twice; give each flag once');
    assert.equal(commandError('sync <dry-run> [--dry-run], Sync'), '"sync <dry-run> [--dry-run]": <dry-run> and [--dry-run] would both be read into the variable dry_run; rename one of them');
    assert.equal(commandError('sync <app> [--app], Sync'), '"sync <app> [--app]": --app is Dokku\'s own flag for the app (write <app> or [<app>] instead)');
    assert.equal(commandError('sync [<key>, Sync'), 'argument "[<key>" of "sync [<key>" is not understood: write <name>, [<name>], <name>... or [--flag]');
    assert.equal(commandError('sync <key>], Sync'), 'argument "<key>]" of "sync <key>]" is not understood: write <name>, [<name>], <name>... or [--flag]');
    assert.equal(commandError('sync <app>..., Sync'), '"sync <app>...": <app> takes one app, not several');
  });

  it('--command takes several flags, and arguments after a flag', () => {
    const spec = parseCommandSpec('sync [--force] [--dry-run] <key>, Sync', 'demo');
    assert.deepEqual(spec.flags.map((flag) => flag.flag), ['--force', '--dry-run']);
    assert.deepEqual(spec.args.map((arg) => arg.variable), ['key']);
  });

  it('--command keeps a flag and an argument whose names differ', () => {
    const spec = parseCommandSpec('sync <key> [--force], Sync', 'demo');
    assert.deepEqual(spec.flags, [{ token: '[--force]', flag: '--force', label: 'force', variable: 'force' }]);
  });

  it('names may have 64 characters, not 65', () => {
    assert.equal(nameLengthProblem('a'.repeat(64), 'a plugin name'), undefined);
    assert.equal(
      nameLengthProblem('b'.repeat(65), 'a plugin name'),
      '"bbbbbbbbbbbbbbbbbbbbbbbb…" is 65 characters long; a plugin name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it',
    );
    assert.equal(pluginNameProblem('c'.repeat(65)), '"cccccccccccccccccccccccc…" is 65 characters long; a plugin name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it');
  });

  it('a plugin name is trimmed, loses dokku-, and may not be a core plugin family itself', () => {
    assert.equal(normalisePluginName('  dokku-backup  '), 'backup');
    assert.equal(pluginNameProblem('scheduler'), '"scheduler" is the name of a Dokku core plugin (or a core plugin family); choose another name');
    assert.equal(pluginNameProblem('scheduler-k3s'), '"scheduler-k3s" is the name of a Dokku core plugin (or a core plugin family); choose another name');
    assert.equal(pluginNameProblem('schedulers'), undefined);
  });

  it('text that was not UTF-8 is one problem per flag, replacing that flag\'s other problems', () => {
    const utf8 = invalidUtf8Problems([['--name', 'ok'], ['--command', ['list, ok', 'bad\ufffd, x']], ['--author', undefined]]);
    assert.deepEqual(utf8.map((problem) => problem.flag), ['--command']);
    assert.match(utf8[0]?.message ?? '', /^is not valid UTF-8: /);
    const merged = withUtf8ProblemsFirst(utf8, [{ flag: '--command', message: 'other' }, { flag: '--name', message: 'bad name' }]);
    assert.deepEqual(merged.map((problem) => [problem.flag, problem.message.slice(0, 20)]), [['--command', 'is not valid UTF-8: '], ['--name', 'bad name']]);
  });

  it('--directory may be left out or name a directory, but not be blank', () => {
    assert.equal(emptyDirectoryProblem(undefined, 'dokku-demo'), undefined);
    assert.equal(emptyDirectoryProblem('out', 'dokku-demo'), undefined);
    assert.deepEqual(emptyDirectoryProblem('  ', 'dokku-demo'), {
      flag: '--directory',
      message: 'is empty; give the directory to write to, such as --directory dokku-demo (or leave --directory out for ./dokku-demo; use --directory . for the current one)',
    });
  });

  it('a blank name is missing, even with --yes', () => {
    assert.deepEqual(missingFlags({ name: '  ' }, true), [{ flag: '--name', message: 'required: give the plugin name as the first argument or with --name NAME' }]);
  });

  it('without --yes the description is missing too, and the message shows the --yes default', () => {
    assert.deepEqual(missingFlags({ name: 'demo' }, false), [
      { flag: '--description', message: 'required without --yes: --description "What the plugin does" (with --yes: "Dokku plugin demo")' },
    ]);
  });
});
