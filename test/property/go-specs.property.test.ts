import fc from 'fast-check';
import { specProperty } from './properties.js';
import { MAKE_EVERY, propertySettings } from './settings.js';

describe('property: every random Go plugin spec is accepted with a plugin that passes its own checks, or refused naming the flag', function () {
  this.timeout(600_000);

  const settings = propertySettings('go', 5);
  it(`holds for ${settings.numRuns} specs from seed ${settings.seed}`, () => {
    fc.assert(specProperty('go', { makeEvery: MAKE_EVERY }), settings);
  });
});
