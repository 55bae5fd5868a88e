import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from '../support/paths.js';
import { run } from '../support/run.js';

describe('the generated add-on\'s README', () => {
  it('says Dokku does not ship the add-ons plugin, how a host gets it, and what most users use instead', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'addon-readme-')), 'dokku-addon-cache');
    const ran = run(process.execPath, [BIN, '--kind', 'addon', 'cache', '--yes', '--scheme', 'redis', '--no-git', '--directory', dir], { input: '' });
    assert.equal(ran.status, 0, ran.output);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    assert.ok(readme.includes('Dokku does not ship the add-ons plugin.'));
    assert.ok(readme.includes('dokku/dokku pull request #292 (2013, never merged)'));
    assert.ok(readme.includes('git fetch origin pull/292/head && git checkout FETCH_HEAD\ncp -r plugins/addons /var/lib/dokku/plugins/available/addons\ndokku plugin:enable addons\n'));
    assert.ok(readme.includes('[dokku-postgres](https://github.com/dokku/dokku-postgres) and [dokku-redis](https://github.com/dokku/dokku-redis)'));
    assert.ok(readme.indexOf('## Before you install: the add-ons plugin') < readme.indexOf('## Install'));
  });
});
