import assert from 'node:assert/strict';
import { CommandLineError, parseCommandLine } from '../../src/cli/options.js';
import { inputProblems } from '../support/input-problems.js';

function unknown(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CommandLineError) {
      return error.message;
    }
    throw error;
  }
  return assert.fail('no command-line error');
}

describe('unit: the command line, at the edges of each rule', () => {
  it('takes an empty value after "=", leaving it to the model, but no value at all on a switch', () => {
    const empty = parseCommandLine(['--description=', '--command=']);
    assert.deepEqual({ ...empty.values }, { description: '', command: [''] });
    assert.deepEqual(empty.positionals, []);
    assert.deepEqual(inputProblems(() => parseCommandLine(['--yes=', '--help=1'])), [
      '--yes: is a switch and takes no value; give --yes alone',
      '--help: is a switch and takes no value; give --help alone',
    ]);
  });

  it('takes a value that only contains a dash, and refuses one that starts with it', () => {
    assert.deepEqual({ ...parseCommandLine(['--description', 'a-b', '--lang', 'go']).values }, { description: 'a-b', lang: 'go' });
    assert.deepEqual(inputProblems(() => parseCommandLine(['--lang', '-go'])), ['--lang: needs a value, and "-go" looks like an option; for a value that starts with "-", write --lang=-go']);
  });

  it('does not read a doubled --no- as a negated switch', () => {
    assert.equal(unknown(['--no-no-yes']), 'unknown option --no-no-yes (did you mean --no-yes?)');
    assert.equal(unknown(['--no-no-git=1']), 'unknown option --no-no-git (did you mean --no-git?)');
  });

  it('refuses --no-help and --no-version: there is no help or version to turn off', () => {
    assert.equal(unknown(['--no-help']), 'unknown option --no-help (did you mean --help or --no-yes?)');
    assert.equal(unknown(['demo', '--yes', '--no-version']), 'unknown option --no-version (did you mean --version?)');
  });

  it('names the only short options for any other single-dash option', () => {
    assert.equal(unknown(['-d']), 'unknown option -d (the only short options are -h and -v; a plugin name cannot start with "-", and a value that does goes after "=", as in --description=-x)');
  });

  it('keeps every word after a bare -- as a name, and a negated switch as false', () => {
    const ended = parseCommandLine(['--no-dump-restore', '--', '--yes']);
    assert.deepEqual({ ...ended.values }, { 'dump-restore': false });
    assert.deepEqual(ended.positionals, ['--yes']);
  });
});
