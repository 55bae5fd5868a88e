import assert from 'node:assert/strict';
import { humanise, parseProperties, reportLayout, splitPropertySpec } from '../../src/model/report-properties.js';

/** `--property NAME[=DEFAULT][:app|:global]`: each rule on both sides, with the refusal the user reads. */
function refusal(raw: string[], plugin = 'demo'): string {
  try {
    return parseProperties(raw, plugin).map((property) => property.name).join(' ');
  } catch (error) {
    return (error as Error).message;
  }
}
const unknownScope = (value: string) => `"${value}" has an unknown scope: end it with :app or :global, or leave the scope out for both`;
const badName = (name: string) => `"${name}" is not a valid property name: use lowercase letters, digits and "-", starting with a letter`;

describe('unit: --property values', () => {
  it('takes only a trailing :app or :global, exactly, as the scope', () => {
    assert.equal(refusal(['a:b:app']), unknownScope('a:b:app'));
    assert.equal(refusal(['mode:App']), unknownScope('mode:App'));
    assert.equal(refusal(['mode:app ']), unknownScope('mode:app '));
    assert.equal(refusal(['mode:appx']), unknownScope('mode:appx'));
    assert.equal(refusal([' mode:app']), 'mode');
    assert.deepEqual(splitPropertySpec('mode=:app'), { name: 'mode', fallback: '', scopes: ['app'] });
    assert.deepEqual(splitPropertySpec('mode=x :global'), { name: 'mode', fallback: 'x ', scopes: ['global'] });
  });

  it('takes names of lowercase words joined by single hyphens', () => {
    assert.equal(refusal(['a-1', 'b2', 'c-d-e']), 'a-1 b2 c-d-e');
    for (const name of ['a--b', 'a-', '-a', '1a', 'a_b', 'aB', 'a b']) {
      assert.equal(refusal([name]), badName(name), name);
    }
  });

  it('keeps a default as written, spaces included, but refuses control characters in it', () => {
    assert.equal(parseProperties(['mode= x '], 'demo')[0]?.default, ' x ');
    assert.equal(refusal(['mode=a\u007f']), 'the default of mode contains a control character; give it on one line');
    assert.equal(refusal(['mode=a\u001f']), 'the default of mode contains a control character; give it on one line');
    assert.equal(refusal(['mode=a ~\u0080']), 'mode');
  });

  it('names a key declared twice, even apart', () => {
    assert.equal(refusal(['x', 'y', 'x']), '"x" is declared twice');
    assert.equal(refusal(['x:app', 'x:global']), '"x" is declared twice');
  });

  it('finds clashes over every row a key could have, not just the rows of its scopes', () => {
    assert.equal(refusal(['mode:app', 'global-mode:app']), '"mode" and "global-mode" would share the report flag --demo-global-mode; rename one of them');
    assert.equal(refusal(['mode:global', 'demo-mode:app']), '"mode" and "demo-mode" would share the JSON key "demo-mode" of the report; rename one of them');
    assert.equal(refusal(['a-x', 'x']), 'a-x x');
    assert.equal(refusal(['x'], 'demo-global'), 'x');
  });

  it('humanises a flag as Dokku does: only the first letter upper case', () => {
    assert.equal(humanise('demo', 'x'), 'Demo x');
    assert.equal(humanise('9x', 'a-b'), '9x a b');
    assert.equal(humanise('my-demo', 'Global-X'), 'My demo Global X');
  });

  it('pads the label column to the longest flag once it passes 31 characters', () => {
    const rows = (name: string) => parseProperties([`${name}:app`], 'demo').flatMap((property) => property.rows);
    // --demo-computed- is 16 characters: a key of 15 makes a flag of 31, one of 16 a flag of 32.
    assert.equal(reportLayout(rows('a'.repeat(15))).labelWidth, 31);
    assert.equal(reportLayout(rows('a'.repeat(16))).labelWidth, 32);
  });
});
