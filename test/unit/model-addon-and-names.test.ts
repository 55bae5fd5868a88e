import assert from 'node:assert/strict';
import { buildAddonModel, type AddonInput } from '../../src/model/addon-model.js';
import { normalisePluginName, pluginNameProblem } from '../../src/model/plugin-name.js';
import { inputProblems } from '../support/input-problems.js';

const CONTEXT = { cwd: '/home/ann', year: 2031 };
const addon = (input: AddonInput) => buildAddonModel({ name: 'cache', scheme: 'redis', ...input }, CONTEXT);
const UTF8 = 'is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (\ufffd); give the text in UTF-8 (check the terminal\'s encoding, for example LANG=C.UTF-8)';

describe('unit: the add-on model', () => {
  it('fills in every default from the name and the known service of its scheme', () => {
    assert.deepEqual(buildAddonModel({ name: ' dokku-addon-cache ', scheme: ' Redis ' }, CONTEXT), {
      kind: 'addon',
      name: 'cache',
      urlVariable: 'DOKKU_CACHE_URL',
      envPrefix: 'CACHE',
      description: 'Dokku add-on cache',
      author: 'The dokku-addon-cache authors',
      license: 'MIT',
      year: 2031,
      scheme: 'redis',
      port: 6379,
      image: 'redis:7',
      urlPath: false,
      perApp: false,
      dumpRestore: true,
      directory: '/home/ann/dokku-addon-cache',
      shell: { description: '"Dokku add-on cache"' },
      readme: { description: 'Dokku add-on cache' },
      warnings: [],
    });
  });

  it('takes what was given, trimmed, and quotes the description for bash and Markdown', () => {
    assert.deepEqual(buildAddonModel({ name: 'db', scheme: 'postgresql', perApp: true, dumpRestore: false, description: ' D | $x ', author: ' Ann ', license: ' ISC ', directory: 'out' }, CONTEXT), {
      kind: 'addon',
      name: 'db',
      urlVariable: 'DOKKU_DB_URL',
      envPrefix: 'DB',
      description: 'D | $x',
      author: 'Ann',
      license: 'ISC',
      year: 2031,
      scheme: 'postgresql',
      port: 5432,
      image: 'postgres:16',
      urlPath: true,
      perApp: true,
      dumpRestore: false,
      directory: '/home/ann/out',
      shell: { description: '"D | \\$x"' },
      readme: { description: 'D \\| $x' },
      warnings: [],
    });
    assert.equal(addon({ dumpRestore: true }).dumpRestore, true);
    assert.equal(addon({ perApp: false }).perApp, false);
    assert.equal(addon({ name: 'search_index2' }).urlVariable, 'DOKKU_SEARCH_INDEX2_URL');
  });

  it('knows the port, image and URL path of the common services, and warns about any other scheme', () => {
    const known = ['redis', 'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'memcached', 'amqp'].map((scheme) => {
      const model = addon({ scheme });
      return [scheme, model.port, model.image, model.urlPath, model.warnings.length];
    });
    assert.deepEqual(known, [
      ['redis', 6379, 'redis:7', false, 0],
      ['postgres', 5432, 'postgres:16', true, 0],
      ['postgresql', 5432, 'postgres:16', true, 0],
      ['mysql', 3306, 'mysql:8', true, 0],
      ['mariadb', 3306, 'mariadb:11', true, 0],
      ['mongodb', 27017, 'mongo:7', true, 0],
      ['memcached', 11211, 'memcached:1', false, 0],
      ['amqp', 5672, 'rabbitmq:3', true, 0],
    ]);
    const other = addon({ scheme: 'my+s.v-1' });
    assert.deepEqual([other.port, other.image, other.urlPath, other.warnings], [8080, 'my+s.v-1:latest', true, ['no known image for the my+s.v-1 scheme: set the image and port at the top of addon-functions']]);
  });

  it('refuses names that cannot make DOKKU_NAME_URL, on both sides of each rule', () => {
    assert.deepEqual(inputProblems(() => buildAddonModel({ scheme: 'redis' }, CONTEXT)), ['--name: the add-on name is empty; give one such as `redis` or `search_index`']);
    for (const name of ['A', 'a-b', '1a', '_a']) {
      assert.deepEqual(inputProblems(() => addon({ name })), [`--name: "${name}" cannot be part of the environment variable DOKKU_${name.toUpperCase()}_URL: use lowercase letters, digits and "_", starting with a letter`], name);
    }
    assert.deepEqual(inputProblems(() => addon({ name: 'a'.repeat(65) })), [
      '--name: "aaaaaaaaaaaaaaaaaaaaaaaa…" is 65 characters long; an add-on name may have at most 64, so that every file made from it fits the file system\'s 255-byte limit: shorten it',
    ]);
    assert.equal(addon({ name: 'a'.repeat(64) }).name, 'a'.repeat(64));
    assert.equal(addon({ name: 'a_1' }).name, 'a_1');
  });

  it('takes dokku-addon- off the front of a name only, and needs a scheme', () => {
    assert.equal(addon({ name: 'dokku-addon-cache' }).name, 'cache');
    assert.deepEqual(inputProblems(() => addon({ name: 'adokku-addon-b' })), [
      '--name: "adokku-addon-b" cannot be part of the environment variable DOKKU_ADOKKU-ADDON-B_URL: use lowercase letters, digits and "_", starting with a letter',
    ]);
    assert.deepEqual(inputProblems(() => buildAddonModel({ name: 'cache' }, CONTEXT)), [
      '--scheme: required: the URL scheme the service speaks, such as redis, postgres or mysql',
    ]);
  });

  it('refuses text that is not valid UTF-8 even when nothing else is wrong', () => {
    assert.deepEqual(inputProblems(() => addon({ description: 'Cache \ufffd' })), [
      '--description: is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (\ufffd); give the text in UTF-8 (check the terminal\'s encoding, for example LANG=C.UTF-8)',
    ]);
  });

  it('refuses a bad description, author, licence, scheme or an empty directory, each with its flag', () => {
    assert.deepEqual(inputProblems(() => addon({ description: '\u3000' })), [
      '--description: holds only white space or invisible characters (U+3000); give one line saying what the add-on provides',
    ]);
    assert.deepEqual(inputProblems(() => addon({ description: 'a\tb', author: 'a\nb', license: '-x', scheme: '1x', directory: '' })), [
      '--description: give one line saying what the add-on provides',
      '--author: give the copyright holder as one line of text',
      '--license: "-x" is not an SPDX licence identifier such as MIT',
      '--scheme: "1x" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"',
      '--directory: is empty; give the directory to write to, such as --directory dokku-addon-cache (or leave --directory out for ./dokku-addon-cache; use --directory . for the current one)',
    ]);
    assert.deepEqual(inputProblems(() => addon({ author: ' ', license: 'MIT!', scheme: 'x y' })), [
      '--author: give the copyright holder as one line of text',
      '--license: "MIT!" is not an SPDX licence identifier such as MIT',
      '--scheme: "x y" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"',
    ]);
    assert.deepEqual(inputProblems(() => addon({ name: 'Bad', directory: ' ' })).map((line) => line.split(':')[0]), ['--name', '--directory']);
    assert.match(inputProblems(() => addon({ name: 'Bad', directory: ' ' }))[1] ?? '', /--directory dokku-addon-NAME \(or leave --directory out for \.\/dokku-addon-NAME;/);
    assert.deepEqual(inputProblems(() => addon({ scheme: 'x!' })), ['--scheme: "x!" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"']);
    assert.deepEqual(inputProblems(() => addon({ scheme: '!x' })), ['--scheme: "!x" is not a URL scheme: use lowercase letters, digits, "+", "." and "-"']);
    assert.deepEqual(inputProblems(() => addon({ license: '!MIT' })), ['--license: "!MIT" is not an SPDX licence identifier such as MIT']);
  });

  it('names each flag whose text was not UTF-8, in the order of the options', () => {
    const bad = '\ufffd';
    assert.deepEqual(inputProblems(() => buildAddonModel({ name: bad, description: bad, author: bad, license: bad, scheme: bad, directory: bad }, CONTEXT)),
      ['--name', '--description', '--author', '--license', '--scheme', '--directory'].map((flag) => `${flag}: ${UTF8}`));
  });
});

