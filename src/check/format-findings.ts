import path from 'node:path';
import type { Finding } from './finding.js';
import { checkPassed, countFindings, type Counts } from './run-check.js';

export const FORMATS = ['human', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckReport {
  /** The directory as the user named it, relative to where check runs or absolute. */
  directory: string;
  /** How the summary names the plugin: the directory, or its own name for the current one. */
  label: string;
  findings: Finding[];
  strict: boolean;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;

function summaryLine(report: CheckReport, counts: Counts): string {
  const verdict = checkPassed(counts, report.strict) ? 'check passed' : 'check failed';
  const strictNote = report.strict && counts.error === 0 && counts.warning > 0 ? ' (--strict: warnings fail)' : '';
  return `${report.label}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}; ${verdict}${strictNote}`;
}

/** Grouped by file, each finding with its line, severity, message, id and fix; then one summary line. */
function human(report: CheckReport): string {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const key = finding.file ?? '(whole plugin)';
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const lines: string[] = [];
  for (const [file, findings] of groups) {
    lines.push(file);
    for (const finding of findings) {
      const where = finding.line === undefined ? '' : `line ${finding.line}: `;
      lines.push(`  ${finding.severity.padEnd(7)} ${where}${finding.message} [${finding.id}]`, `          fix: ${finding.fix}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(report, countFindings(report.findings)));
  return `${lines.join('\n')}\n`;
}

function json(report: CheckReport): string {
  const counts = countFindings(report.findings);
  return `${JSON.stringify({ directory: report.directory, passed: checkPassed(counts, report.strict), strict: report.strict, counts, findings: report.findings }, null, 2)}\n`;
}

// GitHub's workflow commands end a value at a newline, and a property at a comma or colon.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error`/`::warning`/`::notice` workflow command per finding, which GitHub shows on the pull
 * request's lines. Annotation paths are relative to the repository checkout, which is where CI runs check.
 */
function github(report: CheckReport, cwd: string): string {
  const commands = report.findings.map((finding) => {
    const level = finding.severity === 'info' ? 'notice' : finding.severity;
    const properties = [
      ...(finding.file === undefined ? [] : [`file=${escapeProperty(path.relative(cwd, path.resolve(cwd, report.directory, finding.file)).split(path.sep).join('/'))}`]),
      ...(finding.line === undefined ? [] : [`line=${finding.line}`]),
      `title=${escapeProperty(finding.id)}`,
    ];
    return `::${level} ${properties.join(',')}::${escapeData(`${finding.message}. Fix: ${finding.fix}`)}`;
  });
  return `${[...commands, summaryLine(report, countFindings(report.findings))].join('\n')}\n`;
}

export function formatReport(report: CheckReport, format: Format, cwd = process.cwd()): string {
  return format === 'json' ? json(report) : format === 'github' ? github(report, cwd) : human(report);
}
