import { fileURLToPath } from 'node:url';
import Generator from 'yeoman-generator';
import { ADDON_FLAGS, refusePluginFlags } from '../../src/cli/generate-addon.js';
import { withDirectoryDefaults } from '../../src/cli/directory-defaults.js';
import { inputFromFlags } from '../../src/cli/input-from-flags.js';
import { isInteractive } from '../../src/cli/interactivity.js';
import { OPTIONS, optionKey, requestedKind } from '../../src/cli/options.js';
import { exitOnPromptStop } from '../../src/cli/prompt-stop.js';
import { promptForMissing } from '../../src/cli/questions.js';
import { missingFlags } from '../../src/model/input-checks.js';
import { InputError } from '../../src/model/input-error.js';
import { buildPluginModel, type PluginInput, type PluginModel } from '../../src/model/plugin-model.js';
import { rememberedInputFile, renderPlugin, type RenderedFile } from '../../src/render/render-plugin.js';
import { reportInputErrorsPlainly } from '../../src/grow/yeoman-errors.js';
import { tidyYeomanHelp } from '../../src/grow/yeoman-help.js';
import { removeOnFailure } from '../../src/write/cleanup-on-failure.js';
import { initGitRepository } from '../../src/write/git-repository.js';
import { fileList, nextSteps } from '../../src/write/summary.js';
import { blockedFilesProblem, targetDirectoryProblem } from '../../src/write/target-directory.js';

/**
 * `yo dokku-plugin`: flags and answers → one validated plugin model → the rendered files, written through
 * Yeoman's in-memory file system. Helpers are #private: Yeoman runs every other method as a task.
 */
export default class DokkuPluginGenerator extends Generator {
  private input: PluginInput = {};
  private model: PluginModel | undefined;
  private files: RenderedFile[] = [];
  private finished: () => void = () => undefined;
  /** Set when `--kind addon` handed the run to the add-on generator: then every task here does nothing. */
  private delegated = false;

  constructor(args: string[], options: Record<string, unknown>) {
    super(args, options as never);
    // The plugin is not an npm project: no package manager install, and no line saying none was run.
    this.setFeatures({ customInstallTask: true });
    reportInputErrorsPlainly(this);
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
    tidyYeomanHelp(this);
    this.desc('Makes a dokku-NAME plugin repository. Grow it later with yo dokku-plugin:command, :trigger and :report.');
  }

  /** `yo dokku-plugin --kind addon` is `yo dokku-plugin:addon`, with the same flags. */
  async initializing(): Promise<void> {
    if (requestedKind(this.#flag('kind')) !== 'addon') {
      return;
    }
    const given = OPTIONS.map((spec) => spec.flag).filter((flag) => flag !== 'name' && this.#flag(flag) !== undefined);
    refusePluginFlags(given);
    this.delegated = true;
    const options = Object.fromEntries(ADDON_FLAGS.filter((flag) => flag !== 'kind').map((flag) => [flag, this.#flag(flag)]));
    const name = this.#flag('name');
    await this.composeWith(fileURLToPath(new URL('../addon/index.js', import.meta.url)), typeof name === 'string' ? [name] : [], options as never);
  }

  async prompting(): Promise<void> {
    if (this.delegated) {
      return;
    }
    const context = this.#context();
    const given = inputFromFlags((flag) => this.#flag(flag));
    const yes = this.#flag('yes') === true;
    if (yes || !isInteractive(this.#flag('interactive'))) {
      this.input = withDirectoryDefaults(given, context.cwd);
      const missing = missingFlags(this.input, yes);
      if (missing.length > 0) {
        throw new InputError(missing);
      }
    } else {
      this.input = await promptForMissing(given, (questions) => exitOnPromptStop(() => this.prompt(questions as never)), context, this.#flag('force') === true);
    }
    this.model = buildPluginModel(this.input, context);
    for (const warning of this.model.warnings) {
      this.log(`warning: ${warning}`);
    }
  }

  configuring(): void {
    if (this.delegated) {
      return;
    }
    const model = this.model as PluginModel;
    this.files = [...renderPlugin(model), rememberedInputFile(this.input)];
    const problem = targetDirectoryProblem(model.directory, this.#flag('force') === true) ?? blockedFilesProblem(model.directory, this.files);
    if (problem) {
      throw new InputError([problem]);
    }
    if (this.#flag('dry-run') !== true) {
      this.finished = removeOnFailure(model.directory);
    }
  }

  writing(): void {
    if (this.delegated) {
      return;
    }
    const model = this.model as PluginModel;
    if (this.#flag('dry-run') === true) {
      this.log(`Would write ${this.files.length} files to ${model.directory}:`);
      this.log(fileList(this.files).join('\n'));
      return;
    }
    this.destinationRoot(model.directory);
    for (const file of this.files) {
      this.fs.write(this.destinationPath(file.path), file.content, { stat: { mode: file.mode } as never });
    }
  }

  end(): void {
    if (this.delegated || this.#flag('dry-run') === true) {
      return;
    }
    const model = this.model as PluginModel;
    const gitNote = this.#flag('git') === false ? undefined : initGitRepository(model.directory, model.author);
    this.finished();
    this.log(nextSteps(model, this.files.length, gitNote).join('\n'));
  }

  #flag(flag: string): unknown {
    const options = this.options as Record<string, unknown>;
    return options[flag] ?? options[optionKey(flag)];
  }

  #context() {
    return { cwd: process.cwd(), year: new Date().getFullYear() };
  }
}
