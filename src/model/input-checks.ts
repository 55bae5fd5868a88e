import { InputError, type InputProblem } from './input-error.js';
import { buildPluginModel, DEFAULTS, type ModelContext, type PluginInput } from './plugin-model.js';

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

/**
 * The problems one flag's value has, checked by the same model builder as the whole input, so a prompt
 * accepts exactly what the flag accepts. Returns true or the message to show under the prompt.
 */
export function checkField(flag: string, input: PluginInput, context: ModelContext): true | string {
  try {
    buildPluginModel({ name: 'placeholder', ...input }, context);
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) {
      throw error;
    }
    const own = error.problems.filter((problem) => problem.flag === flag);
    return own.length === 0 ? true : own.map((problem) => problem.message).join('; ');
  }
}
