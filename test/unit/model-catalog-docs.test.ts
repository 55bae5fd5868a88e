import assert from 'node:assert/strict';
import path from 'node:path';
import { compareCatalogs, describeChanges } from '../../src/catalog/catalog-changes.js';
import { catalogPath, deriveTriggerCatalog, type TriggerEntry } from '../../src/catalog/trigger-catalog.js';
import { parseTriggerDocs } from '../../src/catalog/trigger-docs.js';
import { REPO_ROOT } from '../support/paths.js';

/**
 * Reading Dokku's plugin-triggers.md into the catalog: each shape the page uses, from small pages written
 * here, and what `npm run catalog` then guesses for a new trigger.
 */
const derived = (markdown: string) => deriveTriggerCatalog(parseTriggerDocs(markdown), []).catalog;
const entry = (name: string, fields: Partial<TriggerEntry>): TriggerEntry => ({
  name, summary: `${name}.`, args: [], invokedBy: [], stdin: false, output: false, echoesStdin: false, deprecated: false, coreOnly: false, ...fields,
});

describe('unit: reading the trigger docs', () => {
  it('joins continuation lines, keeps the first of a repeated item, and splits callers on commas and "and"', () => {
    assert.deepEqual(parseTriggerDocs('### `a-one`\n\n- Description: First line\ncontinued here\n- Description: ignored second\n- Output: the app name\n'
      + '- Arguments: "$APP [$X" "$Y]"\n- Invoked by: `a`, `b` and `c`, d, and e.\n'), [{
      name: 'a-one',
      description: 'First line continued here',
      invokedBy: ['a', 'b', 'c', 'd', 'e'],
      args: ['APP', '[X]', 'Y'],
      coreOnly: false,
      output: 'the app name',
    }]);
  });

  it('takes a deprecation from a note or the heading, drops remarks in parentheses, and strips the example\'s indent', () => {
    assert.deepEqual(parseTriggerDocs('### `b-two` deprecated soon\n\n> **Note**\n> plain note\n\n> Deprecated: use x\n\n- Description: Returns a list! More text\n'
      + '- Arguments: `$APP` (`$APP` in `(x)`) `[$REST...]`\n- Example:\n\n  ~~~sh\n    indented\n  flush\n  ~~~\n'), [{
      name: 'b-two',
      description: 'Returns a list! More text',
      invokedBy: [],
      args: ['APP', '[REST...]'],
      coreOnly: false,
      example: '  indented\nflush',
      deprecation: 'Deprecated: use x',
    }]);
    assert.equal(parseTriggerDocs('### `c` Deprecated\n- Description: x\n')[0]?.deprecation, 'Deprecated');
    assert.equal(parseTriggerDocs('### `c` undeprecated\n- Description: x\n')[0]?.deprecation, undefined);
    assert.equal(parseTriggerDocs('### `c`\n> Not deprecated here\n\n- Description: x\n')[0]?.deprecation, undefined);
  });

  it('ends a section at any other heading, skips names that are not trigger names and quotes inside code', () => {
    assert.deepEqual(parseTriggerDocs('### `e-five`\n> note in\n> two\n```\n> Deprecated, in code\n```\n- Description: y\n## Other heading\n- Description: z\n'
      + '### `UPPER`\n\n- Description: no\n\n### `f-six`\n- Description: writes to stdout a value\n- Example:\n\n```\nx=$(cat)\n```\n'), [
      { name: 'e-five', description: 'y', invokedBy: [], args: [], coreOnly: false },
      { name: 'f-six', description: 'writes to stdout a value', invokedBy: [], args: [], coreOnly: false, example: 'x=$(cat)' },
    ]);
  });

  it('marks a trigger core-only when a note says "only for core plugins", markup allowed', () => {
    assert.equal(parseTriggerDocs('### `g`\n\n> This should be used **only** for core plugins\n\n- Description: x\n')[0]?.coreOnly, true);
    assert.equal(parseTriggerDocs('### `g`\n\n> Used ONLY  FOR CORE PLUGINS\n\n- Description: x\n')[0]?.coreOnly, true);
    assert.equal(parseTriggerDocs('### `g`\n\n> Used for core plugins only\n\n- Description: x\n')[0]?.coreOnly, false);
  });

  it('finds no example when another item comes first, and reads an unclosed one to the end', () => {
    assert.deepEqual(parseTriggerDocs('### `h`\n- Description: x\n- Example:\n- Arguments: none at all\n\n```\ncat\n```\n')[0], { name: 'h', description: 'x', invokedBy: [], args: [], coreOnly: false });
    assert.equal(parseTriggerDocs('### `i`\n- Description: x\n- Example:\n\n```sh\nunclosed\nstill\n')[0]?.example, 'unclosed\nstill\n');
    assert.equal(parseTriggerDocs('### `j`\n- Description: x\n- Example:\n  text between\n```\ncat | x\n```\n')[0]?.example, 'cat | x');
  });
});

