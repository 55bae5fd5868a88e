import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportedName, goComment, goModulePath, goString, parameterNames } from '../../src/variants/go-names.js';
import { builtPlugin } from '../support/built-plugin.js';
import { generate } from '../support/generate.js';
import { DokkuHost } from '../support/dokku-host.js';
import { run, type Ran } from '../support/run.js';

/**
 * Go plugins from input that once broke them (issue 10, items 7, 8, 9 and 13, and the refusal of surplus
 * arguments and unknown flags). Each plugin is built as its install trigger builds it and must pass
 * go vet, gofmt, go test and its own `make lint unit-tests`; it then runs through its dispatcher double.
 */

const APP = 'test-app';

function goChecks(pluginDir: string): void {
  const vet = run('go', ['vet', './...'], { cwd: pluginDir, timeout: 300_000 });
  assert.equal(vet.status, 0, vet.output);
  const gofmt = run('gofmt', ['-l', 'cmd', 'internal', 'plugin'], { cwd: pluginDir });
  assert.equal(gofmt.status, 0, gofmt.output);
  assert.equal(gofmt.stdout, '', `gofmt would rewrite: ${gofmt.stdout}`);
  const made = run('make', ['lint', 'unit-tests'], { cwd: pluginDir, env: { ...process.env, CI: '' }, timeout: 300_000 });
  assert.equal(made.status, 0, made.output);
  assert.doesNotMatch(made.stdout, /^not ok/m);
}

function succeeded(ran: Ran): string {
  assert.equal(ran.status, 0, ran.output);
  return ran.stdout;
}

describe('Go output: names and literals the compiler and gofmt accept', () => {
  it('escapes format characters, separators and lone surrogates in string literals as strconv.Quote does', () => {
    assert.equal(goString('a\ufeffb\u200dc\u202ed\u2028e\u2029f'), '"a\\ufeffb\\u200dc\\u202ed\\u2028e\\u2029f"');
    assert.equal(goString('say "hi" \\x41 `x` é 日本 ✓ 😀'), '"say \\"hi\\" \\\\x41 `x` é 日本 ✓ 😀"');
    assert.equal(goString('\u0085\u00a0\ud800'), '"\\u0085\\u00a0\\ufffd"');
    assert.equal(goString('\u{e0001}'), '"\\U000e0001"');
  });

  it('keeps comments on one line with no format character in them', () => {
    assert.equal(goComment('It\'s ``odd\'\' \ufeff\u2028x'), 'It\'s ``odd\'\' \\ufeff\\u2028x');
  });

  it('maps command names to exported names one to one', () => {
    assert.equal(exportedName('a-1'), 'A_1');
    assert.equal(exportedName('a1'), 'A1');
    assert.equal(exportedName('post-deploy'), 'PostDeploy');
  });

  it('gives every parameter of a function its own name, clear of keywords, predeclared names and packages', () => {
    assert.deepEqual(parameterNames(['err', 'err-value']), ['errValue', 'errValueValue']);
    assert.deepEqual(parameterNames(['a1', 'a-1']), ['a1', 'a1Value']);
    assert.deepEqual(parameterNames(['func', 'nil', 'string', 'os', 'fmt', 'app', 'file-name']), ['funcValue', 'nilValue', 'stringValue', 'osValue', 'fmtValue', 'appValue', 'fileName']);
  });

  it('takes the module path from the repository only when the go command accepts it', () => {
    assert.equal(goModulePath('https://github.com/Acme/dokku-demo.git', 'demo'), 'github.com/acme/dokku-demo');
    assert.equal(goModulePath('https://git.example.com:8443/acme/dokku-demo', 'demo'), 'git.example.com/acme/dokku-demo');
    assert.equal(goModulePath('git@gitlab.com:group/sub/dokku-demo.git', 'demo'), 'gitlab.com/group/sub/dokku-demo');
    for (const refused of ['https://github.com/acme/..', 'https://github.com/acme/dokku-demo.', 'https://github.com/acme/.demo', 'https://github.com/acme/con', 'https://github.com/acme/x~1', 'file:///srv/dokku-demo']) {
      assert.equal(goModulePath(refused, 'demo'), 'dokku-demo', refused);
    }
  });
});

