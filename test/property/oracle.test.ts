import assert from 'node:assert/strict';
import { withoutRefusedCharacters } from './text.js';
import { cLocaleColumn, expectedCommands, helpProblems, markdownCellText, readmeProblems } from './oracle.js';

// The property tests trust this oracle, so its own rules are pinned here with values written out by hand.
describe('the property tests\' oracle for help and the README', () => {
  it('puts positional arguments first and flags after them, and adds the report kit\'s commands', () => {
    assert.deepEqual(expectedCommands('demo', ['demo:copy  [--force] <app> <x>...,  Copy it '], ['mode=-n']), [
      { usage: 'demo:copy <app> <x>... [--force]', description: 'Copy it' },
      { usage: 'demo:report [<app>|--global] [--format stdout|json] [<flag>]', description: undefined },
      { usage: 'demo:set [<app>|--global] <key> [<value>]', description: undefined },
    ]);
  });

  it('shows text as column does under LC_ALL=C', () => {
    assert.equal(cLocaleColumn('plain \\x41'), 'plain \\x41');
    assert.equal(cLocaleColumn('é \\x41 \\y'), '\\xc3\\xa9 \\x5cx41 \\y');
  });

  it('reads a table cell as Markdown shows it and reports what Markdown would render', () => {
    assert.deepEqual(markdownCellText('a \\| b &lt;i&gt; \\\\x41'), { text: 'a | b <i> \\x41', active: [] });
    assert.deepEqual(markdownCellText('*bold* `code` [l](u) a|b'), { text: '*bold* `code` [l](u) a|b', active: ['emphasis', 'link', 'column break', 'code span'] });
    assert.deepEqual(markdownCellText('lone ``` run, a * b, snake_case_name'), { text: 'lone ``` run, a * b, snake_case_name', active: [] });
  });

  it('finds a missing, misplaced or extra help row', () => {
    const expected = [{ usage: 'demo:list', description: 'List it' }];
    assert.deepEqual(helpProblems('    demo:list   List it\n', 'demo', expected, (text) => text), []);
    assert.equal(helpProblems('    demo:list\n    List it\n', 'demo', expected, (text) => text).length, 1);
    assert.equal(helpProblems('    demo:list   List it\n    demo:other   x\n', 'demo', expected, (text) => text).length, 1);
  });

  it('finds a README row whose description Markdown would change', () => {
    const readme = (cell: string) => `<!-- >>> generator-dokku-plugin: commands -->\n| \`dokku demo:list\` | ${cell} |\n<!-- <<< generator-dokku-plugin -->\n`;
    const expected = [{ usage: 'demo:list', description: '*a* &amp;' }];
    assert.deepEqual(readmeProblems(readme('\\*a\\* &amp;amp;'), expected), []);
    assert.equal(readmeProblems(readme('*a* &amp;'), expected).length, 1);
  });
});

describe('property: text drawn as valid', () => {
  it('holds no U+FFFD, which the generator refuses as the mark of invalid UTF-8 (fuzz, seed 2029)', () => {
    assert.equal(withoutRefusedCharacters('itwfy⬕၉✶\ufffd  Kezz, a\tb\ud800c'), 'itwfy⬕၉✶  Kezz, abc');
  });
});
