import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';

// The suite's reporter: CI reads its last line to tell a run that tested something from one that tested
// nothing, and its list of the slowest files is where a slow CI run is looked into first.
describe('the suite reporter', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'reporter-'));
    writeFileSync(
      path.join(dir, 'slow.test.cjs'),
      [
        "const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));",
        "describe('slow', () => {",
        '  before(() => wait(300));',
        "  it('passes', () => wait(200));",
        "  it('fails', () => { throw new Error('no'); });",
        '});',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'quick.test.cjs'),
      "describe('quick', () => { it('passes', () => {}); it.skip('is skipped', () => {}); });\n",
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const parallel of [false, true]) {
    it(`${parallel ? 'in parallel' : 'in one process'}: lists files slowest first with their hooks counted, then the plain summary line`, () => {
      const ran = run(
        process.execPath,
        [
          path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
          '--no-config',
          '--reporter',
          path.join(REPO_ROOT, 'test', 'support', 'summary-reporter.cjs'),
          ...(parallel ? ['--parallel', '--jobs', '2'] : []),
          'quick.test.cjs',
          'slow.test.cjs',
        ],
        { cwd: dir },
      );
      assert.equal(ran.status, 1, ran.output);
      const lines = ran.stdout.trimEnd().split('\n');
      assert.equal(lines.at(-1), '2 passed, 1 failed, 1 skipped');
      const heading = lines.indexOf('Slowest test files (tests and hooks, in seconds):');
      assert.notEqual(heading, -1, ran.stdout);
      const listed = lines.slice(heading + 1, -1).map((line) => /^ +(\d+\.\d) {2}(\S+)$/.exec(line));
      assert.deepEqual(
        listed.map((match) => match?.[2]),
        ['slow.test.cjs', 'quick.test.cjs'],
      );
      // 300 ms of hook and 200 ms of test: at least half a second, which the test alone would not reach.
      assert.ok(Number(listed[0]?.[1]) >= 0.5, lines[heading + 1]);
    });
  }
});