describe('Go doc comments stay as gofmt prints them whatever the descriptions hold', () => {
  it('leaves doubled quotes, backticks, brackets and headings in descriptions for gofmt -l to pass', async () => {
    const { pluginDir } = await generate({
      args: ['marks'],
      options: {
        yes: true,
        git: false,
        lang: 'go',
        description: 'It\'\'s ``odd\'\' and `x`',
        command: ['show <app> [--all], Show ``it\'\' [x] # h', 'list [<pattern>...], - item `a` * b'],
      },
    });
    const gofmt = run('gofmt', ['-l', 'cmd', 'internal', 'plugin'], { cwd: pluginDir });
    assert.equal(gofmt.status, 0, gofmt.output);
    assert.equal(gofmt.stdout, '', `gofmt would rewrite: ${gofmt.stdout}`);
  });
});

describe('Go build scripts with commands and a plugin named after shell keywords', () => {
  it('pass shellcheck with no exclusions: the install trigger and scripts/build quote the names', async () => {
    const { pluginDir } = await generate({
      args: ['done'],
      options: { yes: true, git: false, lang: 'go', command: ['do <app>, D', 'fi, F', 'then [--done], T'], property: ['esac=1'], trigger: ['post-deploy'] },
    });
    const ran = run('shellcheck', ['--severity=style', '--format=gcc', 'install', 'scripts/build'], { cwd: pluginDir });
    assert.equal(ran.stdout, '', ran.stdout);
    assert.equal(ran.status, 0);
  });
});

describe('Go output of text with format characters, doc-comment markup and quotes builds and passes its own checks', () => {
  const description = 'Tools \ufeffwith\u200dformat\u202e marks\u2028and\u2029separators; it\'\'s ``odd\'\' `x` [link] # not a heading';
  const commandDescription = 'Show ``it\'\' \ufeff and [x]: y \u2028 z';
  const spec = {
    name: 'texts',
    language: 'go',
    label: 'texts',
    options: {
      yes: true,
      git: false,
      lang: 'go',
      description,
      author: 'Zoë \ufeff ``O\'\'Brien\u2029',
      command: [`show <app>, ${commandDescription}`],
      // a trailing dot is no valid module path element, so the module is dokku-texts
      repository: 'https://github.com/acme/dokku-texts.',
      property: ['mode=\ufeffon\u200d', 'quote=``x\'\'', 'wrap=a\u2028b\\x41\\n'],
    },
  };
  let pluginDir = '';
  let host: DokkuHost;

  before(async () => {
    pluginDir = await builtPlugin(spec);
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('texts', pluginDir).createApp(APP);
  });

  it('passes go vet, gofmt -l and its own make lint unit-tests', () => {
    goChecks(pluginDir);
  });

  it('carries the text into the Go sources only as escapes', () => {
    assert.match(readFileSync(path.join(pluginDir, 'go.mod'), 'utf8'), /^module dokku-texts$/m);
    for (const file of ['internal/dispatch/help.go', 'internal/dispatch/report.go', 'plugin/plugin.go']) {
      assert.doesNotMatch(readFileSync(path.join(pluginDir, file), 'utf8'), /[\ufeff\u200d\u202e\u2028\u2029]/u, file);
    }
  });

  it('prints the text exactly as given', () => {
    const usage = succeeded(host.dokku(['texts:help']));
    assert.ok(usage.includes(`\n${description}\n`), usage);
    const show = usage.split('\n').find((line) => line.startsWith('    texts:show <app> '));
    assert.match(show ?? '', /^ {4}texts:show <app> +\S/, usage);
    assert.ok(show?.endsWith(`  ${commandDescription}`), usage);
    assert.equal(succeeded(host.dokku(['texts:report', APP, '--texts-computed-mode'])), '\ufeffon\u200d\n');
    assert.equal(succeeded(host.dokku(['texts:report', APP, '--texts-computed-quote'])), '``x\'\'\n');
    // the same bytes as the bash variant prints, escaped as Go's encoding/json escapes (U+2028 included)
    assert.equal(
      succeeded(host.dokku(['texts:report', APP, '--format', 'json'])),
      '{"computed-mode":"\ufeffon\u200d","computed-quote":"``x\'\'","computed-wrap":"a\\u2028b\\\\x41\\\\n",'
        + '"global-mode":"","global-quote":"","global-wrap":"","mode":"","quote":"",'
        + '"texts-computed-mode":"\ufeffon\u200d","texts-computed-quote":"``x\'\'","texts-computed-wrap":"a\\u2028b\\\\x41\\\\n",'
        + '"texts-global-mode":"","texts-global-quote":"","texts-global-wrap":"","texts-mode":"","texts-quote":"","texts-wrap":"","wrap":""}\n',
    );
  });
});

