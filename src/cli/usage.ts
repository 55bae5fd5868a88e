import path from 'node:path';
import { OPTIONS } from './options.js';

export function usage(programName = 'npm run generate --'): string {
  const lefts = OPTIONS.map((spec) => `  --${spec.flag}${spec.value ? ` ${spec.value}` : ''}`);
  // The description column starts two spaces after the longest option, so no option runs into its text.
  const width = Math.max(40, ...lefts.map((left) => left.length + 2));
  const rows = OPTIONS.map((spec, index) => `${(lefts[index] as string).padEnd(width)}${spec.description}`);
  return [
    `Usage: ${programName} <name> [options]`,
    '       yo dokku-plugin <name> [options]',
    `       ${programName} --kind addon <name> --scheme SCHEME [options]   (also yo dokku-plugin:addon)`,
    `       ${programName} check [DIR] [--format human|json|github] [--strict]   (also yo dokku-plugin:check; see check --help)`,
    '',
    'Writes a complete dokku-<name> plugin repository, or with --kind addon a dokku-addon-<name> add-on',
    'for Dokku\'s add-ons plugin (it takes --description, --author, --license, --scheme, --per-app,',
    '--dump-restore, --directory and the run options).',
    '',
    'Options:',
    ...rows,
    `${'  -h, --help'.padEnd(width)}Show this help`,
    `${'  -v, --version'.padEnd(width)}Show the version`,
    '',
    'Examples:',
    `  ${programName} demo`,
    `  ${programName} demo --yes --description "Demo tools" \\`,
    '    --command "enable <app>, Enable demo for an app" --command "list, List demo apps" --trigger post-deploy',
    `  CI=true ${programName} demo --yes --directory /tmp/dokku-demo   # never asks; exits 1 naming missing flags`,
    `  ${programName} --kind addon cache --yes --scheme redis --per-app`,
    '',
  ].join('\n');
}

/**
 * The command the user typed to start this program, for the usage lines: `npm run generate --` and
 * `npm init dokku-plugin --` when npm started it, else the bin's own name (`generator-dokku-plugin`,
 * `create-dokku-plugin`), which npm's bin links carry, or `node FILE` for a script run directly.
 */
export function invokedAs(scriptPath: string | undefined, env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  if (env.npm_lifecycle_event === 'generate') {
    return 'npm run generate --';
  }
  if (env.npm_command === 'init') {
    return 'npm init dokku-plugin --';
  }
  if (scriptPath === undefined) {
    return 'generator-dokku-plugin';
  }
  const file = path.basename(scriptPath);
  const relative = path.relative(cwd, scriptPath);
  return /\.[cm]?js$/.test(file) ? `node ${relative.startsWith('..') ? scriptPath : relative}` : file;
}
