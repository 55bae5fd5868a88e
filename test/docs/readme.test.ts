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
});