describe('Go output of names that collide in Go or are Go keywords builds and passes its own checks', () => {
  const spec = {
    name: 'func',
    language: 'go',
    label: 'func',
    options: {
      yes: true,
      git: false,
      lang: 'go',
      command: [
        'a-1, One',
        'a1, Two',
        'a <err> <err-value>, Three',
        'b <app> <a1> [--a-1], Four',
        'type <app> <os> <fmt> <strings> <args> <line> <arg> <finish> <app-value> [--err] [--go], Five',
        'range [<app>] <nil> <len> <true> [<string>...], Six',
        'map <map> <func> <string>, Seven',
        'string [<err>...] [--errors], Eight',
      ],
      property: ['map=1', 'len', 'nil=x'],
      trigger: ['post-deploy', 'post-app-rename-setup'],
    },
  };
  let pluginDir = '';
  let host: DokkuHost;

  before(async () => {
    pluginDir = await builtPlugin(spec);
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('func', pluginDir).createApp(APP);
  });

  it('passes go vet, gofmt -l and its own make lint unit-tests', () => {
    goChecks(pluginDir);
  });

  it('runs each of the commands whose names map to one Go name as itself', () => {
    assert.match(succeeded(host.dokku(['func:a-1'])), /^-----> func:a-1 is not implemented yet$/m);
    assert.match(succeeded(host.dokku(['func:a1'])), /^-----> func:a1 is not implemented yet$/m);
  });

  it('hands each argument and flag to its own parameter', () => {
    assert.equal(succeeded(host.dokku(['func:a', 'one', 'two'])), '-----> func:a is not implemented yet\n       err: one\n       err-value: two\n');
    assert.equal(succeeded(host.dokku(['func:b', APP, 'one', '--a-1'])), `-----> func:b is not implemented yet\n       app: ${APP}\n       a1: one\n       a-1: true\n`);
    assert.equal(
      succeeded(host.dokku(['func:type', APP, '1', '2', '3', '4', '5', '6', '7', '8', '--go'])),
      `-----> func:type is not implemented yet\n       app: ${APP}\n       os: 1\n       fmt: 2\n       strings: 3\n       args: 4\n       line: 5\n       arg: 6\n       finish: 7\n       app-value: 8\n       err: false\n       go: true\n`,
    );
    assert.equal(
      succeeded(host.dokku(['func:range', APP, 'n', 'l', 't', 's1', 's2'])),
      `-----> func:range is not implemented yet\n       app: ${APP}\n       nil: n\n       len: l\n       true: t\n       string: s1 s2\n`,
    );
    assert.equal(succeeded(host.dokku(['func:map', 'm', 'f', 's'])), '-----> func:map is not implemented yet\n       map: m\n       func: f\n       string: s\n');
    assert.equal(succeeded(host.dokku(['func:string', '--errors', 'e'])), '-----> func:string is not implemented yet\n       err: e\n       errors: true\n');
  });

  it('names a missing argument with its usage', () => {
    const ran = host.dokku(['func:map', 'm']);
    assert.equal(ran.status, 1, ran.output);
    assert.equal(ran.stderr, ' !     Please specify <func>: dokku func:map <map> <func> <string>\n');
  });
});

