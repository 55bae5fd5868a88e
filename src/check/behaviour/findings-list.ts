import type { Finding } from '../finding.js';
import type { Outcome } from './run-outcome.js';

const NOT_CHECKED_FIX = "run the plugin's integration tests against a real Dokku for these";

/**
 * The behavioural findings of one check, without duplicates. Runs the double cannot judge are gathered
 * per missing piece into one "not checked" line each, so a plugin whose commands all need docker gets
 * one info line rather than one per command.
 */
export class FindingsList {
  private readonly findings = new Map<string, Finding>();
  private readonly notChecked = new Map<string, Set<string>>();

  /** `onePerFile`: the same defect seen through several runs of one file is reported once. */
  add(finding: Finding, onePerFile = false): void {
    const key = `${finding.id}\0${finding.file ?? ''}\0${onePerFile ? '' : finding.message}`;
    if (!this.findings.has(key)) {
      this.findings.set(key, finding);
    }
  }

  notCheckedBecause(needs: string, what: string): void {
    const runs = this.notChecked.get(needs) ?? new Set<string>();
    runs.add(what);
    this.notChecked.set(needs, runs);
  }

  /** Records why the run proves nothing and says so; false when it can be judged. */
  unverifiable(outcome: Outcome, what: string): boolean {
    if (outcome.ran.timedOut) {
      this.notCheckedBecause('a run that ends within 30 s (it timed out, perhaps waiting for a service)', what);
      return true;
    }
    if (outcome.needs.length === 0) {
      return false;
    }
    this.notCheckedBecause(outcome.needs.join(' and '), what);
    return true;
  }

  all(): Finding[] {
    const skipped: Finding[] = [...this.notChecked].map(([needs, runs]) => ({
      id: 'not-checked',
      severity: 'info',
      message: `not checked: needs ${needs}: ${[...runs].sort().join(', ')}`,
      fix: NOT_CHECKED_FIX,
    }));
    return [...this.findings.values(), ...skipped];
  }
}

/** The first few lines of what a run printed, for a message. */
export function excerpt(output: string, lines = 2): string {
  const shown = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, lines)
    .join(' / ');
  return shown === '' ? '(nothing)' : `"${shown.length > 160 ? `${shown.slice(0, 157)}...` : shown}"`;
}
