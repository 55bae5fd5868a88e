import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { checkCli, fixtureCopy } from './static-support.js';

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('check on the command line: exit codes, formats, DIR', () => {
  it('a correct plugin passes: exit 0 and the summary names the directory', () => {
    const dir = fixtureCopy('docs-sample');
    const ran = checkCli([dir]);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 0 errors, 0 warnings, \\d+ info; check passed$`, 'm'));
  });

  it('DIR defaults to the current directory, named by its own name in the summary', () => {
    const dir = fixtureCopy('docs-sample');
    const ran = checkCli([], { cwd: dir });
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /^docs-sample: 0 errors, 0 warnings, \d+ info; check passed$/m);
  });

  it('an error fails with exit 1, shown under its file with its fix', () => {
    const dir = fixtureCopy('docs-sample');
    edit(path.join(dir, 'plugin.toml'), (text) => text.replace('[plugin.config]\n', ''));
    const ran = checkCli(['docs-sample'], { cwd: path.dirname(dir) });
    assert.equal(ran.status, 1, ran.output);
    assert.ok(ran.stdout.includes([
      'plugin.toml',
      '  error   line 1: plugin.toml has no [plugin.config] table: plugn fails exporting it before each of the plugin\'s triggers [toml-missing-config]',
      '          fix: add an empty [plugin.config] table at the end of plugin.toml',
    ].join('\n')), ran.stdout);
    assert.match(ran.stdout, /^docs-sample: 1 error, 0 warnings, \d+ info; check failed$/m);
  });

  it('a warning passes (exit 0) unless --strict (exit 1); info never fails', () => {
    const dir = fixtureCopy('docs-sample');
    edit(path.join(dir, 'commands'), (text) => text.replace('[[ $DOKKU_TRACE ]] && set -x\n', ''));
    assert.equal(checkCli([dir]).status, 0);
    const strict = checkCli([dir, '--strict']);
    assert.equal(strict.status, 1, strict.output);
    assert.match(strict.stdout, /: 0 errors, 1 warning, \d+ info; check failed \(--strict: warnings fail\)$/m);

    const informed = fixtureCopy('docs-sample');
    edit(path.join(informed, 'post-deploy'), (text) => text.replace('app="$1"', '# shellcheck disable=SC2086\napp="$1"'));
    const ran = checkCli([informed, '--strict']);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /\[shellcheck-disable\]/);
  });

  it('--format json and --format github carry the same findings', () => {
    const dir = fixtureCopy('docs-sample');
    edit(path.join(dir, 'plugin.toml'), (text) => text.replace('[plugin.config]\n', ''));
    const json = checkCli([dir, '--format', 'json']);
    assert.equal(json.status, 1, json.output);
    const report = JSON.parse(json.stdout) as { passed: boolean; counts: { error: number }; findings: Finding[] };
    assert.equal(report.passed, false);
    assert.equal(report.counts.error, 1);
    assert.deepEqual(report.findings.filter((finding) => finding.severity === 'error'), [{
      id: 'toml-missing-config', severity: 'error', file: 'plugin.toml', line: 1,
      message: 'plugin.toml has no [plugin.config] table: plugn fails exporting it before each of the plugin\'s triggers',
      fix: 'add an empty [plugin.config] table at the end of plugin.toml',
    }]);
    const github = checkCli(['docs-sample', '--format', 'github'], { cwd: path.dirname(dir) });
    assert.equal(github.status, 1, github.output);
    assert.match(github.stdout, /^::error file=docs-sample\/plugin\.toml,line=1,title=toml-missing-config::plugin\.toml has no \[plugin\.config\] table: plugn fails exporting it before each of the plugin's triggers\. Fix: add an empty \[plugin\.config\] table at the end of plugin\.toml$/m);
  });

  it('without shellcheck on PATH: one info line saying how to install it, and the check still passes', () => {
    const dir = fixtureCopy('docs-sample');
    // Every command of PATH but shellcheck, so that nothing else the check runs goes missing.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'no-shellcheck-'));
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter((entry) => entry !== '' && existsSync(entry))) {
      for (const name of readdirSync(dir).filter((entry) => entry !== 'shellcheck' && !existsSync(path.join(bin, entry)))) {
        symlinkSync(path.join(dir, name), path.join(bin, name));
      }
    }
    const ran = checkCli([dir, '--format', 'json'], { env: { ...process.env, PATH: bin } });
    assert.equal(ran.status, 0, ran.output);
    const missing = (JSON.parse(ran.stdout) as { findings: Finding[] }).findings.filter((finding) => finding.id === 'shellcheck-missing');
    assert.equal(missing.length, 1);
    assert.equal(missing[0]?.severity, 'info');
    assert.match(missing[0]?.fix ?? '', /apt-get install shellcheck/);
  });

  it('a DIR that is missing, a file, or no plugin: exit 2 naming the problem', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'check-dirs-'));
    mkdirSync(path.join(parent, 'empty'));
    writeFileSync(path.join(parent, 'notes.txt'), 'hello\n');
    const cases: Array<[string, string]> = [
      ['nowhere', 'error: DIR: nowhere does not exist; give the plugin\'s directory, or run check inside it\n'],
      ['notes.txt', 'error: DIR: notes.txt is a file, not a directory; give the plugin\'s directory (the one holding plugin.toml)\n'],
      ['empty', 'error: DIR: empty is not a Dokku plugin: it has no plugin.toml, commands, subcommands/ or add-on scripts (provision, url); run check in the plugin\'s root directory\n'],
    ];
    for (const [dir, message] of cases) {
      const ran = checkCli([dir], { cwd: parent });
      assert.equal(ran.status, 2, ran.output);
      assert.equal(ran.stderr, message);
      assert.equal(ran.stdout, '');
    }
  });

  it('bad options: exit 2 naming the flag and the fix', () => {
    const dir = fixtureCopy('docs-sample');
    const format = checkCli([dir, '--format', 'xml']);
    assert.equal(format.status, 2);
    assert.equal(format.stderr, 'error: --format: "xml" is not a format check writes; use human, json or github\n');
    const unknown = checkCli([dir, '--fix']);
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, 'error: --fix: check takes only [DIR], --format, --strict and --help; remove --fix\n');
    const two = checkCli([dir, dir]);
    assert.equal(two.status, 2);
    assert.match(two.stderr, /^error: check: one directory expected, got 2: /);
  });

  it('--help shows the check command\'s own usage, exit 0', () => {
    const ran = checkCli(['--help']);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /^Usage: .*generate\.js check \[DIR\] \[--format human\|json\|github\] \[--strict\]$/m);
    assert.match(ran.stdout, /^ {2}--strict +Fail on warnings too, not only on errors$/m);
  });
});
