import assert from 'node:assert/strict';
import { refreshRegions } from '../../src/grow/regions.js';
import { suggestTriggers } from '../../src/model/trigger-suggestions.js';

describe('unit: suggestions for a mistyped name', () => {
  const known = ['post-deploy', 'pre-deploy', 'post-delete', 'deploy-source-set', 'app-list', 'ab'];

  it('offers the closest names first, ties in alphabetical order, at most three', () => {
    assert.deepEqual(suggestTriggers('post-deplyo', known), ['post-deploy']);
    assert.deepEqual(suggestTriggers('pst-deploy', known), ['post-deploy', 'pre-deploy']);
    assert.deepEqual(suggestTriggers('pst-deploy', known, 2), ['post-deploy', 'pre-deploy']);
    assert.deepEqual(suggestTriggers('xx-deploy', ['pre-deploy', 'abc-deploy', 'aaa-deploy']), ['aaa-deploy', 'abc-deploy', 'pre-deploy']);
    assert.deepEqual(suggestTriggers('post', ['post-d', 'post-c', 'post-b', 'post-a']), ['post-a', 'post-b', 'post-c']);
  });

  it('also offers names that contain what was typed, or that it contains, from four characters on', () => {
    assert.deepEqual(suggestTriggers('source', known), ['deploy-source-set']);
    assert.deepEqual(suggestTriggers('app-list-all-of-them', known), ['app-list']);
    assert.deepEqual(suggestTriggers('list', known), ['app-list']);
    assert.deepEqual(suggestTriggers('sou', known), []);
    assert.deepEqual(suggestTriggers('zzzzzzz', known), []);
  });
});

describe('unit: regions of a file without any', () => {
  it('leaves a file with no regions to the whole-file rules, even when the render has none either', () => {
    assert.deepEqual(refreshRegions('plain\n', 'plain too\n', undefined, false), { kind: 'unmatched' });
  });

  it('sees a region body edited across lines', () => {
    const file = (body: string) => `# >>> generator-dokku-plugin: list\n${body}\n# <<< generator-dokku-plugin`;
    assert.deepEqual(refreshRegions(file('ab'), file('new'), file('a\nb'), false), { kind: 'edited', regions: ['list'] });
  });
});
