// `npm run bench`: how long a user waits, measured in one run on this machine. Prints medians and ratios of
// the create-dokku-plugin bin (packed and installed as published) against `node -e 0` and create-vite, the
// same generation through Yeoman's environment, and the create package's install footprint. Numbers are
// reported, never asserted: the goals are printed beside them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'dokku-plugin-bench-'));
const quietEnv = { ...process.env, CI: 'true' };

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function seconds(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: quietEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  }
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sizeOf(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return bytes;
}

function countPackages(nodeModules) {
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    count += entry.name.startsWith('@') ? readdirSync(path.join(nodeModules, entry.name)).length : 1;
  }
  return count;
}

// The create package exactly as published: bundled, packed, installed into an empty project (timed).
execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle-create.mjs')], { stdio: 'ignore' });
const packs = path.join(scratch, 'packs');
mkdirSync(packs);
npm(['pack', '--ignore-scripts', '--pack-destination', packs], path.join(root, 'packages', 'create-dokku-plugin'));
const tarball = path.join(packs, readdirSync(packs)[0]);
const project = path.join(scratch, 'project');
mkdirSync(project);
writeFileSync(path.join(project, 'package.json'), '{ "name": "bench-project", "private": true }\n');
const installStart = process.hrtime.bigint();
npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
const installSeconds = Number(process.hrtime.bigint() - installStart) / 1e9;
const createBin = path.join(project, 'node_modules', 'create-dokku-plugin', 'index.js');

let target = 0;
const fresh = () => path.join(scratch, 'out', String((target += 1)));
const yeomanScript = path.join(scratch, 'through-yeoman.mjs');
writeFileSync(yeomanScript, [
  `import { createEnv } from ${JSON.stringify(path.join(root, 'node_modules', 'yeoman-environment', 'dist', 'index.js'))};`,
  'const env = createEnv({ skipInstall: true });',
  `env.register(${JSON.stringify(path.join(root, 'dist', 'generators', 'app', 'index.js'))}, { namespace: 'dokku-plugin:app' });`,
  "await env.run(['dokku-plugin:app', 'bench-demo'], { yes: true, git: false, directory: process.argv[2], skipInstall: true });",
].join('\n'));

const subjects = [
  ['node -e 0', () => [process.execPath, ['-e', '0']]],
  ['create-vite (vanilla-ts)', () => [process.execPath, [path.join(root, 'node_modules', 'create-vite', 'index.js'), fresh(), '--template', 'vanilla-ts', '--no-interactive']]],
  ['create-dokku-plugin (published bin)', () => [process.execPath, [createBin, 'bench-demo', '--yes', '--no-git', '--command', 'enable <app>, Enable it', '--trigger', 'post-deploy', '--directory', fresh()]]],
  ['create-dokku-plugin with git init', () => [process.execPath, [createBin, 'bench-demo', '--yes', '--directory', fresh()]]],
  ['app generator via yeoman-environment', () => [process.execPath, [yeomanScript, fresh()]]],
];

const samples = new Map(subjects.map(([label]) => [label, []]));
for (let round = 0; round < runs; round += 1) {
  // Interleaved, so a busy moment of the machine weighs on every subject alike.
  for (const [label, command] of subjects) {
    const [program, args] = command();
    samples.get(label).push(seconds(program, args, scratch));
  }
}

const medians = new Map([...samples].map(([label, values]) => [label, median(values)]));
const baseline = medians.get('node -e 0');
const vite = medians.get('create-vite (vanilla-ts)');
console.log(`\nWall time, median of ${runs} runs (${os.cpus().length} cores, node ${process.version})`);
console.log(`${'subject'.padEnd(40)}${'median s'.padStart(10)}${'x node -e 0'.padStart(13)}${'x create-vite'.padStart(15)}`);
for (const [label, value] of medians) {
  console.log(`${label.padEnd(40)}${value.toFixed(3).padStart(10)}${(value / baseline).toFixed(2).padStart(13)}${(value / vite).toFixed(2).padStart(15)}`);
}
const ours = medians.get('create-dokku-plugin (published bin)');
console.log(`\nGoal: create-dokku-plugin <= 3x create-vite: ${(ours / vite).toFixed(2)}x ${ours / vite <= 3 ? 'met' : 'NOT met'}`);

// `check` on generated plugins of growing size (half the commands app-scoped, the report kit, a trigger),
// shellcheck and the behavioural runs included: the goal is a 10-command plugin in under 10 s.
const checkRuns = Number(process.env.BENCH_CHECK_RUNS ?? 3);
console.log(`\ncheck, median of ${checkRuns} runs (whole check: static, shellcheck, behaviour)`);
console.log(`${'plugin'.padEnd(40)}${'median s'.padStart(10)}`);
const checkMedians = new Map();
for (const lang of ['bash', 'go']) {
  for (const count of [1, 10, 30]) {
    const dir = fresh();
    const commands = Array.from({ length: count }, (_, index) => ['--command', index % 2 === 0 ? `c${index} <app>, Command ${index}` : `c${index} [<x>], Command ${index}`]).flat();
    execFileSync(process.execPath, [createBin, 'bench', '--yes', '--no-git', '--lang', lang, '--property', 'mode=calm', '--trigger', 'post-deploy', ...commands, '--directory', dir], { env: quietEnv, stdio: 'ignore' });
    if (lang === 'go') {
      execFileSync('bash', ['scripts/build'], { cwd: dir, stdio: 'ignore' });
    }
    const times = Array.from({ length: checkRuns }, () => seconds(process.execPath, [createBin, 'check', dir], scratch));
    const label = `${lang}, ${count} command${count === 1 ? '' : 's'}`;
    checkMedians.set(label, median(times));
    console.log(`${label.padEnd(40)}${median(times).toFixed(2).padStart(10)}`);
  }
}
const tenCommands = Math.max(checkMedians.get('bash, 10 commands'), checkMedians.get('go, 10 commands'));
console.log(`Goal: a 10-command plugin checked in under 10 s: ${tenCommands.toFixed(2)} s ${tenCommands < 10 ? 'met' : 'NOT met'}`);

const nodeModules = path.join(project, 'node_modules');
const packages = countPackages(nodeModules);
const megabytes = sizeOf(nodeModules) / 1e6;
console.log('\nInstall footprint of create-dokku-plugin (packed tarball into an empty project)');
console.log(`packages ${packages}, ${megabytes.toFixed(2)} MB on disk, tarball ${(statSync(tarball).size / 1e3).toFixed(0)} kB, install ${installSeconds.toFixed(2)} s`);
console.log(`Goal: a few packages and a few MB: ${packages <= 3 && megabytes <= 5 ? 'met' : 'NOT met'}`);

rmSync(scratch, { recursive: true, force: true });
