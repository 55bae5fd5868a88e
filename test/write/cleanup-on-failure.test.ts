import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { run } from '../support/run.js';

const MODULE = path.join(REPO_ROOT, 'dist', 'src', 'write', 'cleanup-on-failure.js');

/** Runs a node program that arms the cleanup for `directory`, writes a file there, then ends as `ending` says. */
function interruptedRun(directory: string, ending: string) {
  const program = [
    `import { mkdirSync, writeFileSync } from 'node:fs';`,
    `import { removeOnFailure } from ${JSON.stringify(MODULE)};`,
    `const finished = removeOnFailure(${JSON.stringify(directory)});`,
    `mkdirSync(${JSON.stringify(path.join(directory, 'subcommands'))}, { recursive: true });`,
    `writeFileSync(${JSON.stringify(path.join(directory, 'subcommands', 'enable'))}, 'half');`,
    ending,
  ].join('\n');
  return run(process.execPath, ['--input-type=module', '-e', program]);
}

describe('a failed or interrupted run leaves no half-written plugin behind', () => {
  const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'cleanup-'));

  it('removes the directory it created when the process is interrupted', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const ran = interruptedRun(directory, "process.kill(process.pid, 'SIGTERM'); setTimeout(() => {}, 5000);");
    assert.equal(ran.status, 143);
    assert.ok(!existsSync(directory));
  });

  it('removes it when the run dies with an error', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const ran = interruptedRun(directory, "throw new Error('disk full');");
    assert.equal(ran.status, 1, ran.output);
    assert.match(ran.stderr, /^Error: disk full$/m);
    assert.ok(!existsSync(directory));
  });

  it('empties a directory that was empty before, and keeps the directory', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    mkdirSync(directory);
    const ran = interruptedRun(directory, "throw new Error('disk full');");
    assert.equal(ran.status, 1, ran.output);
    assert.deepEqual(readdirSync(directory), []);
  });

  it('keeps everything once the run has finished', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const ran = interruptedRun(directory, 'finished(); process.exitCode = 1;');
    assert.equal(ran.status, 1);
    assert.ok(existsSync(path.join(directory, 'subcommands', 'enable')));
  });

  it('never touches a directory that already had files', () => {
    const directory = scratch();
    writeFileSync(path.join(directory, 'mine'), 'keep');
    interruptedRun(directory, "throw new Error('disk full');");
    assert.ok(existsSync(path.join(directory, 'mine')));
  });
});
