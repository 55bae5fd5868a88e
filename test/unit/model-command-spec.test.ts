import assert from 'node:assert/strict';
import { argumentVariable, hasControlCharacters, parseCommandSpec } from '../../src/model/command-spec.js';

/** `--command "USAGE, DESCRIPTION"`: the whole reading of a value, and each rule on both sides. */
function refusal(raw: string): string {
  try {
    parseCommandSpec(raw, 'demo');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}
const notUnderstood = (token: string, usage: string) => `argument "${token}" of "${usage}" is not understood: write <name>, [<name>], <name>... or [--flag]`;
const badName = (first: string) => `"${first}" is not a valid command name: use lowercase letters, digits and "-", starting with a letter (the help shows it as demo:NAME)`;

describe('unit: reading --command', () => {
  it('reads every kind of argument and flag, with its variable', () => {
    assert.deepEqual(parseCommandSpec('  s <a1> [<b-c>] [<d_e>...] [--f-g] ,  x y  ', 'demo'), {
      written: 's <a1> [<b-c>] [<d_e>...] [--f-g] ,  x y',
      name: 's',
      description: 'x y',
      app: 'none',
      args: [
        { token: '<a1>', label: 'a1', variable: 'a1', optional: false, variadic: false },
        { token: '[<b-c>]', label: 'b-c', variable: 'b_c', optional: true, variadic: false },
        { token: '[<d_e>...]', label: 'd_e', variable: 'd_e_list', optional: true, variadic: true },
      ],
      flags: [{ token: '[--f-g]', flag: '--f-g', label: 'f-g', variable: 'f_g' }],
    });
    assert.deepEqual(parseCommandSpec('demo:s   [<app>]\t<k>, x'.replace('\t', ' '), 'demo'), {
      written: 'demo:s   [<app>] <k>, x',
      name: 's',
      description: 'x',
      app: 'optional',
      args: [{ token: '<k>', label: 'k', variable: 'k', optional: false, variadic: false }],
      flags: [],
    });
    assert.deepEqual(parseCommandSpec('s <app> <a>..., x', 'demo').args, [{ token: '<a>...', label: 'a', variable: 'a_list', optional: false, variadic: true }]);
    assert.equal(parseCommandSpec('s <app>, x', 'demo').app, 'required');
    assert.deepEqual(parseCommandSpec('s [<a>] [<b>], x', 'demo').args.map((arg) => arg.optional), [true, true]);
  });

  it('takes command names of lowercase words joined by single hyphens', () => {
    for (const name of ['a', 'a1', 'a-1', 'a-b-c', 'x9-y']) {
      assert.equal(parseCommandSpec(`${name}, x`, 'demo').name, name);
    }
    for (const name of ['1a', 'a-', '-a', 'a--b', 'A', 'aB', 'a_b', 'demo:', 'other:x']) {
      assert.equal(refusal(`${name}, x`), badName(name), name);
    }
  });

  it('takes <name>, [<name>], <name>... and [--flag] only as written', () => {
    for (const token of ['<a>..', '<a__b>', '<a->', '<1a>', 'x<a>', '<a>x', '<A>', '[--a_b]', '[--1a]', '[-a]', '[--a-]', '[--A]', '--a', '[--a', '<>']) {
      assert.equal(refusal(`s ${token}, x`), notUnderstood(token, `s ${token}`), token);
    }
  });

  it('refuses control characters from U+0000 to U+001F and U+007F, quoting them escaped', () => {
    assert.equal(refusal('x, a\u0000b'), '"x, a\\u0000b" contains a tab, newline or other control character, which breaks the help columns; write it on one line');
    assert.equal(refusal('x, a\u001fb'), '"x, a\\u001fb" contains a tab, newline or other control character, which breaks the help columns; write it on one line');
    assert.equal(refusal('x, a\u007fb'), '"x, a\u007fb" contains a tab, newline or other control character, which breaks the help columns; write it on one line');
    assert.equal(parseCommandSpec('x, a ~\u0080b', 'demo').description, 'a ~\u0080b');
    assert.equal(hasControlCharacters('\u0020\u007e\u0080'), false);
    assert.equal(hasControlCharacters('a\u007f'), true);
  });

  it('names both words that would share a variable, whichever comes first', () => {
    assert.equal(refusal('s [--dry-run] <dry-run>, x'), '"s [--dry-run] <dry-run>": [--dry-run] and <dry-run> would both be read into the variable dry_run; rename one of them');
    assert.equal(refusal('s <x_list> <x>..., x'), '"s <x_list> <x>...": <x_list> and <x>... would both be read into the variable x_list; rename one of them');
    assert.equal(refusal('s <a-b> <a_b>, x'), '"s <a-b> <a_b>": <a-b> and <a_b> would both be read into the variable a_b; rename one of them');
    assert.equal(refusal('s [--a-b] [--a_b], x'), notUnderstood('[--a_b]', 's [--a-b] [--a_b]'));
    assert.equal(refusal('s <a> [--b], x'), 'accepted');
  });

  it('wants <app> first: not after a flag or another argument', () => {
    assert.equal(refusal('s [--force] <app>, x'), '"s [--force] <app>": <app> must be the first argument, as in every Dokku command');
    assert.equal(refusal('s <k> [<app>], x'), '"s <k> [<app>]": <app> must be the first argument, as in every Dokku command');
    assert.equal(refusal('s [<app>...], x'), '"s [<app>...]": <app> takes one app, not several');
  });

  it('allows nothing after a variadic, and no required argument after an optional one', () => {
    assert.equal(refusal('s <a>... [<b>], x'), '"s <a>... [<b>]": <a>... takes every remaining argument, so nothing may follow it');
    assert.equal(refusal('s [<a>] <b>, x'), '"s [<a>] <b>": required <b> cannot follow optional [<a>]');
    assert.equal(refusal('s [<a>] <b>..., x'), '"s [<a>] <b>...": required <b>... cannot follow optional [<a>]');
    assert.equal(refusal('s <a>... [--f], x'), 'accepted');
  });

  it('says why a description is missing or has a comma', () => {
    assert.equal(refusal('list,'), '"list," has an empty description after the comma');
    assert.equal(refusal('list, a,'), '"list, a," has more than one comma; dokku help splits columns on commas, so the description may not contain one (use ";" or " - ")');
    assert.equal(refusal('help, x'), '"help" is reserved: demo:help and bare `dokku demo` are generated for you');
  });

  it('names the variable of an argument: dashes as underscores, a variadic as a _list array', () => {
    assert.equal(argumentVariable('file-name', false), 'file_name');
    assert.equal(argumentVariable('a-b-c', true), 'a_b_c_list');
  });
});
