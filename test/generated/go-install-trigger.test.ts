import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../support/generate.js';
import { mustRun, run } from '../support/run.js';

/** The Go variant's install trigger: builds with the host's Go, else in Docker, else says how to fix it. */
describe('the install trigger of a Go plugin', () => {
  let pluginDir = '';
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOKKU_LIB_ROOT: mkdtempSync(path.join(os.tmpdir(), 'go-lib-')),
    DOKKU_SYSTEM_USER: os.userInfo().username,
    DOKKU_SYSTEM_GROUP: run('id', ['-gn']).stdout.trim(),
    ...extra,
  });
  const install = (extra: Record<string, string> = {}) => run(path.join(pluginDir, 'install'), [], { cwd: '/', env: env(extra), timeout: 300_000 });
  const mtime = (file: string) => statSync(path.join(pluginDir, file)).mtimeMs;

  before(async () => {
    ({ pluginDir } = await generate({
      args: ['gobuild'],
      options: { yes: true, lang: 'go', command: ['enable <app>, Enable it'], trigger: ['post-deploy'], repository: 'https://github.com/acme/dokku-gobuild.git' },
    }));
  });

  it('takes its module path from --repository', () => {
    assert.match(readFileSync(path.join(pluginDir, 'go.mod'), 'utf8'), /^module github\.com\/acme\/dokku-gobuild$/m);
  });

  it('builds commands, the subcommands binary with its links and the trigger links, from any directory', () => {
    const ran = install();
    assert.equal(ran.status, 0, ran.output);
    for (const file of ['commands', 'subcommands/subcommands', 'subcommands/enable', 'subcommands/default', 'triggers', 'post-deploy', 'uninstall']) {
      assert.ok(existsSync(path.join(pluginDir, file)), file);
    }
  });

  it('does nothing the second time, and rebuilds once a source is newer', () => {
    assert.equal(install().status, 0);
    const before = mtime('commands');
    const again = install();
    assert.equal(again.status, 0, again.output);
    assert.match(again.stdout, /binaries are up to date/);
    assert.equal(mtime('commands'), before);

    const source = path.join(pluginDir, 'plugin', 'plugin.go');
    const later = new Date(Date.now() + 5_000);
    utimesSync(source, later, later);
    const rebuilt = install();
    assert.equal(rebuilt.status, 0, rebuilt.output);
    assert.match(rebuilt.stdout, /building with go/);
  });

  it('leaves git with nothing to commit: every built file is ignored and nothing tracked is deleted', () => {
    const built = install();
    assert.equal(built.status, 0, built.output);
    mustRun('git', ['init', '-q'], { cwd: pluginDir });
    mustRun('git', ['add', '-A'], { cwd: pluginDir });
    // The generator may already have committed the sources: what counts is what git tracks after add -A.
    const tracked = run('git', ['ls-files'], { cwd: pluginDir });
    assert.equal(tracked.status, 0, tracked.output);
    const files = tracked.stdout.split('\n');
    assert.ok(files.includes('cmd/subcommands/main.go'), tracked.stdout);
    for (const built of ['commands', 'triggers', 'subcommands/subcommands', 'subcommands/enable', 'subcommands/default', 'post-deploy', 'uninstall']) {
      assert.ok(existsSync(path.join(pluginDir, built)), built);
      assert.ok(!files.includes(built), `${built} would be committed:\n${tracked.stdout}`);
    }
    assert.ok(existsSync(path.join(pluginDir, 'Makefile')) && existsSync(path.join(pluginDir, 'cmd', 'help', 'main.go')));
  });

  it('without Go, builds in $DOCKER_BIN with a golang image and Dokku\'s labels', () => {
    const fakeDir = mkdtempSync(path.join(os.tmpdir(), 'fake-docker-'));
    const record = path.join(fakeDir, 'arguments');
    const fake = path.join(fakeDir, 'docker');
    // Records its arguments, then does what the container would: runs the command in the mounted source.
    writeFileSync(fake, [
      '#!/usr/bin/env bash',
      `printf '%s\\n' "$@" > ${JSON.stringify(record)}`,
      'previous="" source=""',
      'for argument in "$@"; do if [[ "$previous" == --volume ]]; then source="${argument%%:*}"; fi; previous="$argument"; done',
      'cd "$source" && GO=go "${@: -4}"',
      '',
    ].join('\n'));
    chmodSync(fake, 0o755);
    const ran = install({ GO: '/nonexistent/go', DOCKER_BIN: fake, DOKKU_GLOBAL_RUN_ARGS: '--label=org.label-schema.vendor=dokku --label=com.dokku' });
    assert.equal(ran.status, 0, ran.output);
    const argumentsGiven = readFileSync(record, 'utf8').trim().split('\n');
    assert.deepEqual(argumentsGiven.slice(0, 3), ['container', 'run', '--rm']);
    assert.ok(argumentsGiven.includes('--label=org.label-schema.vendor=dokku'));
    assert.ok(argumentsGiven.includes('--label=com.dokku'));
    assert.ok(argumentsGiven.includes(`${pluginDir}:/src`));
    assert.ok(argumentsGiven.some((argument) => /^golang:/.test(argument)));
    assert.deepEqual(argumentsGiven.slice(-4), ['bash', 'scripts/build', '--force', '--no-docker']);
  });

  it('with neither Go nor Docker, fails naming both ways to fix it', () => {
    mustRun('make', ['clean'], { cwd: pluginDir });
    const ran = install({ GO: '/nonexistent/go', DOCKER_BIN: '/nonexistent/docker' });
    assert.equal(ran.status, 1);
    assert.match(ran.stderr, /neither Go .* nor Docker/);
    assert.match(ran.stderr, /apt-get install golang-go/);
    assert.match(ran.stderr, /Docker available to Dokku/);
  });

  it('make clean removes only what the build made', () => {
    assert.equal(install().status, 0);
    assert.equal(run('make', ['clean'], { cwd: pluginDir }).status, 0);
    for (const file of ['commands', 'triggers', 'subcommands', 'post-deploy', 'uninstall']) {
      assert.ok(!existsSync(path.join(pluginDir, file)), file);
    }
    for (const file of ['install', 'update', 'scripts/build', 'go.mod', 'plugin/plugin.go', 'plugin.toml']) {
      assert.ok(existsSync(path.join(pluginDir, file)), file);
    }
  });
});
