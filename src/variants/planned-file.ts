/** One file of the output: which template renders it, where it lands, and its mode. */
export interface PlannedFile {
  /** Relative to templates/: `common/README.md`, `bash/commands`. */
  template: string;
  /** Relative to the plugin's directory. */
  destination: string;
  mode: 0o755 | 0o644;
  /** Extra template data, such as the command a shim is for. */
  data?: Record<string, unknown>;
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
