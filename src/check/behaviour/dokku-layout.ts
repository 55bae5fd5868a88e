import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../package-root.js';
import { runAsync, type Ran } from './run-async.js';
import { snapshotTree, type TreeSnapshot } from './tree-snapshot.js';

/**
 * Tools a plugin may call that the double cannot stand in for. Each is replaced by a stub that records
 * the call and fails, so the run is reported as "not checked: needs …" instead of touching the host.
 */
const UNAVAILABLE_TOOLS = ['docker', 'sigil', 'dokku', 'sudo', 'apt-get', 'apt', 'systemctl', 'service', 'curl', 'wget'];

/** The dispatcher double and core-plugin stubs every generated plugin ships in tests/support/. */
export function doubleDirectory(): string {
  return path.join(packageRoot(), 'templates', 'common', 'tests', 'support');
}

/**
 * One check run: a scratch directory with a copy of the plugin (never the author's own files, which an
 * install trigger or a command could change) and the tool stubs, from which throwaway layouts are made.
 */
export class CheckSession {
  readonly base = mkdtempSync(path.join(os.tmpdir(), 'dokku-plugin-check-'));
  readonly stubs = path.join(this.base, 'stubs');
  readonly master: string;
  private layouts = 0;
  private readonly group = spawnSync('id', ['-gn'], { encoding: 'utf8' }).stdout.trim();

  constructor(
    readonly pluginDir: string,
    readonly name: string,
  ) {
    mkdirSync(this.stubs);
    for (const tool of UNAVAILABLE_TOOLS) {
      const stub = path.join(this.stubs, tool);
      writeFileSync(
        stub,
        '#!/usr/bin/env bash\n' +
          'printf \'%s\\n\' "${0##*/}" >>"${CHECK_NEEDS_FILE:-/dev/null}"\n' +
          'echo "check: ${0##*/} is not available in the Dokku double" >&2\n' +
          'exit 1\n',
      );
      chmodSync(stub, 0o755);
    }
    this.master = path.join(this.base, 'plugin');
    cpSync(pluginDir, this.master, {
      recursive: true,
      verbatimSymlinks: true,
      preserveTimestamps: true,
      filter: (source) => !['.git', 'node_modules'].includes(path.basename(source)),
    });
  }

  /**
   * A fresh Dokku layout with the plugin enabled. Layouts share the copy through hard links (cheap);
   * `ownCopy` gives a real copy, for install triggers that may rewrite files in place.
   */
  layout(ownCopy = false): DokkuLayout {
    const root = path.join(this.base, `layout-${++this.layouts}`);
    mkdirSync(path.join(root, 'plugins', 'available'), { recursive: true });
    mkdirSync(path.join(root, 'plugins', 'enabled'));
    const copied = spawnSync('cp', [ownCopy ? '-a' : '-al', this.master, path.join(root, 'plugins', 'available', this.name)]);
    if (copied.status !== 0) {
      throw new Error(`could not copy the plugin into a temporary Dokku layout: ${String(copied.stderr)}`);
    }
    symlinkSync(path.join('..', 'available', this.name), path.join(root, 'plugins', 'enabled', this.name));
    for (const directory of ['home', 'lib', 'cwd', 'cwd-2', 'tmp']) {
      mkdirSync(path.join(root, directory));
    }
    return new DokkuLayout(root, this.name, this.stubs, this.group);
  }

  dispose(): void {
    rmSync(this.base, { recursive: true, force: true });
  }
}

export class DokkuLayout {
  readonly pluginPath: string;
  readonly pluginCopy: string;
  readonly home: string;
  readonly lib: string;
  readonly cwd: string;
  readonly cwd2: string;
  readonly coreDir = path.join(doubleDirectory(), 'core-plugins');
  private readonly needsFile: string;

