import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { behaviourFindings } from '../../src/check/behaviour/index.js';
import type { Finding } from '../../src/check/finding.js';
import { BIN } from '../support/paths.js';
import { run } from '../support/run.js';

/** Writes a plugin with the generator's command line, and builds it when it is a Go plugin. */
function generated(args: string[], directoryName: string): string {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-generated-')), directoryName);
  const made = run('node', [BIN, ...args, '--yes', '--no-git', '--directory', directory], { env: { ...process.env, CI: 'true' } });
  assert.equal(made.status, 0, made.output);
  if (args.includes('go')) {
    const built = run('bash', ['scripts/build'], { cwd: directory, timeout: 300_000 });
    assert.equal(built.status, 0, built.output);
  }
  return directory;
}

function describeAll(findings: Finding[]): string {
  return findings.map((finding) => `${finding.severity} ${finding.id} ${finding.file ?? ''}: ${finding.message}`).join('\n');
}

const COMMANDS = ['--command', 'enable <app>, Enable it for an app', '--command', 'list, List the apps', '--command', 'show [<app>] [--format], Show one app', '--command', 'tag <app> <label>..., Tag an app'];

describe('check: behaviour of the plugins this generator makes', function () {
  this.timeout(600_000);

  const variants: Array<{ label: string; args: string[] }> = [
    { label: 'bash', args: ['demo', '--description', 'Demo tools', ...COMMANDS, '--trigger', 'post-deploy'] },
    { label: 'bash with the report kit', args: ['demo', '--description', 'Demo tools', ...COMMANDS, '--property', 'enabled=false', '--property', 'mode'] },
    { label: 'bash with a default command', args: ['demo', '--description', 'Demo tools', ...COMMANDS, '--default-command', 'list'] },
    { label: 'go', args: ['demo', '--lang', 'go', '--description', 'Demo tools', ...COMMANDS, '--trigger', 'post-deploy'] },
    { label: 'go with the report kit', args: ['demo', '--lang', 'go', '--description', 'Demo tools', ...COMMANDS, '--property', 'enabled=false'] },
  ];

  for (const { label, args } of variants) {
    it(`${label}: no error, no warning and nothing left unchecked`, async function () {
      const findings = await behaviourFindings(generated(args, 'dokku-demo'));
      assert.deepEqual(findings, [], describeAll(findings));
    });
  }

  // Bash plugins name themselves in $PLUGIN_AVAILABLE_PATH/NAME/ lines; a Go binary only in its help.
  for (const lang of ['bash', 'go']) {
    it(`a ${lang} plugin cloned into a directory not named after it is still checked under its own name`, async function () {
      const findings = await behaviourFindings(generated(['demo', '--lang', lang, '--description', 'Demo tools', ...COMMANDS], 'checkout'));
      assert.deepEqual(findings, [], describeAll(findings));
    });
  }

  it('a Go plugin not built yet is "not checked" (info) only, and says to build it', async function () {
    const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'check-generated-')), 'dokku-demo');
    const made = run('node', [BIN, 'demo', '--lang', 'go', '--description', 'Demo tools', ...COMMANDS, '--yes', '--no-git', '--directory', directory], { env: { ...process.env, CI: 'true' } });
    assert.equal(made.status, 0, made.output);
    const findings = await behaviourFindings(directory);
    assert.deepEqual(
      findings.map((finding) => [finding.id, finding.severity, finding.fix]),
      [['not-checked', 'info', 'build the plugin first (for a generated Go plugin: make build), then run check again']],
      describeAll(findings),
    );
  });

  it('an add-on, which Dokku runs through the add-ons plugin and not its dispatcher, is "not checked" (info) only', async function () {
    const findings = await behaviourFindings(generated(['--kind', 'addon', 'cache', '--description', 'A cache', '--scheme', 'redis'], 'dokku-addon-cache'));
    assert.deepEqual(
      findings.map((finding) => [finding.id, finding.severity]),
      [['not-checked', 'info']],
      describeAll(findings),
    );
    assert.match(findings[0]!.message, /^not checked: needs a commands file/);
  });
});
