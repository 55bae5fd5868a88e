import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promptForMissing, type Question } from '../../src/cli/questions.js';
import type { PluginInput } from '../../src/model/plugin-model.js';

describe('unit: the default-command question, for commands given as flags', () => {
  it('offers each command by its name, however the flag was spaced', async () => {
    const asked: Question[] = [];
    const given: PluginInput = {
      name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], triggers: [],
      repository: 'https://example.com/r.git', directory: 'out', commands: ['  enable   <app>, Enable it', 'list,List', 'show   [<x>]  , Show'],
    };
    const input = await promptForMissing(given, async ([question]) => {
      asked.push(question as Question);
      return { defaultCommand: 'list' };
    }, { cwd: mkdtempSync(path.join(os.tmpdir(), 'unit-choices-')), year: 2026 });
    assert.deepEqual(asked.map((question) => [question.name, question.type, question.message, question.default]), [
      ['defaultCommand', 'list', 'What should bare `dokku demo` do?', ''],
    ]);
    assert.deepEqual(asked[0]?.choices, [
      { name: 'show the help', value: '' },
      { name: 'run enable', value: 'enable' },
      { name: 'run list', value: 'list' },
      { name: 'run show', value: 'show' },
    ]);
    assert.equal(input.defaultCommand, 'list');
  });
});
