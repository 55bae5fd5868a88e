import Generator from 'yeoman-generator';
import { ADDON_FLAGS, resolveAddonInput } from '../../src/cli/generate-addon.js';
import { OPTIONS, optionKey } from '../../src/cli/options.js';
import { exitOnPromptStop } from '../../src/cli/prompt-stop.js';
import { buildAddonModel, type AddonInput, type AddonModel } from '../../src/model/addon-model.js';
import { InputError } from '../../src/model/input-error.js';
import { rememberedInputFile, renderAddon, type RenderedFile } from '../../src/render/render-plugin.js';
import { removeOnFailure } from '../../src/write/cleanup-on-failure.js';
import { initGitRepository } from '../../src/write/git-repository.js';
import { fileList } from '../../src/write/summary.js';
import { blockedFilesProblem, targetDirectoryProblem } from '../../src/write/target-directory.js';
import { reportInputErrorsPlainly } from '../../src/grow/yeoman-errors.js';

/** `yo dokku-plugin:addon`: the add-on pipeline of `--kind addon`, written through Yeoman's file system. */
export default class DokkuAddonGenerator extends Generator {
  private addon: AddonModel | undefined;
  private files: RenderedFile[] = [];
  private finished: () => void = () => undefined;

  constructor(args: string[], options: Record<string, unknown>) {
    super(args, options as never);
    // The add-on is not an npm project: no package manager install, and no line saying none was run.
    this.setFeatures({ customInstallTask: true });
    reportInputErrorsPlainly(this);
    this.argument('name', { type: String, required: false, description: 'Add-on name (same as --name)' });
    for (const spec of OPTIONS.filter((option) => ADDON_FLAGS.includes(option.flag) && !['name', 'kind'].includes(option.flag))) {
      this.option(spec.flag, { type: spec.type === 'boolean' ? Boolean : String, description: spec.description });
    }
  }

  async prompting(): Promise<void> {
    const values = Object.fromEntries(ADDON_FLAGS.map((flag) => [flag, this.#flag(flag)])) as Record<string, string | boolean | undefined>;
    const input = await resolveAddonInput(values, undefined, (questions) => exitOnPromptStop(() => this.prompt(questions as never)));
    this.addon = buildAddonModel(input, { cwd: process.cwd(), year: new Date().getFullYear() });
    this.files = [...renderAddon(this.addon), rememberedInputFile({ ...input, kind: 'addon' } as AddonInput)];
    const problem = targetDirectoryProblem(this.addon.directory, values.force === true) ?? blockedFilesProblem(this.addon.directory, this.files);
    if (problem) {
      throw new InputError([problem]);
    }
  }

  writing(): void {
    const addon = this.addon as AddonModel;
    if (this.#flag('dry-run') === true) {
      this.log(`Would write ${this.files.length} files to ${addon.directory}:\n${fileList(this.files).join('\n')}`);
      return;
    }
    this.finished = removeOnFailure(addon.directory);
    this.destinationRoot(addon.directory);
    for (const file of this.files) {
      this.fs.write(this.destinationPath(file.path), file.content, { stat: { mode: file.mode } as never });
    }
  }

  end(): void {
    if (this.#flag('dry-run') === true) {
      return;
    }
    const addon = this.addon as AddonModel;
    const gitNote = this.#flag('git') === false ? '' : ` ${initGitRepository(addon.directory, addon.author)}.`;
    this.finished();
    this.log(`Created dokku-addon-${addon.name}: ${this.files.length} files.${gitNote} Next: make lint unit-tests`);
  }

  #flag(flag: string): unknown {
    const options = this.options as Record<string, unknown>;
    return options[flag] ?? options[optionKey(flag)];
  }
}
