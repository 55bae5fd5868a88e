import assert from 'node:assert/strict';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { formatReport, FORMATS } from '../../src/check/format-findings.js';

const error = (id: string, file?: string, line?: number): Finding => ({ id, severity: 'error', message: `${id} happened`, fix: `undo ${id}`, ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) });
const warning = (id: string): Finding => ({ id, severity: 'warning', file: 'commands', message: `${id} seen`, fix: 'look' });
const info = (id: string): Finding => ({ id, severity: 'info', message: `${id} noted`, fix: 'nothing' });

const summary = (findings: Finding[], strict: boolean) => formatReport({ directory: 'dir', label: 'demo', findings, strict }, 'human').split('\n').at(-2);

describe('unit: check output, the summary line', () => {
  it('the three formats check writes, in the order --help names them', () => {
    assert.deepEqual([...FORMATS], ['human', 'json', 'github']);
  });

  it('counts in words: one error, two errors, no errors; info never takes an s', () => {
    assert.equal(summary([], false), 'demo: 0 errors, 0 warnings, 0 info; check passed');
    assert.equal(summary([error('a'), warning('b'), info('c')], false), 'demo: 1 error, 1 warning, 1 info; check failed');
    assert.equal(summary([error('a'), error('b'), warning('c'), warning('d'), info('e'), info('f')], false), 'demo: 2 errors, 2 warnings, 2 info; check failed');
  });

  it('warnings pass without --strict; with it they fail, and the line says why', () => {
    assert.equal(summary([warning('w')], false), 'demo: 0 errors, 1 warning, 0 info; check passed');
    assert.equal(summary([warning('w')], true), 'demo: 0 errors, 1 warning, 0 info; check failed (--strict: warnings fail)');
  });

  it('--strict says nothing more when an error fails the check anyway, or when nothing fails it', () => {
    assert.equal(summary([error('e'), warning('w')], true), 'demo: 1 error, 1 warning, 0 info; check failed');
    assert.equal(summary([info('i')], true), 'demo: 0 errors, 0 warnings, 1 info; check passed');
  });
});

describe('unit: check output, human', () => {
  it('groups findings of one file under one heading, in the order they come, plugin-wide ones under (whole plugin)', () => {
    const text = formatReport({ directory: 'dir', label: 'demo', findings: [error('first', 'commands', 3), info('wide'), error('second', 'commands')], strict: false }, 'human');
    assert.equal(text, [
      'commands',
      '  error   line 3: first happened [first]',
      '          fix: undo first',
      '  error   second happened [second]',
      '          fix: undo second',
      '',
      '(whole plugin)',
      '  info    wide noted [wide]',
      '          fix: nothing',
      '',
      'demo: 2 errors, 0 warnings, 1 info; check failed',
      '',
    ].join('\n'));
  });

  it('line 0 is still a line', () => {
    assert.match(formatReport({ directory: 'd', label: 'd', findings: [error('zero', 'f', 0)], strict: false }, 'human'), /^ {2}error {3}line 0: zero happened \[zero\]$/m);
  });
});

describe('unit: check output, json', () => {
  it('two-space indented, with the verdict under the strictness asked for', () => {
    assert.equal(formatReport({ directory: 'plugins/x', label: 'x', findings: [warning('w')], strict: false }, 'json'), [
      '{',
      '  "directory": "plugins/x",',
      '  "passed": true,',
      '  "strict": false,',
      '  "counts": {',
      '    "error": 0,',
      '    "warning": 1,',
      '    "info": 0',
      '  },',
      '  "findings": [',
      '    {',
      '      "id": "w",',
      '      "severity": "warning",',
      '      "file": "commands",',
      '      "message": "w seen",',
      '      "fix": "look"',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n'));
    const strict = JSON.parse(formatReport({ directory: 'plugins/x', label: 'x', findings: [warning('w')], strict: true }, 'json')) as { passed: boolean; strict: boolean };
    assert.deepEqual([strict.passed, strict.strict], [false, true]);
  });
});

describe('unit: check output, github workflow commands', () => {
  const cwd = path.join(path.sep, 'work', 'checkout');

  it('error, warning and notice levels; file and line only when known; the summary last', () => {
    assert.equal(formatReport({ directory: '.', label: 'checkout', findings: [error('e', 'commands', 2), warning('w'), info('i'), error('no-line', 'plugin.toml')], strict: false }, 'github', cwd), [
      '::error file=commands,line=2,title=e::e happened. Fix: undo e',
      '::warning file=commands,title=w::w seen. Fix: look',
      '::notice title=i::i noted. Fix: nothing',
      '::error file=plugin.toml,title=no-line::no-line happened. Fix: undo no-line',
      'checkout: 2 errors, 1 warning, 1 info; check failed',
      '',
    ].join('\n'));
  });

  it('escapes %, CR and LF in the text, and also : and , in properties', () => {
    const odd: Finding = { id: 'id:with,odd', severity: 'error', file: 'a:b,c%d', message: '50%\r\ndone', fix: 'a: b, c' };
    assert.equal(formatReport({ directory: '.', label: 'l', findings: [odd], strict: false }, 'github', cwd).split('\n')[0],
      '::error file=a%3Ab%2Cc%25d,title=id%3Awith%2Codd::50%25%0D%0Adone. Fix: a: b, c');
  });

  it('an absolute directory is shown relative to where check runs, which is the current directory by default', () => {
    const text = formatReport({ directory: path.join(process.cwd(), 'plugins', 'dokku-x'), label: 'x', findings: [error('e', 'subcommands/a')], strict: false }, 'github');
    assert.equal(text.split('\n')[0], '::error file=plugins/dokku-x/subcommands/a,title=e::e happened. Fix: undo e');
  });
});
