import assert from 'node:assert/strict';
import path from 'node:path';
import { guessPluginName, PLUGIN_NAME } from '../../src/check/behaviour/plugin-name.js';
import { writeTree } from './check-support.js';

const load = (name: string) => `source "$PLUGIN_AVAILABLE_PATH/${name}/functions"\n`;

describe('unit: check, the name of the plugin under check', () => {
  it('the name its files load themselves under, the most frequent one, core plugins left out', () => {
    const dir = writeTree({
      commands: `${load('common')}${load('apps')}${load('memo')}`,
      functions: `source "\${PLUGIN_AVAILABLE_PATH}/memo/internal-functions"\n${load('other')}`,
      'subcommands/show': `${load('memo')}${load('config')}`,
    }, 'dokku-whatever');
    assert.deepEqual(guessPluginName(dir), { name: 'memo', fromFiles: true });
  });

  it('core plugins never name it, however often they are loaded', () => {
    assert.deepEqual(guessPluginName(writeTree({ commands: `${load('common')}${load('common')}${load('apps')}${load('mine')}` })), { name: 'mine', fromFiles: true });
    assert.deepEqual(guessPluginName(writeTree({ commands: `${load('common')}${load('config')}` }, 'dokku-dir')), { name: 'dir', fromFiles: false });
  });

  it('a broken link among the files is passed over', () => {
    assert.deepEqual(guessPluginName(writeTree({ 'a-gone': { link: 'missing' }, commands: load('mine') })), { name: 'mine', fromFiles: true });
  });

  it('a name in subcommands/ counts, as much as one at the root', () => {
    const dir = writeTree({ commands: load('first'), 'subcommands/a': `${load('second')}${load('second')}` });
    assert.deepEqual(guessPluginName(dir), { name: 'second', fromFiles: true });
  });

  it('of two names as frequent, the one read first', () => {
    assert.deepEqual(guessPluginName(writeTree({ a: load('alpha'), b: load('beta') })), { name: 'alpha', fromFiles: true });
    assert.deepEqual(guessPluginName(writeTree({ a: load('beta'), b: load('alpha') })), { name: 'beta', fromFiles: true });
  });

  it('only a plugin name followed by a slash counts', () => {
    assert.deepEqual(guessPluginName(writeTree({ commands: 'echo "$PLUGIN_AVAILABLE_PATH/Memo/x $PLUGIN_AVAILABLE_PATH/-x/y $PLUGIN_AVAILABLE_PATH/memo"\n' }, 'dokku-dir')), { name: 'dir', fromFiles: false });
  });

  it('files of 256 KiB or more and binaries are not read; folders are passed over', () => {
    const big = `${load('big')}${'#'.repeat(256 * 1024)}`;
    assert.deepEqual(guessPluginName(writeTree({ commands: big, 'subcommands/x/y': load('deep') }, 'dokku-dir')), { name: 'dir', fromFiles: false });
    const justUnder = `${load('under')}${'#'.repeat(256 * 1024 - 1 - load('under').length)}`;
    assert.deepEqual(guessPluginName(writeTree({ commands: justUnder })), { name: 'under', fromFiles: true });
    assert.deepEqual(guessPluginName(writeTree({ commands: `${justUnder}#` }, 'dokku-dir')), { name: 'dir', fromFiles: false });
    assert.deepEqual(guessPluginName(writeTree({ commands: `\0${load('binary')}` }, 'dokku-dir')), { name: 'dir', fromFiles: false });
    assert.deepEqual(guessPluginName(writeTree({ commands: `${'#'.repeat(8000)}\0${load('late')}` }, 'dokku-dir')), { name: 'late', fromFiles: true });
    assert.deepEqual(guessPluginName(writeTree({ commands: `${'#'.repeat(7999)}\0${load('late')}` }, 'dokku-dir')), { name: 'dir', fromFiles: false });
  });

  it('else the directory\'s name, lowercased, without dokku-; plugin when that is no valid name', () => {
    assert.deepEqual(guessPluginName(writeTree({}, 'Dokku-Memo')), { name: 'memo', fromFiles: false });
    assert.deepEqual(guessPluginName(writeTree({}, 'my-dokku-tool')), { name: 'my-dokku-tool', fromFiles: false });
    assert.deepEqual(guessPluginName(`${writeTree({}, 'dokku-dot')}${path.sep}.`), { name: 'dot', fromFiles: false });
    for (const name of ['dokku-', 'my_plugin', '-x', 'dokku-9x.y']) {
      assert.deepEqual(guessPluginName(writeTree({}, name)), { name: 'plugin', fromFiles: false }, name);
    }
    assert.deepEqual(guessPluginName(writeTree({}, '9lives')), { name: '9lives', fromFiles: false });
  });

  it('a valid name: lowercase letters, digits and -, not starting with -', () => {
    assert.equal(PLUGIN_NAME.test('a-1'), true);
    assert.equal(PLUGIN_NAME.test('1a'), true);
    assert.equal(PLUGIN_NAME.test('a'), true);
    assert.equal(PLUGIN_NAME.test('-a'), false);
    assert.equal(PLUGIN_NAME.test('a_b'), false);
    assert.equal(PLUGIN_NAME.test('aB'), false);
    assert.equal(PLUGIN_NAME.test(''), false);
  });
});
