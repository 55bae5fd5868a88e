import assert from 'node:assert/strict';
import { parseCommandSpec } from '../../src/model/command-spec.js';

describe('--command "USAGE, DESCRIPTION"', () => {
  it('reads an app-scoped command with arguments', () => {
    const spec = parseCommandSpec('set <app> <key> [<value>], Set a key', 'demo');
    assert.equal(spec.name, 'set');
    assert.equal(spec.app, 'required');
    assert.equal(spec.description, 'Set a key');
    assert.deepEqual(spec.args.map((arg) => [arg.variable, arg.optional, arg.variadic]), [['key', false, false], ['value', true, false]]);
  });

  it('reads a command that takes no app, an optional app, variadic arguments and flags', () => {
    assert.equal(parseCommandSpec('list, List apps', 'demo').app, 'none');
    assert.equal(parseCommandSpec('report [<app>], Report', 'demo').app, 'optional');
    const spec = parseCommandSpec('import <app> <file-name>... [--dry-run], Import files', 'demo');
    assert.deepEqual(spec.args.map((arg) => [arg.variable, arg.variadic]), [['file_name_list', true]]);
    assert.deepEqual(spec.flags.map((flag) => [flag.flag, flag.variable]), [['--dry-run', 'dry_run']]);
  });

  it('accepts the command written with its namespace', () => {
    assert.equal(parseCommandSpec('demo:enable <app>, Enable', 'demo').name, 'enable');
  });

  it('rejects what would break the comma-column help or the generated code', () => {
    const cases: Array<[string, RegExp]> = [
      ['enable <app>', /no description/],
      ['enable <app>, Enable, really', /more than one comma/],
      ['enable <app>,  ', /empty description/],
      ['enable <app>, Enable\tnow', /control character/],
      ['enable <app>, Enable\nnow', /control character/],
      ['Enable <app>, Enable', /not a valid command name/],
      ['other:enable, Enable', /not a valid command name/],
      ['en able, Enable', /argument "able"/],
      ['help, Help', /reserved/],
      ['set <key> <app>, Set', /<app> must be the first argument/],
      ['set <app> [<key>] <value>, Set', /required <value> cannot follow optional/],
      ['set <app> <keys>... <value>, Set', /takes every remaining argument/],
      ['set <app> <key> <key>, Set', /two arguments are named key/],
      ['set <app> <dry-run> [--dry-run], Set', /<dry-run> and \[--dry-run\] would both be read into the variable dry_run/],
      ['set <app> [--force] [--force], Set', /\[--force\] is given twice/],
      ['set <app> $(reboot), Set', /not understood/],
      ['set <app> <a;b>, Set', /not understood/],
    ];
    for (const [raw, pattern] of cases) {
      assert.throws(() => parseCommandSpec(raw, 'demo'), pattern, raw);
    }
  });
});
