import assert from 'node:assert/strict';
import { Cancelled, terminalAsk } from '../../src/cli/terminal-ask.js';
import { CANCELLED_STATUS, exitOnPromptStop, STOP_SIGNALS } from '../../src/cli/prompt-stop.js';
import { InputError } from '../../src/model/input-error.js';
import { capture, until, withTerminal } from './cli-capture.js';
import { inputProblems } from '../support/input-problems.js';

const listeners = () => STOP_SIGNALS.map((signal) => process.listenerCount(signal));

describe('unit: questions on the terminal', () => {
  it('refuses to ask with no terminal on stdin, naming --interactive and the fix', async () => {
    await withTerminal(async () => {
      let thrown: unknown;
      await terminalAsk([{ type: 'input', name: 'a', message: 'A?' }]).catch((error: unknown) => { thrown = error; });
      assert.ok(thrown instanceof InputError);
      assert.deepEqual(inputProblems(() => { throw thrown; }), [
        '--interactive: there is no terminal on stdin to ask on; drop --interactive and give the answers as flags (each missing one is named), or run it in a terminal',
      ]);
    }, false);
  });

  it('asks each question in turn: a refused answer shows the rule and is asked again, a list is chosen with the arrows', async () => {
    const before = listeners();
    const printed = await capture((shown) => withTerminal(async (type) => {
      const asking = terminalAsk([
        { type: 'input', name: 'word', message: 'Word?', default: 'fallback', validate: (value) => (value === 'bad' ? 'not that one' : true) },
        { type: 'list', name: 'pick', message: 'Pick?', default: 'b', choices: [{ name: 'first', value: 'a' }, { name: 'second', value: 'b' }, { name: 'third', value: 'c' }] },
        { type: 'input', name: 'empty', message: 'Empty?', default: 'given default' },
      ]);
      await until(() => shown.stdout.includes('Word?'), 'the first prompt');
      type('bad\r');
      await until(() => shown.stdout.includes('not that one'), 'the refusal');
      type('\x15good\r');
      await until(() => shown.stdout.includes('Pick?'), 'the list');
      type('\x1b[B\r');
      await until(() => shown.stdout.includes('Empty?'), 'the last prompt');
      type('\r');
      return asking;
    }));
    assert.deepEqual(printed.result, { word: 'good', pick: 'c', empty: 'given default' });
    assert.match(printed.stdout, /\? Word\? \(fallback\)/);
    assert.match(printed.stdout, /❯ second/);
    assert.match(printed.stdout, /✔ Pick\? third/);
    assert.deepEqual(listeners(), before);
  });

  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`turns ${signal} at a prompt into Cancelled, and stops listening for signals`, async () => {
      const before = listeners();
      const printed = await capture((shown) => withTerminal(async () => {
        const asking = terminalAsk([{ type: 'input', name: 'a', message: 'A?' }]).then(() => 'answered', (error: unknown) => error);
        await until(() => shown.stdout.includes('A?'), 'the prompt');
        process.emit(signal, signal);
        return asking;
      }));
      assert.ok(printed.result instanceof Cancelled);
      assert.equal((printed.result as Error).name, 'Cancelled');
      assert.equal((printed.result as Error).message, 'cancelled');
      assert.deepEqual(listeners(), before);
    });
  }

  it('passes on an error that is no stop: a list with nothing to choose', async () => {
    const before = listeners();
    const printed = await capture(() => withTerminal(() => terminalAsk([{ type: 'list', name: 'pick', message: 'Pick?' }]).then(() => 'answered', (error: Error) => `${error.name}: ${error.message}`)));
    assert.equal(printed.result, 'ValidationError: [select prompt] No selectable choices. All choices are disabled.');
    assert.deepEqual(listeners(), before);
  });
});

describe('unit: a stop at a Yeoman prompt', () => {
  const realExit = process.exit;
  let exits: Array<number | string | null | undefined>;
  beforeEach(() => {
    exits = [];
    process.exit = ((code?: number) => { exits.push(code); throw new Error(`exit ${String(code)}`); }) as typeof process.exit;
  });
  afterEach(() => { process.exit = realExit; });

  it('returns the answers when nobody stops it, and stops listening for signals', async () => {
    const before = listeners();
    const printed = await capture(() => exitOnPromptStop(async () => {
      assert.deepEqual(listeners(), before.map((count) => count + 1));
      return { a: '1' };
    }));
    assert.deepEqual(printed.result, { a: '1' });
    assert.deepEqual([printed.stdout, printed.stderr, exits], ['', '', []]);
    assert.deepEqual(listeners(), before);
  });

  it('after Ctrl-C at the prompt prints cancelled, shows the cursor again and exits 130', async () => {
    assert.equal(CANCELLED_STATUS, 130);
    const before = listeners();
    const printed = await capture(() => exitOnPromptStop(async () => { throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' }); }).catch((error: Error) => error.message));
    assert.deepEqual([printed.result, printed.stdout, printed.stderr, exits], ['exit 130', '\x1b[?25h', 'cancelled\n', [130]]);
    assert.deepEqual(listeners(), before);
  });

  // SIGINT is left out: a test runner may act on it before the listener under test is reached.
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`on ${signal} ends the open prompt line, prints cancelled and exits 130`, async () => {
      const printed = await capture(() => exitOnPromptStop(async () => {
        try {
          process.emit(signal, signal);
        } catch (error) {
          return (error as Error).message;
        }
        return 'not stopped';
      }));
      assert.deepEqual([printed.result, printed.stdout, printed.stderr, exits], ['exit 130', '\x1b[?25h', '\ncancelled\n', [130]]);
    });
  }

  it('passes any other error on untouched', async () => {
    const printed = await capture(() => exitOnPromptStop(async () => { throw new TypeError('bug'); }).catch((error: Error) => `${error.name}: ${error.message}`));
    assert.deepEqual([printed.result, printed.stdout, printed.stderr, exits], ['TypeError: bug', '', '', []]);
  });
});
