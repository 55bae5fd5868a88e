import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Finding, Severity } from './finding.js';
import { isBashScript, outsidePluginCode, type PluginTree, type TreeEntry } from './plugin-tree.js';

const run = promisify(execFile);

/** Failed runs of execFile carry the process's output and exit code. */
interface RunFailure {
  code?: number | string;
  stdout?: string;
  stderr?: string;
}

/** Every bash script of the plugin's own code; links are checked once, through their target. */
export function bashScripts(tree: PluginTree): TreeEntry[] {
  return tree.entries.filter((entry) => !entry.link && !outsidePluginCode(entry.path) && isBashScript(tree, entry));
}

async function syntaxFinding(tree: PluginTree, script: TreeEntry): Promise<Finding[]> {
  try {
    // `--`: a library may be named like an option (`-x-functions`).
    await run('bash', ['-n', '--', script.path], { cwd: tree.root });
    return [];
  } catch (error) {
    const stderr = String((error as RunFailure).stderr ?? '');
    const first = stderr.split('\n').find((line) => line.trim() !== '') ?? 'bash -n failed';
    const finding: Finding = { id: 'bash-syntax', severity: 'error', file: script.path, message: `bash cannot parse it: ${first.replace(`${script.path}: `, '')}`, fix: 'correct the syntax bash -n reports at that line' };
    const line = /line (\d+):/.exec(first)?.[1];
    if (line !== undefined) {
      finding.line = Number(line);
    }
    return [finding];
  }
}

