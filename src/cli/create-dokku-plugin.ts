#!/usr/bin/env node
// The bin of the create-dokku-plugin package, behind `npm init dokku-plugin`; bundled into one file at pack time.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), 'npm init dokku-plugin --');
