import path from 'node:path';
import Generator from 'yeoman-generator';
import { isInteractive } from '../cli/interactivity.js';
import { optionKey } from '../cli/options.js';
import { InputError } from '../model/input-error.js';
import { reportInputErrorsPlainly } from './yeoman-errors.js';
import { tidyYeomanHelp } from './yeoman-help.js';
import { planGrowth, pluginRoot, rememberedInput, type Additions, type GrowthPlan } from './grow-plugin.js';
import { problemsOf } from '../cli/answer-checks.js';
import { exitOnPromptStop } from '../cli/prompt-stop.js';

type Kind = 'command' | 'trigger' | 'property';

/**
 * The prompt, flag and --help line of each kind. A function rather than a table built when the module
 * loads, so that mutation testing, which switches a mutant on only while tests run, can see each text.
 */
function question(kind: Kind): { message: string; flag: string; description: string } {
  switch (kind) {
    case 'command':
      return { message: 'Command to add as "USAGE, DESCRIPTION"', flag: '--command', description: 'A command as "USAGE, DESCRIPTION"; repeatable' };
    case 'trigger':
      return { message: 'Trigger to add (a Dokku plugin trigger such as post-deploy)', flag: '--trigger', description: 'A trigger name; repeatable' };
    case 'property':
      return { message: 'Property to add to the report, as NAME[=DEFAULT][:app|:global]', flag: '--property', description: 'A property NAME[=DEFAULT][:app|:global] for NAME:set and NAME:report; repeatable' };
  }
}

/**
 * `yo dokku-plugin:command`, `yo dokku-plugin:trigger` and `yo dokku-plugin:report`: grow a plugin this
 * generator made. The plan (what to create, refresh, append or refuse) is the same as `--add` on the
 * command line, and is complete before anything is written. Its files then go through Yeoman's file
 * system, so Yeoman's conflicter shows each change and asks before overwriting, and `--force` skips the
 * asking, as in any generator; files the author edited were already refused by the plan (or, with
 * `--force`, overwritten as the plan says).
 */
export function growthGenerator(kind: Kind) {
  return class GrowthGenerator extends Generator {
    private plan: GrowthPlan | undefined;

    constructor(args: string[], options: Record<string, unknown>) {
      super(args, options as never);
      // The plugin is not an npm project: no package manager install, and no line saying none was run.
      this.setFeatures({ customInstallTask: true });
      reportInputErrorsPlainly(this);
      this.option(kind, { type: Array, description: question(kind).description });
      this.option('directory', { type: String, description: 'The plugin, or a folder inside it (default: here)' });
      this.option('force', { type: Boolean, description: 'Overwrite generated files you edited' });
      this.option('dry-run', { type: Boolean, description: 'List what would change; write nothing' });
      this.option('interactive', { type: Boolean, description: 'Ask when nothing is given' });
      tidyYeomanHelp(this, {});
    }

    /**
     * Yeoman reads .yo-rc.json for its own settings while the generator is built; a corrupt one would fail
     * there with a bare JSON error. Its settings are kept in memory instead, and planning reports the file
     * with what is wrong and how to fix it.
     */
    override _getStorage(...args: Parameters<Generator['_getStorage']>): ReturnType<Generator['_getStorage']> {
      try {
        return super._getStorage(...args);
      } catch (error) {
        if (!/Could not parse JSON/.test((error as Error).message)) {
          throw error;
        }
        return this.createStorage('.yo-rc.json.unreadable', { name: typeof args[0] === 'string' ? args[0] : this.rootGeneratorName() });
      }
    }

    async prompting(): Promise<void> {
      // As Yeoman and git do: the nearest .yo-rc.json at or above where we are (or --directory) is the plugin.
      const given = this.#flag('directory');
      const start = typeof given === 'string' ? path.resolve(this.env.cwd, given) : this.destinationRoot();
      const context = { cwd: this.env.cwd, year: new Date().getFullYear() };
      const force = this.#flag('force') === true;
      const { flag, message } = question(kind);
      const additionsOf = (values: string[]): Additions => ({
        commands: kind === 'command' ? values : [],
        triggers: kind === 'trigger' ? values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean) : [],
        properties: kind === 'property' ? values : [],
      });
      let values = [this.#flag(kind)].flat(Infinity).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
      if (values.length === 0) {
        if (!isInteractive(this.#flag('interactive'))) {
          throw new InputError([{ flag, message: `nothing to add: give at least one ${flag}` }]);
        }
        // A folder that is no plugin of ours fails before anything is asked; each answer is checked where it is typed.
        rememberedInput(pluginRoot(start));
        const problems = problemsOf((candidate: Additions) => planGrowth(start, candidate, context, true));
        const validate = (answer: string): true | string => {
          if (answer.trim() === '') {
            return `give one ${flag.slice(2)} to add`;
          }
          const found = problems(additionsOf([answer.trim()])).filter((problem) => problem.flag === flag);
          return found.length === 0 ? true : found.map((problem) => problem.message).join('; ');
        };
        const answers = await exitOnPromptStop(() => this.prompt([{ type: 'input', name: kind, message, validate }] as never)) as Record<string, string>;
        // The answer as it was checked: spaces typed around it are not part of a default or a description.
        values = [String(answers[kind] ?? '').trim()].filter((value) => value !== '');
      }
      this.plan = planGrowth(start, additionsOf(values), context, force);
      if (this.plan.conflicts.length > 0) {
        throw new InputError([{
          flag: '--force',
          message: `these generated files were edited and would change: ${this.plan.conflicts.join(', ')}; nothing was written. Pass --force to overwrite them, or move your changes elsewhere first`,
        }]);
      }
    }

    writing(): void {
      const plan = this.plan as GrowthPlan;
      const listed = plan.writes.map((file) => `  ${file.path}`).join('\n');
      if (plan.writes.length === 0) {
        this.log('Nothing to change: the plugin already has all of that.');
        return;
      }
      if (this.#flag('dry-run') === true) {
        this.#logWarnings(plan);
        this.log(`Would write ${plan.writes.length} files in ${plan.directory}:\n${listed}`);
        return;
      }
      this.destinationRoot(plan.directory);
      // Nobody to ask (no terminal, CI): the plan has already refused every file the author edited, so
      // Yeoman's conflicter is told the answer rather than left waiting for one.
      const answered = !isInteractive(this.#flag('interactive'));
      for (const file of plan.writes) {
        const target = this.destinationPath(file.path);
        this.fs.write(target, file.content, { stat: { mode: file.mode } as never });
        if (answered) {
          (this.fs.store.get(target) as { conflicter?: string }).conflicter = 'force';
        }
      }
    }

    end(): void {
      const plan = this.plan as GrowthPlan;
      if (plan.writes.length === 0 || this.#flag('dry-run') === true) {
        return;
      }
      this.#logWarnings(plan);
      this.log(`Updated dokku-${plan.model.name}:\n${plan.writes.map((file) => `  ${file.path}`).join('\n')}\nNext: make lint unit-tests`);
    }

    #logWarnings(plan: GrowthPlan): void {
      for (const warning of plan.warnings) {
        this.log(`warning: ${warning}`);
      }
    }

    #flag(flag: string): unknown {
      const options = this.options as Record<string, unknown>;
      return options[flag] ?? options[optionKey(flag)];
    }
  };
}
