import type { CheckContext } from './check-context.js';
import type { DokkuLayout } from './dokku-layout.js';
import { excerpt } from './findings-list.js';
import type { PluginCommand } from './help-checks.js';
import { classifyRun, type Outcome } from './run-outcome.js';

const APP = 'check-app';
const MISSING_APP = 'check-missing-app';

/** Each way of naming the app Dokku offers; all of them must give the same result. */
const APP_WAYS: Array<{ label: (command: string) => string; args: (command: string) => string[]; env: Record<string, string> }> = [
  { label: (command) => `dokku ${command} ${APP}`, args: (command) => [command, APP], env: {} },
  { label: (command) => `dokku --app ${APP} ${command}`, args: (command) => ['--app', APP, command], env: {} },
  { label: (command) => `DOKKU_APP_NAME=${APP} dokku ${command}`, args: (command) => [command], env: { DOKKU_APP_NAME: APP } },
];

/** The independent runs of one command, each in its own layout so that they can run at the same time. */
export function commandRunTasks(context: CheckContext, command: PluginCommand): Array<() => Promise<void>> {
  const tasks = [() => checkWithoutArguments(context, command)];
  if (command.appScoped) {
    tasks.push(() => checkMissingApp(context, command), () => checkAppWays(context, command));
  }
  return tasks;
}

async function checkWithoutArguments(context: CheckContext, { command, appScoped, listedInHelp }: PluginCommand): Promise<void> {
  const layout = context.session.layout();
  const outcome = classifyRun(await layout.dokku([command]), layout);
  const file = context.fileFor(command);
  if (!context.judge(outcome, `dokku ${command}`, file, { missingApp: appScoped })) {
    return;
  }
  if (listedInHelp && outcome.notADokkuCommand) {
    context.findings.add({
      id: 'help-line-unresolved',
      severity: 'error',
      message: `\`dokku help --all\` lists ${command}, but \`dokku ${command}\` answers "is not a dokku command"`,
      fix: `add subcommands/${command.split(':')[1] ?? 'default'} or handle ${command} in commands (or drop its help line)`,
      file: 'commands',
    });
  }
}

async function checkMissingApp(context: CheckContext, { command }: PluginCommand): Promise<void> {
  const layout = context.session.layout();
  const outcome = classifyRun(await layout.dokku([command, MISSING_APP]), layout);
  context.judge(outcome, `dokku ${command} ${MISSING_APP}`, context.fileFor(command), { missingApp: true });
}

interface WayResult {
  label: string;
  outcome: Outcome;
  /** Exit status, output and the files the run left, with the layout's own path taken out. */
  result: string;
}

async function runOneWay(context: CheckContext, command: string, way: (typeof APP_WAYS)[number]): Promise<WayResult> {
  const layout: DokkuLayout = context.session.layout();
  layout.createApp(APP);
  const outcome = classifyRun(await layout.dokku(way.args(command), way.env), layout);
  const files = [...layout.snapshot(false)].map(([file, state]) => `${file} ${state}`).join('\n');
  return { label: way.label(command), outcome, result: `exit ${String(outcome.ran.status)}\n${outcome.output}\n${files}` };
}

async function checkAppWays(context: CheckContext, { command }: PluginCommand): Promise<void> {
  const file = context.fileFor(command);
  const results = await Promise.all(APP_WAYS.map((way) => runOneWay(context, command, way)));
  const judged = results.map(({ outcome, label }) => context.judge(outcome, label, file));
  // A command Dokku cannot find is reported once, by the run without arguments.
  if (judged.includes(false) || results.some(({ outcome }) => outcome.notADokkuCommand)) {
    return;
  }
  const [positional] = results;
  const wrongApp = /App (\S+) does not exist/.exec(positional!.outcome.output)?.[1];
  if (wrongApp !== undefined && [context.name, command, command.split(':')[1]].includes(wrongApp)) {
    context.findings.add({
      id: 'command-name-as-app',
      severity: 'error',
      message: `\`${positional!.label}\` answers "App ${wrongApp} does not exist": the command word is taken for the app`,
      fix: 'drop the command word ($1) before reading the app: [[ "$1" == "$cmd" ]] && shift; then set -- "$DOKKU_APP_NAME" "$@" only when it is set',
      file,
    });
    return;
  }
  const differing = results.filter((other) => other.result !== positional!.result);
  if (differing.length === 0) {
    return;
  }
  // Output that changes from run to run (times, random names) cannot be compared: say so rather than fail.
  const again = await runOneWay(context, command, APP_WAYS[0]!);
  if (again.result !== positional!.result) {
    context.findings.notCheckedBecause('output that is the same from one run to the next', `${command} with --app`);
    return;
  }
  for (const other of differing) {
    context.findings.add({
      id: 'app-flag-differs',
      severity: 'error',
      message: `\`${other.label}\` (exit ${String(other.outcome.ran.status)}, ${excerpt(other.outcome.output)}) differs from \`${positional!.label}\` (exit ${String(positional!.outcome.ran.status)}, ${excerpt(positional!.outcome.output)})`,
      fix: 'when $DOKKU_APP_NAME is set (Dokku exports --app there and leaves argv alone), take it as the app before the positional arguments',
      file,
    });
  }
}
