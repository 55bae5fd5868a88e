import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../support/generate.js';
import { BIN, REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE } from '../support/specs.js';

describe('a generated plugin\'s own `make lint unit-tests check` passes offline', () => {
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
      // `make check` runs this checkout's check instead of the published package it pins: tests run offline.
      const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.ok(readFileSync(path.join(pluginDir, 'Makefile'), 'utf8').includes(`\nDOKKU_PLUGIN_CHECK ?= npx --yes create-dokku-plugin@${version} check\n`));
      const checked = run('make', ['check', `DOKKU_PLUGIN_CHECK=${process.execPath} ${BIN} check`], { cwd: pluginDir, timeout: 300_000 });
      assert.equal(checked.status, 0, checked.output);
      assert.match(checked.stdout, /^dokku-[a-z-]+: 0 errors, 0 warnings, \d+ info; check passed$/m);
    });
  }
});
