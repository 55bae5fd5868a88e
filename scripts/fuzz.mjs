// `npm run fuzz -- --runs N --seed S [--lang bash|go|addon|grow] [--make-every K] [--path P] [--keep]`:
// a long property campaign over random generator inputs, with the same properties as test/property (run
// from dist/ after the build). Each failure is shrunk to a minimal input and printed as a command line to
// paste, with the seed and path that replay exactly that case.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { campaignProperty } from '../dist/test/property/properties.js';
import { SEED_OFFSET } from '../dist/test/property/settings.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    lang: { type: 'string', multiple: true },
    'make-every': { type: 'string', default: '10' },
    path: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const campaigns = values.lang ?? ['bash', 'go', 'addon', 'grow'];
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const runs = Number(values.runs);
const options = { makeEvery: Number(values['make-every']), keepFailures: values.keep };
let failures = 0;

for (const campaign of campaigns) {
  if (!['bash', 'go', 'addon', 'grow'].includes(campaign)) {
    console.error(`error: --lang: "${campaign}" is not a campaign; use bash, go, addon or grow`);
    process.exit(1);
  }
  const started = Date.now();
  const result = await fc.check(campaignProperty(campaign, options), {
    numRuns: runs,
    // Each campaign gets its own stream from the one seed; a replay with the same --seed and --lang adds the same offset.
    seed: seed + SEED_OFFSET[campaign],
    path: values.path,
    endOnFailure: values.path !== undefined,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!result.failed) {
    console.log(`${campaign}: ${result.numRuns} runs, no failure (seed ${seed}, ${seconds} s)`);
    continue;
  }
  failures += 1;
  const error = result.errorInstance;
  console.log(`${campaign}: FAILED after ${result.numRuns} runs and ${result.numShrinks} shrinks (${seconds} s)`);
  console.log(error?.problems ? error.problems.join('\n') : String(error?.message ?? result.error));
  if (error?.command) {
    console.log(`\nreproduce:\n  ${error.command}`);
  }
  console.log(`replay:\n  npm run fuzz -- --lang ${campaign} --seed ${seed} --path ${result.counterexamplePath} --runs 1\n`);
}
process.exit(failures > 0 ? 1 : 0);
