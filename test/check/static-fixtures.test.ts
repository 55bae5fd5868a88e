import assert from 'node:assert/strict';
import { staticFindings } from '../../src/check/static-checks.js';
import { FIXTURE_NAMES, fixtureCopy, idsAndFiles } from './static-support.js';

describe('check: hand-written plugin shapes check clean (no error, no warning)', () => {
  for (const name of FIXTURE_NAMES) {
    it(name, async () => {
      const findings = await staticFindings(fixtureCopy(name));
      assert.deepEqual(idsAndFiles(findings.filter((finding) => finding.severity !== 'info')), []);
    });
  }

  it('sources-core: what shellcheck cannot follow (Dokku\'s own functions) is info, and tests/ and vendor/ are left alone', async () => {
    const findings = await staticFindings(fixtureCopy('sources-core'));
    assert.deepEqual(idsAndFiles(findings), ['shellcheck-SC1091 post-delete', 'shellcheck-SC1091 subcommands/show', 'shellcheck-SC1091 subcommands/show']);
    assert.deepEqual(findings.map((finding) => finding.severity), ['info', 'info', 'info']);
  });
});
