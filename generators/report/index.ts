import { growthGenerator } from '../../src/grow/growth-generator.js';

/** `yo dokku-plugin:report --property NAME[=DEFAULT][:app|:global]`: add the report and properties kit, or more properties. */
export default growthGenerator('property');
