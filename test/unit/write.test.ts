import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { packageRoot } from '../../src/package-root.js';
import { displayDirectory, fileList, nextSteps } from '../../src/write/summary.js';
import { blockedFilesProblem, directoryEntries, targetDirectoryProblem, writeErrorProblem } from '../../src/write/target-directory.js';
import { writeFiles } from '../../src/write/write-files.js';
import { newTreeOptions, writeNewTree } from '../../src/write/write-new-tree.js';
import { inputProblems } from '../support/input-problems.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-write-'));
const isRoot = process.getuid?.() === 0;

describe('unit: the summary after writing', () => {
  it('shows the directory relative to where the user is, when it is below', () => {
    assert.equal(displayDirectory('/home/u/dokku-demo', '/home/u'), 'dokku-demo');
    assert.equal(displayDirectory('/home/u', '/home/u'), '.');
    assert.equal(displayDirectory('/tmp/dokku-demo', '/home/u'), '/tmp/dokku-demo');
    assert.equal(displayDirectory('/home/u/a/b', '/home/u'), 'a/b');
  });

  it('lists files sorted, marking executables', () => {
    assert.deepEqual(fileList([
      { path: 'b', content: '', mode: 0o644, ownership: 'author' as const },
      { path: 'a/x', content: '', mode: 0o755, ownership: 'author' as const },
      { path: 'c', content: '', mode: 0o744, ownership: 'author' as const },
      { path: 'd', content: '', mode: 0o654, ownership: 'author' as const },
    ]), ['  a/x  (executable)', '  b', '  c  (executable)', '  d']);
  });

  it('says where to go and how to install, by whether git was used', () => {
    const model = buildPluginModel({ name: 'demo', description: 'Demo', directory: 'out/dokku-demo', repository: 'https://example.com/dokku-demo.git' }, { cwd: process.cwd(), year: 2026 });
    assert.deepEqual(nextSteps(model, 12, 'git repository initialised with a first commit'), [
      '',
      'Created dokku-demo in out/dokku-demo: 12 files. git repository initialised with a first commit.',
      'Next:',
      '  cd out/dokku-demo',
      '  make lint unit-tests',
      '  # push it, then on the Dokku host:',
      '  sudo dokku plugin:install https://example.com/dokku-demo.git --name demo',
    ]);
    const here = buildPluginModel({ name: 'demo', description: 'Demo', directory: '.' }, { cwd: process.cwd(), year: 2026 });
    assert.deepEqual(nextSteps(here, 3, undefined), [
      '',
      'Created dokku-demo in .: 3 files.',
      'Next:',
      '  make lint unit-tests',
      '  # publish it at https://github.com/your-github-user/dokku-demo.git, then on the Dokku host:',
      '  sudo dokku plugin:install https://github.com/your-github-user/dokku-demo.git --name demo',
    ]);
    assert.equal(nextSteps(here, 3, '')[1], 'Created dokku-demo in .: 3 files.');
  });
});

