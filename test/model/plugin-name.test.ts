import assert from 'node:assert/strict';
import { normalisePluginName, pluginNameProblem } from '../../src/model/plugin-name.js';

describe('plugin names', () => {
  it('drops a leading dokku- so the repository name can be given', () => {
    assert.equal(normalisePluginName('dokku-mysql-backup'), 'mysql-backup');
    assert.equal(normalisePluginName('mysql-backup'), 'mysql-backup');
  });

  it('accepts lowercase names with digits and single hyphens', () => {
    for (const name of ['demo', 'mysql-backup', 'a1', 'http-auth2']) {
      assert.equal(pluginNameProblem(name), undefined, name);
    }
  });

  it('rejects names Dokku cannot dispatch to, naming the problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ['My-Plugin', /lowercase/],
      ['demo:x', /":"/],
      ['my plugin', /white space/],
      ['a/b', /"\/"/],
      ['a\\b', /"\\"/],
      ['-demo', /not a valid plugin name/],
      ['demo-', /not a valid plugin name/],
      ['de--mo', /not a valid plugin name/],
      ['1demo', /starting with a letter/],
      ['apps', /core plugin/],
      ['nginx-vhosts', /core plugin/],
      ['builder-dockerfile', /core plugin/],
      ['scheduler-k3s', /core plugin/],
      ['nginx', /dispatcher/],
      ['herokuish', /dispatcher/],
      ['report', /dispatcher/],
      ['help', /dispatcher/],
      // Every name Dokku's dispatcher takes for itself, written out: each must be refused.
      ...['docker-local', 'dockerfile', 'herokuish', 'k3s', 'lambda', 'nixpacks', 'pack', 'rails', 'events', 'caddy',
        'haproxy', 'nginx', 'openresty', 'traefik', 'deploy', 'cleanup', 'url', 'urls', 'report', 'help', 'version']
        .map((name): [string, RegExp] => [name, /dispatcher/]),
    ];
    for (const [name, pattern] of cases) {
      assert.match(pluginNameProblem(name) ?? 'accepted', pattern, `name ${JSON.stringify(name)}`);
    }
  });
});
