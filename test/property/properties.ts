import fc from 'fast-check';
import { addonSpec, pluginSpec, type Spec } from './arbitraries.js';
import { specProblems, type CheckOptions } from './check-spec.js';
import { reproducer } from './run-spec.js';
import { growthProblems, growthReproducer, growthSpec, type GrowthSpec } from './grow.js';

export type Campaign = 'bash' | 'go' | 'addon' | 'grow';

/** Thrown by a property with everything needed to replay the failure by hand. */
export class SpecFailure extends Error {
  constructor(readonly problems: string[], readonly command: string) {
    super(`${problems.join('\n')}\nreproduce: ${command}`);
  }
}

function checkSpec(spec: Spec, options: CheckOptions): void {
  const problems = specProblems(spec, options);
  if (problems.length > 0) {
    throw new SpecFailure(problems, reproducer(spec));
  }
}

/** The property of one campaign: every generated spec, accepted or refused, keeps every rule. */
export function specProperty(campaign: Exclude<Campaign, 'grow'>, options: CheckOptions): fc.IProperty<[Spec]> {
  const specs: fc.Arbitrary<Spec> = campaign === 'addon' ? addonSpec() : pluginSpec(campaign);
  return fc.property(specs, (spec) => checkSpec(spec, options));
}

/** The property a fuzz campaign checks. */
export function campaignProperty(campaign: Campaign, options: CheckOptions): fc.IProperty<[unknown]> {
  if (campaign === 'grow') {
    return growthProperty() as fc.IProperty<[unknown]>;
  }
  return specProperty(campaign, options) as fc.IProperty<[unknown]>;
}

function checkGrowth(spec: GrowthSpec): void {
  const problems = growthProblems(spec);
  if (problems.length > 0) {
    throw new SpecFailure(problems, growthReproducer(spec));
  }
}

/** Growth: random `--add` sequences with author edits between them. */
export function growthProperty(): fc.IProperty<[GrowthSpec]> {
  return fc.property(growthSpec(), checkGrowth);
}
