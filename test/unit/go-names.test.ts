import assert from 'node:assert/strict';
import { exportedName, goComment, goModulePath, goString, parameterNames } from '../../src/variants/go-names.js';
import { outputPath } from '../../src/variants/planned-file.js';
import { asListedByDokkuHelp } from '../../src/variants/test-cases.js';

describe('unit: Go names and literals', () => {
  it('quotes text as strconv.Quote does', () => {
    assert.equal(goString('plain text, with punctuation: $x `y` é'), '"plain text, with punctuation: $x `y` é"');
    assert.equal(goString('say "hi" \\ bye'), '"say \\"hi\\" \\\\ bye"');
    assert.equal(goString('a\nb\tc'), '"a\\u000ab\\u0009c"');
    assert.equal(goString('\uFEFF\u200D\u202E\u2028\u2029'), '"\\ufeff\\u200d\\u202e\\u2028\\u2029"');
    assert.equal(goString('\u{E0001}'), '"\\U000e0001"');
    assert.equal(goString('\uFFFF'), '"\\uffff"');
    assert.equal(goString('\uD800'), '"\\ufffd"');
    assert.equal(goString('\uDFFF'), '"\\ufffd"');
    assert.equal(goString('\uD7FF\uE000'), '"\\ud7ff\\ue000"');
    assert.equal(goString('😀'), '"😀"');
    assert.equal(goString(''), '""');
  });

  it('keeps comments on one line with no hidden characters', () => {
    assert.equal(goComment('Enable "it" for an app \\ */'), 'Enable "it" for an app \\ */');
    assert.equal(goComment('a\nb\u2028c\uFEFF'), 'a\\u000ab\\u2028c\\ufeff');
  });

  it('maps names to exported Go names one to one', () => {
    assert.equal(exportedName('post-deploy'), 'PostDeploy');
    assert.equal(exportedName('a-1'), 'A_1');
    assert.equal(exportedName('a1'), 'A1');
    assert.equal(exportedName('Set_Key--value'), 'SetKeyValue');
    assert.equal(exportedName('x-2b-c'), 'X_2bC');
  });

  it('gives parameters camel-cased names, adding Value to reserved or taken ones', () => {
    assert.deepEqual(parameterNames(['key', 'new-value', 'APP_NAME']), ['key', 'newValue', 'appName']);
    assert.deepEqual(parameterNames(['err', 'err-value', 'err', 'err']), ['errValue', 'errValueValue', 'errValue2', 'errValue3']);
    assert.deepEqual(parameterNames(['x', 'x', 'x', 'x']), ['x', 'xValue', 'xValue2', 'xValue3']);
    assert.deepEqual(parameterNames(['type', 'string', 'fmt', 'app']), ['typeValue', 'stringValue', 'fmtValue', 'appValue']);
    assert.deepEqual(parameterNames(['x-value', 'x', 'x']), ['xValue', 'x', 'xValue2']);
  });

  it('takes the Go module path from the repository, or dokku-NAME', () => {
    assert.equal(goModulePath('https://github.com/Acme/dokku-demo.git', 'demo'), 'github.com/acme/dokku-demo');
    assert.equal(goModulePath('https://github.com/acme/dokku-demo/', 'demo'), 'github.com/acme/dokku-demo');
    assert.equal(goModulePath('https://git.example.com:8443/a/b/dokku-demo', 'demo'), 'git.example.com/a/b/dokku-demo');
    assert.equal(goModulePath('ssh://git@example.com:22/acme/demo.git', 'demo'), 'example.com/acme/demo');
    assert.equal(goModulePath('ssh://example.com/acme/demo', 'demo'), 'example.com/acme/demo');
    assert.equal(goModulePath('git://example.com/acme/demo', 'demo'), 'example.com/acme/demo');
    assert.equal(goModulePath('git@github.com:acme/dokku-demo.git', 'demo'), 'github.com/acme/dokku-demo');
    assert.equal(goModulePath('git@github.com:acme/dokku-demo', 'demo'), 'github.com/acme/dokku-demo');
    assert.equal(goModulePath('see https://github.com/acme/dokku-demo', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('me@git@github.com:acme/dokku-demo', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('http://github.com/acme/dokku-demo', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('/srv/git/dokku-demo', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('https://github.com', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('https://github.com/acme/my demo', 'demo'), 'dokku-demo');
    assert.equal(goModulePath('https://-github.com/acme/demo', 'demo'), 'dokku-demo');
    for (const bad of ['.hidden', 'trailing.', 'con', 'aux.go', 'lpt1', 'com9', 'nul', 'prn', 'x~1', 'x~12']) {
      assert.equal(goModulePath(`https://github.com/acme/${bad}`, 'demo'), 'dokku-demo', bad);
    }
    for (const good of ['console', 'com0', 'lpt', 'a.b', 'x~a', 'co', 'xcon', 'x~1b']) {
      assert.equal(goModulePath(`https://github.com/acme/${good}`, 'demo'), `github.com/acme/${good}`, good);
    }
  });
});

describe('unit: output paths and help listings', () => {
  it('writes a template\'s leading _ as a dot, but not a double __', () => {
    assert.equal(outputPath('_github/workflows/ci.yml'), '.github/workflows/ci.yml');
    assert.equal(outputPath('_gitignore'), '.gitignore');
    assert.equal(outputPath('subcommands/__command__'), 'subcommands/__command__');
    assert.equal(outputPath('tests/unit/__command__.bats'), 'tests/unit/__command__.bats');
    assert.equal(outputPath('tests/unit/test_helper.bash'), 'tests/unit/test_helper.bash');
  });

  it('shows non-ASCII text as `dokku help` does under LC_ALL=C', () => {
    assert.equal(asListedByDokkuHelp('plain \\x41 text'), 'plain \\x41 text');
    assert.equal(asListedByDokkuHelp('café'), 'caf\\xc3\\xa9');
    assert.equal(asListedByDokkuHelp('café taxi'), 'caf\\xc3\\xa9 taxi');
    assert.equal(asListedByDokkuHelp('é \\x41 \\y'), '\\xc3\\xa9 \\x5cx41 \\y');
    assert.equal(asListedByDokkuHelp('é\\'), '\\xc3\\xa9\\');
    assert.equal(asListedByDokkuHelp('\u007f é'), '\u007f \\xc3\\xa9');
    assert.equal(asListedByDokkuHelp('\u0080'), '\\xc2\\x80');
  });
});
