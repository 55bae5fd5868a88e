/** How much a finding matters: errors fail `check`, warnings fail it with --strict, info never does. */
export type Severity = 'error' | 'warning' | 'info';

/** One thing `check` found in a plugin: a stable id, what is wrong and the one-line fix. */
export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  fix: string;
  /** Relative to the plugin directory. */
  file?: string;
  line?: number;
}
