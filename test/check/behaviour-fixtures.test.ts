import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { behaviourFindings } from '../../src/check/behaviour/index.js';
import type { Finding } from '../../src/check/finding.js';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'check', 'behaviour');

/** The ids of the findings that fail `check` (errors) or `check --strict` (warnings). */
function failingIds(findings: Finding[]): string[] {
  return [...new Set(findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.id))].sort();
}

function describeAll(findings: Finding[]): string {
  return findings.map((finding) => `${finding.severity} ${finding.id} ${finding.file ?? ''}: ${finding.message}`).join('\n');
}

interface Mutation {
  fixture: string;
  defect: string;
  file: string;
  /** Text that must be in the file, so that a fixture edit cannot make the mutation a silent no-op. */
  from: string | RegExp;
  to: string;
  id: string;
  /** Words the finding's message must hold, so that the finding points at the right run. */
  mentions?: string;
}

/** A copy of a fixture with one defect put in; the directory keeps the plugin's name (dokku-NAME). */
function mutant({ fixture, file, from, to }: Pick<Mutation, 'fixture' | 'file' | 'from' | 'to'>): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-mutant-')), fixture);
  cpSync(path.join(FIXTURES, fixture), directory, { recursive: true });
  const target = path.join(directory, file);
  let text = '';
  try {
    text = readFileSync(target, 'utf8');
  } catch {
    // A new file.
  }
  if (from !== '') {
    assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `${fixture}/${file} no longer holds ${String(from)}`);
  }
  const changed = from === '' ? to : typeof from === 'string' ? text.replace(from, to) : text.replace(new RegExp(from.source, 'gm'), to);
  writeFileSync(target, changed);
  chmodSync(target, 0o755);
  return directory;
}

