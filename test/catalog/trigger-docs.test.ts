import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTriggerDocs } from '../../src/catalog/trigger-docs.js';
import { REPO_ROOT } from '../support/paths.js';

export const SAMPLE_DOCS = path.join(REPO_ROOT, 'test', 'fixtures', 'plugin-triggers-sample.md');

describe('reading Dokku\'s plugin-triggers.md', () => {
  // Built per test, not when the file loads: Stryker switches a mutant on only while tests run.
  let parsed: ReturnType<typeof parseTriggerDocs>;
  beforeEach(() => {
    parsed = parseTriggerDocs(readFileSync(SAMPLE_DOCS, 'utf8'));
  });
  const byName = (name: string) => parsed.find((trigger) => trigger.name === name);

  it('finds one trigger per `### \\`name\\`` heading, skipping the commands help section and headings in code', () => {
    assert.deepEqual(parsed.map((trigger) => trigger.name), ['sample-deploy', 'sample-old', 'sample-core', 'sample-listing', 'sample-none', 'sample-crlf']);
  });

  it('reads description, callers, optional argument groups and a multi-line example', () => {
    assert.deepEqual(byName('sample-deploy'), {
      name: 'sample-deploy',
      description: 'Runs after the sample app is deployed. It may run twice when a deploy is retried.',
      invokedBy: ['dokku deploy', 'dokku ps:rebuild', 'dokku ps:restart'],
      args: ['APP', 'IMAGE_TAG', '[PROC_TYPE]', '[CONTAINER_INDEX]'],
      coreOnly: false,
      example: '#!/usr/bin/env bash\nset -eo pipefail\n\nAPP="$1"; IMAGE_TAG="$2"\n\n### not a heading either\necho "deployed $APP"',
    });
  });

  it('reads a deprecation note over two lines, separate backticked arguments and an indented example', () => {
    assert.deepEqual(byName('sample-old'), {
      name: 'sample-old',
      description: '',
      invokedBy: ['builder-one', 'builder-two'],
      args: ['APP', 'SOURCECODE_WORK_DIR'],
      coreOnly: false,
      example: '#!/usr/bin/env bash\ncat',
      deprecation: 'Deprecated, please use `sample-deploy` instead',
    });
  });

  it('marks core-only triggers, trims odd spacing and drops remarks in parentheses from the arguments', () => {
    assert.deepEqual(byName('sample-core'), {
      name: 'sample-core',
      description: 'Switches traffic.',
      invokedBy: [],
      args: ['APP', 'REV'],
      coreOnly: true,
    });
  });

  it('takes a deprecation from the heading, rest arguments, a Stdin line, and no example from prose before the list', () => {
    assert.deepEqual(byName('sample-listing'), {
      name: 'sample-listing',
      description: 'Prints one entry per line.',
      invokedBy: ['external plugins (the core command no longer uses it)'],
      args: ['SCHEDULER', 'APP', '...ARGS'],
      coreOnly: false,
      stdin: 'a JSON `Entry`',
      deprecation: 'Deprecated',
    });
  });

  it('reads "none" as no arguments, drops a trailing period from callers and accepts CRLF line ends', () => {
    assert.deepEqual(byName('sample-none'), {
      name: 'sample-none',
      description: 'Takes nothing.',
      invokedBy: ['dokku plugin:install'],
      args: [],
      coreOnly: false,
      example: 'echo one\necho two',
    });
    assert.deepEqual(byName('sample-crlf'), { name: 'sample-crlf', description: 'Written on Windows.', invokedBy: ['internally'], args: ['APP'], coreOnly: false });
  });

  it('finds nothing in a page without trigger sections', () => {
    assert.deepEqual(parseTriggerDocs('# Something else\n\n- Description: not a trigger\n'), []);
  });
});
