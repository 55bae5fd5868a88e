/**
 * How much the property tests run in `npm test`: a fixed seed and counts that keep the suite within CI's
 * budget. PROPERTY_SEED and PROPERTY_RUNS_<CAMPAIGN> (BASH, GO, ADDON, GROW) raise them for a longer run;
 * `npm run fuzz` is the tool for long campaigns.
 */
const DEFAULT_SEED = 1011;

/**
 * Added to the seed per campaign: bash and Go specs differ only in their language, so one seed would give
 * both campaigns the same specs.
 */
export const SEED_OFFSET = { bash: 0, go: 1, addon: 2, grow: 3 } as const;

export function propertySettings(campaign: 'bash' | 'go' | 'addon' | 'grow', runs: number): { seed: number; numRuns: number; endOnFailure: boolean } {
  return {
    seed: Number(process.env.PROPERTY_SEED ?? DEFAULT_SEED) + SEED_OFFSET[campaign],
    numRuns: Number(process.env[`PROPERTY_RUNS_${campaign.toUpperCase()}`] ?? runs),
    // A failing case is reported at once, with its reproducer; `npm run fuzz` shrinks it to a minimal one.
    endOnFailure: true,
  };
}

/** The plugin's own `make lint unit-tests` runs for one spec in this many. */
export const MAKE_EVERY = Number(process.env.PROPERTY_MAKE_EVERY ?? 4);
