import assert from 'node:assert/strict';
import type { Finding, Severity } from '../../src/check/finding.js';
import { checkPassed, checkPlugin, countFindings, sortFindings } from '../../src/check/run-check.js';
import { HEADER, writeTree } from './check-support.js';

const finding = (id: string, severity: Severity, file?: string, line?: number): Finding => ({ id, severity, message: id, fix: 'fix', ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) });
const labels = (findings: Finding[]) => findings.map((one) => `${one.file ?? '-'}:${one.line ?? '-'} ${one.severity} ${one.id}`);

describe('unit: check, the order findings are shown in', () => {
  it('plugin-wide first, then by file, line (none before line 1), severity (error, warning, info) and id', () => {
    const shuffled = [
      finding('b', 'info', 'subcommands/x', 2),
      finding('z', 'warning', 'commands', 4),
      finding('b', 'error', 'commands', 4),
      finding('a', 'error', 'commands', 4),
      finding('c', 'info', 'commands', 4),
      finding('y', 'error', 'commands', 10),
      finding('x', 'info', 'commands'),
      finding('w', 'warning', 'commands', 1),
      finding('wide', 'info'),
      finding('a', 'error', 'install'),
    ];
    assert.deepEqual(labels(sortFindings(shuffled)), [
      '-:- info wide',
      'commands:- info x',
      'commands:1 warning w',
      'commands:4 error a',
      'commands:4 error b',
      'commands:4 warning z',
      'commands:4 info c',
      'commands:10 error y',
      'install:- error a',
      'subcommands/x:2 info b',
    ]);
    assert.equal(shuffled[0]!.id, 'b', 'the caller\'s list is left as it was');
  });

  it('a warning comes after an error and before an info on the same line, whatever the ids', () => {
    assert.deepEqual(labels(sortFindings([finding('a', 'info', 'f', 1), finding('b', 'warning', 'f', 1), finding('c', 'error', 'f', 1)])), ['f:1 error c', 'f:1 warning b', 'f:1 info a']);
  });

  it('plugin-wide findings among themselves: by severity, then id', () => {
    assert.deepEqual(labels(sortFindings([finding('b', 'info'), finding('z', 'error'), finding('a', 'info'), finding('y', 'warning', 'commands'), finding('c', 'warning')])), ['-:- error z', '-:- warning c', '-:- info a', '-:- info b', 'commands:- warning y']);
  });
});

describe('unit: check, counting and the verdict', () => {
  it('counts each severity', () => {
    assert.deepEqual(countFindings([]), { error: 0, warning: 0, info: 0 });
    assert.deepEqual(countFindings([finding('a', 'error'), finding('b', 'info'), finding('c', 'info'), finding('d', 'warning'), finding('e', 'error'), finding('f', 'error')]), { error: 3, warning: 1, info: 2 });
  });

  it('an error always fails; a warning only with --strict; info never', () => {
    assert.equal(checkPassed({ error: 0, warning: 0, info: 5 }, false), true);
    assert.equal(checkPassed({ error: 0, warning: 0, info: 5 }, true), true);
    assert.equal(checkPassed({ error: 1, warning: 0, info: 0 }, false), false);
    assert.equal(checkPassed({ error: 1, warning: 0, info: 0 }, true), false);
    assert.equal(checkPassed({ error: 0, warning: 1, info: 0 }, false), true);
    assert.equal(checkPassed({ error: 0, warning: 1, info: 0 }, true), false);
  });
});

describe('unit: check, static and behavioural findings together', function () {
  this.timeout(120_000);

  it('a plugin without an executable commands file: the static findings, and one not-checked line', async () => {
    const dir = writeTree({ 'plugin.toml': '[plugin]\ndescription = "x"\nversion = "1.0.0"\n', commands: `${HEADER}exit 10\n` });
    assert.deepEqual(labels(await checkPlugin(dir)), [
      'commands:- error commands-not-executable',
      'commands:- info not-checked',
      'plugin.toml:1 error toml-missing-config',
    ]);
  });

  it('a run that fails for a defect the static checks name in the same file is not reported twice', async () => {
    // No trace line: the static script-no-trace and the behavioural trace-not-supported are one defect.
    const commands = '#!/usr/bin/env bash\nset -eo pipefail\ncase "$1" in\n  help) echo "    sample, Sample plugin" ;;\n  sample:help) echo "Usage: dokku sample" ;;\n  *) exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" ;;\nesac\n';
    const dir = writeTree({ 'plugin.toml': '[plugin]\ndescription = "x"\nversion = "1.0.0"\n[plugin.config]\n', commands: { exec: commands } });
    assert.deepEqual(labels(await checkPlugin(dir)).filter((label) => !label.includes(' info ')), ['commands:1 warning script-no-trace']);
  });
});
