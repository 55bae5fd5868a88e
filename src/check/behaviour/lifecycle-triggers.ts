import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext } from './check-context.js';
import type { DokkuLayout } from './dokku-layout.js';
import { excerpt } from './findings-list.js';
import { classifyRun, type Outcome } from './run-outcome.js';
import { changedPaths } from './tree-snapshot.js';

const OTHER_PLUGIN = 'check-other-plugin';

/**
 * `install` runs on every `dokku plugin:install`, as root, from wherever the user stands: twice in a row
 * from two directories it must succeed and the second run must change nothing. `uninstall NAME` runs in
 * every plugin: it may only act when NAME is this plugin.
 */
export async function checkLifecycleTriggers(context: CheckContext): Promise<void> {
  const hasInstall = existsSync(path.join(context.session.master, 'install'));
  const hasUninstall = existsSync(path.join(context.session.master, 'uninstall'));
  if (!hasInstall && !hasUninstall) {
    return;
  }
  const layout = context.session.layout(true);
  const installed = hasInstall && (await checkInstallTwice(context, layout));
  if (hasUninstall) {
    // After an install that could not run, uninstall is still checked, from a clean layout.
    await checkUninstall(context, installed || !hasInstall ? layout : context.session.layout(true));
  }
}

function runFailed(context: CheckContext, outcome: Outcome, id: string, what: string, file: string): boolean {
  if (!outcome.failed) {
    return false;
  }
  context.findings.add({
    id,
    severity: 'error',
    message: `\`${what}\` exits ${String(outcome.ran.status)}: ${excerpt(outcome.output, 3)}; plugn stops there, for every plugin after this one too`,
    fix: `make ${file} succeed on a host that already has what it sets up`,
    file,
  });
  return true;
}

async function checkInstallTwice(context: CheckContext, layout: DokkuLayout): Promise<boolean> {
  const first = classifyRun(await layout.trigger(['install'], layout.cwd), layout);
  const what = 'plugn trigger install';
  if (!context.judge(first, what, 'install', { failureReported: true }) || runFailed(context, first, 'install-fails', what, 'install')) {
    return false;
  }
  const before = layout.snapshot(true);
  const second = classifyRun(await layout.trigger(['install'], layout.cwd2), layout);
  const againWhat = `${what} (again, from another directory)`;
  if (!context.judge(second, againWhat, 'install', { failureReported: true }) || runFailed(context, second, 'install-fails', againWhat, 'install')) {
    return false;
  }
  const changed = changedPaths(before, layout.snapshot(true)).map((file) => file.replace(`plugins/available/${context.name}/`, 'PLUGIN/'));
  if (changed.length > 0) {
    context.findings.add({
      id: 'install-not-idempotent',
      severity: 'error',
      message: `the install trigger run a second time (from another directory) changes ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${String(changed.length - 3)} more` : ''}`,
      fix: 'skip what is already set up, and use absolute paths (the trigger runs from any directory)',
      file: 'install',
    });
  }
  return true;
}

async function checkUninstall(context: CheckContext, layout: DokkuLayout): Promise<void> {
  const before = layout.snapshot(true);
  const what = `plugn trigger uninstall ${OTHER_PLUGIN}`;
  const ran = await layout.trigger(['uninstall', OTHER_PLUGIN], layout.cwd);
  const called = layout.needs();
  const outcome = classifyRun(ran, layout);
  const changed = changedPaths(before, layout.snapshot(true)).map((file) => file.replace(`plugins/available/${context.name}/`, 'PLUGIN/'));
  if (called.length > 0 || changed.length > 0) {
    context.findings.add({
      id: 'uninstall-ignores-name',
      severity: 'error',
      message: `\`${what}\` (another plugin being removed) ${called.length > 0 ? `runs ${called.map((tool) => `\`${tool}\``).join(', ')}` : `changes ${changed.slice(0, 3).join(', ')}`}`,
      fix: `return at once unless "$1" is "${context.name}": Dokku runs every plugin's uninstall trigger`,
      file: 'uninstall',
    });
    return;
  }
  if (!context.judge(outcome, what, 'uninstall', { failureReported: true }) || runFailed(context, outcome, 'uninstall-fails', what, 'uninstall')) {
    return;
  }
  const own = classifyRun(await layout.trigger(['uninstall', context.name], layout.cwd), layout);
  const ownWhat = `plugn trigger uninstall ${context.name}`;
  if (context.judge(own, ownWhat, 'uninstall', { failureReported: true })) {
    runFailed(context, own, 'uninstall-fails', ownWhat, 'uninstall');
  }
}
