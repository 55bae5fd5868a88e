import assert from 'node:assert/strict';
import { buildPluginModel } from '../../src/model/plugin-model.js';
import { goJsonString, reportTestCase } from '../../src/variants/report-test-cases.js';

/**
 * What the generated report.bats and integration test set and expect: the report rows padded as Dokku pads
 * them, the JSON as Go writes it, and the fallbacks of the computed value, written out here by hand.
 */
const CONTEXT = { cwd: '/home/ann', year: 2031 };
const report = (properties: string[]) => reportTestCase(buildPluginModel({ name: 'demo', properties }, CONTEXT));

/** The text of one double-quoted bash word as shellQuote writes it. */
function unquoted(word: string): string {
  assert.ok(word.startsWith('"') && word.endsWith('"'), `not a double-quoted word: ${word}`);
  return word.slice(1, -1).replace(/\\(.)/g, '$1');
}

describe('unit: the JSON strings of the report, as Go\'s encoding/json writes them', () => {
  it('escapes quotes, backslashes and the short control escapes', () => {
    assert.equal(goJsonString('say "hi" \\ now'), '"say \\"hi\\" \\\\ now"');
    assert.equal(goJsonString('a\nb\rc\td\be\ff'), '"a\\nb\\rc\\td\\be\\ff"');
  });

  it('writes other control characters, <, >, & and the line separators as \\u escapes', () => {
    assert.equal(goJsonString('\u0000\u0001\u001f'), '"\\u0000\\u0001\\u001f"');
    assert.equal(goJsonString('<b>&</b>'), '"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"');
    assert.equal(goJsonString('\u2028\u2029'), '"\\u2028\\u2029"');
  });

  it('keeps the space, DEL, other separators and non-ASCII text as they are', () => {
    assert.equal(goJsonString(' \u007f\u2027\u202a é 😀'), '" \u007f\u2027\u202a é 😀"');
    assert.equal(goJsonString(''), '""');
  });
});

