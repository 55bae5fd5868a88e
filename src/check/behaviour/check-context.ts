import { statSync } from 'node:fs';
import path from 'node:path';
import type { CheckSession } from './dokku-layout.js';
import { excerpt, type FindingsList } from './findings-list.js';
import type { Outcome } from './run-outcome.js';

/** What every behavioural check works with: the session, the plugin's name and the findings so far. */
export class CheckContext {
  constructor(
    readonly session: CheckSession,
    readonly name: string,
    readonly findings: FindingsList,
  ) {}

  /** The plugin file the dispatcher double runs for `dokku COMMAND`, for the findings' file field. */
  fileFor(command: string): string {
    const candidates =
      command === this.name ? ['subcommands/default', `subcommands/${this.name}`] : command.startsWith(`${this.name}:`) ? [`subcommands/${command.slice(this.name.length + 1)}`] : [];
    for (const candidate of candidates) {
      if (isExecutableFile(path.join(this.session.master, candidate))) {
        return candidate;
      }
    }
    return 'commands';
  }

  /**
   * The rules every run is held to: no bash error, no trace without DOKKU_TRACE, and a failure says why
   * in Dokku's ` !     ` style. Returns false when the run cannot be judged at all.
   */
  judge(outcome: Outcome, what: string, file: string, options: { missingApp?: boolean; traceRequested?: boolean; failureReported?: boolean } = {}): boolean {
    if (this.findings.unverifiable(outcome, what)) {
      return false;
    }
    if (!options.traceRequested) {
      this.traceWithoutAsking(outcome, what, file);
    }
    if (outcome.bashErrors.length > 0) {
      this.findings.add({
        id: options.missingApp ? 'missing-app-bash-error' : 'bash-error',
        severity: 'error',
        message: `\`${what}\` fails with a bash error instead of a message: ${excerpt(outcome.bashErrors.join('\n'), 1)}`,
        fix: options.missingApp
          ? 'check the app first and fail with dokku_log_fail "Please specify an app to run the command on" (then verify_app_name "$APP")'
          : 'fix the script so that bash itself never reports an error; fail with dokku_log_fail and a reason',
        file,
      });
      return true;
    }
    if (outcome.silent) {
      this.findings.add({
        id: 'silent-failure',
        severity: 'error',
        message: `\`${what}\` exits ${String(outcome.ran.status)} without printing anything: the user cannot tell why it failed`,
        fix: 'fail with dokku_log_fail "REASON", which prints " !     REASON" on stderr',
        file,
      });
    } else if (outcome.failed && !outcome.saysWhy && !options.failureReported) {
      this.findings.add({
        id: 'failure-not-dokku-style',
        severity: 'warning',
        message: `\`${what}\` exits ${String(outcome.ran.status)} and prints ${excerpt(outcome.output)} but no Dokku-style " !     " line`,
        fix: 'report failures with dokku_log_fail (bash) or a " !     " line on stderr (Go)',
        file,
      });
    }
    return true;
  }

  traceWithoutAsking(outcome: Outcome, what: string, file: string): void {
    if (outcome.traced) {
      this.findings.add({
        id: 'trace-always-on',
        severity: 'error',
        message: `\`${what}\` prints a trace without DOKKU_TRACE set: every user sees the plugin's shell lines`,
        fix: 'turn tracing on only when asked: [[ -n "${DOKKU_TRACE:-}" ]] && set -x',
        file,
      }, true);
    }
  }
}

export function isExecutableFile(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && stat.isFile() && (stat.mode & 0o111) !== 0;
}
