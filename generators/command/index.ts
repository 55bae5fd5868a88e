import { growthGenerator } from '../../src/grow/growth-generator.js';

/** `yo dokku-plugin:command --command "USAGE, DESCRIPTION"`: add commands to a plugin this generator made. */
export default growthGenerator('command');
