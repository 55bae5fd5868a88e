// Builds the create-dokku-plugin package: the command line and its dependencies bundled into one file, plus
// the templates and trigger catalog it reads at run time, so `npm init dokku-plugin` installs one package.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'packages', 'create-dokku-plugin');
// `--out DIR` builds a copy of the package there (its tracked files, then the bundle), so that tests running
// at the same time each pack their own copy instead of rebuilding the one in the checkout under another.
const { values: { out } } = parseArgs({ options: { out: { type: 'string' } } });
const target = out === undefined ? source : path.resolve(out);
if (target !== source) {
  mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'README.md', '.gitignore']) {
    cpSync(path.join(source, file), path.join(target, file));
  }
}

const version = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
if (version(path.join(root, 'package.json')) !== version(path.join(target, 'package.json'))) {
  throw new Error('create-dokku-plugin must have the version of generator-dokku-plugin: update packages/create-dokku-plugin/package.json');
}

for (const folder of ['templates', 'catalog']) {
  rmSync(path.join(target, folder), { recursive: true, force: true });
  cpSync(path.join(root, folder), path.join(target, folder), { recursive: true });
}
cpSync(path.join(root, 'LICENSE'), path.join(target, 'LICENSE'));

const result = await build({
  entryPoints: [path.join(root, 'src', 'cli', 'create-dokku-plugin.ts')],
  outfile: path.join(target, 'index.js'),
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  metafile: true,
  // ejs and other CommonJS dependencies call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// The bundle carries code of other packages: ship each one's licence beside it.
const bundled = new Set(Object.keys(result.metafile.inputs)
  .map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
  .filter(Boolean));
const notices = [...bundled].sort().map((dir) => {
  const { name, version: packageVersion, license } = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const file = readdirSync(path.join(root, dir)).find((entry) => /^(license|licence|copying)/i.test(entry));
  const text = file ? readFileSync(path.join(root, dir, file), 'utf8').trim() : `License: ${license}`;
  return `${name}@${packageVersion} (${license})\n\n${text}\n`;
});
writeFileSync(path.join(target, 'THIRD-PARTY-LICENSES.txt'), notices.join(`\n${'-'.repeat(72)}\n\n`));
console.log(`bundled ${path.join(target, 'index.js')}`);
