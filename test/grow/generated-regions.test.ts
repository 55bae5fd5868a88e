import assert from 'node:assert/strict';
import { buildPluginModel, type PluginInput } from '../../src/model/plugin-model.js';
import { refreshRegions } from '../../src/grow/regions.js';
import { renderPlugin } from '../../src/render/render-plugin.js';

const CONTEXT = { cwd: '/tmp', year: 2026 };
const START = '>>> generator-dokku-plugin';
const END = '<<< generator-dokku-plugin';

/** The file with the body of every region dropped: what the author owns. */
function outsideRegions(text: string): string {
  const kept: string[] = [];
  let inside = false;
  for (const line of text.split('\n')) {
    if (line.includes(START)) {
      inside = true;
      kept.push(line);
    } else if (line.includes(END)) {
      inside = false;
      kept.push(line);
    } else if (!inside) {
      kept.push(line);
    }
  }
  return kept.join('\n');
}

function render(input: PluginInput): Map<string, string> {
  return new Map(renderPlugin(buildPluginModel({ directory: '/tmp/dokku-demo', name: 'demo', description: 'Demo tools', ...input }, CONTEXT))
    .map((file) => [file.path, file.content]));
}

/** Files whose lists growth must be able to refresh while the author edits the rest. */
const WITH_REGIONS = {
  bash: ['help-functions', 'README.md', 'tests/unit/help.bats', 'tests/unit/commands.bats', 'tests/unit/triggers.bats'],
  go: ['internal/dispatch/help.go', 'README.md', 'tests/unit/help.bats', 'tests/unit/commands.bats', 'tests/unit/triggers.bats'],
} as const;

describe('generated lists live between markers, so authors can edit around them', () => {
  for (const language of ['bash', 'go'] as const) {
    const steps: Array<[string, PluginInput, PluginInput]> = [
      ['the first command', { triggers: [] }, { commands: ['enable <app>, Enable demo'], triggers: ['post-deploy'] }],
      ['more commands, triggers and properties', { commands: ['enable <app>, Enable demo'], properties: ['mode=fast'] },
        { commands: ['enable <app>, Enable demo', 'list, List demo apps', 'purge <pattern> [<limit>], Purge'], triggers: ['post-delete'], properties: ['mode=fast', 'size=2'] }],
    ];
    for (const [label, from, to] of steps) {
      it(`${language}: adding ${label} changes nothing outside the regions`, () => {
        const before = render({ language, ...from });
        const after = render({ language, ...to });
        for (const file of WITH_REGIONS[language]) {
          if (!before.has(file)) {
            continue;
          }
          const old = before.get(file) as string;
          const fresh = after.get(file) as string;
          assert.ok(fresh.includes(START), `${file} has a region`);
          assert.equal(outsideRegions(fresh), outsideRegions(old), `${file} outside its regions`);
        }
      });
    }
  }

  it('the help lines of a bash plugin are inside a region', () => {
    const help = render({ language: 'bash', commands: ['enable <app>, Enable demo'] }).get('help-functions') as string;
    const region = help.slice(help.indexOf(`# ${START}: help lines`), help.lastIndexOf(END));
    assert.match(region, /^ {4}demo:enable <app>, Enable demo$/m);
  });
});

describe('refreshing regions', () => {
  const file = (list: string, mine = 'my own line') => `start\n# >>> generator-dokku-plugin: the list\n${list}\n# <<< generator-dokku-plugin\n${mine}\n`;

  it('replaces the list and keeps everything around it, even text that quotes a marker', () => {
    const quoted = '    demo:x, says >>> generator-dokku-plugin and <<< generator-dokku-plugin';
    const refreshed = refreshRegions(file(quoted, 'edited by me'), file(`${quoted}\n    demo:y, new`), file(quoted), false);
    assert.deepEqual(refreshed, { kind: 'spliced', text: file(`${quoted}\n    demo:y, new`, 'edited by me') });
  });

  it('names a region the author edited, unless forced', () => {
    assert.deepEqual(refreshRegions(file('    demo:x, mine now'), file('    demo:x, X\n    demo:y, Y'), file('    demo:x, X'), false), { kind: 'edited', regions: ['the list'] });
    assert.deepEqual(refreshRegions(file('    demo:x, mine now'), file('    demo:x, X\n    demo:y, Y'), file('    demo:x, X'), true), { kind: 'spliced', text: file('    demo:x, X\n    demo:y, Y') });
  });

  it('says when the markers are gone', () => {
    assert.deepEqual(refreshRegions('start\nmine\n', file('x'), file(''), false), { kind: 'unmatched' });
  });

  it('adds a region the render gained after the region before it, with the heading between them', () => {
    const two = 'a\n# >>> generator-dokku-plugin: one\n1\n# <<< generator-dokku-plugin\nmine\n# >>> generator-dokku-plugin: three\n3\n# <<< generator-dokku-plugin\n';
    const fresh = 'a\n# >>> generator-dokku-plugin: one\n1\n# <<< generator-dokku-plugin\n\n## Two\n# >>> generator-dokku-plugin: two\n2\n# <<< generator-dokku-plugin\nb\n# >>> generator-dokku-plugin: three\n3\n# <<< generator-dokku-plugin\n';
    assert.deepEqual(refreshRegions(two, fresh, two, false), {
      kind: 'spliced',
      text: 'a\n# >>> generator-dokku-plugin: one\n1\n# <<< generator-dokku-plugin\n\n## Two\n# >>> generator-dokku-plugin: two\n2\n# <<< generator-dokku-plugin\nmine\n# >>> generator-dokku-plugin: three\n3\n# <<< generator-dokku-plugin\n',
    });
  });

  it('appends a region to a file that had none, after a blank line', () => {
    const fresh = 'head\n\n# >>> generator-dokku-plugin: helpers\nf() { :; }\n# <<< generator-dokku-plugin\n';
    assert.deepEqual(refreshRegions('head\nmine\n', fresh, 'head\n', false, 'head\n'), {
      kind: 'spliced',
      text: 'head\nmine\n\n# >>> generator-dokku-plugin: helpers\nf() { :; }\n# <<< generator-dokku-plugin\n',
    });
  });

  it('does not bring back a region the generator wrote first and the author removed', () => {
    const fresh = 'head\n# >>> generator-dokku-plugin: helpers\nf\n# <<< generator-dokku-plugin\n';
    assert.deepEqual(refreshRegions('head\nmine\n', fresh, fresh, false, fresh), { kind: 'unmatched' });
  });

  it('takes a region still as in the first commit for the generator\'s, though today\'s render of it differs', () => {
    assert.deepEqual(refreshRegions(file('old 1'), file('new 2'), file('new 1'), false, file('old 1')), { kind: 'spliced', text: file('new 2') });
    assert.deepEqual(refreshRegions(file('mine'), file('new 2'), file('new 1'), false, file('old 1')), { kind: 'edited', regions: ['the list'] });
  });
});
