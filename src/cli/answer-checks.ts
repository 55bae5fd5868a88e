import { InputError, type InputProblem } from '../model/input-error.js';

/**
 * Checks prompt answers one at a time with the model's own rules, so a bad answer is refused where it is
 * typed, with the flag's rule text, instead of after the last question. The whole input is built each time:
 * rules that read several answers then fire as soon as the last of their inputs is known.
 */
export class AnswerChecks<Input> {
  /** Flags not given and not answered yet: their problems (and those of rules reading them) wait. */
  private readonly pending: Set<string>;

  /**
   * `problems` builds the model and returns what is wrong; `reads` names, per flag, the other flags its
   * rules read (`--default-command` must be one of the `--command`s).
   */
  constructor(
    private readonly problems: (input: Input) => InputProblem[],
    pending: string[],
    private readonly reads: Record<string, string[]> = {},
  ) {
    this.pending = new Set(pending);
  }

  /** Problems with the flags as given, before anything is asked; they are thrown so nobody answers in vain. */
  refuseGiven(input: Input): void {
    const problems = this.visible(input, this.pending);
    if (problems.length > 0) {
      throw new InputError(problems);
    }
  }

  /**
   * The validator for `flag`'s prompt: true, or every rule the answer breaks. With `partial` (one item of a
   * list still being asked), rules of other flags that read this one wait for the whole list.
   */
  validator(flag: string, withAnswer: (answer: string) => Input, partial = false): (answer: string) => true | string {
    return (answer) => {
      const open = new Set(this.pending);
      open.delete(flag);
      const problems = this.visible(withAnswer(answer.trim()), open, partial ? flag : undefined);
      return problems.length === 0 ? true : problems.map((problem) => (problem.flag === flag ? problem.message : `${problem.flag}: ${problem.message}`)).join('; ');
    };
  }

  /** Marks `flag` as answered: from now on rules reading it apply. */
  answered(flag: string): void {
    this.pending.delete(flag);
  }

  private visible(input: Input, open: Set<string>, incomplete?: string): InputProblem[] {
    return this.problems(input).filter((problem) => {
      const reads = this.reads[problem.flag] ?? [];
      return !open.has(problem.flag) && !reads.some((read) => open.has(read) || read === incomplete);
    });
  }
}

/** What a model builder refuses, as problems; anything but an input problem is a bug and is rethrown. */
export function problemsOf<Input>(build: (input: Input) => unknown): (input: Input) => InputProblem[] {
  return (input) => {
    try {
      build(input);
      return [];
    } catch (error) {
      if (error instanceof InputError) {
        return error.problems;
      }
      throw error;
    }
  };
}
