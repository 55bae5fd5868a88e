import assert from 'node:assert/strict';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { formatReport } from '../../src/check/format-findings.js';

const FINDINGS: Finding[] = [
  { id: 'shellcheck-missing', severity: 'info', message: 'not checked: needs shellcheck', fix: 'install shellcheck' },
  { id: 'toml-missing-config', severity: 'error', file: 'plugin.toml', line: 1, message: 'no [plugin.config]', fix: 'add it' },
  { id: 'script-no-trace', severity: 'warning', file: 'subcommands/a,b', line: 1, message: '100% quiet\nreally', fix: 'add the trace line' },
];

describe('check: output formats', () => {
  it('human: grouped by file, each finding with its line, id and fix, then the summary', () => {
    assert.equal(formatReport({ directory: 'dokku-demo', label: 'dokku-demo', findings: FINDINGS, strict: false }, 'human'), [
      '(whole plugin)',
      '  info    not checked: needs shellcheck [shellcheck-missing]',
      '          fix: install shellcheck',
      '',
      'plugin.toml',
      '  error   line 1: no [plugin.config] [toml-missing-config]',
      '          fix: add it',
      '',
      'subcommands/a,b',
      '  warning line 1: 100% quiet\nreally [script-no-trace]',
      '          fix: add the trace line',
      '',
      'dokku-demo: 1 error, 1 warning, 1 info; check failed',
      '',
    ].join('\n'));
  });

  it('human: a clean plugin is one summary line; --strict says when warnings alone failed it', () => {
    assert.equal(formatReport({ directory: '.', label: 'dokku-demo', findings: [], strict: false }, 'human'), 'dokku-demo: 0 errors, 0 warnings, 0 info; check passed\n');
    const warned = formatReport({ directory: '.', label: 'demo', findings: FINDINGS.slice(2), strict: true }, 'human');
    assert.match(warned, /\ndemo: 0 errors, 1 warning, 0 info; check failed \(--strict: warnings fail\)\n$/);
  });

  it('json: the directory, the verdict, counts and every finding with all its fields', () => {
    const parsed = JSON.parse(formatReport({ directory: 'dokku-demo', label: 'dokku-demo', findings: FINDINGS.slice(0, 2), strict: true }, 'json')) as unknown;
    assert.deepEqual(parsed, {
      directory: 'dokku-demo',
      passed: false,
      strict: true,
      counts: { error: 1, warning: 0, info: 1 },
      findings: [
        { id: 'shellcheck-missing', severity: 'info', message: 'not checked: needs shellcheck', fix: 'install shellcheck' },
        { id: 'toml-missing-config', severity: 'error', file: 'plugin.toml', line: 1, message: 'no [plugin.config]', fix: 'add it' },
      ],
    });
  });

  it('github: one workflow command per finding, paths from the checkout, values escaped', () => {
    const cwd = path.join(path.sep, 'checkout');
    assert.equal(formatReport({ directory: 'plugins/dokku-demo', label: 'plugins/dokku-demo', findings: FINDINGS, strict: false }, 'github', cwd), [
      '::notice title=shellcheck-missing::not checked: needs shellcheck. Fix: install shellcheck',
      '::error file=plugins/dokku-demo/plugin.toml,line=1,title=toml-missing-config::no [plugin.config]. Fix: add it',
      '::warning file=plugins/dokku-demo/subcommands/a%2Cb,line=1,title=script-no-trace::100%25 quiet%0Areally. Fix: add the trace line',
      'plugins/dokku-demo: 1 error, 1 warning, 1 info; check failed',
      '',
    ].join('\n'));
  });
});
