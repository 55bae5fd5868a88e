import { OPTIONS } from './options.js';

export function usage(programName = 'npm run generate --'): string {
  const rows = OPTIONS.map((spec) => {
    const left = `  --${spec.flag}${spec.value ? ` ${spec.value}` : ''}`;
    return `${left.padEnd(40)}${spec.description}`;
  });
  return [
    `Usage: ${programName} <name> [options]`,
    '       yo dokku-plugin <name> [options]',
    '',
    'Writes a complete dokku-<name> plugin repository.',
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
    '',
  ].join('\n');
}
