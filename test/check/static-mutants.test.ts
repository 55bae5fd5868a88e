import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { staticFindings } from '../../src/check/static-checks.js';
import { fixtureCopy, generatedCopy, idsAndFiles } from './static-support.js';

type Base = 'generated' | 'docs-sample' | 'addon' | 'go-built';

interface Mutant {
  /** The defect, as the issue lists it. */
  defect: string;
  base: Base;
  mutate: (dir: string) => void;
  /** The one finding it must cause, as `ID FILE` (or each file's, when the defect shows in more than one). */
  expected: string | string[];
  /** More about that finding a user relies on: its line, words of its message or fix. */
  detail?: (finding: Finding) => void;
}

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

const MUTANTS: Mutant[] = [
  { defect: 'plugin.toml does not parse', base: 'generated', expected: 'toml-invalid plugin.toml',
    mutate: (dir) => edit(dir, 'plugin.toml', (text) => text.replace(/^description = .*$/m, 'description = "unterminated')),
    detail: (finding) => assert.equal(finding.line, 2) },
  { defect: 'no plugin.toml', base: 'generated', expected: 'toml-missing plugin.toml', mutate: (dir) => rmSync(path.join(dir, 'plugin.toml')) },
  { defect: 'no [plugin] table', base: 'generated', expected: 'toml-missing-plugin plugin.toml', mutate: (dir) => writeFileSync(path.join(dir, 'plugin.toml'), '[other]\nkey = "value"\n') },
  { defect: 'no description', base: 'generated', expected: 'toml-missing-description plugin.toml', mutate: (dir) => edit(dir, 'plugin.toml', (text) => text.replace(/^description = .*\n/m, '')) },
  { defect: 'no version', base: 'generated', expected: 'toml-missing-version plugin.toml', mutate: (dir) => edit(dir, 'plugin.toml', (text) => text.replace(/^version = .*\n/m, '')) },
  { defect: 'a version that is not semver', base: 'generated', expected: 'toml-version-not-semver plugin.toml',
    mutate: (dir) => edit(dir, 'plugin.toml', (text) => text.replace(/^version = .*$/m, 'version = "1.0"')),
    detail: (finding) => { assert.equal(finding.line, 3); assert.match(finding.message, /"1\.0"/); } },
  { defect: 'no [plugin.config]', base: 'generated', expected: 'toml-missing-config plugin.toml',
    mutate: (dir) => edit(dir, 'plugin.toml', (text) => text.replace('[plugin.config]\n', '')),
    detail: (finding) => { assert.equal(finding.severity, 'error'); assert.match(finding.fix, /\[plugin\.config\]/); } },
  { defect: 'commands not executable', base: 'generated', expected: 'commands-not-executable commands', mutate: (dir) => chmodSync(path.join(dir, 'commands'), 0o644),
    detail: (finding) => assert.equal(finding.fix, 'chmod +x commands (and git add --chmod=+x commands)') },
  { defect: 'a subcommand not executable', base: 'generated', expected: 'subcommand-not-executable subcommands/enable', mutate: (dir) => chmodSync(path.join(dir, 'subcommands', 'enable'), 0o644) },
  { defect: 'a trigger not executable', base: 'generated', expected: 'trigger-not-executable post-deploy', mutate: (dir) => chmodSync(path.join(dir, 'post-deploy'), 0o644) },
  { defect: 'a new file named like a trigger but not executable', base: 'docs-sample', expected: 'trigger-not-executable post-delete',
    mutate: (dir) => { copyFileSync(path.join(dir, 'post-deploy'), path.join(dir, 'post-delete')); chmodSync(path.join(dir, 'post-delete'), 0o644); } },
  { defect: 'a Go plugin whose multi-call trigger binary lost its execute bit', base: 'go-built', expected: 'trigger-not-executable post-deploy', mutate: (dir) => chmodSync(path.join(dir, 'triggers'), 0o644) },
  { defect: 'an install trigger, linked as update, not executable', base: 'go-built', expected: ['trigger-not-executable install', 'trigger-not-executable update'], mutate: (dir) => chmodSync(path.join(dir, 'install'), 0o644) },
  { defect: 'a misspelt trigger', base: 'docs-sample', expected: 'unknown-trigger post-deplyo',
    mutate: (dir) => renameSync(path.join(dir, 'post-deploy'), path.join(dir, 'post-deplyo')),
    detail: (finding) => { assert.match(finding.message, /did you mean post-deploy\b/); assert.match(finding.fix, /^rename it to post-deploy /); } },
  { defect: 'a deprecated trigger', base: 'docs-sample', expected: 'deprecated-trigger pre-deploy',
    mutate: (dir) => renameSync(path.join(dir, 'post-deploy'), path.join(dir, 'pre-deploy')),
    detail: (finding) => assert.match(finding.fix, /^implement pre-release-builder instead/) },
  { defect: 'a core-only trigger', base: 'docs-sample', expected: 'core-only-trigger core-post-deploy',
    mutate: (dir) => renameSync(path.join(dir, 'post-deploy'), path.join(dir, 'core-post-deploy')) },
  { defect: 'a path named commands below the root', base: 'generated', expected: 'nested-commands src/commands',
    mutate: (dir) => { mkdirSync(path.join(dir, 'src', 'commands'), { recursive: true }); writeFileSync(path.join(dir, 'src', 'commands', 'main.go'), 'package main\n'); } },
  { defect: 'a script bash cannot parse', base: 'docs-sample', expected: 'bash-syntax post-deploy',
    mutate: (dir) => appendFileSync(path.join(dir, 'post-deploy'), 'if then\n'),
    detail: (finding) => { assert.equal(finding.line, 7); assert.match(finding.message, /syntax error near unexpected token `then'/); } },
  { defect: 'a shellcheck warning', base: 'docs-sample', expected: 'shellcheck-SC2034 post-deploy',
    mutate: (dir) => appendFileSync(path.join(dir, 'post-deploy'), 'unused_setting=1\n'),
    detail: (finding) => { assert.equal(finding.severity, 'warning'); assert.equal(finding.line, 7); } },
  { defect: 'the author\'s own shellcheck disable directive', base: 'docs-sample', expected: 'shellcheck-disable post-deploy',
    mutate: (dir) => edit(dir, 'post-deploy', (text) => text.replace('app="$1"', '# shellcheck disable=SC2086,SC2034\napp="$1"')),
    detail: (finding) => { assert.equal(finding.severity, 'info'); assert.equal(finding.line, 5); assert.match(finding.message, /SC2086, SC2034/); } },
  { defect: 'a script without pipefail', base: 'docs-sample', expected: 'script-no-pipefail commands', mutate: (dir) => edit(dir, 'commands', (text) => text.replace('set -eo pipefail\n', '')) },
  { defect: 'a script that ignores DOKKU_TRACE', base: 'docs-sample', expected: 'script-no-trace subcommands/default', mutate: (dir) => edit(dir, 'subcommands/default', (text) => text.replace('[[ $DOKKU_TRACE ]] && set -x\n', '')) },
  { defect: 'an add-on script not executable', base: 'addon', expected: 'addon-script-not-executable provision', mutate: (dir) => chmodSync(path.join(dir, 'provision'), 0o644) },
];

function baseCopy(base: Base): string {
  if (base === 'generated') {
    return generatedCopy(['demo', '--command', 'enable <app>, Enable demo', '--command', 'list, List apps', '--trigger', 'post-deploy', '--property', 'enabled=false']);
  }
  return base === 'addon' ? generatedCopy(['--kind', 'addon', 'cache', '--scheme', 'redis']) : fixtureCopy(base);
}

describe('check: each single static defect gives exactly its finding', () => {
  for (const base of ['generated', 'docs-sample', 'addon', 'go-built'] as const) {
    it(`the unmutated ${base} base has no finding at all`, async () => {
      assert.deepEqual(idsAndFiles(await staticFindings(baseCopy(base))), []);
    });
  }

  for (const mutant of MUTANTS) {
    it(`${mutant.defect} → ${[mutant.expected].flat()[0]?.split(' ')[0]}`, async () => {
      const dir = baseCopy(mutant.base);
      mutant.mutate(dir);
      const findings = await staticFindings(dir);
      assert.deepEqual(idsAndFiles(findings), [mutant.expected].flat());
      mutant.detail?.(findings[0] as Finding);
    });
  }
});
