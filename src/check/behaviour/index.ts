import type { Finding } from '../finding.js';

/** Placeholder until the behavioural checks land: the runner already awaits and combines what this returns. */
export async function behaviourFindings(_pluginDir: string): Promise<Finding[]> {
  return [];
}