interface ShellcheckComment {
  file: string;
  line: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

/**
 * Notes about what shellcheck itself could not follow (a `source` path only known at run time, such as
 * `$PLUGIN_CORE_AVAILABLE_PATH/common/functions`): true of nearly every Dokku plugin and no defect in it.
 */
const CANNOT_FOLLOW = [1090, 1091];

function severityOf(comment: ShellcheckComment): Severity {
  if (CANNOT_FOLLOW.includes(comment.code)) {
    return 'info';
  }
  return comment.level === 'error' || comment.level === 'warning' ? comment.level : 'info';
}

async function shellcheckFindings(tree: PluginTree, scripts: TreeEntry[]): Promise<Finding[]> {
  if (scripts.length === 0) {
    return [];
  }
  let stdout: string;
  try {
    ({ stdout } = await run('shellcheck', ['--format=json1', '--shell=bash', '--severity=style', '--', ...scripts.map((script) => script.path)], { cwd: tree.root, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const failure = error as RunFailure;
    if (failure.code === 'ENOENT') {
      return [{ id: 'shellcheck-missing', severity: 'info', message: 'not checked: needs shellcheck, which is not installed, to lint the scripts', fix: 'install shellcheck (apt-get install shellcheck, brew install shellcheck, or https://github.com/koalaman/shellcheck#installing) and run check again' }];
    }
    stdout = String(failure.stdout ?? '');
    if (stdout.trim() === '') {
      return [{ id: 'shellcheck-failed', severity: 'warning', message: `shellcheck could not run: ${String(failure.stderr ?? '').trim()}`, fix: 'run shellcheck on the plugin\'s scripts by hand to see why' }];
    }
  }
  const { comments } = JSON.parse(stdout) as { comments: ShellcheckComment[] };
  return comments.map((comment) => ({
    id: `shellcheck-SC${comment.code}`,
    severity: severityOf(comment),
    file: comment.file,
    line: comment.line,
    message: `shellcheck: ${comment.message}`,
    fix: `see https://www.shellcheck.net/wiki/SC${comment.code}`,
  }));
}

/** The author's own exclusions: not wrong, but worth a look, since each hides a class of bugs. */
function disabledChecks(script: TreeEntry, text: string): Finding[] {
  return text.split('\n').flatMap((line, index) => {
    const codes = /^\s*#\s*shellcheck\s+(?:\S+\s+)*disable=([A-Za-z0-9,-]+)/.exec(line)?.[1];
    return codes === undefined ? [] : [{ id: 'shellcheck-disable', severity: 'info' as const, file: script.path, line: index + 1, message: `the script turns off shellcheck's ${codes.split(',').join(', ')} here`, fix: 'fix what the check reports (usually quoting) and remove the directive' }];
  });
}

const PIPEFAIL = /^set\s+(-[a-zA-Z]+\s+)*(-[a-zA-Z]*o\s+pipefail|-o\s+pipefail)\b/m;
const TRACE = /\$\{?DOKKU_TRACE\b/;
// A `source` (or `.`) line; what it reads is told by the path segments on it.
const SOURCED = /^\s*(?:source|\.)\s+(.+)$/gm;

/**
 * Dokku's common/functions opens with pipefail and the DOKKU_TRACE line, and so may a plugin's own
 * library: a script sourcing one of them has its header through it.
 */
function headerOf(tree: PluginTree, text: string, depth = 0): { pipefail: boolean; trace: boolean } {
  const header = { pipefail: PIPEFAIL.test(text), trace: TRACE.test(text) };
  for (const match of text.matchAll(SOURCED)) {
    const line = match[1] as string;
    if (/\bcommon\/functions\b/.test(line)) {
      return { pipefail: true, trace: true };
    }
    const names = [...line.matchAll(/\/([A-Za-z0-9_.-]+)/g)].map((segment) => segment[1]);
    const own = tree.entries.find((entry) => !entry.path.includes('/') && names.includes(entry.name) && !entry.directory && !entry.broken);
    if (own !== undefined && depth < 3) {
      const inherited = headerOf(tree, readFileSync(path.join(tree.root, own.path), 'utf8'), depth + 1);
      header.pipefail ||= inherited.pipefail;
      header.trace ||= inherited.trace;
    }
  }
  return header;
}

/**
 * The scripts Dokku runs directly: commands, each subcommand, each trigger at the root, an add-on's scripts.
 * Names with an extension (`setup.sh`) are the author's helpers: Dokku never runs a file by such a name.
 */
function isEntryScript(entry: TreeEntry): boolean {
  return entry.executable && !entry.name.includes('.') && !entry.name.endsWith('-functions') && entry.name !== 'functions'
    && (entry.path === 'commands' || /^subcommands\/[^/]+$/.test(entry.path) || !entry.path.includes('/'));
}

function headerFindings(tree: PluginTree, script: TreeEntry, text: string): Finding[] {
  if (!isEntryScript(script)) {
    return [];
  }
  const header = headerOf(tree, text);
  const findings: Finding[] = [];
  if (!header.pipefail) {
    findings.push({ id: 'script-no-pipefail', severity: 'warning', file: script.path, line: 1, message: 'the script never sets pipefail: a failing command inside a pipeline goes unnoticed', fix: 'add set -eo pipefail right after the shebang' });
  }
  if (!header.trace) {
    findings.push({ id: 'script-no-trace', severity: 'warning', file: script.path, line: 1, message: 'the script ignores DOKKU_TRACE: `dokku --trace` shows nothing of it', fix: 'add [[ $DOKKU_TRACE ]] && set -x after set -eo pipefail' });
  }
  return findings;
}

/**
 * Each bash script of the plugin: bash -n, shellcheck (when installed) in one run over all of them, the
 * author's disable directives, and the header of every script Dokku runs directly.
 */
export async function scriptFindings(tree: PluginTree): Promise<Finding[]> {
  const scripts = bashScripts(tree);
  const texts = new Map(scripts.map((script) => [script, readFileSync(path.join(tree.root, script.path), 'utf8')]));
  const [syntax, linted] = await Promise.all([
    Promise.all(scripts.map((script) => syntaxFinding(tree, script))),
    shellcheckFindings(tree, scripts),
  ]);
  // shellcheck's parse errors on a file bash cannot parse say the same thing again, less clearly.
  const unparsed = new Set(syntax.flat().map((finding) => finding.file));
  const own = scripts.flatMap((script) => [...disabledChecks(script, texts.get(script) as string), ...headerFindings(tree, script, texts.get(script) as string)]);
  return [...syntax.flat(), ...linted.filter((finding) => !unparsed.has(finding.file)), ...own];
}
