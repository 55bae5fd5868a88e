#!/usr/bin/env node
// The bin of the create-dokku-plugin package, behind `npm init dokku-plugin`; bundled into one file at pack time.
import { main } from './main.js';
import { invokedAs } from './usage.js';

process.exitCode = await main(process.argv.slice(2), invokedAs(process.argv[1]));