describe('unit: what report.bats expects', () => {
  // done: app only (a bash keyword, so quoted where it is a word), mode: both scopes, shared: global only.
  // Worked out inside each test, not once when the file loads: a mutant is active only while tests run.
  const mixed = () => report(['done=d:app', 'mode=calm', 'shared:global']);

  it('the values it sets', () => {
    const kit = mixed();
    assert.equal(kit.value, '"set by the test"');
    assert.equal(kit.globalValue, '"set for every app"');
  });

  it('the app report with nothing set: every row sorted by flag, padded to 31, defaults on the computed rows', () => {
    const kit = mixed();
    assert.deepEqual(kit.appReport, [
      '"       Demo computed done:            d"',
      '"       Demo computed mode:            calm"',
      '"       Demo computed shared:          "',
      '"       Demo done:                     "',
      '"       Demo global mode:              "',
      '"       Demo global shared:            "',
      '"       Demo mode:                     "',
    ]);
    assert.deepEqual(kit.globalReport, [
      '"       Demo global mode:              "',
      '"       Demo global shared:            "',
    ]);
    assert.equal(kit.appFlags, '"--demo-computed-done, --demo-computed-mode, --demo-computed-shared, --demo-done, --demo-global-mode, --demo-global-shared, --demo-mode"');
    assert.equal(kit.globalFlags, '"--demo-global-mode, --demo-global-shared"');
  });

  it('the JSON with nothing set: every key unprefixed and prefixed, sorted', () => {
    const kit = mixed();
    assert.equal(unquoted(kit.appJson), '{"computed-done":"d","computed-mode":"calm","computed-shared":"","demo-computed-done":"d","demo-computed-mode":"calm",'
      + '"demo-computed-shared":"","demo-done":"","demo-global-mode":"","demo-global-shared":"","demo-mode":"","done":"","global-mode":"","global-shared":"","mode":""}');
  });

  it('after setting the first app key for the app and the first global key globally: the computed values fall back', () => {
    const kit = mixed();
    // done's app value wins over its default; mode has no app value, so its global one wins; shared keeps no default.
    assert.equal(unquoted(kit.appJsonAfterSets), '{"computed-done":"set by the test","computed-mode":"set for every app","computed-shared":"",'
      + '"demo-computed-done":"set by the test","demo-computed-mode":"set for every app","demo-computed-shared":"","demo-done":"set by the test",'
      + '"demo-global-mode":"set for every app","demo-global-shared":"","demo-mode":"","done":"set by the test","global-mode":"set for every app",'
      + '"global-shared":"","mode":""}');
    assert.equal(unquoted(kit.globalJsonAfterSets), '{"demo-global-mode":"set for every app","demo-global-shared":"","global-mode":"set for every app","global-shared":""}');
  });

  it('the key of each scope, with its flags, default and the JSON after a global wild and an app calm', () => {
    const kit = mixed();
    assert.deepEqual(kit.both, {
      key: 'mode',
      path: '"mode"',
      appFlag: '"--demo-mode"',
      globalFlag: '"--demo-global-mode"',
      computedFlag: '"--demo-computed-mode"',
      defaultValue: '"calm"',
      hasDefault: true,
      jsonAfterWildCalm: [
        '"\\"mode\\":\\"calm\\""', '"\\"demo-mode\\":\\"calm\\""',
        '"\\"global-mode\\":\\"wild\\""', '"\\"demo-global-mode\\":\\"wild\\""',
        '"\\"computed-mode\\":\\"calm\\""', '"\\"demo-computed-mode\\":\\"calm\\""',
      ],
    });
    assert.deepEqual(kit.global, kit.both);
    assert.deepEqual(kit.appOnly, {
      key: '"done"',
      path: '"done"',
      appFlag: '"--demo-done"',
      globalFlag: '""',
      computedFlag: '"--demo-computed-done"',
      defaultValue: '"d"',
      hasDefault: true,
      jsonAfterWildCalm: ['"\\"done\\":\\"calm\\""', '"\\"demo-done\\":\\"calm\\""', '"\\"computed-done\\":\\"calm\\""', '"\\"demo-computed-done\\":\\"calm\\""'],
    });
    assert.deepEqual(kit.app, kit.appOnly);
    assert.deepEqual(kit.globalOnly, {
      key: 'shared',
      path: '"shared"',
      appFlag: '""',
      globalFlag: '"--demo-global-shared"',
      computedFlag: '"--demo-computed-shared"',
      defaultValue: '""',
      hasDefault: false,
      jsonAfterWildCalm: ['"\\"global-shared\\":\\"wild\\""', '"\\"demo-global-shared\\":\\"wild\\""', '"\\"computed-shared\\":\\"calm\\""', '"\\"demo-computed-shared\\":\\"calm\\""'],
    });
    assert.equal(kit.appKeysText, '"done, mode"');
    assert.equal(kit.globalKeysText, '"mode, shared"');
  });

  it('a kit of one global key: no app key, and the global value is what every row shows after the sets', () => {
    const global = report(['zone=z:global']);
    assert.deepEqual(global.appReport, ['"       Demo computed zone:            z"', '"       Demo global zone:              "']);
    assert.equal(unquoted(global.appJson), '{"computed-zone":"z","demo-computed-zone":"z","demo-global-zone":"","global-zone":""}');
    assert.equal(unquoted(global.appJsonAfterSets), '{"computed-zone":"set for every app","demo-computed-zone":"set for every app","demo-global-zone":"set for every app","global-zone":"set for every app"}');
    assert.equal(global.both, undefined);
    assert.equal(global.app, undefined);
    assert.equal(global.appOnly, undefined);
    assert.equal(global.globalOnly?.key, 'zone');
    assert.equal(global.appKeysText, '""');
    assert.equal(global.globalOnly?.globalFlag, '"--demo-global-zone"');
  });

  it('a key of both scopes first: it takes both sets, an unset global row stays empty, the app-only key is found after it', () => {
    const kit = report(['mode=calm', 'own=o:app', 'zone=eu:global']);
    assert.equal(unquoted(kit.appJsonAfterSets), '{"computed-mode":"set by the test","computed-own":"o","computed-zone":"eu","demo-computed-mode":"set by the test",'
      + '"demo-computed-own":"o","demo-computed-zone":"eu","demo-global-mode":"set for every app","demo-global-zone":"","demo-mode":"set by the test",'
      + '"demo-own":"","global-mode":"set for every app","global-zone":"","mode":"set by the test","own":""}');
    assert.equal(kit.appOnly?.key, 'own');
    assert.equal(kit.globalOnly?.key, 'zone');
  });

  it('a kit of one app key with a long name widens the label column', () => {
    const wide = report(['a-rather-long-property-name:app']);
    assert.deepEqual(wide.appReport, [
      '"       Demo a rather long property name:          "',
      '"       Demo computed a rather long property name: "',
    ]);
    assert.deepEqual(wide.globalReport, []);
    assert.equal(unquoted(wide.globalJsonAfterSets), '{}');
    assert.equal(wide.global, undefined);
  });
});
