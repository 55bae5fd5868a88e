import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGenerator } from './run-spec.js';

// Found by the property tests: the README showed descriptions as Markdown, so `*x*` became emphasis,
// backticks code and `&amp;` an ampersand. Each character Markdown acts on must be escaped.
describe('regression: the README shows descriptions as written, not as Markdown', () => {
  it('escapes emphasis, code spans, links, strikethrough and character references in the command table', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'readme-text-'));
    try {
      const ran = runGenerator(['demo', '--yes', '--no-git', '--directory=out', '--command=list, *a* _b_ `c` [d](e) ~f~ &amp; &lt; \\x41 a|b'], root);
      assert.equal(ran.status, 0, ran.stderr);
      const readme = readFileSync(path.join(root, 'out/README.md'), 'utf8');
      assert.ok(readme.includes('| `dokku demo:list` | \\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ &amp;amp; &amp;lt; \\\\x41 a\\|b |'), readme);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
