import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCommand, checkUsage } from '../../src/check/check-command.js';
import { writeTree } from './check-support.js';

const USAGE = [
  'Usage: create-dokku-plugin check [DIR] [--format human|json|github] [--strict]',
  '       yo dokku-plugin:check [DIR] [--format human|json|github] [--strict]',
  '',
  'Checks a Dokku plugin (any plugin, hand-written too) or add-on in DIR (default: the current',
  'directory) without a Dokku host: plugin.toml, executable bits, trigger names against Dokku\'s',
  'trigger catalog, bash -n, shellcheck when installed, script headers, and the plugin\'s behaviour',
  'through a stand-in for Dokku\'s dispatcher in a temporary directory.',
  '',
  'Options:',
  '  --format human|json|github    human (default): grouped by file with a summary line; json; github: workflow annotations',
  '  --strict                      Fail on warnings too, not only on errors',
  '  -h, --help                    Show this help',
  '',
  'Exit status: 0 when the check passes, 1 when it finds an error (or, with --strict, a warning),',
  '2 when DIR or an option is wrong.',
  '',
].join('\n');

const TOML = '[plugin]\ndescription = "Sample"\nversion = "1.0.0"\n[plugin.config]\n';
// No commands file: the static checks have nothing to say, and the behavioural ones one info line.
const NOT_CHECKED = [
  'commands',
  '  info    not checked: needs a commands file: without it Dokku\'s dispatcher has nothing to run (an add-on, or a Go plugin not built yet) [not-checked]',
  '          fix: build the plugin first (for a generated Go plugin: make build), then run check again',
  '',
];

async function check(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await checkCommand(argv, 'create-dokku-plugin check', { cwd, write: (text) => out.push(text), writeError: (text) => err.push(text) });
  return { status, out: out.join(''), err: err.join('') };
}

