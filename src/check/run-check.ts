import { behaviourFindings } from './behaviour/index.js';
import type { Finding, Severity } from './finding.js';
import { staticFindings } from './static-checks.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in the order every format shows them: by file (plugin-wide ones first), line, severity, id. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)
    || RANK[a.severity] - RANK[b.severity] || a.id.localeCompare(b.id));
}

/**
 * A run that fails because of a defect the static checks already name in the same file says nothing new:
 * one defect, one finding. Behavioural id → the static id it restates.
 */
const RESTATES: Record<string, string> = {
  'trace-not-supported': 'script-no-trace',
  'bash-error': 'bash-syntax',
  'missing-app-bash-error': 'bash-syntax',
};

/** The static checks and the behavioural ones (through the Dokku double) on one plugin directory. */
export async function checkPlugin(pluginDir: string): Promise<Finding[]> {
  const [fromFiles, fromRuns] = await Promise.all([staticFindings(pluginDir), behaviourFindings(pluginDir)]);
  const named = new Set(fromFiles.map((finding) => `${finding.id} ${finding.file ?? ''}`));
  const news = fromRuns.filter((finding) => !named.has(`${RESTATES[finding.id] ?? ''} ${finding.file ?? ''}`));
  return sortFindings([...fromFiles, ...news]);
}

export type Counts = Record<Severity, number>;

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    counts[finding.severity] += 1;
  }
  return counts;
}

/** Errors always fail a check; warnings only with --strict; info never. */
export function checkPassed(counts: Counts, strict: boolean): boolean {
  return counts.error === 0 && (!strict || counts.warning === 0);
}
