import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import TOML from '@iarna/toml';
import { builtPlugin } from '../support/built-plugin.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE } from '../support/specs.js';
import { entriesBelow } from '../support/tree-files.js';

/** Every file of a tree whose first line runs bash or bats. */
function shellFiles(root: string): string[] {
  return entriesBelow(root).filter((full) => /^#!\/usr\/bin\/env (bash|bats)\b/.test(readFileSync(full, 'utf8')));
}

describe('generated plugins pass static checks', () => {
  for (const spec of SPECS_BY_LANGUAGE) {
    describe(spec.label, () => {
      let pluginDir = '';
      before(async () => {
        pluginDir = await builtPlugin(spec);
      });

      it('has zero shellcheck findings with no excluded checks', () => {
        const files = shellFiles(pluginDir);
        assert.ok(files.length >= 10, `only ${files.length} shell files`);
        const ran = run('shellcheck', ['--severity=style', '--format=gcc', ...files]);
        assert.equal(ran.stdout, '', ran.stdout);
        assert.equal(ran.status, 0);
      });

      it('disables no shellcheck check anywhere', () => {
        for (const file of shellFiles(pluginDir)) {
          assert.doesNotMatch(readFileSync(file, 'utf8'), /shellcheck disable/, file);
        }
      });

      it('parses with bash -n', () => {
        for (const file of shellFiles(pluginDir).filter((candidate) => !candidate.endsWith('.bats'))) {
          const ran = run('bash', ['-n', file]);
          assert.equal(ran.status, 0, `${file}: ${ran.stderr}`);
        }
      });

      it('starts every script with the shebang, pipefail and the DOKKU_TRACE line', () => {
        for (const file of shellFiles(pluginDir).filter((candidate) => !candidate.includes('/tests/'))) {
          const text = readFileSync(file, 'utf8');
          assert.match(text, /^#!\/usr\/bin\/env bash\n/, file);
          assert.match(text, /^set -eo pipefail$/m, file);
          assert.match(text, /^\[\[ \$DOKKU_TRACE \]\] && set -x$/m, file);
        }
      });

      it('has no file or directory named commands except the root dispatcher', () => {
        const named: string[] = [];
        const walk = (dir: string) => {
          for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.name === 'commands') {
              named.push(path.relative(pluginDir, full));
            }
            if (entry.isDirectory()) {
              walk(full);
            }
          }
        };
        walk(pluginDir);
        assert.deepEqual(named, ['commands']);
      });

      it('writes a plugin.toml whose description and version round-trip, with [plugin.config]', () => {
        const text = readFileSync(path.join(pluginDir, 'plugin.toml'), 'utf8');
        const parsed = TOML.parse(text) as { plugin: { description: string; version: string; config: object } };
        const expected = String(spec.options.description ?? `Dokku plugin ${spec.name}`);
        assert.equal(parsed.plugin.description, expected);
        assert.deepEqual(parsed.plugin.config, {});
        assert.match(text, /^\[plugin\.config\]$/m);
      });

      it('marks scripts executable and nothing else', () => {
        for (const file of shellFiles(pluginDir)) {
          const mode = statSync(file).mode & 0o777;
          const relative = path.relative(pluginDir, file);
          const sourcedOnly = /(^|\/)(help-functions|command-functions|internal-functions|report-functions|property-functions|functions)$|\.bats$|\.bash$/.test(relative);
          assert.equal(mode.toString(8), sourcedOnly ? '644' : '755', relative);
        }
      });
    });
  }
});
