// `npm run fuzz -- --runs N --seed S [--lang bash|go|addon|grow] [--jobs J] [--make-every K] [--path P] [--keep]`:
// a long property campaign over random generator inputs, with the same properties as test/property (run
// from dist/ after the build). Each failure is shrunk to a minimal input and printed as a command line to
// paste, with the seed and path that replay exactly that case.
//
// --jobs J splits each campaign's runs over J worker processes (default: one per core). Worker j draws its
// specs from seed S + 10·j, so a failure's replay line names that seed and needs no --jobs.
import { fork } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { campaignProperty } from '../dist/test/property/properties.js';
import { SEED_OFFSET } from '../dist/test/property/settings.js';

const CAMPAIGNS = ['bash', 'go', 'addon', 'grow'];
// Worker seeds step by more than the largest per-campaign offset, so no two streams coincide.
const WORKER_SEED_STEP = 10;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    lang: { type: 'string', multiple: true },
    jobs: { type: 'string', default: String(os.availableParallelism()) },
    'make-every': { type: 'string', default: '10' },
    path: { type: 'string' },
    keep: { type: 'boolean', default: false },
    progress: { type: 'string', default: '100' },
    worker: { type: 'boolean', default: false },
  },
});

function positive(flag, text) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`error: --${flag}: "${text}" is not a whole number of 1 or more`);
    process.exit(1);
  }
  return number;
}

const campaigns = values.lang ?? CAMPAIGNS;
for (const campaign of campaigns) {
  if (!CAMPAIGNS.includes(campaign)) {
    console.error(`error: --lang: "${campaign}" is not a campaign; use bash, go, addon or grow`);
    process.exit(1);
  }
}
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const runs = positive('runs', values.runs);
// A replay runs one path: it goes to one process.
const jobs = values.path === undefined ? Math.min(positive('jobs', values.jobs), runs) : 1;
const progressEvery = positive('progress', values.progress);

/** One campaign in this process; prints its result and returns whether it held. */
async function runCampaign(campaign, campaignSeed, campaignRuns) {
  const options = { makeEvery: Number(values['make-every']), keepFailures: values.keep };
  const started = Date.now();
  let tried = 0;
  // fast-check reports nothing until a campaign ends; a line now and then shows a long one is alive.
  const property = campaignProperty(campaign, options).beforeEach((previous) => {
    tried += 1;
    if (tried % progressEvery === 0) {
      console.error(`${campaign} (seed ${campaignSeed}): ${tried} specs tried, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    previous();
  });
  const result = await fc.check(property, {
    numRuns: campaignRuns,
    // Each campaign gets its own stream from the one seed; a replay with the same --seed and --lang adds the same offset.
    seed: campaignSeed + SEED_OFFSET[campaign],
    path: values.path,
    endOnFailure: values.path !== undefined,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!result.failed) {
    console.log(`${campaign}: ${result.numRuns} runs, no failure (seed ${campaignSeed}, ${seconds} s)`);
    return true;
  }
  const error = result.errorInstance;
  console.log(`${campaign}: FAILED after ${result.numRuns} runs and ${result.numShrinks} shrinks (seed ${campaignSeed}, ${seconds} s)`);
  console.log(error?.problems ? error.problems.join('\n') : String(error?.message ?? result.error));
  if (error?.command) {
    console.log(`\nreproduce:\n  ${error.command}`);
  }
  console.log(`replay:\n  npm run fuzz -- --lang ${campaign} --seed ${campaignSeed} --path ${result.counterexamplePath} --runs 1\n`);
  return false;
}

/** Runs one campaign's share in a child process of this script; resolves to whether it held. */
function worker(campaign, workerSeed, workerRuns) {
  const args = ['--worker', '--lang', campaign, '--seed', String(workerSeed), '--runs', String(workerRuns),
    '--make-every', values['make-every'], '--progress', String(progressEvery), ...(values.keep ? ['--keep'] : [])];
  return new Promise((resolve) => {
    fork(new URL(import.meta.url), args, { stdio: 'inherit' }).on('exit', (code) => resolve(code === 0));
  });
}

let failures = 0;
for (const campaign of campaigns) {
  if (values.worker || jobs === 1) {
    failures += (await runCampaign(campaign, seed, runs)) ? 0 : 1;
    continue;
  }
  const started = Date.now();
  const shares = Array.from({ length: jobs }, (_, index) => Math.floor(runs / jobs) + (index < runs % jobs ? 1 : 0));
  const held = await Promise.all(shares.map((share, index) => worker(campaign, seed + WORKER_SEED_STEP * index, share)));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const failed = held.filter((ok) => !ok).length;
  failures += failed > 0 ? 1 : 0;
  console.log(`${campaign}: ${runs} runs in ${jobs} workers, ${failed === 0 ? 'no failure' : `${failed} worker(s) FAILED`} (seed ${seed}, ${seconds} s)`);
}
process.exit(failures > 0 ? 1 : 0);
