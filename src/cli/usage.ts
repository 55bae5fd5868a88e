import { OPTIONS } from './options.js';

export function usage(programName = 'npm run generate --'): string {
  const rows = OPTIONS.map((spec) => {
    const left = `  --${spec.flag}${spec.value ? ` ${spec.value}` : ''}`;
    return `${left.padEnd(40)}${spec.description}`;
  });
  return [
    `Usage: ${programName} <name> [options]`,
    '       yo dokku-plugin <name> [options]',
    `       ${programName} --kind addon <name> --scheme SCHEME [options]   (also yo dokku-plugin:addon)`,
    '',
    'Writes a complete dokku-<name> plugin repository, or with --kind addon a dokku-addon-<name> add-on',
    'for Dokku\'s add-ons plugin (it takes --description, --author, --license, --scheme, --per-app,',
    '--dump-restore, --directory and the run options).',
    '',
    'Options:',
    ...rows,
    `${'  -h, --help'.padEnd(40)}Show this help`,
    `${'  -v, --version'.padEnd(40)}Show the version`,
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