describe('unit: the catalog derived from the docs', () => {
  it('reads rest and optional arguments, applies the overrides, skips commands and marks docker-args-* as echoing', () => {
    assert.deepEqual(derived('### `g-seven`\n\n> only for core plugins\n\n- Description: Gets things\n- Arguments: `$A...` `[$B]`\n'
      + '### `commands`\n\n- Description: dispatcher\n### `docker-args-x`\n\n- Description: prints\n- Arguments: `$APP`\n- Stdin: args\n'
      + '### `config-set`\n\n- Description: x\n- Arguments: `$APP set|unset`\n'), [
      entry('config-set', { summary: 'x.', args: [{ documented: 'ARGS...', variable: 'ARGS', optional: false, rest: true }] }),
      entry('docker-args-x', { summary: 'prints.', args: [{ documented: 'APP', variable: 'APP', optional: false, rest: false }], stdin: true, output: true, echoesStdin: true }),
      entry('g-seven', {
        summary: 'Gets things.',
        args: [{ documented: 'A...', variable: 'A', optional: false, rest: true }, { documented: '[B]', variable: 'B', optional: true, rest: false }],
        output: true,
        coreOnly: true,
      }),
    ]);
  });

  it('guesses a summary from the first sentence, ending it with a stop', () => {
    const summaries = derived('### `a`\n- Description: Returns a list! More text\n### `b`\n- Description: Is it? Yes.\n### `c`\n- Description: Plain words\n'
      + '### `d`\n- Description: Ends with a stop. Then more\n### `e`\n- Description: v1.2 is out\n').map((each) => each.summary);
    assert.deepEqual(summaries, ['Returns a list!', 'Is it?', 'Plain words.', 'Ends with a stop.', 'v1.2 is out.']);
  });

  it('guesses that Dokku reads the output when the description says so, and stdin from the docs or the example', () => {
    const guesses = derived([
      '### `o1`\n- Description: Outputs the port\n', '### `o2`\n- Description: Retrieves a value\n', '### `o3`\n- Description: Writes it to stdout\n',
      '### `o4`\n- Description: Runs, then prints it\n', '### `o5`\n- Description: Runs\n- Output: the value\n', '### `o6`\n- Description: Outputting nothing\n',
      '### `s1`\n- Description: Reads STDIN\n', '### `s2`\n- Description: x\n- Example:\n```\n  cat  \n```\n', '### `s3`\n- Description: x\n- Example:\n```\ncat | jq\n```\n',
      '### `s4`\n- Description: x\n- Example:\n```\nconcatenate\n```\n', '### `s5`\n- Description: x\n- Stdin: lines\n',
    ].join('')).map((each) => `${each.name}:${each.output ? 'out' : '-'}:${each.stdin ? 'in' : '-'}`);
    assert.deepEqual(guesses, ['o1:out:-', 'o2:out:-', 'o3:out:-', 'o4:out:-', 'o5:out:-', 'o6:-:-', 's1:-:in', 's2:-:in', 's3:-:in', 's4:-:-', 's5:-:in']);
  });

  it('keeps what the previous catalog found, and guesses only for new triggers', () => {
    const previous = [entry('kept', { summary: 'Ours.', stdin: true, output: true, notes: 'A note.' }), entry('plain', { summary: 'Plain.' })];
    const { catalog, guessed } = deriveTriggerCatalog(parseTriggerDocs('### `plain`\n- Description: Prints\n### `kept`\n- Description: x\n### `new`\n- Description: x\n'), previous);
    assert.deepEqual(catalog, [
      entry('kept', { summary: 'Ours.', stdin: true, output: true, notes: 'A note.' }),
      entry('new', { summary: 'x.' }),
      entry('plain', { summary: 'Plain.' }),
    ]);
    assert.deepEqual(guessed, ['new']);
  });
});

