import assert from 'node:assert/strict';
import { NoPromptAdapter } from '../../src/cli/no-prompt-adapter.js';

describe('the adapter for runs without a terminal', () => {
  it('turns a question into an error naming the flag that answers it, instead of waiting', async () => {
    const adapter = new NoPromptAdapter();
    await assert.rejects(adapter.prompt([{ name: 'description', message: 'One-line description' }, { name: 'command3', message: 'Command 3' }]),
      /--description: missing[\s\S]*--command: missing/);
  });

  it('names --force for a question about overwriting a file', async () => {
    const adapter = new NoPromptAdapter();
    await assert.rejects(adapter.prompt([{ name: 'action', message: 'Overwrite commands?' }]), /Overwrite commands\?.*--force/);
  });
});
