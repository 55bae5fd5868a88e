// `npm run mutation:templates [-- --only ID[,ID...]] [--list]`: breaks the templates (and the few source
// lists the README promises things about) on purpose, one small change at a time, and checks that the
// tests meant to notice each change do. Every mutation runs in a scratch copy of the repository (so the
// checkout is never touched), first without the change (the selected tests must pass) and then with it
// (they must fail). Prints caught/survived per mutation; exits 1 if any survives or a baseline fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 'dist/test/generated/plugin-runs.test.js';
const MAKE = 'dist/test/generated/make-targets.test.js';
const GO_INSTALL = 'dist/test/generated/go-install-trigger.test.js';
const ADDON = 'dist/test/addon/addon.test.js';
const NAMES = 'dist/test/model/plugin-name.test.js';
const SPEC_NONE = 'no commands, no extra triggers';
const SPEC_ARGS = 'app-scoped and global commands with every argument form';
const SPEC_REPORT = 'the report and properties kit';

/**
 * Each mutation: what it breaks (the README's promise), the edits (file, exact text, replacement; the
 * text must occur exactly once), and the tests that must catch it (mocha files and an --fgrep on the
 * full test title). Files under src/ need a rebuild, which the runner does.
 */
const MUTATIONS = [
  {
    id: 'bash-catch-all-exit',
    promise: 'commands exits 10 for every command it does not own',
    edits: [['templates/bash/commands', '|| exit "${DOKKU_NOT_IMPLEMENTED_EXIT:-10}"', '|| exit 0']],
    tests: [RUNS], fgrep: `bash: ${SPEC_NONE} an unknown`,
  },
  {
    id: 'go-catch-all-exit',
    promise: 'commands exits 10 for every command it does not own (Go)',
    edits: [['templates/go/internal/dokku/dokku.go', '\t\treturn 10\n', '\t\treturn 0\n']],
    tests: [RUNS], fgrep: `go: ${SPEC_NONE} an unknown`,
  },
  {
    id: 'help-comma-bash',
    promise: 'help rows split into usage and description at the comma',
    edits: [['src/model/plugin-model.ts', 'helpLine: `    ${fullUsage}, ${spec.description}`', 'helpLine: `    ${fullUsage} ${spec.description}`']],
    tests: [RUNS], fgrep: `bash: ${SPEC_ARGS} dokku help --all`,
  },
  {
    id: 'help-comma-bash-own-tests',
    promise: 'the generated assert_help_row sees a broken column split',
    edits: [['src/model/plugin-model.ts', 'helpLine: `    ${fullUsage}, ${spec.description}`', 'helpLine: `    ${fullUsage} ${spec.description}`']],
    tests: [MAKE], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'help-comma-go',
    promise: 'help rows split into usage and description at the comma (Go)',
    edits: [['templates/go/internal/dispatch/help.go', '"    %s, %s\\n", line.usage', '"    %s %s\\n", line.usage']],
    tests: [RUNS], fgrep: `go: ${SPEC_ARGS} dokku help --all`,
  },
  {
    id: 'app-from-environment',
    promise: 'app-scoped commands take the app from --app or $DOKKU_APP_NAME',
    edits: [['templates/bash/internal-functions', 'args=("$DOKKU_APP_NAME" "${args[@]}")', 'args=("${args[@]}")']],
    tests: [RUNS], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'app-flag-left-in-argv',
    promise: '--app NAME left in argv by the dispatcher is not taken for an argument',
    edits: [['templates/bash/internal-functions', 'if [[ "$1" == "--app" ]]; then', 'if false; then']],
    tests: [RUNS], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'go-trace',
    promise: 'DOKKU_TRACE traces what runs (Go)',
    edits: [['templates/go/internal/dokku/dokku.go', 'if os.Getenv("DOKKU_TRACE") != "" {', 'if os.Getenv("DOKKU_TRACE") == "never" {']],
    tests: [RUNS], fgrep: `go: ${SPEC_ARGS}`,
  },
  {
    id: 'missing-argument',
    promise: 'a missing required argument is named',
    edits: [['templates/bash/command-functions', '    dokku_log_fail <%- command.missingArgumentMessages[arg.variable] %>', '    : <%- command.missingArgumentMessages[arg.variable] %>']],
    tests: [RUNS], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'surplus-argument',
    promise: 'a word more than the usage takes is refused',
    edits: [['templates/bash/command-functions', '    dokku_log_fail <%- command.refusals.unexpectedArgument %>', '    : <%- command.refusals.unexpectedArgument %>']],
    tests: [MAKE], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'unknown-flag',
    promise: 'an undeclared --flag is refused',
    edits: [['templates/bash/command-functions', '--?*) dokku_log_fail <%- command.refusals.unknownFlag %> ;;', '--?*) _operands+=("$_word") ;;']],
    tests: [MAKE], fgrep: `bash: ${SPEC_ARGS}`,
  },
  {
    id: 'install-idempotence',
    promise: 'the install trigger can run again',
    edits: [['templates/bash/install', 'mkdir -p "$data_dir"', 'mkdir "$data_dir"']],
    tests: [RUNS], fgrep: `bash: ${SPEC_NONE} the install trigger`,
  },
  {
    id: 'install-chown-bash',
    promise: 'the install trigger gives the data directory to the dokku user',
    edits: [['templates/bash/install', '  chown "${DOKKU_SYSTEM_USER:-dokku}:${DOKKU_SYSTEM_GROUP:-dokku}" "$data_dir"\n', '']],
    tests: [RUNS], fgrep: `bash: ${SPEC_NONE} the install trigger`,
  },
  {
    id: 'install-chown-go',
    promise: 'the install trigger gives the data directory to the dokku user (Go)',
    edits: [['templates/go/install', '  chown "${DOKKU_SYSTEM_USER:-dokku}:${DOKKU_SYSTEM_GROUP:-dokku}" "$data_dir"\n', '']],
    tests: [RUNS], fgrep: `go: ${SPEC_NONE} the install trigger`,
  },
  {
    id: 'go-up-to-date-check',
    promise: 'the Go install trigger does nothing when the binaries are newer than the sources',
    edits: [['templates/go/scripts/build', 'if [[ -n "$newer" ]]; then', 'if true; then']],
    tests: [GO_INSTALL], fgrep: 'does nothing the second time',
  },
  {
    id: 'go-gitignore-subcommands',
    promise: 'the Go build output is never committed: /subcommands/ is ignored',
    edits: [['templates/go/_gitignore', '/subcommands/\n', '']],
    tests: [GO_INSTALL], fgrep: 'leaves git with nothing to commit',
  },
  {
    id: 'uninstall-own-name-bash',
    promise: 'uninstall cleans up only for its own plugin name',
    edits: [['templates/bash/uninstall', 'if [[ "$plugin" != "<%- plugin.name %>" ]]; then', 'if false; then']],
    tests: [RUNS], fgrep: `bash: ${SPEC_NONE} the uninstall trigger`,
  },
  {
    id: 'uninstall-own-name-go',
    promise: 'uninstall cleans up only for its own plugin name (Go)',
    edits: [['templates/go/internal/dispatch/triggers.go', 'if arg(args, 0) != dokku.PluginName {', 'if false {']],
    tests: [RUNS], fgrep: `go: ${SPEC_NONE} the uninstall trigger`,
  },
  ...[
    ['backslash', 'value="${value//\\\\/\\\\\\\\}"'],
    ['quote', 'value="${value//\\"/\\\\\\"}"'],
    ['tab', "value=\"${value//$'\\t'/\\\\t}\""],
    ['newline', "value=\"${value//$'\\n'/\\\\n}\""],
  ].map(([what, line]) => ({
    id: `report-json-${what}-bash`,
    promise: `report --format json escapes a ${what}`,
    edits: [['templates/bash/report-functions', `  ${line}\n`, '']],
    tests: [RUNS], fgrep: `bash: ${SPEC_REPORT} report --format json escapes`,
  })),
  {
    id: 'report-json-go',
    promise: 'report --format json escapes values (Go)',
    edits: [['templates/go/internal/dispatch/report.go', 'func jsonString(value string) string {\n', 'func jsonString(value string) string {\n\treturn "\\"" + value + "\\""\n']],
    tests: [RUNS], fgrep: `go: ${SPEC_REPORT} report --format json escapes`,
  },
  {
    id: 'computed-fallback-bash',
    promise: 'the computed value is the app\'s, else the global one, else the default',
    edits: [['templates/bash/functions', '  if [[ -z "$value" ]] && fn-<%- plugin.name %>-property-in-scope "$key" global; then\n', '  if fn-<%- plugin.name %>-property-in-scope "$key" global; then\n']],
    tests: ['dist/test/report/bash-report.test.js'], fgrep: 'computes app value, else global value',
  },
  {
    id: 'computed-fallback-go',
    promise: 'the computed value is the app\'s, else the global one, else the default (Go)',
    edits: [['templates/go/internal/dokku/properties.go', '\t\tif value := PropertyValue(app, key); value != "" {\n\t\t\treturn value\n', '\t\tif value := PropertyValue(app, key); value == "-" {\n\t\t\treturn value\n']],
    tests: ['dist/test/report/go-properties.test.js'], fgrep: 'computed values',
  },
  {
    id: 'addon-label',
    promise: 'add-on containers carry a label that finds them again',
    edits: [['templates/addon/addon-functions', ' "--label=com.dokku.addon=<%- addon.name %>"', '']],
    tests: [ADDON], fgrep: 'a shared redis service with dump and restore passes its own contract kit',
  },
  {
    id: 'addon-redis-url-path',
    promise: 'a redis URL has no path',
    edits: [['templates/addon/url', "<%- addon.urlPath ? '/$id' : '' %>", '/$id']],
    tests: [ADDON], fgrep: 'redis: the ID is the user',
  },
  {
    id: 'addon-url-database',
    promise: 'a postgres URL names the database',
    edits: [['templates/addon/url', "<%- addon.urlPath ? '/$id' : '' %>", '']],
    tests: [ADDON], fgrep: 'postgres, one container per app',
  },
  {
    id: 'addon-volumes',
    promise: 'unprovision and disable remove containers with their volumes',
    edits: [['templates/addon/addon-functions', 'container rm --force --volumes "$1"', 'container rm --force "$1"']],
    tests: [ADDON], fgrep: 'a postgres container per app passes its own contract kit',
  },
  ...['lambda', 'traefik', 'urls', 'version'].map((name) => ({
    id: `dispatcher-alias-${name}`,
    promise: `the plugin name ${name} is refused: the dispatcher takes it`,
    edits: [['src/model/plugin-name.ts', ` '${name}',`, '']],
    tests: [NAMES], fgrep: 'plugin names',
  })),
];