describe('unit: what npm run catalog reports as changed', () => {
  it('lists changed triggers by name, each with its changed fields sorted, a field on one side only included', () => {
    const before = [entry('b', {}), entry('a', { stdin: true }), entry('c', {}), entry('gone', {})];
    const after = [entry('c', { notes: 'New.', output: true }), entry('a', { stdin: true }), entry('b', { summary: 'Other.' }), entry('added', {})];
    const changes = compareCatalogs(before, after);
    assert.deepEqual(changes, { added: ['added'], removed: ['gone'], changed: [{ name: 'b', fields: ['summary'] }, { name: 'c', fields: ['notes', 'output'] }] });
    assert.deepEqual(describeChanges(changes), ['added    added', 'removed  gone', 'changed  b: summary', 'changed  c: notes, output']);
    assert.deepEqual(describeChanges(changes, ['other']), ['added    added', 'removed  gone', 'changed  b: summary', 'changed  c: notes, output']);
  });

  it('sorts added and removed names', () => {
    const changes = compareCatalogs([entry('z-old', {}), entry('a-old', {})], [entry('z-new', {}), entry('a-new', {})]);
    assert.deepEqual(changes, { added: ['a-new', 'z-new'], removed: ['a-old', 'z-old'], changed: [] });
  });
});