  constructor(
    readonly root: string,
    readonly name: string,
    private readonly stubs: string,
    private readonly group: string,
  ) {
    this.pluginPath = path.join(root, 'plugins');
    this.pluginCopy = path.join(this.pluginPath, 'available', name);
    this.home = path.join(root, 'home');
    this.lib = path.join(root, 'lib');
    this.cwd = path.join(root, 'cwd');
    this.cwd2 = path.join(root, 'cwd-2');
    this.needsFile = path.join(root, 'needs');
  }

  createApp(app: string): void {
    mkdirSync(path.join(this.home, app), { recursive: true });
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: `${this.stubs}:${path.join(doubleDirectory(), 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: process.env.HOME ?? this.root,
      LANG: process.env.LANG ?? 'C.UTF-8',
      TMPDIR: path.join(this.root, 'tmp'),
      PLUGIN_PATH: this.pluginPath,
      PLUGIN_AVAILABLE_PATH: path.join(this.pluginPath, 'available'),
      PLUGIN_ENABLED_PATH: path.join(this.pluginPath, 'enabled'),
      PLUGIN_CORE_AVAILABLE_PATH: this.coreDir,
      DOKKU_ROOT: this.home,
      DOKKU_LIB_ROOT: this.lib,
      DOKKU_NOT_IMPLEMENTED_EXIT: '10',
      DOKKU_VALID_EXIT: '0',
      DOKKU_API_VERSION: '1',
      // Whoever runs the check owns the layout, so the double never switches user.
      DOKKU_SYSTEM_USER: os.userInfo().username,
      DOKKU_SYSTEM_GROUP: this.group,
      DOCKER_BIN: path.join(this.stubs, 'docker'),
      CHECK_NEEDS_FILE: this.needsFile,
      ...extra,
    };
    return env;
  }

  /** `dokku ARGS…` through the dispatcher double. */
  dokku(args: string[], extra: Record<string, string> = {}): Promise<Ran> {
    return this.fresh(() => runAsync('bash', [path.join(doubleDirectory(), 'dokku-double'), ...args], { env: this.env(extra), cwd: this.cwd }));
  }

  /** One file of the plugin run directly, as Dokku runs a commands file or a subcommand. */
  direct(file: string, args: string[], extra: Record<string, string> = {}): Promise<Ran> {
    return this.fresh(() => runAsync(path.join(this.pluginCopy, file), args, { env: this.env(extra), cwd: this.cwd }));
  }

  /**
   * `commands help` as `dokku help` (or `dokku help --all`) runs it: from a parent process whose command
   * line holds --all or not, which is how plugins tell the two kinds of help apart.
   */
  helpAs(file: string, all: boolean): Promise<Ran> {
    return this.fresh(() =>
      runAsync('bash', ['-c', '"$CHECK_HELP_FILE" help; exit "$?"', 'dokku', 'help', ...(all ? ['--all'] : [])], {
        env: this.env({ CHECK_HELP_FILE: path.join(this.pluginCopy, file) }),
        cwd: this.cwd,
      }),
    );
  }

  /** `plugn trigger NAME ARGS…` (the double's plugn), from the given working directory. */
  trigger(args: string[], cwd: string): Promise<Ran> {
    return this.fresh(() => runAsync('bash', [path.join(doubleDirectory(), 'bin', 'plugn'), 'trigger', ...args], { env: this.env(), cwd }));
  }

  /** The tools the last run called that only a real host has. */
  needs(): string[] {
    try {
      return [...new Set(readFileSync(this.needsFile, 'utf8').split('\n').filter((line) => line !== ''))];
    } catch {
      return [];
    }
  }

  /** Everything a command could change: apps, Dokku's data, the working directories and the plugin copy. */
  snapshot(withPlugin: boolean): TreeSnapshot {
    return snapshotTree(this.root, this.root, new Set(['tmp', 'needs', ...(withPlugin ? [] : ['plugins'])]));
  }

  private async fresh(start: () => Promise<Ran>): Promise<Ran> {
    rmSync(this.needsFile, { force: true });
    return start();
  }
}
