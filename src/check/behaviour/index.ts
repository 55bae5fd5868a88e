import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { CheckContext, isExecutableFile } from './check-context.js';
import { commandRunTasks } from './command-runs.js';
import { CheckSession } from './dokku-layout.js';
import { FindingsList } from './findings-list.js';
import { checkForeignCommand, checkForeignCommandCost, checkUnknownOwnCommand } from './foreign-command.js';
import { checkHelp, namespaceFromHelp } from './help-checks.js';
import { checkLifecycleTriggers } from './lifecycle-triggers.js';
import { guessPluginName, PLUGIN_NAME } from './plugin-name.js';
import { inPool } from './run-async.js';
import { checkTraceOnRequest } from './trace-checks.js';

/**
 * Runs the plugin in DIR through the dispatcher double, in throwaway Dokku layouts (never a real host),
 * and reports what a user of a real Dokku would notice. What the double cannot emulate is reported as
 * "not checked" (info), never as a failure.
 */
export async function behaviourFindings(pluginDir: string): Promise<Finding[]> {
  const commandsFile = path.join(pluginDir, 'commands');
  if (!existsSync(commandsFile) || !isExecutableFile(commandsFile)) {
    return [
      {
        id: 'not-checked',
        severity: 'info',
        message: `not checked: needs ${existsSync(commandsFile) ? 'an executable' : 'a'} commands file: without it Dokku's dispatcher has nothing to run (an add-on, or a Go plugin not built yet)`,
        fix: 'build the plugin first (for a generated Go plugin: make build), then run check again',
        file: 'commands',
      },
    ];
  }
  const guessed = guessPluginName(pluginDir);
  let session = new CheckSession(pluginDir, guessed.name);
  try {
    const findings = new FindingsList();
    let context = new CheckContext(session, guessed.name, findings);
    if (!guessed.fromFiles) {
      const namespace = await namespaceFromHelp(context);
      if (namespace !== undefined && namespace !== guessed.name && PLUGIN_NAME.test(namespace)) {
        session.dispose();
        session = new CheckSession(pluginDir, namespace);
        context = new CheckContext(session, namespace, findings);
      }
    }
    const commands = await checkHelp(context);
    const tasks: Array<() => Promise<void>> = [
      () => checkLifecycleTriggers(context),
      () => checkForeignCommand(context),
      () => checkUnknownOwnCommand(context),
      () => checkTraceOnRequest(context),
      ...commands.flatMap((command) => commandRunTasks(context, command)),
    ];
    await inPool(Math.max(2, os.availableParallelism() * 2), tasks);
    await checkForeignCommandCost(context);
    return findings.all();
  } finally {
    session.dispose();
  }
}
