import assert from 'node:assert/strict';
import { checkLifecycleTriggers } from '../../src/check/behaviour/lifecycle-triggers.js';
import { checkTraceOnRequest } from '../../src/check/behaviour/trace-checks.js';
import { demoCommands, HEADER, type TreeSpec } from './check-support.js';
import { contextFor, described, disposeSessions } from './check-behaviour-support.js';

const INSTALL = `${HEADER}mkdir -p "$DOKKU_LIB_ROOT/data/demo"\n`;
const UNINSTALL = `${HEADER}[[ "\${1:-}" == demo ]] || exit 0\nrm -r "\${DOKKU_LIB_ROOT:?}/data/demo"\n`;

async function lifecycle(files: TreeSpec) {
  const context = contextFor({ commands: { exec: demoCommands() }, 'plugin.toml': '[plugin]\ndescription = "Demo"\nversion = "1.0.0"\n[plugin.config]\n', ...files });
  await checkLifecycleTriggers(context);
  return context.findings.all();
}
const fails = (what: string, status: number, shown: string, file: string) => ({ id: `${file}-fails`, severity: 'error', message: `\`${what}\` exits ${status}: ${shown}; plugn stops there, for every plugin after this one too`, fix: `make ${file} succeed on a host that already has what it sets up`, file });

describe('unit: check, install and uninstall triggers', function () {
  this.timeout(120_000);
  afterEach(disposeSessions);

  it('a plugin without them, and one with correct ones, get no finding', async () => {
    assert.deepEqual(await lifecycle({}), []);
    assert.deepEqual(await lifecycle({ install: { exec: INSTALL }, uninstall: { exec: UNINSTALL } }), []);
    assert.deepEqual(await lifecycle({ install: { exec: INSTALL } }), []);
    assert.deepEqual(await lifecycle({ uninstall: { exec: `${HEADER}[[ "\${1:-}" == demo ]] || exit 0\necho bye\n` } }), []);
  });

  it('an install that fails: up to three lines of what it printed', async () => {
    assert.deepEqual(await lifecycle({ install: { exec: `${HEADER}echo one; echo two; echo three; echo four\nexit 4\n` } }), [fails('plugn trigger install', 4, '"one / two / three"', 'install')]);
  });

  it('an install that fails the second time, from another directory', async () => {
    const install = `${HEADER}if [[ -e "$DOKKU_LIB_ROOT/once" ]]; then echo " !     already installed" >&2; exit 1; fi\ntouch "$DOKKU_LIB_ROOT/once"\n`;
    assert.deepEqual(await lifecycle({ install: { exec: install } }), [fails('plugn trigger install (again, from another directory)', 1, '"!     already installed"', 'install')]);
  });

  it('an install that changes things the second time: the first three paths and how many more', async () => {
    const install = `${HEADER}for f in a b c d; do date +%s%N >>"$DOKKU_LIB_ROOT/$f"; done\n`;
    assert.deepEqual(await lifecycle({ install: { exec: install } }), [
      { id: 'install-not-idempotent', severity: 'error', message: 'the install trigger run a second time (from another directory) changes lib/a, lib/b, lib/c and 1 more', fix: 'skip what is already set up, and use absolute paths (the trigger runs from any directory)', file: 'install' },
    ]);
    const three = `${HEADER}for f in a b c; do date +%s%N >>"$DOKKU_LIB_ROOT/$f"; done\n`;
    assert.deepEqual((await lifecycle({ install: { exec: three } })).map((finding) => finding.message), ['the install trigger run a second time (from another directory) changes lib/a, lib/b, lib/c']);
  });

  it('the plugin\'s own files are named from its directory, and the working directory counts', async () => {
    const install = `${HEADER}date +%s%N >"$PLUGIN_AVAILABLE_PATH/demo/state"\ntouch ./here\n`;
    assert.deepEqual((await lifecycle({ install: { exec: install } })).map((finding) => finding.message), ['the install trigger run a second time (from another directory) changes cwd-2/here, PLUGIN/state']);
  });

  it('an uninstall that acts on another plugin\'s removal: what it changed or ran', async () => {
    const eager = `${HEADER}rm -rf "\${DOKKU_LIB_ROOT:?}/data"\n`;
    assert.deepEqual(await lifecycle({ install: { exec: INSTALL }, uninstall: { exec: eager } }), [
      { id: 'uninstall-ignores-name', severity: 'error', message: '`plugn trigger uninstall check-other-plugin` (another plugin being removed) changes lib/data, lib/data/demo', fix: 'return at once unless "$1" is "demo": Dokku runs every plugin\'s uninstall trigger', file: 'uninstall' },
    ]);
    assert.deepEqual(described(await lifecycle({ uninstall: { exec: `${HEADER}docker volume rm demo || true\n` } })), ['uninstall-ignores-name uninstall: `plugn trigger uninstall check-other-plugin` (another plugin being removed) runs `docker`']);
  });

  it('an uninstall that fails, for another plugin or for its own', async () => {
    assert.deepEqual(await lifecycle({ uninstall: { exec: `${HEADER}echo "not now"; exit 2\n` } }), [fails('plugn trigger uninstall check-other-plugin', 2, '"not now"', 'uninstall')]);
    assert.deepEqual(await lifecycle({ uninstall: { exec: `${HEADER}[[ "\${1:-}" == demo ]] || exit 0\necho cannot\nexit 5\n` } }), [fails('plugn trigger uninstall demo', 5, '"cannot"', 'uninstall')]);
  });

  it('after an install that could not run, uninstall is checked from a clean layout', async () => {
    const install = `${HEADER}mkdir -p "$DOKKU_LIB_ROOT/data/demo"\ndocker pull demo\n`;
    const findings = await lifecycle({ install: { exec: install }, uninstall: { exec: UNINSTALL } });
    assert.deepEqual(findings.map((finding) => `${finding.id} ${finding.message.split(':')[0]}`), ['uninstall-fails `plugn trigger uninstall demo` exits 1', 'not-checked not checked']);
    const failed = await lifecycle({ install: { exec: `${INSTALL}echo " !     broken" >&2\nexit 1\n` }, uninstall: { exec: UNINSTALL } });
    assert.deepEqual(failed.map((finding) => finding.id), ['install-fails', 'uninstall-fails']);
  });

  it('silent failures are errors on the trigger that failed, and one finding per failing run', async () => {
    const failing = async (install: string, uninstall?: string) => (await lifecycle({ install: { exec: install }, ...(uninstall === undefined ? {} : { uninstall: { exec: uninstall } }) })).map((finding) => `${finding.id} ${finding.file ?? '-'}`);
    assert.deepEqual(await failing(`${HEADER}exit 1\n`), ['silent-failure install', 'install-fails install']);
    assert.deepEqual(await failing(`${HEADER}[[ -e "$DOKKU_LIB_ROOT/once" ]] && exit 1\ntouch "$DOKKU_LIB_ROOT/once"\n`), ['silent-failure install', 'install-fails install']);
    assert.deepEqual(await failing(INSTALL, `${HEADER}exit 1\n`), ['silent-failure uninstall', 'uninstall-fails uninstall']);
    assert.deepEqual(await failing(INSTALL, `${HEADER}[[ "\${1:-}" == demo ]] || exit 0\nexit 1\n`), ['silent-failure uninstall', 'uninstall-fails uninstall']);
  });

  it('a second install that fails is not also compared, and uninstall is then checked from a clean layout', async () => {
    const install = `${HEADER}mkdir -p "$DOKKU_LIB_ROOT/data/demo"\nif [[ -e "$DOKKU_LIB_ROOT/once" ]]; then date +%N >"$DOKKU_LIB_ROOT/again"; echo "already"; exit 1; fi\ntouch "$DOKKU_LIB_ROOT/once"\n`;
    assert.deepEqual((await lifecycle({ install: { exec: install }, uninstall: { exec: UNINSTALL } })).map((finding) => `${finding.id} ${finding.message.split(':')[0]}`), [
      'install-fails `plugn trigger install (again, from another directory)` exits 1',
      'uninstall-fails `plugn trigger uninstall demo` exits 1',
    ]);
  });

  it('an uninstall that acts on another plugin\'s removal: every tool it ran, the first three changes, its own files as PLUGIN/', async () => {
    const messages = async (uninstall: string) => (await lifecycle({ uninstall: { exec: uninstall } })).map((finding) => finding.message);
    assert.deepEqual(await messages(`${HEADER}docker rm x || true\nsudo true || true\n`), ['`plugn trigger uninstall check-other-plugin` (another plugin being removed) runs `docker`, `sudo`']);
    assert.deepEqual(await messages(`${HEADER}touch "$DOKKU_LIB_ROOT/a" "$DOKKU_LIB_ROOT/b" "$DOKKU_LIB_ROOT/c" "$DOKKU_LIB_ROOT/d"\n`), ['`plugn trigger uninstall check-other-plugin` (another plugin being removed) changes lib/a, lib/b, lib/c']);
    assert.deepEqual(await messages(`${HEADER}touch "$PLUGIN_AVAILABLE_PATH/demo/state"\n`), ['`plugn trigger uninstall check-other-plugin` (another plugin being removed) changes PLUGIN/state']);
  });

  it('an uninstall that cannot be judged says nothing more', async () => {
    const needy = `${HEADER}[[ "\${1:-}" == demo ]] || exit 0\nsigil -v\n`;
    assert.deepEqual(described(await lifecycle({ uninstall: { exec: needy } })), ['not-checked -: not checked: needs `sigil`: plugn trigger uninstall demo']);
  });
});

