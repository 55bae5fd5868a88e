import assert from 'node:assert/strict';
import { commandRunTasks } from '../../src/check/behaviour/command-runs.js';
import type { PluginCommand } from '../../src/check/behaviour/help-checks.js';
import { demoCommands } from './check-support.js';
import { contextFor, described, disposeSessions } from './check-behaviour-support.js';

const SOURCE = 'source "$PLUGIN_CORE_AVAILABLE_PATH/common/functions"\n';
/** demo:show <app>, reading the app as Dokku's core plugins do; `body` replaces the part that takes the app. */
const show = (body = '[[ -n "${DOKKU_APP_NAME:-}" ]] && set -- "$DOKKU_APP_NAME" "$@"') => `  demo:show)
    shift
    ${body}
    [[ -z "\${1:-}" ]] && dokku_log_fail "Please specify an app to run the command on"
    verify_app_name "$1"
    echo "shown $1"
    ;;`;

async function runs(cases: string, command: PluginCommand, which?: number) {
  const context = contextFor({ commands: { exec: demoCommands({ before: SOURCE, cases }) } });
  const tasks = commandRunTasks(context, command);
  await Promise.all((which === undefined ? tasks : [tasks[which]!]).map((task) => task()));
  return { findings: context.findings.all(), tasks: tasks.length };
}
const SHOW: PluginCommand = { command: 'demo:show', appScoped: true, listedInHelp: true };

