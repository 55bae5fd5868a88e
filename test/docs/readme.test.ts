import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPTIONS } from '../../src/cli/options.js';
import { REPO_ROOT } from '../support/paths.js';

describe('README.md', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

  it('opens with the generate command and the test command', () => {
    const opening = readme.split('\n').slice(0, 15).join('\n');
    assert.match(opening, /^npm ci && npm run generate -- \S+ /m);
    assert.match(opening, /^npm ci && npm test$/m);
  });

  it('documents every option in its table', () => {
    const table = readme.slice(readme.indexOf('## Options'), readme.indexOf('## How it is built'));
    for (const spec of OPTIONS) {
      const documented = spec.type === 'boolean' && ['git'].includes(spec.flag) ? `--no-${spec.flag}` : `--${spec.flag}`;
      assert.ok(table.includes(`\`${documented}`), `${documented} is missing from the README's options table`);
    }
  });

  it('says both packages are unpublished, how to run each entry point today, and what changes once published', () => {
    const section = readme.slice(readme.indexOf('## Entry points'), readme.indexOf('### Growing a plugin later'));
    assert.ok(section.includes('Neither package is\nin the npm registry yet'));
    for (const today of ['`npm run generate -- <name> [options]`', '`npm run build && npm link`', '(cd packages/create-dokku-plugin && npm link)',
      'npm exec --yes --package ./create-dokku-plugin-*.tgz -- create-dokku-plugin demo', 'npm exec --yes --package ./generator-dokku-plugin-*.tgz -- generator-dokku-plugin demo']) {
      assert.ok(section.includes(today), today);
    }
    assert.match(section, /Once the packages are published[^]*`npm init dokku-plugin -- <name>\n\[options\]`[^]*`npx create-dokku-plugin\n<name> \[options\]`/);
  });

  it('says the add-on contract belongs to the unmerged add-ons plugin and points to Dokku\'s service plugins', () => {
    const section = readme.slice(readme.indexOf('## Add-ons'), readme.indexOf('## How it is built'));
    assert.match(section, /dokku\/dokku pull request #292, never merged\)\. Dokku does not ship it/);
    assert.match(section, /dokku-postgres[^]*dokku-redis/);
  });
});