describe('check: behaviour of hand-written plugin shapes', function () {
  this.timeout(120_000);

  for (const fixture of ['dokku-memo', 'dokku-hello', 'dokku-envy', 'dokku-boxes']) {
    it(`${fixture}, a correct plugin, gets no error and no warning`, async function () {
      const findings = await behaviourFindings(path.join(FIXTURES, fixture));
      assert.deepEqual(failingIds(findings), [], describeAll(findings));
    });
  }

  it('the correct fixtures are shellcheck-clean with no excluded check, as a careful author would leave them', function () {
    const scripts = run('bash', ['-c', 'grep -rlE "^#!/usr/bin/env bash" .'], { cwd: FIXTURES }).stdout.split('\n').filter((file) => file !== '');
    assert.ok(scripts.length >= 14, scripts.join(' '));
    const linted = run('shellcheck', ['-x', ...scripts], { cwd: FIXTURES });
    assert.equal(linted.status, 0, linted.output);
  });

  it('a plugin whose commands all need docker is "not checked: needs `docker`" (info), for its commands and install', async function () {
    const findings = await behaviourFindings(path.join(FIXTURES, 'dokku-boxes'));
    const skipped = findings.filter((finding) => finding.id === 'not-checked');
    assert.equal(skipped.length, 1, describeAll(findings));
    assert.equal(skipped[0]!.severity, 'info');
    assert.match(skipped[0]!.message, /^not checked: needs `docker`: /);
    for (const run of ['dokku boxes:list', 'dokku boxes:start check-app', 'dokku --app check-app boxes:stop', 'plugn trigger install']) {
      assert.ok(skipped[0]!.message.includes(run), `${run} missing from: ${skipped[0]!.message}`);
    }
  });

  it("a command that loads another core plugin's functions is not checked, and says which plugin it needs", async function () {
    const findings = await behaviourFindings(path.join(FIXTURES, 'dokku-envy'));
    const skipped = findings.filter((finding) => finding.id === 'not-checked');
    assert.equal(skipped.length, 1, describeAll(findings));
    assert.match(skipped[0]!.message, /^not checked: needs the config core plugin's files: .*dokku envy:greeting check-app/);
    assert.doesNotMatch(skipped[0]!.message, /envy:version/);
  });

  it('the checks never touch the plugin directory they are given', async function () {
    const directory = mutant({ fixture: 'dokku-memo', file: 'install', from: '', to: readFileSync(path.join(FIXTURES, 'dokku-memo', 'install'), 'utf8') + 'touch "$(dirname "$0")/installed-here"\n' });
    await behaviourFindings(directory);
    assert.throws(() => readFileSync(path.join(directory, 'installed-here')), /ENOENT/);
  });

  it('a commands file slow to say "not mine" is reported as info, never as a failure', async function () {
    const findings = await behaviourFindings(mutant({ fixture: 'dokku-memo', file: 'commands', from: 'before a single line runs.\n', to: 'before a single line runs.\nsleep 0.2\n' }));
    assert.deepEqual(failingIds(findings), [], describeAll(findings));
    const cost = findings.filter((finding) => finding.id === 'foreign-command-cost');
    assert.equal(cost.length, 1, describeAll(findings));
    assert.equal(cost[0]!.severity, 'info');
    assert.match(cost[0]!.message, /takes \d+ ms in commands against \d+ ms for bash -c 'exit 10'/);
  });

  it("an install trigger that hands its files to the dokku user is never a failure on a machine without one", async function () {
    const findings = await behaviourFindings(mutant({ fixture: 'dokku-memo', file: 'install', from: 'chown "${DOKKU_SYSTEM_USER:-dokku}:${DOKKU_SYSTEM_GROUP:-dokku}"', to: 'chown dokku:dokku' }));
    assert.deepEqual(failingIds(findings), [], describeAll(findings));
  });

  const mutations: Mutation[] = [
    { fixture: 'dokku-memo', defect: 'a catch-all that exits 0', file: 'commands', from: '*) exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" ;;', to: '*) exit 0 ;;', id: 'catch-all-exit', mentions: 'check-other-plugin:command' },
    { fixture: 'dokku-memo', defect: 'help lines without the comma column', file: 'commands', from: /^( {4}memo\S*(?: <\w+>)*), /m, to: '$1  ', id: 'help-no-comma', mentions: 'memo:show <app>  Print' },
    { fixture: 'dokku-memo', defect: '--app ignored: $DOKKU_APP_NAME never read', file: 'commands', from: 'if [[ -n "${DOKKU_APP_NAME:-}" ]]; then\n  set -- "$DOKKU_APP_NAME" "$@"\nfi\n', to: '', id: 'app-flag-differs', mentions: 'dokku --app check-app memo:show' },
    { fixture: 'dokku-memo', defect: 'a silent non-zero exit', file: 'commands', from: 'dokku_log_fail "No note kept for $1"', to: 'exit 1', id: 'silent-failure', mentions: 'dokku memo:show check-app' },
    { fixture: 'dokku-memo', defect: 'trace always on', file: 'commands', from: '[[ -n "${DOKKU_TRACE:-}" ]] && set -x', to: 'set -x', id: 'trace-always-on' },
    { fixture: 'dokku-memo', defect: 'an install trigger that is not idempotent', file: 'install', from: '"$DOKKU_LIB_ROOT/data/memo"\n', to: '"$DOKKU_LIB_ROOT/data/memo"\ndate +%s%N >>"$DOKKU_LIB_ROOT/data/memo/installed-at"\n', id: 'install-not-idempotent', mentions: 'lib/data/memo/installed-at' },
    { fixture: 'dokku-memo', defect: 'an uninstall trigger that does not check $1', file: 'uninstall', from: 'if [[ "${1:-}" != "memo" ]]; then\n  exit 0\nfi\n', to: '', id: 'uninstall-ignores-name', mentions: 'lib/data/memo' },
    { fixture: 'dokku-memo', defect: 'a bash error for a missing app', file: 'commands', from: 'memo:show)\n    need_app "${1:-}"', to: 'memo:show)\n    set -u\n    need_app "$1"', id: 'missing-app-bash-error', mentions: 'unbound variable' },
    { fixture: 'dokku-memo', defect: 'a help line no command answers', file: 'commands', from: '    memo:list, List', to: '    memo:clear <app>, Forget the note of an app\n    memo:list, List', id: 'help-line-unresolved', mentions: 'memo:clear' },
    { fixture: 'dokku-memo', defect: "output on another plugin's command", file: 'commands', from: 'before a single line runs.\n', to: 'before a single line runs.\necho "memo: loaded" >&2\n', id: 'foreign-command-output', mentions: 'memo: loaded' },
    {
      fixture: 'dokku-hello',
      defect: "the docs sample's default subcommand (`set -- $cmd $@`), which takes the command name for the app",
      file: 'subcommands/default',
      from: 'if [[ "${1:-}" == "$cmd" ]]; then\n    shift\n  fi\n  if [[ -n "${DOKKU_APP_NAME:-}" ]]; then\n    set -- "$DOKKU_APP_NAME" "$@"\n  fi\n',
      to: '  [[ "$1" == "$cmd" ]] && shift 1\n  [[ -n $DOKKU_APP_NAME ]] && set -- $DOKKU_APP_NAME $@\n  set -- $cmd $@\n',
      id: 'command-name-as-app',
      mentions: 'App hello does not exist',
    },
    { fixture: 'dokku-hello', defect: 'a comma inside the usage', file: 'commands', from: '    hello:world, Say', to: '    hello:world [--lang en,fr], Say', id: 'help-comma-in-usage', mentions: '[--lang en' },
    { fixture: 'dokku-hello', defect: 'NAME:help without the usage', file: 'commands', from: '    echo "Usage: dokku hello[:COMMAND]"\n', to: '', id: 'name-help' },
    { fixture: 'dokku-hello', defect: 'a subcommand the help does not list', file: 'subcommands/shout', from: '', to: '#!/usr/bin/env bash\necho "HELLO"\n', id: 'subcommand-not-in-help', mentions: 'hello:shout' },
    // Not on memo: Dokku's common functions, which memo loads, turn tracing on by themselves.
    { fixture: 'dokku-hello', defect: 'no trace support', file: 'commands', from: '[[ -n "${DOKKU_TRACE:-}" ]] && set -x', to: '', id: 'trace-not-supported', mentions: 'DOKKU_TRACE=1 dokku hello:help' },
    { fixture: 'dokku-hello', defect: 'every command listed in plain help', file: 'commands', from: '      echo "    hello, Say hello to apps"', to: '      hello_lines', id: 'help-summary' },
  ];

  for (const mutation of mutations) {
    it(`${mutation.fixture} with ${mutation.defect} gets exactly ${mutation.id}`, async function () {
      const findings = await behaviourFindings(mutant(mutation));
      assert.deepEqual(failingIds(findings), [mutation.id], describeAll(findings));
      if (mutation.mentions !== undefined) {
        const messages = findings.filter((finding) => finding.id === mutation.id).map((finding) => finding.message);
        assert.ok(messages.some((message) => message.includes(mutation.mentions!)), `no ${mutation.id} finding mentions ${mutation.mentions}:\n${messages.join('\n')}`);
      }
    });
  }
});
