import { generate } from './generate.js';
import { run } from './run.js';
import type { Spec } from './specs.js';

/** Generates the plugin of a spec and, for Go, builds its binaries the way its install trigger does. */
export async function builtPlugin(spec: Spec & { language: string }): Promise<string> {
  const { pluginDir } = await generate({ args: [spec.name], options: spec.options });
  if (spec.language === 'go') {
    const built = run('bash', ['scripts/build'], { cwd: pluginDir, timeout: 300_000 });
    if (built.status !== 0) {
      throw new Error(`scripts/build failed:\n${built.output}`);
    }
  }
  return pluginDir;
}