describe('unit: check, running each command', function () {
  this.timeout(120_000);
  afterEach(disposeSessions);

  it('one run for a command, three more for an app-scoped one; a correct command gives no finding', async () => {
    assert.deepEqual(await runs(show(), SHOW), { findings: [], tasks: 3 });
    assert.deepEqual(await runs('', { command: 'demo:list', appScoped: false, listedInHelp: true }), { findings: [], tasks: 1 });
  });

  it('a listed command the dispatcher cannot find', async () => {
    assert.deepEqual((await runs('', { command: 'demo:gone', appScoped: false, listedInHelp: true })).findings, [
      { id: 'help-line-unresolved', severity: 'error', message: '`dokku help --all` lists demo:gone, but `dokku demo:gone` answers "is not a dokku command"', fix: 'add subcommands/gone or handle demo:gone in commands (or drop its help line)', file: 'commands' },
    ]);
    assert.deepEqual((await runs('', { command: 'demox', appScoped: false, listedInHelp: true })).findings.map((finding) => finding.fix), ['add subcommands/default or handle demox in commands (or drop its help line)']);
    assert.deepEqual((await runs('', { command: 'demo:gone', appScoped: false, listedInHelp: false })).findings, []);
  });

  it('a run that cannot be judged says nothing more', async () => {
    assert.deepEqual(described((await runs('  demo:x) docker run x ;;', { command: 'demo:x', appScoped: false, listedInHelp: true })).findings), ['not-checked -: not checked: needs `docker`: dokku demo:x']);
  });

  it('a bash error without the app, or with one that does not exist, is missing-app-bash-error', async () => {
    const unbound = show('set -u; echo "$app_name"');
    const { findings } = await runs(unbound, SHOW, 0);
    assert.deepEqual(findings.map((finding) => `${finding.id} ${finding.file ?? ''}`), ['missing-app-bash-error commands']);
    assert.match(findings[0]!.message, /^`dokku demo:show` fails with a bash error instead of a message: ".*app_name: unbound variable"$/);
    const missing = await runs(show('[[ "$1" == check-missing-app ]] && { set -u; echo "$missing_value"; }'), SHOW, 1);
    assert.deepEqual(missing.findings.map((finding) => finding.id), ['missing-app-bash-error']);
    assert.match(missing.findings[0]!.message, /^`dokku demo:show check-missing-app` fails with a bash error/);
  });

  it('--app and $DOKKU_APP_NAME ignored: each way that differs from the positional app', async () => {
    const { findings } = await runs(show(''), SHOW, 2);
    assert.deepEqual(findings, [
      { id: 'app-flag-differs', severity: 'error', message: '`dokku --app check-app demo:show` (exit 1, "!     Please specify an app to run the command on") differs from `dokku demo:show check-app` (exit 0, "shown check-app")', fix: 'when $DOKKU_APP_NAME is set (Dokku exports --app there and leaves argv alone), take it as the app before the positional arguments', file: 'commands' },
      { id: 'app-flag-differs', severity: 'error', message: '`DOKKU_APP_NAME=check-app dokku demo:show` (exit 1, "!     Please specify an app to run the command on") differs from `dokku demo:show check-app` (exit 0, "shown check-app")', fix: 'when $DOKKU_APP_NAME is set (Dokku exports --app there and leaves argv alone), take it as the app before the positional arguments', file: 'commands' },
    ]);
  });

  it('files left behind count: a way that writes elsewhere differs', async () => {
    const { findings } = await runs(show('[[ -n "${DOKKU_APP_NAME:-}" ]] && { set -- "$DOKKU_APP_NAME" "$@"; touch "$DOKKU_LIB_ROOT/flag"; }'), SHOW, 2);
    assert.deepEqual(findings.map((finding) => finding.message.split(' (')[0]), ['`dokku --app check-app demo:show`', '`DOKKU_APP_NAME=check-app dokku demo:show`']);
  });

  it('the command word taken for the app', async () => {
    const { findings } = await runs('  demo)\n    verify_app_name "$1"\n    ;;', { command: 'demo', appScoped: true, listedInHelp: true }, 2);
    assert.deepEqual(findings, [
      { id: 'command-name-as-app', severity: 'error', message: '`dokku demo check-app` answers "App demo does not exist": the command word is taken for the app', fix: 'drop the command word ($1) before reading the app: [[ "$1" == "$cmd" ]] && shift; then set -- "$DOKKU_APP_NAME" "$@" only when it is set', file: 'commands' },
    ]);
    const bare = await runs(`  demo)\n    verify_app_name "demo"\n    ;;\n  demo:show)\n    verify_app_name "show"\n    ;;`, SHOW, 2);
    assert.deepEqual(bare.findings.map((finding) => finding.message), ['`dokku demo:show check-app` answers "App show does not exist": the command word is taken for the app']);
    const other = await runs('  demo:show)\n    verify_app_name "someone-else"\n    ;;', SHOW, 2);
    assert.deepEqual(other.findings, []);
  });

  it('the same file written differently by one way differs too', async () => {
    const { findings } = await runs(show('[[ -n "${DOKKU_APP_NAME:-}" ]] && set -- "$DOKKU_APP_NAME" "$@"; echo "${DOKKU_APP_NAME:-none}" >"$DOKKU_LIB_ROOT/last"'), SHOW, 2);
    assert.deepEqual(findings.map((finding) => finding.message), [
      '`dokku --app check-app demo:show` (exit 0, "shown check-app") differs from `dokku demo:show check-app` (exit 0, "shown check-app")',
      '`DOKKU_APP_NAME=check-app dokku demo:show` (exit 0, "shown check-app") differs from `dokku demo:show check-app` (exit 0, "shown check-app")',
    ]);
  });

  it('a bare app-scoped command that never names a missing app gives no finding', async () => {
    assert.deepEqual((await runs('  demo)\n    echo "ok"\n    ;;', { command: 'demo', appScoped: true, listedInHelp: true }, 2)).findings, []);
  });

  it('when only some ways reach no command, nothing is compared', async () => {
    assert.deepEqual((await runs('  demo:show)\n    [[ -z "${2:-}" ]] && exit 10\n    echo "shown $2"\n    ;;', SHOW, 2)).findings, []);
  });

  it('a run that cannot be judged is not also taken for an unresolved help line', async () => {
    const context = contextFor({ commands: { exec: demoCommands({ before: 'docker ps >/dev/null 2>&1 || true\n' }) } });
    await commandRunTasks(context, { command: 'demo:gone', appScoped: false, listedInHelp: true })[0]!();
    assert.deepEqual(described(context.findings.all()), ['not-checked -: not checked: needs `docker`: dokku demo:gone']);
  });

  it('output that changes from run to run cannot be compared, and says so', async () => {
    const { findings } = await runs(show('[[ -n "${DOKKU_APP_NAME:-}" ]] && set -- "$DOKKU_APP_NAME" "$@"; echo "$RANDOM$RANDOM$(date +%N)"'), SHOW, 2);
    assert.deepEqual(described(findings), ['not-checked -: not checked: needs output that is the same from one run to the next: demo:show with --app']);
  });

  it('a way the dispatcher does not know, or one that cannot be judged, ends the comparison', async () => {
    assert.deepEqual((await runs('', SHOW, 2)).findings, []);
    const needy = await runs(show('[[ -n "${DOKKU_APP_NAME:-}" ]] && { docker ps; set -- "$DOKKU_APP_NAME" "$@"; }'), SHOW, 2);
    assert.deepEqual(described(needy.findings), ['not-checked -: not checked: needs `docker`: DOKKU_APP_NAME=check-app dokku demo:show, dokku --app check-app demo:show']);
  });
});