describe('Go commands refuse surplus arguments and undeclared flags with their usage', () => {
  const spec = {
    name: 'strict',
    language: 'go',
    label: 'strict',
    options: {
      yes: true,
      git: false,
      lang: 'go',
      command: [
        'list, List',
        'enable <app> [--force], Enable',
        'import <app> <file>... [--dry-run], Import',
        'show [<name>], Show',
      ],
    },
  };
  let host: DokkuHost;

  before(async () => {
    const pluginDir = await builtPlugin(spec);
    host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable('strict', pluginDir).createApp(APP);
  });

  function refused(args: string[], line: string): void {
    const ran = host.dokku(args);
    assert.equal(ran.status, 1, ran.output);
    assert.equal(ran.stderr, ` !     ${line}\n`);
    assert.equal(ran.stdout, '');
  }

  it('refuses the first surplus positional argument', () => {
    refused(['strict:list', 'extra', 'more'], 'Unexpected argument "extra": dokku strict:list');
    refused(['strict:enable', APP, 'extra'], 'Unexpected argument "extra": dokku strict:enable <app> [--force]');
    refused(['strict:show', 'one', 'two'], 'Unexpected argument "two": dokku strict:show [<name>]');
    refused(['strict:list', '-n'], 'Unexpected argument "-n": dokku strict:list');
    refused(['strict:list', '--', '--force'], 'Unexpected argument "--force": dokku strict:list');
    refused(['--app', APP, 'strict:enable', 'extra'], 'Unexpected argument "extra": dokku strict:enable <app> [--force]');
  });

  it('refuses an undeclared --flag, even one another command declares', () => {
    refused(['strict:list', '--enable'], 'Unknown flag "--enable": dokku strict:list');
    refused(['strict:enable', APP, '--forse'], 'Unknown flag "--forse": dokku strict:enable <app> [--force]');
    refused(['strict:import', APP, 'a', '--dry-run=1'], 'Unknown flag "--dry-run=1": dokku strict:import <app> <file>... [--dry-run]');
  });

  it('keeps declared flags, variadic arguments, a bare -- and single-dash operands working', () => {
    assert.equal(succeeded(host.dokku(['strict:list', '--'])), '-----> strict:list is not implemented yet\n');
    assert.equal(succeeded(host.dokku(['strict:enable', '--force', APP])), `-----> strict:enable is not implemented yet\n       app: ${APP}\n       force: true\n`);
    assert.equal(
      succeeded(host.dokku(['strict:import', APP, 'a', '--dry-run', 'b', 'c', 'd'])),
      `-----> strict:import is not implemented yet\n       app: ${APP}\n       file: a b c d\n       dry-run: true\n`,
    );
    assert.equal(
      succeeded(host.dokku(['strict:import', APP, '--', '--dry-run', '-e'])),
      `-----> strict:import is not implemented yet\n       app: ${APP}\n       file: --dry-run -e\n       dry-run: false\n`,
    );
    assert.equal(succeeded(host.dokku(['strict:show', '-n'])), '-----> strict:show is not implemented yet\n       name: -n\n');
  });

  it("passes over Dokku's global flags after the command, which Dokku reads anywhere in argv", () => {
    assert.equal(succeeded(host.dokku(['strict:list', '--force', '--quiet'])), '-----> strict:list is not implemented yet\n');
    assert.equal(succeeded(host.dokku(['strict:enable', APP, '--force'])), `-----> strict:enable is not implemented yet\n       app: ${APP}\n       force: true\n`);
  });
});
