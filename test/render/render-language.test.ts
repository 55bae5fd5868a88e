import assert from 'node:assert/strict';
import os from 'node:os';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { renderPlugin } from '../../src/render/render-plugin.js';

const context = { cwd: os.tmpdir(), year: 2026 };

describe('renderPlugin picks the files of the chosen language', () => {
  it('a Go plugin gets go.mod and no bash commands file; a bash plugin the reverse', () => {
    const go = renderPlugin(buildPluginModel({ name: 'demo', description: 'Demo', language: 'go' }, context)).map((file) => file.path);
    const bash = renderPlugin(buildPluginModel({ name: 'demo', description: 'Demo', language: 'bash' }, context)).map((file) => file.path);
    assert.ok(go.includes('go.mod'), go.join(' '));
    assert.ok(!go.includes('commands'), go.join(' '));
    assert.ok(bash.includes('commands'), bash.join(' '));
    assert.ok(!bash.includes('go.mod'), bash.join(' '));
  });
});
