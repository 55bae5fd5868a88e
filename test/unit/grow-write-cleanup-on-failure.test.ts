import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeOnFailure } from '../../src/write/cleanup-on-failure.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-cleanup-'));
const EVENTS = ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Handler = (signal?: NodeJS.Signals) => void;
const listenersOf = (event: string) => (process.listeners as unknown as (name: string) => Handler[]).call(process, event);

/**
 * Arms the cleanup for `directory` and returns the handlers it added for the end of the process and for
 * each signal (the process itself is not ended: the handlers are called directly), with its `finished`.
 */
function armed(directory: string) {
  const before = new Map(EVENTS.map((event) => [event, listenersOf(event)]));
  const finished = removeOnFailure(directory);
  const added = new Map(EVENTS.map((event) => [event, listenersOf(event).filter((listener) => !(before.get(event) ?? []).includes(listener))]));
  return { finished, added };
}

/** What the run writes before it fails. */
function halfWritten(directory: string) {
  mkdirSync(path.join(directory, 'subcommands'), { recursive: true });
  writeFileSync(path.join(directory, 'subcommands', 'enable'), 'half');
}

/** Calls a signal handler with process.exit recording the exit status instead of ending the tests. */
function exitStatusOf(handler: Handler, signal: NodeJS.Signals): unknown {
  const exit = process.exit;
  let status: unknown;
  process.exit = ((code?: number) => {
    status = code;
  }) as typeof process.exit;
  try {
    handler(signal);
  } finally {
    process.exit = exit;
  }
  return status;
}

describe('unit: removing what a failed run wrote', () => {
  it('removes the directory it created when the process ends before the run finished', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const { finished, added } = armed(directory);
    try {
      assert.deepEqual(EVENTS.map((event) => added.get(event)?.length), [1, 1, 1, 1]);
      halfWritten(directory);
      added.get('exit')?.[0]?.();
      assert.equal(existsSync(directory), false);
      added.get('exit')?.[0]?.();
      assert.equal(existsSync(directory), false);
    } finally {
      finished();
    }
  });

  it('empties a directory that was empty before, and keeps the directory', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    mkdirSync(directory);
    const { finished, added } = armed(directory);
    try {
      halfWritten(directory);
      writeFileSync(path.join(directory, '.hidden'), '');
      added.get('exit')?.[0]?.();
      assert.deepEqual(readdirSync(directory), []);
    } finally {
      finished();
    }
  });

  it('never arms itself for a directory that already had files', () => {
    const directory = scratch();
    writeFileSync(path.join(directory, 'mine'), 'keep');
    const { finished, added } = armed(directory);
    assert.deepEqual(EVENTS.map((event) => added.get(event)?.length), [0, 0, 0, 0]);
    finished();
    assert.deepEqual(readdirSync(directory), ['mine']);
  });

  it('on an interrupt, cleans up and ends with 128 plus the signal number, as a shell reports it', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const { finished, added } = armed(directory);
    try {
      halfWritten(directory);
      assert.equal(exitStatusOf(added.get('SIGTERM')?.[0] as Handler, 'SIGTERM'), 143);
      assert.equal(existsSync(directory), false);
      assert.equal(exitStatusOf(added.get('SIGINT')?.[0] as Handler, 'SIGINT'), 130);
      assert.equal(exitStatusOf(added.get('SIGHUP')?.[0] as Handler, 'SIGHUP'), 129);
      assert.equal(exitStatusOf(added.get('SIGHUP')?.[0] as Handler, 'SIGUSR2'), 129);
    } finally {
      finished();
    }
  });

  it('once the run has finished, takes its handlers away and keeps everything', () => {
    const directory = path.join(scratch(), 'dokku-demo');
    const counts = () => EVENTS.map((event) => process.listenerCount(event));
    const before = counts();
    const { finished } = armed(directory);
    halfWritten(directory);
    finished();
    assert.deepEqual(counts(), before);
    assert.deepEqual(readdirSync(path.join(directory, 'subcommands')), ['enable']);
  });
});