describe('unit: the less usual shapes of the trigger docs', () => {
  const one = (markdown: string) => parseTriggerDocs(markdown)[0];
  const args = (text: string) => one(`### \`a\`\n- Arguments: ${text}\n`)?.args;

  it('reads old Mac line ends (CR alone)', () => {
    assert.deepEqual(parseTriggerDocs('### `cr`\r- Description: x\r- Invoked by: `dokku a`\r'), [{ name: 'cr', description: 'x', invokedBy: ['dokku a'], args: [], coreOnly: false }]);
  });

  it('reads no item after another heading, and a "##" inside a line is no heading', () => {
    assert.deepEqual(one('### `k`\n- Description: x\ncontinued ## here\n## Other section\n- Stdin: not this trigger\n'), {
      name: 'k', description: 'x continued ## here', invokedBy: [], args: [], coreOnly: false,
    });
    assert.equal(one('### `k`\n- Description: x\n# Top heading\n- Stdin: not this trigger\n')?.stdin, undefined);
  });

  it('reads no item from a fenced block inside the list', () => {
    assert.deepEqual(one('### `m`\n- Description: x\n```\n- Output: in code\n```\n'), { name: 'm', description: 'x', invokedBy: [], args: [], coreOnly: false });
  });

  it('continues an item only on the lines right below it that are not quotes or other list entries', () => {
    const description = (after: string) => one(`### \`n\`\n- Description: x\n${after}`)?.description;
    assert.equal(description('\nprose after a blank line\n'), 'x');
    assert.equal(description('   \nprose after a line of spaces\n'), 'x');
    assert.equal(description('> a note\n'), 'x');
    assert.equal(description('  > an indented note\n'), 'x');
    assert.equal(description('- lowercase: another entry\n'), 'x');
    assert.equal(description('  - a nested entry\n'), 'x');
    assert.equal(description('2 > 1 - still the description\n'), 'x 2 > 1 - still the description');
    assert.equal(one('### `n`\n- Description:\n  all on the next line\n')?.description, 'all on the next line');
    assert.equal(one('### `n`\n- Description: first\n- Description: second\nmore of the second\n')?.description, 'first');
  });

  it('finds the example right after the heading, a fence only at the start of a line, and closes it only at a line that starts with the fence', () => {
    assert.equal(one('### `e`\n- Example:\n```\necho\n```\n')?.example, 'echo');
    assert.equal(one('### `e`\n- Example:\n```\n```\nafter\n')?.example, '');
    assert.equal(one('### `e`\n- Example:\nsee ``` here\n```\necho ```x```\nmore\n```\n')?.example, 'echo ```x```\nmore');
    assert.equal(one('### `e`\n- Example:\n    ~~~\n    a\n  b\n    ~~~\n')?.example, 'a\nb');
  });

  it('reads notes however they are quoted, and a note that ends the section', () => {
    const deprecation = (lines: string) => one(`### \`d\`\n${lines}\n- Description: x\n`)?.deprecation;
    assert.equal(deprecation('>Deprecated: use y'), 'Deprecated: use y');
    assert.equal(deprecation('  > Deprecated: use y'), 'Deprecated: use y');
    assert.equal(deprecation('>\n> Deprecated: use y'), 'Deprecated: use y');
    assert.equal(deprecation('> [!WARNING]\n> Deprecated, use  \n>   y instead'), 'Deprecated, use y instead');
    assert.equal(deprecation('> Deprecated [!NOTE]'), 'Deprecated [!NOTE]');
    assert.equal(deprecation('> Deprecated\n> [!X] and more'), 'Deprecated [!X] and more');
    assert.equal(deprecation('- Arguments: a > deprecated once'), undefined);
    assert.equal(one('### `d`\n- Description: x\n> Deprecated: the last line')?.deprecation, 'Deprecated: the last line');
    assert.equal(one('### `d`\n- Description: x > y, only for core plugins\n')?.coreOnly, false);
  });

  it('reads arguments: "none" first means none, a bracket closes its group, and a lone bracket is no word', () => {
    assert.deepEqual(args('None; reads `$DOKKU_ROOT`'), []);
    assert.deepEqual(args('`$APP`, none other'), ['APP']);
    assert.deepEqual(args('`[$A] $B`'), ['[A]', 'B']);
    assert.deepEqual(args('`[ $A ]`'), ['[A]']);
    assert.deepEqual(args('`$A`  `$B`'), ['A', 'B']);
    assert.deepEqual(args('(see below) None, but `$X` is set'), []);
  });

  it('reads parentheses inside backticks as code, not as a remark, and a stray closing one as text', () => {
    assert.deepEqual(args('`$A` `$(B)`'), ['A', '(B)']);
    assert.deepEqual(args('`$A`) `$B`'), ['A', 'B']);
  });

  it('reads callers split on commas with or without spaces, and drops only a final stop', () => {
    const invokedBy = (text: string) => one(`### \`c\`\n- Invoked by: ${text}\n`)?.invokedBy;
    assert.deepEqual(invokedBy('`dokku ps.scale`.'), ['dokku ps.scale']);
    assert.deepEqual(invokedBy('`a`,`b`'), ['a', 'b']);
    assert.deepEqual(invokedBy('`a` , `b`,'), ['a', 'b']);
  });

  it('guesses output from a description that starts with return, retrieve, get or list, or speaks of output or printing', () => {
    const outputs = derived([
      '### `p1`\n- Description: Return the port\n', '### `p2`\n- Description: Retrieve a value\n', '### `p3`\n- Description: Get the value\n',
      '### `p4`\n- Description: List the apps\n', '### `p5`\n- Description: Runs when a user lists apps\n', '### `p6`\n- Description: Sends its output to Dokku\n',
      '### `p7`\n- Description: Can print a line\n', '### `p8`\n- Description: x\n- Example:\n```\necho cat\n```\n',
    ].join('')).map((each) => `${each.name}:${each.output ? 'out' : '-'}:${each.stdin ? 'in' : '-'}`);
    assert.deepEqual(outputs, ['p1:out:-', 'p2:out:-', 'p3:out:-', 'p4:out:-', 'p5:-:-', 'p6:out:-', 'p7:out:-', 'p8:-:-']);
  });

  it('sorts the catalog by name, whatever the order of the docs', () => {
    assert.deepEqual(derived('### `z-last`\n### `a-first`\n### `m-mid`\n### `b`\n### `a`\n').map((each) => each.name), ['a', 'a-first', 'b', 'm-mid', 'z-last']);
  });

  it('reads the shipped catalog from catalog/triggers.json in the package', () => {
    assert.equal(catalogPath(), path.join(REPO_ROOT, 'catalog', 'triggers.json'));
  });
});
