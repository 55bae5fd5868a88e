import assert from 'node:assert/strict';
import type { Finding } from '../../src/check/finding.js';
import { excerpt, FindingsList } from '../../src/check/behaviour/findings-list.js';
import type { Outcome } from '../../src/check/behaviour/run-outcome.js';

const finding = (id: string, file: string | undefined, message: string): Finding => ({ id, severity: 'error', message, fix: 'f', ...(file === undefined ? {} : { file }) });
const outcome = (needs: string[], timedOut = false) => ({ needs, ran: { status: 1, stdout: '', stderr: '', ms: 1, timedOut } }) as unknown as Outcome;

describe('unit: check, the list of behavioural findings', () => {
  it('keeps the first of identical findings, and findings that differ in id, file or message', () => {
    const list = new FindingsList();
    list.add(finding('a', 'commands', 'one'));
    list.add({ ...finding('a', 'commands', 'one'), fix: 'second copy' });
    list.add(finding('a', 'commands', 'two'));
    list.add(finding('a', 'install', 'one'));
    list.add(finding('b', 'commands', 'one'));
    list.add(finding('a', undefined, 'one'));
    assert.deepEqual(list.all().map((one) => `${one.id} ${one.file ?? '-'} ${one.message} ${one.fix}`), ['a commands one f', 'a commands two f', 'a install one f', 'b commands one f', 'a - one f']);
  });

  it('one per file: the same id in one file once, whatever the message', () => {
    const list = new FindingsList();
    list.add(finding('trace', 'commands', 'run one'), true);
    list.add(finding('trace', 'commands', 'run two'), true);
    list.add(finding('trace', 'install', 'run three'), true);
    assert.deepEqual(list.all().map((one) => one.message), ['run one', 'run three']);
  });

  it('runs that cannot be judged: one info line per missing piece, the runs sorted, after the findings', () => {
    const list = new FindingsList();
    list.notCheckedBecause('`docker`', 'dokku demo:b');
    list.notCheckedBecause('`docker`', 'dokku demo:a');
    list.notCheckedBecause('`docker`', 'dokku demo:a');
    list.notCheckedBecause('`sigil`', 'dokku demo:c');
    list.add(finding('x', 'commands', 'm'));
    assert.deepEqual(list.all(), [
      finding('x', 'commands', 'm'),
      { id: 'not-checked', severity: 'info', message: 'not checked: needs `docker`: dokku demo:a, dokku demo:b', fix: 'run the plugin\'s integration tests against a real Dokku for these' },
      { id: 'not-checked', severity: 'info', message: 'not checked: needs `sigil`: dokku demo:c', fix: 'run the plugin\'s integration tests against a real Dokku for these' },
    ]);
  });

  it('a run is unverifiable when it timed out or needed what the double lacks, and says so', () => {
    const list = new FindingsList();
    assert.equal(list.unverifiable(outcome([]), 'dokku demo:ok'), false);
    assert.equal(list.unverifiable(outcome(['`docker`', '`sudo`']), 'dokku demo:a'), true);
    assert.equal(list.unverifiable(outcome([], true), 'dokku demo:slow'), true);
    assert.equal(list.unverifiable(outcome(['`docker`'], true), 'dokku demo:both'), true);
    assert.deepEqual(list.all().map((one) => one.message), [
      'not checked: needs `docker` and `sudo`: dokku demo:a',
      'not checked: needs a run that ends within 30 s (it timed out, perhaps waiting for a service): dokku demo:both, dokku demo:slow',
    ]);
  });
});

describe('unit: check, excerpts of what a run printed', () => {
  it('the first two non-blank lines, trimmed, quoted and joined with " / "', () => {
    assert.equal(excerpt('\n  first  \n\nsecond\nthird\n'), '"first / second"');
    assert.equal(excerpt('a\nb\nc\nd', 3), '"a / b / c"');
    assert.equal(excerpt('a\nb', 1), '"a"');
  });

  it('nothing printed is (nothing)', () => {
    assert.equal(excerpt(''), '(nothing)');
    assert.equal(excerpt(' \n\t\n'), '(nothing)');
  });

  it('cut to 157 characters and ... beyond 160', () => {
    assert.equal(excerpt('x'.repeat(160)), `"${'x'.repeat(160)}"`);
    assert.equal(excerpt('x'.repeat(161)), `"${'x'.repeat(157)}..."`);
  });
});
