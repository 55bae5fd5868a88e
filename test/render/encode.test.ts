import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { markdownCell, shellQuote } from '../../src/render/encode.js';

describe('text put into generated scripts and README tables', () => {
  it('shellQuote escapes $, backticks, double quotes and backslashes, and nothing else', () => {
    assert.equal(shellQuote('plain text'), '"plain text"');
    assert.equal(shellQuote('$HOME `id` "q" a\\b'), '"\\$HOME \\`id\\` \\"q\\" a\\\\b"');
    assert.equal(shellQuote("it's 100% {ok} *"), '"it\'s 100% {ok} *"');
    // Typographic double quotes go in single quotes, which shellcheck does not take for a mistyped " (SC1111).
    // Typographic single quotes stay between double quotes: in single quotes shellcheck flags them (SC1112).
    assert.equal(shellQuote('\u2036 a \u201C\u201Db\u2033'), '""\'\u2036\'" a "\'\u201C\u201D\'"b"\'\u2033\'""');
    assert.equal(shellQuote('\u2018a\u2019 \u201Cb'), '"\u2018a\u2019 "\'\u201C\'"b"');
  });

  it('bash reads a shellQuote-d text back as the same single word, running nothing', () => {
    const text = 'a $(touch pwned) `id` "x" \\n $HOME \\ end';
    const ran = spawnSync('bash', ['-c', `printf '%s|' ${shellQuote(text)}`], { encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    assert.equal(ran.stdout, 'a $(touch pwned) `id` "x" \\n $HOME \\ end|');
  });

  it('markdownCell shows pipes, HTML, entities, code, emphasis, links and strikethrough as written', () => {
    assert.equal(markdownCell('a | b'), 'a \\| b');
    assert.equal(markdownCell('<b>&amp;</b>'), '&lt;b&gt;&amp;amp;&lt;/b&gt;');
    assert.equal(markdownCell('`code` *em* _em_ [link] ~~s~~'), '\\`code\\` \\*em\\* \\_em\\_ \\[link\\] \\~\\~s\\~\\~');
    assert.equal(markdownCell('back\\slash'), 'back\\\\slash');
    assert.equal(markdownCell('plain, text: 1.5 #x'), 'plain, text: 1.5 #x');
  });
});
