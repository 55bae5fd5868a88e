/** A problem with what the user gave, tied to the flag that carries it so the message can name the fix. */
export interface InputProblem {
  flag: string;
  message: string;
}

export class InputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map((problem) => `${problem.flag}: ${problem.message}`).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