describe('unit: the target directory', () => {
  it('lists what a directory holds, and nothing for one that is missing', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a'), '');
    assert.deepEqual(directoryEntries(dir), ['a']);
    assert.deepEqual(directoryEntries(path.join(dir, 'missing')), []);
  });

  it('accepts a missing or empty directory, and a full one only with --force', () => {
    const dir = scratch();
    assert.equal(targetDirectoryProblem(path.join(dir, 'new', 'deeper'), false), undefined);
    assert.equal(targetDirectoryProblem(dir, false), undefined);
    writeFileSync(path.join(dir, 'mine'), '');
    assert.deepEqual(targetDirectoryProblem(dir, false), {
      flag: '--directory',
      message: `${dir} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
    });
    assert.equal(targetDirectoryProblem(dir, true), undefined);
  });

  it('refuses a file, a file on the way, a dangling link and names too long, even with --force', () => {
    const dir = scratch();
    const file = path.join(dir, 'file');
    writeFileSync(file, '');
    assert.deepEqual(targetDirectoryProblem(file, true), { flag: '--directory', message: `${file} is a file, not a directory; choose another --directory (or move the file away)` });
    assert.equal(targetDirectoryProblem(path.join(file, 'sub'), true)?.message,
      `${file}/sub cannot be made: ${file} is a file, not a directory; choose another --directory`);
    const link = path.join(dir, 'link');
    symlinkSync(path.join(dir, 'nowhere'), link);
    assert.equal(targetDirectoryProblem(link, true)?.message, `${link} is a symbolic link to nothing; choose another --directory, or make the directory it points to`);
    assert.equal(targetDirectoryProblem(path.join(link, 'sub'), true)?.message,
      `${link}/sub cannot be made: ${link} is a symbolic link to nothing; choose another --directory, or make the directory it points to`);
    const long = 'x'.repeat(256);
    assert.equal(targetDirectoryProblem(path.join(dir, long), true)?.message,
      `"${'x'.repeat(24)}…" is 256 bytes long, and a file system takes names of at most 255; choose a --directory with shorter names`);
    assert.equal(targetDirectoryProblem(path.join(dir, 'x'.repeat(255)), true), undefined);
    const deep = path.join(dir, ...Array.from({ length: 40 }, () => 'y'.repeat(100)));
    assert.equal(targetDirectoryProblem(deep, true)?.message,
      `the path is ${Buffer.byteLength(deep)} bytes long, and with the files below it would pass the file system's limit of 4096; choose a --directory of at most 3840 bytes`);
    let limit = dir;
    while (Buffer.byteLength(limit) + 201 <= 3840) {
      limit += `/${'z'.repeat(200)}`;
    }
    limit += `/${'z'.repeat(3840 - Buffer.byteLength(limit) - 1)}`;
    assert.equal(Buffer.byteLength(limit), 3840);
    assert.equal(targetDirectoryProblem(limit, true), undefined);
    assert.equal(targetDirectoryProblem(`${limit}z`, true)?.message,
      "the path is 3841 bytes long, and with the files below it would pass the file system's limit of 4096; choose a --directory of at most 3840 bytes");
  });

  it('refuses a directory the user cannot write to', function () {
    if (isRoot) {
      this.skip();
    }
    const dir = scratch();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    assert.equal(targetDirectoryProblem(locked, false)?.message,
      `${locked} is not writable for you (permission denied); choose a --directory you can write to, or change its permissions`);
    assert.equal(targetDirectoryProblem(path.join(locked, 'sub'), false)?.message,
      `${locked}/sub cannot be made: ${locked} is not writable for you (permission denied); choose a --directory you can write to, or change the permissions of ${locked}`);
    assert.equal(blockedFilesProblem(locked, [{ path: 'a/b' }])?.message,
      `in ${locked}, . (not writable for you) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`);
    chmodSync(locked, 0o755);
    mkdirSync(path.join(locked, 'a'));
    writeFileSync(path.join(locked, 'a', 'b'), '');
    chmodSync(path.join(locked, 'a', 'b'), 0o444);
    chmodSync(path.join(locked, 'a'), 0o555);
    assert.equal(blockedFilesProblem(locked, [{ path: 'a/b' }, { path: 'a/c' }])?.message,
      `in ${locked}, a/b (not writable for you), a (not writable for you) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`);
    chmodSync(path.join(locked, 'a'), 0o755);
  });

  it('names what stands in the way of a forced write, once each', () => {
    const dir = scratch();
    assert.equal(blockedFilesProblem(path.join(dir, 'new'), [{ path: 'a' }]), undefined);
    writeFileSync(path.join(dir, 'tests'), '');
    mkdirSync(path.join(dir, 'README.md'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'ok'), '');
    assert.equal(blockedFilesProblem(dir, [{ path: 'sub/ok' }, { path: 'sub/new' }, { path: 'plain' }]), undefined);
    mkdirSync(path.join(dir, 'sub', 'deeper'));
    assert.equal(blockedFilesProblem(dir, [{ path: 'sub/ok/x' }, { path: 'sub/deeper' }])?.message,
      `in ${dir}, sub/ok (a file where a directory is needed), sub/deeper (a directory where a file is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`);
    assert.deepEqual(blockedFilesProblem(dir, [{ path: 'tests/unit/a.bats' }, { path: 'tests/unit/b.bats' }, { path: 'README.md' }, { path: 'plain' }]), {
      flag: '--directory',
      message: `in ${dir}, tests (a file where a directory is needed), README.md (a directory where a file is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`,
    });
  });

  it('turns file system errors into problems naming --directory and the fix', () => {
    const error = (code: string, where?: string) => Object.assign(new Error(code), { code, ...(where ? { path: where } : {}) });
    const expected: Record<string, string> = {
      EACCES: 'cannot write /p/f: permission denied; choose a --directory you can write to, or change its permissions',
      EPERM: 'cannot write /p/f: operation not permitted; choose a --directory you can write to, or change its permissions',
      EROFS: 'cannot write /p/f: read-only file system; choose a --directory on a writable one',
      ENOSPC: 'cannot write /p/f: no space left on the device; free some space, or choose a --directory on another device',
      EDQUOT: 'cannot write /p/f: disk quota exceeded; free some space, or choose a --directory elsewhere',
      ENAMETOOLONG: 'cannot write /p/f: the path is too long for the file system; choose a shorter --directory',
      ENOTDIR: 'cannot write /p/f: a file stands where a directory is needed; choose another --directory, or move that file away',
      EEXIST: 'cannot write /p/f: something else already stands there; choose another --directory, or move it away',
      EISDIR: 'cannot write /p/f: a directory stands where a file is needed; choose another --directory, or move that directory away',
    };
    for (const [code, message] of Object.entries(expected)) {
      assert.deepEqual(writeErrorProblem(error(code, '/p/f'), '/p'), { flag: '--directory', message }, code);
    }
    assert.equal(writeErrorProblem(error('EACCES'), '/p')?.message, 'cannot write /p: permission denied; choose a --directory you can write to, or change its permissions');
    assert.equal(writeErrorProblem(error('EBUSY', '/p/f'), '/p'), undefined);
    assert.equal(writeErrorProblem(new Error('bug'), '/p'), undefined);
  });
});

describe('unit: writing the files', () => {
  it('writes each file with its exact mode, making directories', () => {
    const dir = scratch();
    const old = process.umask(0o077);
    try {
      writeFiles(dir, [{ path: 'a/b/run', content: '#!/bin/sh\n', mode: 0o755, ownership: 'author' as const }, { path: 'README.md', content: 'hi\n', mode: 0o644, ownership: 'author' as const }]);
    } finally {
      process.umask(old);
    }
    assert.equal(readFileSync(path.join(dir, 'a/b/run'), 'utf8'), '#!/bin/sh\n');
    assert.equal(statSync(path.join(dir, 'a/b/run')).mode & 0o777, 0o755);
    assert.equal(statSync(path.join(dir, 'README.md')).mode & 0o777, 0o644);
  });

  it('reports a file system error as a problem with --directory', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'a'));
    assert.deepEqual(inputProblems(() => writeFiles(dir, [{ path: 'a', content: '', mode: 0o644, ownership: 'author' as const }])), [
      `--directory: cannot write ${dir}/a: a directory stands where a file is needed; choose another --directory, or move that directory away`,
    ]);
    assert.throws(() => writeFiles(dir, [{ path: 'b', content: 1 as unknown as string, mode: 0o644, ownership: 'author' as const }]), { code: 'ERR_INVALID_ARG_TYPE' });
  });

  it('reads --force, --dry-run and --no-git', () => {
    assert.deepEqual(newTreeOptions({}, 'Ann'), { force: false, dryRun: false, git: true, author: 'Ann' });
    assert.deepEqual(newTreeOptions({ force: true, 'dry-run': true, git: false }, 'Ann'), { force: true, dryRun: true, git: false, author: 'Ann' });
    assert.deepEqual(newTreeOptions({ force: 'yes', 'dry-run': 1, git: undefined }, 'Ann'), { force: false, dryRun: false, git: true, author: 'Ann' });
  });

  it('writes a new tree, lists it on a dry run, and refuses a full directory', () => {
    const dir = path.join(scratch(), 'out');
    const files = [{ path: 'x', content: 'x\n', mode: 0o644, ownership: 'author' as const }, { path: 'run', content: '', mode: 0o755, ownership: 'author' as const }];
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => { written.push(chunk); return true; }) as typeof process.stdout.write;
    let dry: string | undefined | false;
    try {
      dry = writeNewTree(dir, files, { force: false, dryRun: true, git: false, author: 'Ann' });
    } finally {
      process.stdout.write = write;
    }
    assert.equal(dry, false);
    assert.deepEqual(written, [`Would write 2 files to ${dir}:\n  run  (executable)\n  x\n`]);
    assert.equal(existsSync(dir), false);
    assert.equal(writeNewTree(dir, files, { force: false, dryRun: false, git: false, author: 'Ann' }), undefined);
    assert.equal(readFileSync(path.join(dir, 'x'), 'utf8'), 'x\n');
    assert.deepEqual(inputProblems(() => writeNewTree(dir, files, { force: false, dryRun: false, git: false, author: 'Ann' })), [
      `--directory: ${dir} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`,
    ]);
    mkdirSync(path.join(dir, 'y'));
    assert.deepEqual(inputProblems(() => writeNewTree(dir, [{ path: 'y', content: '', mode: 0o644, ownership: 'author' as const }], { force: true, dryRun: false, git: false, author: 'Ann' })), [
      `--directory: in ${dir}, y (a directory where a file is needed) stand in the way of the generated files; nothing was written: move them away, or choose another --directory`,
    ]);
    rmSync(dir, { recursive: true });
  });
});

describe('unit: the package root', () => {
  it('is the nearest directory above with templates/ and catalog/', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'templates'));
    mkdirSync(path.join(dir, 'catalog'));
    mkdirSync(path.join(dir, 'dist', 'src'), { recursive: true });
    assert.equal(packageRoot(path.join(dir, 'dist', 'src')), dir);
    assert.equal(packageRoot(dir), dir);
    const half = scratch();
    mkdirSync(path.join(half, 'templates'));
    assert.throws(() => packageRoot(half), { message: `templates/ and catalog/ were not found above ${half}: the package is incomplete` });
    assert.ok(existsSync(path.join(packageRoot(), 'templates', 'common', 'README.md')));
  });
});
