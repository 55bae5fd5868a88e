import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { builtPlugin } from '../support/built-plugin.js';
import { DokkuHost } from '../support/dokku-host.js';

/**
 * A Go plugin checks an app as Dokku's verify_app_name does (same rule, messages and exit codes) and
 * lists the apps through the app-list trigger, never by reading $DOKKU_ROOT itself.
 */
describe('Go plugins: app names and the app list as Dokku has them', () => {
  let host: DokkuHost;

  before(async () => {
    const pluginDir = await builtPlugin({
      name: 'names',
      language: 'go',
      label: 'names',
      options: { yes: true, git: false, lang: 'go', command: ['enable <app>, Enable', 'show [<app>], Show'], property: ['mode=calm'] },
    });
    // app+1 and 1~x are valid Dokku app names that the old rule ([a-z0-9.-] only) refused.
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('names', pluginDir).createApp('app+1').createApp('1~x');
  });

  function refused(args: string[], status: number, line: string): void {
    const ran = host.dokku(args);
    assert.equal(ran.status, status, ran.output);
    assert.equal(ran.stderr, ` !     ${line}\n`);
    assert.equal(ran.stdout, '');
  }

  it('asks for a missing app, exit 1', () => {
    refused(['names:enable'], 1, 'Please specify an app to run the command on');
  });

  it("refuses a name against Dokku's rule with Dokku's message, exit 1", () => {
    for (const name of ['Web', 'my_app', 'a:b', '-x', '.x']) {
      refused(['names:enable', '--', name], 1, 'App name must begin with lowercase alphanumeric character, and cannot include uppercase characters, colons, or underscores');
    }
    refused(['names:show', 'Web'], 1, 'App name must begin with lowercase alphanumeric character, and cannot include uppercase characters, colons, or underscores');
  });

  it('refuses a valid name of an app that does not exist, exit 20', () => {
    refused(['names:enable', 'ghost'], 20, 'App ghost does not exist');
    refused(['--app', 'ghost', 'names:enable'], 20, 'App ghost does not exist');
  });

  it('accepts every name Dokku accepts', () => {
    for (const app of ['app+1', '1~x']) {
      const ran = host.dokku(['names:enable', app]);
      assert.equal(ran.status, 0, ran.output);
      assert.equal(ran.stdout, `-----> names:enable is not implemented yet\n       app: ${app}\n`);
    }
  });

  it('reports the apps the app-list trigger names, not the directories of $DOKKU_ROOT', () => {
    // A directory that is no app by Dokku's rule; the stub app-list trigger leaves it out, as Dokku does.
    mkdirSync(path.join(host.dokkuRoot, 'Not_An_App'));
    const ran = host.dokku(['names:report']);
    assert.equal(ran.status, 0, ran.output);
    const headings = ran.stdout.split('\n').filter((line) => line.startsWith('=====> '));
    assert.deepEqual(headings, ['=====> 1~x names information', '=====> app+1 names information']);
  });
});

describe('Go plugins on a host without apps', () => {
  it("report without an app says what Dokku says and exits 0, in either format", async () => {
    const pluginDir = await builtPlugin({ name: 'lonely', language: 'go', label: 'lonely', options: { yes: true, git: false, lang: 'go', property: ['mode=calm'] } });
    const host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('lonely', pluginDir);
    for (const args of [['lonely:report'], ['lonely:report', '--format', 'json']]) {
      const ran = host.dokku(args);
      assert.equal(ran.status, 0, ran.output);
      assert.equal(ran.stderr, " !     You haven't deployed any applications yet\n");
      assert.equal(ran.stdout, '');
    }
  });
});
