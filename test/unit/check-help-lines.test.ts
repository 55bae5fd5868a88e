import assert from 'node:assert/strict';
import { belongsTo, isAppScoped, parseHelpLines, usageSplitEarly } from '../../src/check/behaviour/help-lines.js';

describe('unit: check, help lines as Dokku splits them', () => {
  it('each non-blank line, split at its first comma, the usage trimmed and cut into words', () => {
    assert.deepEqual(parseHelpLines('    demo:set <app>  <key>, Set a key, or unset it\n\n   \n  demo\tno comma here  \n'), [
      { raw: '    demo:set <app>  <key>, Set a key, or unset it', hasComma: true, usage: 'demo:set <app>  <key>', command: 'demo:set', args: ['<app>', '<key>'] },
      { raw: '  demo\tno comma here  ', hasComma: false, usage: 'demo\tno comma here', command: 'demo', args: ['no', 'comma', 'here'] },
    ]);
    assert.deepEqual(parseHelpLines('demo:x <app>'), [{ raw: 'demo:x <app>', hasComma: false, usage: 'demo:x <app>', command: 'demo:x', args: ['<app>'] }]);
    assert.deepEqual(parseHelpLines(''), []);
    assert.deepEqual(parseHelpLines(', only a description'), [{ raw: ', only a description', hasComma: true, usage: '', command: '', args: [] }]);
  });

  it('a usage with brackets or angle brackets left open was cut by a comma inside it', () => {
    const early = (line: string) => usageSplitEarly(parseHelpLines(line)[0]!);
    assert.equal(early('    demo:x [--format json,text], Show'), true);
    assert.equal(early('    demo:x <a,b>, Show'), true);
    assert.equal(early('    demo:x ], Show'), true);
    assert.equal(early('    demo:x >, Show'), true);
    assert.equal(early('    demo:x [<app>] [--format json|text], Show'), false);
    assert.equal(early('    demo:x [--a [<b>]], Show'), false);
    assert.equal(early('    demo:x [--format json'), false, 'no comma: another finding');
  });

  it('app-scoped: a first argument <app> or [<app>], also spelt app-name, app_name or appname, any case', () => {
    const scoped = (line: string) => isAppScoped(parseHelpLines(line)[0]!);
    for (const line of ['demo:x <app>, X', 'demo:x [<app>], X', 'demo:x <APP>, X', 'demo:x <app-name> <k>, X', 'demo:x <app_name>, X', 'demo:x <appname>, X', 'demo:x [<app>, X']) {
      assert.equal(scoped(line), true, line);
    }
    for (const line of ['demo:x, X', 'demo:x <key> <app>, X', 'demo:x <apps>, X', 'demo:x <app>..., X', 'demo:x x<app>, X', 'demo:x <app-id>, X', 'demo:x <app--name>, X', 'demo:x app, X']) {
      assert.equal(scoped(line), false, line);
    }
  });

  it('a line belongs to NAME when its command is NAME or NAME:…', () => {
    const belongs = (line: string) => belongsTo(parseHelpLines(line)[0]!, 'demo');
    assert.equal(belongs('demo, D'), true);
    assert.equal(belongs('demo:set, D'), true);
    assert.equal(belongs('demo-extra:set, D'), false);
    assert.equal(belongs('demos, D'), false);
    assert.equal(belongs('other:demo, D'), false);
  });
});
