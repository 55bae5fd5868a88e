import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { staticFindings } from '../../src/check/static-checks.js';
import { builtPlugin } from '../support/built-plugin.js';
import { BIN } from '../support/paths.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE } from '../support/specs.js';
import { checkCli, generatedCopy } from './static-support.js';

describe('check: every plugin this generator makes checks clean', () => {
  for (const spec of SPECS_BY_LANGUAGE) {
    it(`${spec.label}${spec.language === 'go' ? ', built' : ''}: no static finding at all`, async () => {
      const pluginDir = await builtPlugin(spec);
      assert.deepEqual(await staticFindings(pluginDir), []);
    });
  }

  it('a Go plugin before its install trigger built it: no static finding', async () => {
    assert.deepEqual(await staticFindings(generatedCopy(['demo', '--lang', 'go', '--command', 'enable <app>, Enable demo', '--trigger', 'post-deploy', '--property', 'enabled=false'])), []);
  });

  for (const args of [['--scheme', 'redis'], ['--scheme', 'postgres', '--per-app'], ['--scheme', 'memcached', '--no-dump-restore']]) {
    it(`an add-on (${args.join(' ')}): no static finding`, async () => {
      assert.deepEqual(await staticFindings(generatedCopy(['--kind', 'addon', 'cache', ...args])), []);
    });
  }

  for (const args of [['demo'], ['demo', '--lang', 'go'], ['--kind', 'addon', 'cache', '--scheme', 'redis']]) {
    it(`${args.join(' ')}: its CI runs make check, with annotations, after the unit tests`, () => {
      const workflow = readFileSync(path.join(generatedCopy(args), '.github', 'workflows', 'ci.yml'), 'utf8');
      const step = '      - run: make lint unit-tests\n      - name: dokku-plugin check (annotates the pull request)\n        run: make check CHECK_FLAGS="--format github"\n';
      assert.ok(workflow.includes(step), workflow);
    });
  }

  it('an add-on\'s own `make check` runs check on it and passes', () => {
    const addonDir = generatedCopy(['--kind', 'addon', 'cache', '--scheme', 'redis']);
    const ran = run('make', ['check', `DOKKU_PLUGIN_CHECK=${process.execPath} ${BIN} check`], { cwd: addonDir, timeout: 300_000 });
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /^plugin: 0 errors, 0 warnings, \d+ info; check passed$/m);
  });

  it('the command line passes a generated plugin with the report kit, exit 0', () => {
    const pluginDir = generatedCopy(['demo', '--command', 'enable <app>, Enable demo', '--trigger', 'post-deploy', '--property', 'enabled=false']);
    const ran = checkCli([pluginDir]);
    assert.equal(ran.status, 0, ran.output);
    assert.match(ran.stdout, /: 0 errors, 0 warnings, \d+ info; check passed$/m);
  });
});
