import fc from 'fast-check';
import { growthProperty } from './properties.js';
import { propertySettings } from './settings.js';

describe('property: random --add sequences with author edits between them keep every edit and stay clean', function () {
  this.timeout(600_000);

  const settings = propertySettings('grow', 3);
  it(`holds for ${settings.numRuns} sequences from seed ${settings.seed}`, () => {
    fc.assert(growthProperty(), settings);
  });
});
