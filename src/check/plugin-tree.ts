import { closeSync, existsSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/** One file, link or folder of a plugin, as `check` sees it. */
export interface TreeEntry {
  /** Relative to the plugin directory, with `/` separators. */
  path: string;
  name: string;
  /** The entry itself is a symbolic link. */
  link: boolean;
  /** A link whose target does not exist. */
  broken: boolean;
  /** What the entry (or a link's target) is. */
  directory: boolean;
  /** Some execute bit is set on the entry (or a link's target): Dokku and plugn run it with `-x`. */
  executable: boolean;
  /** Where a link points, relative to the plugin directory, when it stays inside it. */
  target?: string;
}

/** A plugin directory, walked once for every static check. */
export interface PluginTree {
  root: string;
  /** An add-on of Dokku's add-ons plugin (its scripts are not triggers), or a plugin. */
  kind: 'plugin' | 'addon';
  entries: TreeEntry[];
}

/**
 * Folders never walked: version control and installed dependencies are not the plugin's code, and a
 * dependency tree can be large enough to slow every check down.
 */
const NOT_WALKED = ['.git', 'node_modules'];

function entryAt(root: string, relative: string): TreeEntry {
  const full = path.join(root, relative);
  const own = lstatSync(full);
  const entry: TreeEntry = { path: relative, name: path.basename(relative), link: own.isSymbolicLink(), broken: false, directory: own.isDirectory(), executable: (own.mode & 0o111) !== 0 };
  if (entry.link) {
    const resolved = path.resolve(path.dirname(full), readlinkSync(full));
    const inside = path.relative(root, resolved);
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
      entry.target = inside.split(path.sep).join('/');
    }
    try {
      const followed = statSync(full);
      entry.directory = followed.isDirectory();
      entry.executable = (followed.mode & 0o111) !== 0;
    } catch {
      entry.broken = true;
      entry.executable = false;
    }
  }
  return entry;
}

/** Every entry below the plugin directory, outside .git and node_modules; links to folders are not followed. */
export function walkPlugin(root: string): PluginTree {
  const entries: TreeEntry[] = [];
  const visit = (relative: string) => {
    for (const name of readdirSync(path.join(root, relative)).sort()) {
      const child = relative === '' ? name : `${relative}/${name}`;
      const entry = entryAt(root, child);
      entries.push(entry);
      if (entry.directory && !entry.link && !NOT_WALKED.includes(name)) {
        visit(child);
      }
    }
  };
  visit('');
  const rootFile = (name: string) => entries.some((entry) => entry.path === name && !entry.directory);
  const kind = !rootFile('plugin.toml') && rootFile('provision') && rootFile('url') ? 'addon' : 'plugin';
  return { root, kind, entries };
}

/** Why DIR cannot be checked, or undefined when it looks like a plugin or an add-on. */
export function notAPluginProblem(directory: string): string | undefined {
  if (!existsSync(directory)) {
    return `${directory} does not exist; give the plugin's directory, or run check inside it`;
  }
  if (!statSync(directory).isDirectory()) {
    return `${directory} is a file, not a directory; give the plugin's directory (the one holding plugin.toml)`;
  }
  const has = (name: string) => existsSync(path.join(directory, name));
  if (has('plugin.toml') || has('commands') || has('subcommands') || (has('provision') && has('url'))) {
    return undefined;
  }
  return `${directory} is not a Dokku plugin: it has no plugin.toml, commands, subcommands/ or add-on scripts (provision, url); run check in the plugin's root directory`;
}

/** The first bytes of a file: enough for its shebang, and to tell a compiled binary from a script. */
export function fileHead(full: string, bytes = 4096): Buffer {
  const descriptor = openSync(full, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(descriptor, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

const BASH_SHEBANG = /^#!\s*(\/usr\/bin\/env\s+(-S\s+)?bash|\/(usr\/)?(local\/)?bin\/bash)(\s|$)/;

/**
 * A bash script: a text file whose shebang runs bash, or, at the root, a shebang-less library that Dokku's
 * conventions name `functions` or `*-functions` (scripts source them, so they are bash too).
 * Compiled binaries (a Go plugin's built `commands`) are not.
 */
export function isBashScript(tree: PluginTree, entry: TreeEntry): boolean {
  if (entry.directory || entry.broken || entry.name.endsWith('.bats')) {
    return false;
  }
  const head = fileHead(path.join(tree.root, entry.path));
  if (head.includes(0)) {
    return false;
  }
  const firstLine = head.toString('utf8').split('\n')[0] ?? '';
  if (firstLine.startsWith('#!')) {
    return BASH_SHEBANG.test(firstLine);
  }
  return !entry.path.includes('/') && (entry.name === 'functions' || entry.name.endsWith('-functions'));
}

/** Has a `#!` first line, as any script plugn could run does. */
export function hasShebang(tree: PluginTree, entry: TreeEntry): boolean {
  return !entry.directory && !entry.broken && fileHead(path.join(tree.root, entry.path), 2).toString('latin1') === '#!';
}

/**
 * Folders whose files are not run by Dokku: tests and their doubles, vendored code, hidden folders (.github).
 * Their scripts are the author's tooling, not the plugin, and are not held to the plugin's rules.
 */
export function outsidePluginCode(relative: string): boolean {
  const folders = relative.split('/').slice(0, -1);
  return folders.some((folder) => folder.startsWith('.') || ['test', 'tests', 'spec', 'vendor', 'node_modules'].includes(folder));
}
