import assert from 'node:assert/strict';
import type { DokkuLayout } from '../../src/check/behaviour/dokku-layout.js';
import type { Ran } from '../../src/check/behaviour/run-async.js';
import { classifyRun, isTraceLine } from '../../src/check/behaviour/run-outcome.js';

const ROOT = '/tmp/check.x/layout-1';
const layout = (needs: string[] = [], name = 'demo') => ({ root: ROOT, name, coreDir: '/opt/dou.ble/core-plugins', pluginPath: `${ROOT}/plugins`, needs: () => needs }) as unknown as DokkuLayout;
const ran = (stderr: string, status: number | null = 1, stdout = '', extra: Partial<Ran> = {}): Ran => ({ status, stdout, stderr, ms: 5, timedOut: false, ...extra });
const classify = (stderr: string, name = 'demo') => {
  const { needs, bashErrors } = classifyRun(ran(stderr), layout([], name));
  return { needs, bashErrors };
};

describe('unit: check, what one run shows', () => {
  it('trace lines start with one or more + and a space', () => {
    assert.equal(isTraceLine('+ echo hi'), true);
    assert.equal(isTraceLine('+++ echo hi'), true);
    assert.equal(isTraceLine('+echo'), false);
    assert.equal(isTraceLine(' + echo'), false);
    assert.equal(isTraceLine('a + b'), false);
  });

  it('a quiet success', () => {
    assert.deepEqual(classifyRun(ran('', 0, 'done\n'), layout()), {
      ran: ran('', 0, 'done\n'), needs: [], bashErrors: [], output: 'done\n\n', traced: false, failed: false, silent: false, saysWhy: false, notADokkuCommand: false,
    });
  });

  it('output is stdout then stderr without trace lines, with the layout\'s path as <root>', () => {
    const outcome = classifyRun(ran(`+ cd ${ROOT}/cwd\nin ${ROOT}/home\n++ x\n`, 0, `at ${ROOT}/lib and ${ROOT}/cwd\n`), layout());
    assert.equal(outcome.output, 'at <root>/lib and <root>/cwd\n\nin <root>/home\n');
    assert.equal(outcome.traced, true);
    assert.equal(classifyRun(ran('', 0, '+ not a trace on stdout\n'), layout()).traced, false);
  });

  it('failed, silent, says why, not a dokku command', () => {
    const silent = classifyRun(ran(' \n', 2), layout());
    assert.deepEqual([silent.failed, silent.silent, silent.saysWhy], [true, true, false]);
    const killed = classifyRun(ran('', null), layout());
    assert.deepEqual([killed.failed, killed.silent], [true, true]);
    const traceOnly = classifyRun(ran('+ exit 1\n', 1), layout());
    assert.deepEqual([traceOnly.silent, traceOnly.traced], [true, true]);
    const reasoned = classifyRun(ran('noise\n !     App x does not exist\n', 1), layout());
    assert.deepEqual([reasoned.failed, reasoned.silent, reasoned.saysWhy], [true, false, true]);
    assert.equal(classifyRun(ran(' !    four spaces\n'), layout()).saysWhy, false);
    assert.equal(classifyRun(ran(' !      \n'), layout()).saysWhy, false);
    assert.equal(classifyRun(ran('x !     y\n'), layout()).saysWhy, false);
    assert.equal(classifyRun(ran('', 1, ' !     on stdout\n'), layout()).saysWhy, true);
    assert.equal(classifyRun(ran(' !     `demo:x` is not a dokku command.\n'), layout()).notADokkuCommand, true);
    assert.equal(classifyRun(ran('', 0, 'ok'), layout()).silent, false);
  });

  it('what the double lacks: tools the stubs recorded, first, then what the output shows', () => {
    assert.deepEqual(classifyRun(ran('plugin.toml has no [plugin.config] table\n'), layout(['docker', 'sudo'])).needs, ['`docker`', '`sudo`', 'a [plugin.config] table in plugin.toml']);
  });

  it('a missing file of another plugin is a need; of this plugin, its bug', () => {
    assert.deepEqual(classify('bash: /opt/dou.ble/core-plugins/apps/functions: No such file or directory\n'), { needs: ['the apps core plugin\'s files'], bashErrors: [] });
    assert.deepEqual(classify(`${ROOT}/plugins/available/other/functions: No such file or directory\n`), { needs: ['the other core plugin\'s files'], bashErrors: [] });
    assert.deepEqual(classify(`  ${ROOT}/plugins/available/demo/lib/x: No such file or directory  \n`), { needs: [], bashErrors: [`${ROOT}/plugins/available/demo/lib/x: No such file or directory`] });
    assert.deepEqual(classify('/opt/douXble/core-plugins/apps/functions: No such file or directory\n'), { needs: [], bashErrors: [] });
    assert.deepEqual(classify(`${ROOT}/plugins/availableX/other/f: No such file or directory\n`), { needs: [], bashErrors: [] });
    assert.deepEqual(classify('/tmp/checkYx/layout-1/plugins/available/other/f: No such file or directory\n'), { needs: [], bashErrors: [] });
  });

  it('a Dokku install, root or the dokku user are needs', () => {
    assert.deepEqual(classify('cat: /var/lib/dokku/config/x: No such file or directory\n/home/dokku/VHOST: No such file or directory\n').needs, ['a Dokku install at /var/lib/dokku']);
    for (const line of ['chown: invalid user: \'dokku:dokku\'', 'chgrp: invalid group: dokku', 'chown: invalid user: ‘dokku’', 'mkdir: Operation not permitted', 'This script must be run as root', 'you must be root', 'MUST BE ROOT']) {
      assert.deepEqual(classify(`${line}\n`), { needs: ['root and Dokku\'s dokku user'], bashErrors: [] }, line);
    }
    assert.deepEqual(classify('chown: invalid user: \'nobody\'\n'), { needs: [], bashErrors: [] });
  });

  it('a command not found: the plugin\'s own function is its bug, anything else a need', () => {
    assert.deepEqual(classify('commands: line 3: docker-thing: command not found\njq: command not found\n'), { needs: ['`docker-thing`', '`jq`'], bashErrors: [] });
    assert.deepEqual(classify('x: line 1: fn-demo-data: command not found\ncmd-demo-set: command not found\n line 2: trigger-demo-x: command not found\n').bashErrors,
      ['x: line 1: fn-demo-data: command not found', 'cmd-demo-set: command not found', 'line 2: trigger-demo-x: command not found']);
    assert.deepEqual(classify('fn-other-data: command not found\nfn-demodata: command not found\nxfn-demo-x: command not found\n').needs, ['`fn-other-data`', '`fn-demodata`', '`xfn-demo-x`']);
    assert.deepEqual(classify('fn-deXmo-a: command not found\n', 'de.mo'), { needs: ['`fn-deXmo-a`'], bashErrors: [] });
  });

  it('an unbound variable: Dokku\'s own ones are needs, others the plugin\'s bug', () => {
    assert.deepEqual(classify('line 4: DOKKU_ROOT: unbound variable\nPLUGIN_PATH: unbound variable\nDOCKER_BIN: unbound variable\n').needs, ['$DOKKU_ROOT from Dokku\'s environment', '$PLUGIN_PATH from Dokku\'s environment', '$DOCKER_BIN from Dokku\'s environment']);
    assert.deepEqual(classify('x: line 4: app: unbound variable\n  1: unbound variable\nMY_DOKKU_X: unbound variable\n').bashErrors, ['x: line 4: app: unbound variable', '1: unbound variable', 'MY_DOKKU_X: unbound variable']);
  });

  it('syntax errors, bad substitutions and subscripts are bash errors; trace lines are never read', () => {
    assert.deepEqual(classify('  x: line 2: syntax error near `fi\'\n${x: bad substitution\na: bad array subscript\n+ echo "a: unbound variable"\nordinary\n').bashErrors,
      ['x: line 2: syntax error near `fi\'', '${x: bad substitution', 'a: bad array subscript']);
  });

  it('lines of stdout are read too', () => {
    assert.deepEqual(classifyRun(ran('', 1, 'jq: command not found\n'), layout()).needs, ['`jq`']);
  });

  it('a file that cannot start is a need, naming why', () => {
    assert.deepEqual(classifyRun(ran('', null, '', { spawnError: 'spawn EACCES' }), layout()).needs, ['a plugin file that runs (spawn EACCES)']);
  });
});
