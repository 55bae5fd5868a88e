import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

  it('the author\'s helpers, hidden folders, docs and a trigger in another language give no finding', async () => {
    const dir = fixtureCopy('docs-sample');
    const script = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
      chmodSync(path.join(dir, file), 0o755);
    };
    script('setup.sh', '#!/usr/bin/env bash\necho "a helper without the plugin header"\n');
    script('.github/scripts/broken.sh', '#!/bin/bash\nif then\n');
    script('post-release-builder', '#!/usr/bin/env python3\nprint("a trigger need not be bash")\n');
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'README.md'), '# How to use greet\n');
    writeFileSync(path.join(dir, 'CHANGELOG.md'), '# 0.3.1\n');
    assert.deepEqual(idsAndFiles(await staticFindings(dir)), []);
  });
});
