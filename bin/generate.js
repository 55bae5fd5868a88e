#!/usr/bin/env node
// Entry point for `npm run generate` and the package bin: runs the app generator without `yo`.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
