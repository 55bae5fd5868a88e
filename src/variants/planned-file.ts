/**
 * Who a file belongs to once written, which decides what adding commands or triggers later may do to it:
 * - generated: rewritten from the model, unless the author edited it (then it is a conflict);
 * - author: written once, never touched again (triggers, install, LICENSE, plugin.toml);
 * - sections: the author's file of command and trigger implementations; new ones are appended to it;
 * - regions: only the parts between `>>> generator-dokku-plugin` and `<<< generator-dokku-plugin` lines
 *   are rewritten, so the author may edit around them.
 */
export type Ownership = 'generated' | 'author' | 'sections' | 'regions';

/** One file of the output: which template renders it, where it lands, its mode and who owns it. */
export interface PlannedFile {
  /** Relative to templates/: `common/README.md`, `bash/commands`. */
  template: string;
  /** Relative to the plugin's directory. */
  destination: string;
  mode: 0o755 | 0o644;
  /** Extra template data, such as the command a shim is for. */
  data?: Record<string, unknown>;
  ownership: Ownership;
}

export const EXECUTABLE = 0o755;
export const REGULAR = 0o644;

/**
 * npm drops `.gitignore` from published packages and hides other dotfiles from some tools, so templates
 * spell a leading dot as `_`: `_github/workflows/ci.yml` is written as `.github/workflows/ci.yml`.
 */
export function outputPath(template: string): string {
  return template
    .split('/')
    .map((part) => (part.startsWith('_') && !part.startsWith('__') ? `.${part.slice(1)}` : part))
    .join('/');
}