describe('unit: plugin names', () => {
  it('names ":", "/", "\\\\" and white space before the pattern', () => {
    for (const name of ['a b', 'a\tb', 'a/b', 'a\\b', 'a:b', 'A:b']) {
      assert.equal(pluginNameProblem(name), `"${name}" contains ":", "/", "\\" or white space; Dokku uses the name as a directory and as the namespace before ":" (use letters, digits and "-")`, name);
    }
    for (const name of ['A', 'a_b', 'aB', 'a.b']) {
      assert.equal(pluginNameProblem(name), `"${name}" is not a valid plugin name: use lowercase letters, digits and single "-" between them, starting with a letter (for example "mysql-backup")`, name);
    }
    assert.equal(normalisePluginName('dokku-'), '');
    assert.equal(normalisePluginName('my-dokku-x'), 'my-dokku-x');
  });

  it('refuses every core plugin and the builder and scheduler families, not names that only start alike', () => {
    const core = ['app-json', 'apps', 'buildpacks', 'builds', 'caddy-vhosts', 'certs', 'checks', 'common', 'config', 'cron', 'docker-options', 'domains',
      'enter', 'git', 'haproxy-vhosts', 'logs', 'network', 'nginx-vhosts', 'openresty-vhosts', 'plugin', 'ports', 'proxy', 'ps', 'registry', 'repo',
      'resource', 'run', 'shell', 'ssh-keys', 'storage', 'trace', 'traefik-vhosts', 'builder', 'builder-x', 'scheduler', 'scheduler-docker-local'];
    for (const name of core) {
      assert.equal(pluginNameProblem(name), `"${name}" is the name of a Dokku core plugin (or a core plugin family); choose another name`, name);
    }
    for (const name of ['builders', 'my-builder', 'apps2', 'git-tools', 'x-scheduler-y']) {
      assert.equal(pluginNameProblem(name), undefined, name);
    }
    assert.equal(pluginNameProblem('nginx'), '"nginx" is a name the dokku dispatcher handles itself or rewrites to a core plugin, so your plugin would never run; choose another name');
    assert.equal(pluginNameProblem('a'.repeat(64)), undefined);
  });
});
