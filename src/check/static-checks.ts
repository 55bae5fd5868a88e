import type { Finding } from './finding.js';
import { layoutFindings } from './layout-checks.js';
import { walkPlugin } from './plugin-tree.js';
import { scriptFindings } from './script-checks.js';
import { tomlFindings } from './toml-checks.js';

/** Everything `check` can tell from the plugin's files without running them. */
export async function staticFindings(pluginDir: string): Promise<Finding[]> {
  const tree = walkPlugin(pluginDir);
  return [...tomlFindings(tree), ...layoutFindings(tree), ...(await scriptFindings(tree))];
}
