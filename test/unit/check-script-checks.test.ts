import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/check/finding.js';
import { walkPlugin } from '../../src/check/plugin-tree.js';
import { bashScripts, scriptFindings } from '../../src/check/script-checks.js';
import { HEADER, writeTree, type TreeSpec } from './check-support.js';

const scripts = (files: TreeSpec) => scriptFindings(walkPlugin(writeTree(files)));
const brief = (findings: Finding[]) => findings.map((finding) => `${finding.id} ${finding.file ?? '-'}:${finding.line ?? '-'} ${finding.severity}`);
const BARE = '#!/usr/bin/env bash\n';
const NO_TRACE = 'the script ignores DOKKU_TRACE: `dokku --trace` shows nothing of it';

/** Runs `body` with PATH holding only bash and, when given, a stand-in for shellcheck. */
async function withPath<T>(shellcheck: string | undefined, body: () => Promise<T>): Promise<T> {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'check-path-'));
  symlinkSync('/bin/bash', path.join(bin, 'bash'));
  if (shellcheck !== undefined) {
    writeFileSync(path.join(bin, 'shellcheck'), shellcheck);
    chmodSync(path.join(bin, 'shellcheck'), 0o755);
  }
  const saved = process.env.PATH;
  process.env.PATH = bin;
  try {
    return await body();
  } finally {
    process.env.PATH = saved;
  }
}

describe('unit: check, which files are bash scripts', () => {
  it('bash scripts of the plugin itself: not links, not tests, vendored code or hidden folders', () => {
    const tree = walkPlugin(writeTree({ commands: { exec: HEADER }, 'subcommands/a': { link: '../commands' }, 'tests/x.sh': { exec: BARE }, 'vendor/v': { exec: BARE }, '.github/g': { exec: BARE }, 'lib/helper': BARE, functions: 'f() { :; }\n', 'post.py': '#!/usr/bin/env python3\n' }));
    assert.deepEqual(bashScripts(tree).map((entry) => entry.path), ['commands', 'functions', 'lib/helper']);
  });
});

describe('unit: check, bash -n and shellcheck', function () {
  this.timeout(60_000);

  it('a script bash cannot parse: its first complaint, at its line, and nothing from shellcheck about it', async () => {
    const findings = await scripts({ 'post-deploy': { exec: `${HEADER}\nif then\n` }, commands: { exec: `${HEADER}exit 10\n` } });
    assert.deepEqual(findings, [
      { id: 'bash-syntax', severity: 'error', file: 'post-deploy', line: 5, message: 'bash cannot parse it: line 5: syntax error near unexpected token `then\'', fix: 'correct the syntax bash -n reports at that line' },
    ]);
  });

  it('shellcheck\'s findings with its level: error and warning kept, info and style as info', async () => {
    const findings = await scripts({ commands: { exec: `${HEADER}unused=1\necho \`date\`\necho $10\n` } });
    assert.deepEqual(brief(findings), [
      'shellcheck-SC2034 commands:4 warning',
      'shellcheck-SC2046 commands:5 warning',
      'shellcheck-SC2005 commands:5 info',
      'shellcheck-SC2006 commands:5 info',
      'shellcheck-SC1037 commands:6 error',
      'shellcheck-SC2086 commands:6 info',
    ]);
    assert.deepEqual(findings[0], { id: 'shellcheck-SC2034', severity: 'warning', file: 'commands', line: 4, message: 'shellcheck: unused appears unused. Verify use (or export if used externally).', fix: 'see https://www.shellcheck.net/wiki/SC2034' });
  });

  it('what shellcheck cannot follow is info, even the warning SC1090', async () => {
    assert.deepEqual(brief(await scripts({ commands: { exec: `${HEADER}. "$1"\nsource "/nowhere/lib"\n` } })), ['shellcheck-SC1090 commands:4 info', 'shellcheck-SC1091 commands:5 info']);
  });

  it('without shellcheck: one info line saying how to install it', async () => {
    const findings = await withPath(undefined, () => scripts({ commands: { exec: `${HEADER}exit 10\n` } }));
    assert.deepEqual(findings, [{ id: 'shellcheck-missing', severity: 'info', message: 'not checked: needs shellcheck, which is not installed, to lint the scripts', fix: 'install shellcheck (apt-get install shellcheck, brew install shellcheck, or https://github.com/koalaman/shellcheck#installing) and run check again' }]);
  });

  it('a shellcheck that fails without output: a warning with what it said', async () => {
    const findings = await withPath('#!/bin/bash\necho "  shellcheck: out of memory  " >&2\nexit 3\n', () => scripts({ commands: { exec: `${HEADER}exit 10\n` } }));
    assert.deepEqual(findings, [{ id: 'shellcheck-failed', severity: 'warning', message: 'shellcheck could not run: shellcheck: out of memory', fix: 'run shellcheck on the plugin\'s scripts by hand to see why' }]);
  });

  it('a shellcheck that finds something exits 1 with its findings on stdout, which are read', async () => {
    const fake = '#!/bin/bash\necho \'{"comments":[{"file":"commands","line":2,"level":"warning","code":9999,"message":"made up"}]}\'\nexit 1\n';
    assert.deepEqual(brief(await withPath(fake, () => scripts({ commands: { exec: `${HEADER}exit 10\n` } }))), ['shellcheck-SC9999 commands:2 warning']);
  });

  it('a shellcheck that prints only blank lines counts as failing too', async () => {
    const findings = await withPath('#!/bin/bash\necho\necho "  broken" >&2\nexit 3\n', () => scripts({ commands: { exec: `${HEADER}exit 10\n` } }));
    assert.deepEqual(findings.map((finding) => finding.message), ['shellcheck could not run: broken']);
  });

  it('a library named like an option is parsed as a file, not read as bash\'s options', async () => {
    assert.deepEqual(brief(await scripts({ '-x-functions': 'demo_x() { :; }\n', commands: { exec: `${HEADER}exit 10\n` } })), []);
    assert.deepEqual(brief(await scripts({ '-x-functions': 'demo_x() {\n' })), ['bash-syntax -x-functions:2 error']);
  });

  it('a syntax error past line 9 has its line too', async () => {
    const findings = await scripts({ 'post-deploy': { exec: `${HEADER}${'true\n'.repeat(8)}if then\n` } });
    assert.deepEqual(brief(findings), ['bash-syntax post-deploy:12 error']);
  });

  it('libraries without a shebang are linted as bash', async () => {
    assert.deepEqual(await scripts({ functions: 'demo_lib() {\n  echo "ok"\n}\n', 'x-functions': 'demo_x() {\n  echo "ok"\n}\n' }), []);
  });

  it('no bash script at all: shellcheck is not run', async () => {
    assert.deepEqual(await withPath(undefined, () => scripts({ 'plugin.toml': '', 'main.go': 'package main\n' })), []);
  });
});

