import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../support/generate.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE } from '../support/specs.js';

describe('a generated plugin\'s own `make lint unit-tests` passes offline', () => {
  for (const spec of SPECS_BY_LANGUAGE) {
    it(spec.label, async () => {
      const { pluginDir } = await generate({ args: [spec.name], options: spec.options });
      // Run as root, the bats tests hand the plugin to nobody, as Dokku runs commands as the dokku user,
      // when nobody can read the checkout: open the temporary directories on the way to it.
      for (let dir = pluginDir; dir.startsWith(os.tmpdir()) && dir !== os.tmpdir(); dir = path.dirname(dir)) {
        chmodSync(dir, 0o755);
      }
      const ran = run('make', ['lint', 'unit-tests'], { cwd: pluginDir, env: { ...process.env, CI: '' }, timeout: 300_000 });
      assert.equal(ran.status, 0, ran.output);
      assert.match(ran.stdout, /^1\.\.[1-9]\d*$/m, 'a bats plan with at least one test');
      assert.doesNotMatch(ran.stdout, /^not ok/m);
    });
  }
});