describe('unit: check, DOKKU_TRACE', function () {
  this.timeout(60_000);
  afterEach(disposeSessions);

  const trace = async (files: TreeSpec) => {
    const context = contextFor(files);
    await checkTraceOnRequest(context);
    return context.findings.all();
  };

  it('a plugin that traces when asked, or always, gives no finding here', async () => {
    assert.deepEqual(await trace({ commands: { exec: demoCommands() } }), []);
    assert.deepEqual(await trace({ commands: { exec: demoCommands({ before: 'set -x\n' }) } }), []);
  });

  it('no trace under DOKKU_TRACE=1 is a warning on the file that answers NAME:help', async () => {
    const quiet = demoCommands().replace('[[ -n "${DOKKU_TRACE:-}" ]] && set -x\n', '');
    assert.deepEqual(await trace({ commands: { exec: quiet } }), [
      { id: 'trace-not-supported', severity: 'warning', message: '`DOKKU_TRACE=1 dokku demo:help` prints no trace: `dokku --trace` cannot show what the plugin does', fix: 'add [[ -n "${DOKKU_TRACE:-}" ]] && set -x after set -eo pipefail in every script', file: 'commands' },
    ]);
    assert.deepEqual((await trace({ commands: { exec: demoCommands() }, 'subcommands/help': { exec: '#!/usr/bin/env bash\necho "Usage: dokku demo"\n' } })).map((finding) => finding.file), ['subcommands/help']);
  });

  it('a run that cannot be judged says nothing more', async () => {
    const quiet = demoCommands({ nameHelp: 'docker ps' }).replace('[[ -n "${DOKKU_TRACE:-}" ]] && set -x\n', '');
    assert.deepEqual(described(await trace({ commands: { exec: quiet } })), ['not-checked -: not checked: needs `docker`: DOKKU_TRACE=1 dokku demo:help']);
  });
});