describe('unit: check, the author\'s shellcheck directives', () => {
  it('each disable directive is info at its line, listing the codes', async () => {
    const text = `${HEADER}# shellcheck disable=SC2086,SC2034\n  #shellcheck source=/dev/null  disable=SC1091\necho "# shellcheck disable=SC1000"\n# shellcheck enable=all\n`;
    assert.deepEqual((await scripts({ commands: { exec: text } })).filter((finding) => finding.id === 'shellcheck-disable'), [
      { id: 'shellcheck-disable', severity: 'info', file: 'commands', line: 4, message: 'the script turns off shellcheck\'s SC2086, SC2034 here', fix: 'fix what the check reports (usually quoting) and remove the directive' },
      { id: 'shellcheck-disable', severity: 'info', file: 'commands', line: 5, message: 'the script turns off shellcheck\'s SC1091 here', fix: 'fix what the check reports (usually quoting) and remove the directive' },
    ]);
    const spaced = `${HEADER}# shellcheck   disable=SC2001\nexit 10\n`;
    assert.deepEqual((await scripts({ commands: { exec: spaced } })).map((finding) => `${finding.id}:${finding.line ?? '-'}`), ['shellcheck-disable:4']);
  });
});

describe('unit: check, script headers', function () {
  this.timeout(60_000);
  const headerIds = async (files: TreeSpec) => brief((await scripts(files)).filter((finding) => finding.id.startsWith('script-no-')));

  it('a script Dokku runs without pipefail and DOKKU_TRACE gets both warnings, at line 1', async () => {
    assert.deepEqual((await scripts({ commands: { exec: `${BARE}exit 10\n` } })), [
      { id: 'script-no-pipefail', severity: 'warning', file: 'commands', line: 1, message: 'the script never sets pipefail: a failing command inside a pipeline goes unnoticed', fix: 'add set -eo pipefail right after the shebang' },
      { id: 'script-no-trace', severity: 'warning', file: 'commands', line: 1, message: NO_TRACE, fix: 'add [[ $DOKKU_TRACE ]] && set -x after set -eo pipefail' },
    ]);
  });

  it('pipefail in the forms set takes it', async () => {
    for (const line of ['set -eo pipefail', 'set -o pipefail', 'set -euo pipefail', 'set -e -o pipefail', 'set -e -u -o  pipefail', 'set -o pipefail # strict']) {
      assert.deepEqual(await headerIds({ commands: { exec: `${BARE}${line}\n[[ $DOKKU_TRACE ]] && set -x\nexit 10\n` } }), [], line);
    }
    for (const line of ['set -e', '  set -eo pipefail', '# set -eo pipefail', 'set -eo pipefailure', 'set pipefail', 'set -o nounset']) {
      assert.deepEqual(await headerIds({ commands: { exec: `${BARE}${line}\n[[ $DOKKU_TRACE ]] && set -x\nexit 10\n` } }), ['script-no-pipefail commands:1 warning'], line);
    }
  });

  it('DOKKU_TRACE read as $DOKKU_TRACE or ${DOKKU_TRACE…}', async () => {
    for (const line of ['[[ $DOKKU_TRACE ]] && set -x', '[[ -n "${DOKKU_TRACE:-}" ]] && set -x', 'if [ "$DOKKU_TRACE" ]; then set -x; fi']) {
      assert.deepEqual(await headerIds({ commands: { exec: `${BARE}set -eo pipefail\n${line}\nexit 10\n` } }), [], line);
    }
    for (const line of ['echo DOKKU_TRACE', 'echo "$DOKKU_TRACER"']) {
      assert.deepEqual(await headerIds({ commands: { exec: `${BARE}set -eo pipefail\n${line}\nexit 10\n` } }), ['script-no-trace commands:1 warning'], line);
    }
  });

  it('sourcing Dokku\'s common/functions gives both', async () => {
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_CORE_AVAILABLE_PATH/common/functions"\nexit 10\n` } }), []);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}  . "$PLUGIN_CORE_AVAILABLE_PATH/common/functions"\nexit 10\n` } }), []);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_CORE_AVAILABLE_PATH/common/functionsx"\nexit 10\n` } }), ['script-no-pipefail commands:1 warning', 'script-no-trace commands:1 warning']);
  });

  it('sourcing a library of the plugin root takes what it sets, through up to three levels', async () => {
    const source = (name: string) => `source "$PLUGIN_AVAILABLE_PATH/sample/${name}"\n`;
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}${source('functions')}exit 10\n` }, functions: 'set -eo pipefail\n' }), ['script-no-trace commands:1 warning']);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}${source('functions')}exit 10\n` }, functions: '[[ $DOKKU_TRACE ]] && set -x\n' }), ['script-no-pipefail commands:1 warning']);
    const chain = { commands: { exec: `${BARE}${source('a-functions')}exit 10\n` }, 'a-functions': source('b-functions'), 'b-functions': source('c-functions') };
    assert.deepEqual(await headerIds({ ...chain, 'c-functions': HEADER }), []);
    assert.deepEqual(await headerIds({ ...chain, 'c-functions': source('d-functions'), 'd-functions': HEADER }), ['script-no-pipefail commands:1 warning', 'script-no-trace commands:1 warning']);
    // A library that sources itself is read no deeper than three levels either.
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}${source('functions')}exit 10\n` }, functions: source('functions') }), ['script-no-pipefail commands:1 warning', 'script-no-trace commands:1 warning']);
  });

  it('only a file at the root counts as the plugin\'s library, not a folder, a deeper file or a broken link', async () => {
    const both = ['script-no-pipefail commands:1 warning', 'script-no-trace commands:1 warning'];
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_AVAILABLE_PATH/sample/lib/helpers"\nexit 10\n` }, 'lib/helpers': HEADER }), both);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_AVAILABLE_PATH/sample/gone"\nexit 10\n` }, gone: { link: 'missing' } }), both);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_AVAILABLE_PATH/sample/lib"\nexit 10\n` }, 'lib/x': HEADER }), both);
    assert.deepEqual(await headerIds({ commands: { exec: `${BARE}source "$PLUGIN_AVAILABLE_PATH/sample/other"\nexit 10\n` }, functions: HEADER }), both);
  });

  it('only the scripts Dokku runs are held to it: commands, subcommands and root triggers, executable, without an extension', async () => {
    assert.deepEqual(await headerIds({
      commands: { exec: BARE }, 'subcommands/a': { exec: BARE }, 'post-deploy': { exec: BARE }, 'subcommands/enable': { exec: BARE },
      'subcommands/deep/b': { exec: BARE }, 'lib/subcommands/c': { exec: BARE }, 'lib/c': { exec: BARE }, 'setup.sh': { exec: BARE }, 'internal-functions': { exec: BARE }, functions: { exec: BARE }, 'pre-deploy': BARE,
    }), [
      'script-no-pipefail commands:1 warning', 'script-no-trace commands:1 warning',
      'script-no-pipefail post-deploy:1 warning', 'script-no-trace post-deploy:1 warning',
      'script-no-pipefail subcommands/a:1 warning', 'script-no-trace subcommands/a:1 warning',
      'script-no-pipefail subcommands/enable:1 warning', 'script-no-trace subcommands/enable:1 warning',
    ]);
  });
});