const { values } = parseArgs({ options: { only: { type: 'string' }, list: { type: 'boolean', default: false } } });
const wanted = values.only ? new Set(values.only.split(',')) : undefined;
const selected = MUTATIONS.filter((mutation) => !wanted || wanted.has(mutation.id));
if (values.list) {
  for (const mutation of MUTATIONS) console.log(`${mutation.id}: ${mutation.promise}`);
  process.exit(0);
}
if (wanted && selected.length !== wanted.size) {
  console.error(`error: --only: unknown mutation; see --list`);
  process.exit(1);
}

function sh(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** A copy of the repository without git, dist and node_modules (linked), built once. */
function scratchCopy() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mutate-templates-'));
  const skip = new Set(['.git', 'dist', 'node_modules']);
  cpSync(ROOT, dir, { recursive: true, filter: (source) => !skip.has(path.relative(ROOT, source).split(path.sep)[0]) });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function build(dir) {
  const ran = sh('npx', ['tsc', '-p', 'tsconfig.json'], dir);
  if (ran.status !== 0) throw new Error(`build failed:\n${ran.stdout}${ran.stderr}`);
}

function mocha(dir, mutation) {
  const ran = sh('npx', ['mocha', '--no-config', '--timeout', '600000', '--fgrep', mutation.fgrep, ...mutation.tests], dir);
  const passing = Number(/(\d+) passing/.exec(ran.stdout)?.[1] ?? 0);
  return { ok: ran.status === 0 && passing > 0, passing, output: `${ran.stdout}${ran.stderr}` };
}

function apply(dir, edits) {
  const originals = new Map();
  for (const [file, find, replace] of edits) {
    const full = path.join(dir, file);
    const text = originals.get(full) ?? readFileSync(full, 'utf8');
    if (!originals.has(full)) originals.set(full, text);
    const current = readFileSync(full, 'utf8');
    const count = current.split(find).length - 1;
    if (count !== 1) throw new Error(`${file}: the text to mutate occurs ${count} times, not once: ${JSON.stringify(find)}`);
    writeFileSync(full, current.replace(find, () => replace));
  }
  return () => {
    for (const [full, text] of originals) writeFileSync(full, text);
  };
}

// Every mutation must still apply: a text that moved would otherwise pass for a caught mutation.
const stale = selected.flatMap((mutation) => mutation.edits
  .filter(([file, find]) => readFileSync(path.join(ROOT, file), 'utf8').split(find).length !== 2)
  .map(([file, find]) => `${mutation.id}: ${file} does not hold exactly one ${JSON.stringify(find)}`));
if (stale.length > 0) {
  console.error(stale.join('\n'));
  process.exit(1);
}

const dir = scratchCopy();
let survivors = 0;
let broken = 0;
try {
  build(dir);
  const baselines = new Map();
  for (const mutation of selected) {
    const key = `${mutation.tests.join(' ')}\n${mutation.fgrep}`;
    if (!baselines.has(key)) baselines.set(key, mocha(dir, mutation));
    const baseline = baselines.get(key);
    if (!baseline.ok) {
      broken += 1;
      console.log(`BASELINE FAILS  ${mutation.id}: the selected tests fail (or select nothing) without the mutation\n${baseline.output.slice(-3000)}`);
      continue;
    }
    const restore = apply(dir, mutation.edits);
    const needsBuild = mutation.edits.some(([file]) => file.startsWith('src/'));
    let result;
    try {
      if (needsBuild) build(dir);
      result = mocha(dir, mutation);
    } finally {
      restore();
      if (needsBuild) build(dir);
    }
    if (result.ok) {
      survivors += 1;
      console.log(`SURVIVED  ${mutation.id}: ${mutation.promise} (${mutation.tests.join(', ')} --fgrep "${mutation.fgrep}")`);
    } else {
      console.log(`caught    ${mutation.id}: ${mutation.promise}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${selected.length} mutations: ${selected.length - survivors - broken} caught, ${survivors} survived${broken ? `, ${broken} with a failing baseline` : ''}`);
process.exit(survivors + broken > 0 ? 1 : 0);
