import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Generator from 'yeoman-generator';
import { OPTIONS, optionKey } from '../../src/cli/options.js';
import { isInteractive } from '../../src/cli/interactivity.js';
import { promptForMissing } from '../../src/cli/questions.js';
import { missingFlags } from '../../src/model/input-checks.js';
import { InputError } from '../../src/model/input-error.js';
import { buildPluginModel, type PluginInput, type PluginModel } from '../../src/model/plugin-model.js';
import { BASH_TEMPLATE_FOLDER, bashPluginFiles } from '../../src/variants/bash.js';

const TEMPLATES = fileURLToPath(new URL('../../../templates', import.meta.url));

/**
 * `yo dokku-plugin`: flags and answers → one validated plugin model → the variant's files.
 * Helpers are #private: Yeoman runs every other method of the class as a task.
 */
export default class DokkuPluginGenerator extends Generator {
  private input: PluginInput = {};
  private model: PluginModel | undefined;

  constructor(args: string[], options: Record<string, unknown>) {
    super(args, options as never);
    this.argument('name', { type: String, required: false, description: 'Plugin name (same as --name)' });
    for (const spec of OPTIONS) {
      if (spec.flag === 'name') {
        continue;
      }
      this.option(spec.flag, {
        type: spec.type === 'boolean' ? Boolean : spec.multiple ? Array : String,
        description: spec.description,
      });
    }
  }

  async prompting(): Promise<void> {
    this.input = this.#inputFromOptions();
    const yes = this.#flag('yes') === true;
    if (yes || !isInteractive(this.#flag('interactive'))) {
      const missing = missingFlags(this.input, yes);
      if (missing.length > 0) {
        throw new InputError(missing);
      }
    } else {
      this.input = await promptForMissing(this.input, (questions) => this.prompt(questions as never), this.#context());
    }
    this.model = buildPluginModel(this.input, this.#context());
    for (const warning of this.model.warnings) {
      this.log(`warning: ${warning}`);
    }
  }

  configuring(): void {
    const model = this.model as PluginModel;
    const occupied = directoryEntries(model.directory).length > 0;
    if (occupied && this.#flag('force') !== true && !isInteractive(this.#flag('interactive'))) {
      throw new InputError([{
        flag: '--directory',
        message: `${model.directory} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
      }]);
    }
    this.destinationRoot(model.directory);
    this.sourceRoot(path.join(TEMPLATES, BASH_TEMPLATE_FOLDER));
  }

  writing(): void {
    const model = this.model as PluginModel;
    for (const file of bashPluginFiles(model)) {
      const destination = this.destinationPath(file.destination);
      this.renderTemplate(file.template, destination, { plugin: model, ...file.data });
      // Templates carry no reliable mode of their own (git and npm do not keep 0644 vs 0664), so set it.
      const rendered = this.fs.read(destination) as string;
      this.fs.write(destination, rendered, { stat: { mode: file.mode } as never });
    }
    this.fs.writeJSON(this.destinationPath('.yo-rc.json'), { 'generator-dokku-plugin': { input: this.input } });
  }

  end(): void {
    const model = this.model as PluginModel;
    const relative = path.relative(process.cwd(), model.directory) || '.';
    const where = relative.startsWith('..') ? model.directory : relative;
    this.log(`\nCreated dokku-${model.name} in ${where}. Next:`);
    this.log(`  cd ${where}`);
    this.log('  make lint unit-tests');
    this.log(`  sudo dokku plugin:install ${model.repository} --name ${model.name}   # once it is published`);
  }

  #flag(flag: string): unknown {
    const options = this.options as Record<string, unknown>;
    return options[flag] ?? options[optionKey(flag)];
  }

  #inputFromOptions(): PluginInput {
    const text = (flag: string): string | undefined => {
      const value = this.#flag(flag);
      return typeof value === 'string' ? value : undefined;
    };
    const list = (flag: string): string[] | undefined => {
      const value = this.#flag(flag);
      if (value === undefined) {
        return undefined;
      }
      // Yeoman wraps an Array-typed option once more when it is handed over already parsed.
      return [value].flat(Infinity).map(String);
    };
    const positional = this.#flag('name');
    return {
      name: typeof positional === 'string' ? positional : undefined,
      description: text('description'),
      author: text('author'),
      license: text('license'),
      pluginVersion: text('plugin-version'),
      commands: list('command'),
      defaultCommand: text('default-command'),
      triggers: list('trigger')?.flatMap((value) => value.split(/[\s,]+/)).filter((value) => value !== ''),
      repository: text('repository'),
      directory: text('directory'),
    };
  }

  #context() {
    return { cwd: process.cwd(), year: new Date().getFullYear() };
  }
}

function directoryEntries(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}
