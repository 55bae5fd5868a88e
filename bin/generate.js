#!/usr/bin/env node
// Entry point for `npm run generate` and the package bin (generator-dokku-plugin): the command line, without `yo`.
import { main } from '../dist/src/cli/main.js';
import { invokedAs } from '../dist/src/cli/usage.js';

// `npm run` starts scripts in the package root; relative paths such as --directory belong to the
// directory the user typed the command in, which npm passes as INIT_CWD.
const program = invokedAs(process.argv[1]);
if (process.env.npm_lifecycle_event === 'generate' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

process.exitCode = await main(process.argv.slice(2), program);
