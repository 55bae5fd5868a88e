import type { CheckContext } from './check-context.js';
import { excerpt } from './findings-list.js';
import { runAsync } from './run-async.js';
import { classifyRun } from './run-outcome.js';
import { changedPaths } from './tree-snapshot.js';

const FOREIGN = ['check-other-plugin:command', 'check-app'];
const COST_RUNS = 7;

/**
 * Dokku runs every plugin's commands file for each command no subcommand claimed, so a command that is
 * not the plugin's must leave at once: exit 10, nothing printed, nothing touched.
 */
export async function checkForeignCommand(context: CheckContext): Promise<void> {
  const { findings } = context;
  // Its own copy of the plugin: hard links shared with concurrent runs could show their writes as ours.
  const layout = context.session.layout(true);
  const what = `commands ${FOREIGN.join(' ')}`;
  const before = layout.snapshot(true);
  const ran = await layout.direct('commands', FOREIGN);
  const outcome = classifyRun(ran, layout);
  const changed = changedPaths(before, layout.snapshot(true));
  const called = layout.needs();
  if (called.length > 0 || changed.length > 0) {
    findings.add({
      id: 'foreign-command-side-effect',
      severity: 'error',
      message: `\`${what}\` (another plugin's command) ${called.length > 0 ? `runs ${called.map((tool) => `\`${tool}\``).join(', ')}` : `changes ${changed.slice(0, 3).join(', ')}`}: every dokku command would do the same`,
      fix: 'exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" on the first lines of commands, before anything runs, for every command that is not yours',
      file: 'commands',
    });
    return;
  }
  if (findings.unverifiable(outcome, what)) {
    return;
  }
  if (ran.status !== 10) {
    findings.add({
      id: 'catch-all-exit',
      severity: 'error',
      message:
        ran.status === 0
          ? `\`${what}\` (another plugin's command) exits 0: Dokku takes it as done by this plugin and never says "is not a dokku command"`
          : `\`${what}\` (another plugin's command) exits ${String(ran.status)}: Dokku stops there, before the plugin that owns the command`,
      fix: 'end the catch-all with exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}"',
      file: 'commands',
    });
  }
  if (outcome.output.trim() !== '') {
    findings.add({
      id: 'foreign-command-output',
      severity: 'error',
      message: `\`${what}\` (another plugin's command) prints ${excerpt(outcome.output)}: that shows up in every dokku command`,
      fix: 'exit 10 silently for commands that are not yours',
      file: 'commands',
    });
  }
  context.traceWithoutAsking(outcome, what, 'commands');
}

/**
 * Dokku pays this on every command of every other plugin; report it when it is well above a bare exit.
 * Run alone, after the other checks, and judged on the fastest of several runs: the least disturbed by
 * whatever else the machine is doing.
 */
export async function checkForeignCommandCost(context: CheckContext): Promise<void> {
  const layout = context.session.layout();
  const own: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < COST_RUNS; run++) {
    own.push((await layout.direct('commands', FOREIGN)).ms);
    bare.push((await runAsync('bash', ['-c', 'exit 10'], { env: layout.env(), cwd: layout.cwd })).ms);
  }
  const ownFastest = Math.min(...own);
  const bareFastest = Math.min(...bare);
  if (ownFastest > bareFastest * 4 && ownFastest - bareFastest > 30) {
    context.findings.add({
      id: 'foreign-command-cost',
      severity: 'info',
      message: `a command that is not the plugin's takes ${ownFastest.toFixed(0)} ms in commands against ${bareFastest.toFixed(0)} ms for bash -c 'exit 10': every dokku command pays it`,
      fix: 'test "$1" and exit 10 on the first lines of commands, before sourcing anything',
      file: 'commands',
    });
  }
}

/** An unknown command in the plugin's own namespace must still end as "is not a dokku command". */
export async function checkUnknownOwnCommand(context: CheckContext): Promise<void> {
  const layout = context.session.layout();
  const command = `${context.name}:check-no-such-command`;
  const outcome = classifyRun(await layout.dokku([command]), layout);
  if (!context.judge(outcome, `dokku ${command}`, 'commands')) {
    return;
  }
  if (!outcome.failed) {
    context.findings.add({
      id: 'catch-all-exit',
      severity: 'error',
      message: `\`dokku ${command}\` (no such command) exits 0 and prints ${excerpt(outcome.output)}: a typo looks like success`,
      fix: 'end the catch-all with exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}" so that Dokku says "is not a dokku command"',
      file: 'commands',
    });
  }
}
