import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promptForMissing, type Question } from '../../src/cli/questions.js';
import type { PluginInput } from '../../src/model/plugin-model.js';

describe('unit: a rule over several answers, after its last answer', () => {
  it('keeps showing a wrong --default-command at the prompts after the commands', async () => {
    const verdicts: Record<string, true | string | undefined> = {};
    const answers: Record<string, string> = { command1: 'list, List', command2: '', triggers: '' };
    const given: PluginInput = {
      name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], defaultCommand: 'show',
      repository: 'https://example.com/r.git', directory: 'out',
    };
    await promptForMissing(given, async ([question]) => {
      const asked = question as Question;
      if (asked.name === 'triggers') {
        verdicts.triggers = asked.validate?.('post-deploy');
      }
      return { [asked.name]: answers[asked.name] ?? '' };
    }, { cwd: mkdtempSync(path.join(os.tmpdir(), 'unit-rules-')), year: 2026 });
    assert.deepEqual(verdicts, { triggers: '--default-command: "show" is not one of the commands given with --command (list)' });
  });
});
