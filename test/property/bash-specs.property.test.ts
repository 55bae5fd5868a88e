import fc from 'fast-check';
import { specProperty } from './properties.js';
import { MAKE_EVERY, propertySettings } from './settings.js';

describe('property: every random bash plugin spec is accepted with a plugin that passes its own checks, or refused naming the flag', function () {
  this.timeout(600_000);

  const settings = propertySettings('bash', 20);
  it(`holds for ${settings.numRuns} specs from seed ${settings.seed}`, () => {
    fc.assert(specProperty('bash', { makeEvery: MAKE_EVERY }), settings);
  });
});