describe('unit: check command line', function () {
  this.timeout(60_000);
  const cwd = path.dirname(writeTree({}));

  it('--help and -h print the usage with the command the user typed, exit 0', async () => {
    assert.equal(checkUsage('create-dokku-plugin check'), USAGE);
    assert.deepEqual(await check(['--help'], cwd), { status: 0, out: USAGE, err: '' });
    assert.deepEqual(await check(['-h', 'anything'], cwd), { status: 0, out: USAGE, err: '' });
  });

  it('an unknown option is named with the options check takes, exit 2', async () => {
    assert.deepEqual(await check(['--dir', 'x'], cwd), { status: 2, out: '', err: 'error: --dir: check takes only [DIR], --format, --strict and --help; remove --dir\n' });
    assert.deepEqual(await check(['-x'], cwd), { status: 2, out: '', err: 'error: -x: check takes only [DIR], --format, --strict and --help; remove -x\n' });
  });

  it('any other option error is passed on with a pointer to --help, exit 2', async () => {
    assert.deepEqual(await check(['--format'], cwd), { status: 2, out: '', err: 'error: check: Option \'--format <value>\' argument missing; run create-dokku-plugin check --help to see the options\n' });
    assert.deepEqual(await check(['--strict=yes'], cwd), { status: 2, out: '', err: 'error: check: Option \'--strict\' does not take an argument; run create-dokku-plugin check --help to see the options\n' });
  });

  it('one directory at a time, exit 2', async () => {
    assert.deepEqual(await check(['a', 'b'], cwd), { status: 2, out: '', err: 'error: check: one directory expected, got 2: a b; check one plugin at a time\n' });
  });

  it('a format check does not write is refused, an empty one too, exit 2', async () => {
    assert.deepEqual(await check(['--format', 'xml'], cwd), { status: 2, out: '', err: 'error: --format: "xml" is not a format check writes; use human, json or github\n' });
    assert.deepEqual(await check(['--format='], cwd), { status: 2, out: '', err: 'error: --format: "" is not a format check writes; use human, json or github\n' });
  });

  it('DIR that is missing, a file or not a plugin is named as the user wrote it, exit 2', async () => {
    writeFileSync(path.join(cwd, 'a-file'), 'x');
    mkdirSync(path.join(cwd, 'empty'));
    assert.deepEqual(await check(['missing'], cwd), { status: 2, out: '', err: 'error: DIR: missing does not exist; give the plugin\'s directory, or run check inside it\n' });
    assert.deepEqual(await check(['a-file'], cwd), { status: 2, out: '', err: 'error: DIR: a-file is a file, not a directory; give the plugin\'s directory (the one holding plugin.toml)\n' });
    assert.deepEqual(await check(['empty'], cwd), { status: 2, out: '', err: 'error: DIR: empty is not a Dokku plugin: it has no plugin.toml, commands, subcommands/ or add-on scripts (provision, url); run check in the plugin\'s root directory\n' });
  });

  it('a plugin that passes: the report, labelled with the directory as given, exit 0', async () => {
    const dir = writeTree({ 'plugin.toml': TOML });
    assert.deepEqual(await check([path.basename(dir)], path.dirname(dir)), { status: 0, out: [...NOT_CHECKED, 'dokku-sample: 0 errors, 0 warnings, 1 info; check passed', ''].join('\n'), err: '' });
  });

  it('the current directory is labelled with its own name', async () => {
    const dir = writeTree({ 'plugin.toml': TOML }, 'dokku-here');
    assert.equal((await check([], dir)).out.split('\n').at(-2), 'dokku-here: 0 errors, 0 warnings, 1 info; check passed');
    assert.equal((await check(['.'], dir)).out.split('\n').at(-2), 'dokku-here: 0 errors, 0 warnings, 1 info; check passed');
  });

  it('a warning fails only with --strict; an error always, exit 1', async () => {
    const warned = writeTree({ 'plugin.toml': '[plugin]\ndescription = "Sample"\n[plugin.config]\n' });
    assert.equal((await check([warned], cwd)).status, 0);
    const strict = await check([warned, '--strict'], cwd);
    assert.equal(strict.status, 1);
    assert.equal(strict.out.split('\n').at(-2), `${warned}: 0 errors, 1 warning, 1 info; check failed (--strict: warnings fail)`);
    const broken = writeTree({ 'plugin.toml': '[plugin]\ndescription = "Sample"\nversion = "1.0.0"\n' });
    assert.equal((await check([broken], cwd)).status, 1);
  });

  it('--format json and github, paths in annotations from where check runs', async () => {
    const dir = writeTree({ 'plugin.toml': TOML }, 'dokku-formats');
    const parent = path.dirname(dir);
    const json = await check(['dokku-formats', '--format', 'json'], parent);
    assert.equal(json.status, 0);
    assert.deepEqual(JSON.parse(json.out), { directory: 'dokku-formats', passed: true, strict: false, counts: { error: 0, warning: 0, info: 1 }, findings: [
      { id: 'not-checked', severity: 'info', message: 'not checked: needs a commands file: without it Dokku\'s dispatcher has nothing to run (an add-on, or a Go plugin not built yet)', fix: 'build the plugin first (for a generated Go plugin: make build), then run check again', file: 'commands' },
    ] });
    const github = await check(['dokku-formats', '--format', 'github'], parent);
    assert.equal(github.out.split('\n')[0], '::notice file=dokku-formats/commands,title=not-checked::not checked: needs a commands file: without it Dokku\'s dispatcher has nothing to run (an add-on, or a Go plugin not built yet). Fix: build the plugin first (for a generated Go plugin: make build), then run check again');
  });

  it('without write functions it prints to stdout and stderr, and without cwd it starts from the current directory', async () => {
    const written: string[] = [];
    const original = { out: process.stdout.write, err: process.stderr.write };
    process.stdout.write = ((text: string) => written.push(`out:${text}`) > 0) as typeof process.stdout.write;
    process.stderr.write = ((text: string) => written.push(`err:${text}`) > 0) as typeof process.stderr.write;
    let statuses: number[];
    try {
      statuses = [await checkCommand(['--help'], 'x check'), await checkCommand(['--format', 'xml'], 'x check')];
    } finally {
      process.stdout.write = original.out;
      process.stderr.write = original.err;
    }
    assert.deepEqual(statuses, [0, 2]);
    assert.deepEqual(written, [`out:${checkUsage('x check')}`, 'err:error: --format: "xml" is not a format check writes; use human, json or github\n']);
    const dir = writeTree({ 'plugin.toml': TOML });
    const relative = path.relative(process.cwd(), dir);
    assert.equal(await checkCommand([relative, '--format', 'json'], 'x check', { write: () => undefined }), 0);
  });
});
