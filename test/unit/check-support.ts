import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A file's text, an executable script's text, or a symbolic link's target. */
export type TreeSpec = Record<string, string | { exec: string } | { link: string } | { dir: true }>;

/** A throwaway directory named `name` holding `files`; plain files get mode 0644, `exec` ones 0755. */
export function writeTree(files: TreeSpec, name = 'dokku-sample'): string {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-unit-')), name);
  mkdirSync(root);
  for (const [relative, spec] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof spec === 'string') {
      writeFileSync(full, spec);
      chmodSync(full, 0o644);
    } else if ('exec' in spec) {
      writeFileSync(full, spec.exec);
      chmodSync(full, 0o755);
    } else if ('link' in spec) {
      symlinkSync(spec.link, full);
    } else {
      mkdirSync(full, { recursive: true });
    }
  }
  return root;
}

/** A bash script with the header Dokku's own scripts have. */
export const HEADER = '#!/usr/bin/env bash\nset -eo pipefail\n[[ -n "${DOKKU_TRACE:-}" ]] && set -x\n';

/**
 * A bash `commands` file for a plugin named demo: `help` prints the namespace line (or, under
 * `help --all`, the lines in `all`), `demo:help` a usage, `cases` are more case branches, and every
 * other command exits 10.
 */
export function demoCommands(options: { all?: string[]; cases?: string; before?: string; help?: string; nameHelp?: string; fallback?: string } = {}): string {
  const all = (options.all ?? ['    demo:list, List things']).map((line) => `echo "${line}"`).join('; ');
  return `${HEADER}${options.before ?? ''}case "$1" in
  help)
    if [[ " $(tr '\\0' ' ' <"/proc/$PPID/cmdline" 2>/dev/null) " == *" --all "* ]]; then
      ${all}
    else
      ${options.help ?? 'echo "    demo, Demo plugin"'}
    fi
    ;;
  demo:help) ${options.nameHelp ?? 'echo "Usage: dokku demo[:COMMAND]"'} ;;
  demo:list) echo "nothing yet" ;;
${options.cases ?? ''}
  *) ${options.fallback ?? 'exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}"'} ;;
esac
`;
}
