import type { CheckContext } from './check-context.js';
import { classifyRun } from './run-outcome.js';

/** `DOKKU_TRACE=1` (what `dokku --trace` exports) must make the plugin trace what it runs. */
export async function checkTraceOnRequest(context: CheckContext): Promise<void> {
  const command = `${context.name}:help`;
  const file = context.fileFor(command);
  const layout = context.session.layout();
  const outcome = classifyRun(await layout.direct(file, [command], { DOKKU_TRACE: '1' }), layout);
  if (!context.judge(outcome, `DOKKU_TRACE=1 dokku ${command}`, file, { traceRequested: true })) {
    return;
  }
  if (!outcome.traced) {
    context.findings.add({
      id: 'trace-not-supported',
      severity: 'warning',
      message: `\`DOKKU_TRACE=1 dokku ${command}\` prints no trace: \`dokku --trace\` cannot show what the plugin does`,
      fix: 'add [[ -n "${DOKKU_TRACE:-}" ]] && set -x after set -eo pipefail in every script',
      file,
    });
  }
}
