import assert from 'node:assert/strict';
import { accessSync, constants, existsSync } from 'node:fs';
import { blockedFilesProblem, targetDirectoryProblem } from '../../src/write/target-directory.js';

/**
 * Linux's /proc/sys refuses new entries and most of its files refuse writes even to root, so the checks of
 * what the user may not write run here whoever runs the tests.
 */
const PROC_SYS = '/proc/sys';
function procSysRefusesWrites(): boolean {
  const refuses = (file: string, mode: number) => {
    try {
      accessSync(file, mode);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EACCES';
    }
  };
  return existsSync(`${PROC_SYS}/kernel/osrelease`) && refuses(PROC_SYS, constants.W_OK) && refuses(`${PROC_SYS}/kernel`, constants.W_OK)
    && refuses(`${PROC_SYS}/kernel/osrelease`, constants.W_OK);
}

describe('unit: a target directory the user may not write to', () => {
  before(function () {
    if (!procSysRefusesWrites()) {
      this.skip();
    }
  });

  it('refuses the directory itself, naming --directory and the fix, even with --force', () => {
    assert.deepEqual(targetDirectoryProblem(PROC_SYS, true), {
      flag: '--directory',
      message: '/proc/sys is not writable for you (permission denied); choose a --directory you can write to, or change its permissions',
    });
  });

  it('refuses a directory that would have to be made in one', () => {
    assert.deepEqual(targetDirectoryProblem(`${PROC_SYS}/dokku-demo/deeper`, false), {
      flag: '--directory',
      message: '/proc/sys/dokku-demo/deeper cannot be made: /proc/sys is not writable for you (permission denied); choose a --directory you can write to, or change the permissions of /proc/sys',
    });
  });

  it('with --force, names each file and directory that may not be written, once', () => {
    const files = [{ path: 'kernel/osrelease' }, { path: 'kernel/dokku-demo' }, { path: 'dokku-demo' }, { path: 'kernel/osrelease' }, { path: 'new/deeper' }];
    assert.deepEqual(blockedFilesProblem(PROC_SYS, files), {
      flag: '--directory',
      message: 'in /proc/sys, kernel/osrelease (not writable for you), kernel (not writable for you), . (not writable for you) stand in the way of the generated files; nothing was written: move them away, or choose another --directory',
    });
  });
});
