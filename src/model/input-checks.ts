import type { InputProblem } from './input-error.js';
import { DEFAULTS, type PluginInput } from './plugin-model.js';

/** The flags that have no default without --yes; with --yes only the name has none. */
export function missingFlags(input: PluginInput, yes: boolean): InputProblem[] {
  const missing: InputProblem[] = [];
  if (input.name === undefined || input.name.trim() === '') {
    missing.push({ flag: '--name', message: 'required: give the plugin name as the first argument or with --name NAME' });
  }
  if (!yes && input.description === undefined) {
    missing.push({ flag: '--description', message: `required without --yes: --description "What the plugin does" (with --yes: "${DEFAULTS.description(input.name ?? '<name>')}")` });
  }
  return missing;
}
