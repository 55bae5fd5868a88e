import { growthGenerator } from '../../src/grow/growth-generator.js';

/** `yo dokku-plugin:trigger --trigger NAME`: add trigger implementations to a plugin this generator made. */
export default growthGenerator('trigger');
