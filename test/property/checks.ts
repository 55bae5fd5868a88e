import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import TOML from '@iarna/toml';
import { DokkuHost } from '../support/dokku-host.js';
import { run, type Ran } from '../support/run.js';
import { entriesBelow } from '../support/tree-files.js';

/** Every file below dir (not .git) with its bytes and mode, to tell whether anything was written. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) {
    return files;
  }
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = path.join(sub, entry.name);
      const full = path.join(dir, relative);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') {
          files.set(`${relative}/`, (lstatSync(full).mode & 0o777).toString(8));
          walk(relative);
        }
      } else {
        files.set(relative, `${(lstatSync(full).mode & 0o777).toString(8)} ${entry.isFile() ? readFileSync(full, 'base64') : 'link'}`);
      }
    }
  };
  walk('');
  return files;
}

/** Which paths differ between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}

/** Every script of a tree: a file starting with a `#!` line, or any executable file that is not a binary. */
export function scripts(root: string): string[] {
  return entriesBelow(root).filter((full) => {
    if (!lstatSync(full).isFile()) {
      return false;
    }
    const head = readFileSync(full).subarray(0, 4);
    const executable = (lstatSync(full).mode & 0o111) !== 0;
    const binary = head.toString('latin1') === '\x7fELF';
    return !binary && (head.subarray(0, 2).toString() === '#!' || executable);
  });
}

/** Problems `bash -n` and shellcheck (every check, none excluded) find in the scripts of a tree. */
export function shellProblems(root: string): string[] {
  const files = scripts(root);
  const problems: string[] = [];
  for (const file of files.filter((candidate) => !candidate.endsWith('.bats'))) {
    const parsed = run('bash', ['-n', file]);
    if (parsed.status !== 0) {
      problems.push(`bash -n ${path.relative(root, file)}: ${parsed.stderr.trim()}`);
    }
  }
  const checked = run('shellcheck', ['--format=gcc', ...files], { cwd: root });
  if (checked.status !== 0) {
    problems.push(`shellcheck:\n${(checked.stdout + checked.stderr).trim().split('\n').slice(0, 20).join('\n')}`);
  }
  return problems;
}

/** plugin.toml parses, with the given (trimmed) description and version. */
export function pluginTomlProblems(root: string, description: string | undefined, version: string): string[] {
  try {
    const parsed = TOML.parse(readFileSync(path.join(root, 'plugin.toml'), 'utf8')) as { plugin?: { description?: unknown; version?: unknown } };
    const problems: string[] = [];
    if (description !== undefined && parsed.plugin?.description !== description) {
      problems.push(`plugin.toml description ${JSON.stringify(parsed.plugin?.description)} is not ${JSON.stringify(description)}`);
    }
    if (parsed.plugin?.version !== version) {
      problems.push(`plugin.toml version ${JSON.stringify(parsed.plugin?.version)} is not ${JSON.stringify(version)}`);
    }
    return problems;
  } catch (error) {
    return [`plugin.toml does not parse: ${(error as Error).message}`];
  }
}

function failed(label: string, ran: Ran): string[] {
  return ran.status === 0 ? [] : [`${label} exited ${ran.status}:\n${ran.output.trim().split('\n').slice(-25).join('\n')}`];
}

/** Go: the binaries build (as the install trigger builds them), `go build`, `go vet`, `gofmt -l` and `go test` are clean. */
export function goProblems(root: string): string[] {
  const options = { cwd: root, timeout: 300_000 };
  const problems = [
    ...failed('scripts/build', run('bash', ['scripts/build'], options)),
    ...failed('go build ./...', run('go', ['build', './...'], options)),
    ...failed('go vet ./...', run('go', ['vet', './...'], options)),
  ];
  const formatted = run('gofmt', ['-l', '.'], options);
  if (formatted.stdout.trim() !== '' || formatted.status !== 0) {
    problems.push(`gofmt -l lists: ${formatted.output.trim()}`);
  }
  problems.push(...failed('go test ./...', run('go', ['test', './...'], options)));
  return problems;
}

/** The plugin's own `make lint unit-tests`, as its author runs them. */
export function makeProblems(root: string): string[] {
  return failed('make lint unit-tests', run('make', ['lint', 'unit-tests'], { cwd: root, timeout: 300_000 }));
}

/** Files named like the canary that input text would create if any of it ran as shell code. */
export function canaries(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === 'pwned') {
        found.push(full);
      }
      if (entry.isDirectory() && !entry.isSymbolicLink()) {
        walk(full);
      }
    }
  };
  walk(root);
  return found;
}

/** Runs `dokku ARGS` through the plugin's own dispatcher double, with the plugin enabled and an app `web`; cwd is `cwd`. */
export function hostFor(pluginDir: string, name: string, cwd: string): { dokku: (args: string[]) => Ran; root: string } {
  const host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable(name, pluginDir).createApp('web');
  const dokku = (args: string[]) => run('bash', [path.join(pluginDir, 'tests/support/dokku-double'), ...args], { env: host.env(), cwd, timeout: 60_000 });
  return { dokku, root: host.root };
}

/** Signs of a script that broke rather than refused: syntax errors, missing functions, unset variables. */
export function brokenShell(ran: Ran): string | undefined {
  const match = /syntax error|command not found|unbound variable|bad substitution|No such file or directory|panic:/.exec(ran.stderr);
  return match ? `${match[0]}: ${ran.stderr.trim().split('\n').slice(0, 5).join('\n')}` : undefined;
}
