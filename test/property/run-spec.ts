import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from '../support/paths.js';
import type { Ran } from '../support/run.js';
import type { Spec } from './arbitraries.js';
import { RawBytes, type Word } from './text.js';

/** Every byte of a word as `\xNN`, for bash's printf: the only way to hand a program argv that is not UTF-8. */
function hexWord(word: Word): string {
  const bytes = typeof word === 'string' ? [...Buffer.from(word, 'utf8')] : word.bytes;
  return bytes.map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}

/**
 * Runs the generator's command line with stdin closed and CI set, as a script in CI would. The words go
 * through bash's printf so that raw bytes reach the program unchanged.
 */
export function runGenerator(words: Word[], cwd: string, timeout = 60_000): Ran {
  const script = 'node=$1 bin=$2; shift 2; args=(); for h in "$@"; do printf -v w "$h"; args+=("$w"); done; exec "$node" "$bin" "${args[@]}"';
  const result = spawnSync('bash', ['-c', script, 'generate', process.execPath, BIN, ...words.map(hexWord)], {
    cwd, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' },
  });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}${result.stderr}`, signal: result.signal };
}

/** One word for a POSIX shell: single quotes, or `$'…'` when it holds bytes that are not UTF-8. */
export function shellWord(word: Word): string {
  if (word instanceof RawBytes) {
    return `$'${word.bytes.map((byte) => (byte >= 0x20 && byte < 0x7f && byte !== 0x27 && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)).join('')}'`;
  }
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Where a spec runs: `work` is the generator's cwd, `target` its --directory, `root` holds everything we watch. */
export interface Workspace {
  root: string;
  work: string;
  target: string;
  /** The --directory word, relative to `work`. */
  directoryWord: string;
  /** Shell lines that recreate the setup, for a reproducer. */
  setup: string[];
}

export function makeWorkspace(spec: Spec): Workspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'prop-'));
  const work = path.join(root, 'work');
  mkdirSync(work);
  const setup: string[] = [];
  let directoryWord = 'out';
  if (spec.directory.kind === 'empty') {
    directoryWord = '';
  } else if (spec.directory.kind === 'file' || spec.directory.kind === 'below-file') {
    writeFileSync(path.join(work, 'afile'), 'mine\n');
    setup.push('echo mine > afile');
    directoryWord = spec.directory.kind === 'file' ? 'afile' : 'afile/sub';
  }
  return { root, work, target: path.join(work, directoryWord), directoryWord, setup };
}

export function removeWorkspace(workspace: Workspace): void {
  rmSync(workspace.root, { recursive: true, force: true });
}

/** The full argv of a spec's run. */
export function specWords(spec: Spec, workspace: Workspace): Word[] {
  return [...specArgs(spec), '--no-git', `--directory=${workspace.directoryWord}`];
}

/** A command line to paste into a shell at the checkout's root that makes the same run in a fresh directory. */
export function reproducer(spec: Spec): string {
  const directory = { out: '"$D/out"', empty: "''", file: '"$D/afile"', 'below-file': '"$D/afile/sub"' }[spec.directory.kind];
  const setup = spec.directory.kind === 'file' || spec.directory.kind === 'below-file' ? ' && echo mine > "$D/afile"' : '';
  return `D=$(mktemp -d)${setup} && CI=true npm run generate -- ${specArgs(spec).map(shellWord).join(' ')} --no-git --directory=${directory} </dev/null`;
}

/** The generator's argv for a spec, every value as `--flag=VALUE` so that values starting with `-` stay values. */
export function specArgs(spec: Spec): Word[] {
  const args: Word[] = [spec.name, '--yes'];
  const put = (flag: string, value: Word | undefined) => {
    if (value !== undefined) {
      args.push(typeof value === 'string' ? `--${flag}=${value}` : new RawBytes([...Buffer.from(`--${flag}=`), ...value.bytes]));
    }
  };
  if (spec.kind === 'addon') {
    args.push('--kind=addon');
    put('description', spec.description);
    if (spec.scheme !== '') {
      put('scheme', spec.scheme);
    }
    if (spec.perApp) {
      args.push('--per-app');
    }
    if (!spec.dumpRestore) {
      args.push('--no-dump-restore');
    }
  } else {
    args.push(`--lang=${spec.lang}`);
    put('description', spec.description);
    put('author', spec.author);
    put('plugin-version', spec.version);
    spec.commands.forEach((line) => put('command', line));
    spec.triggers.forEach((trigger) => put('trigger', trigger));
    spec.properties.forEach((entry) => put('property', entry));
    put('default-command', spec.defaultCommand);
  }
  return [...args, ...spec.extra];
}
