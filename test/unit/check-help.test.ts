import assert from 'node:assert/strict';
import { checkHelp, namespaceFromHelp } from '../../src/check/behaviour/help-checks.js';
import { demoCommands, type TreeSpec } from './check-support.js';
import { contextFor, described, disposeSessions } from './check-behaviour-support.js';

const help = async (options: Parameters<typeof demoCommands>[0], files: TreeSpec = {}) => {
  const context = contextFor({ commands: { exec: demoCommands(options) }, ...files });
  const commands = await checkHelp(context);
  return { commands, findings: context.findings.all() };
};
const SUB = { exec: '#!/usr/bin/env bash\necho sub\n' };

describe('unit: check, the namespace line of the help', function () {
  this.timeout(60_000);
  afterEach(disposeSessions);

  it('the first help line names the plugin, before any colon', async () => {
    assert.equal(await namespaceFromHelp(contextFor({ commands: { exec: demoCommands({ help: 'echo "    memo, Notes"; echo "    other, X"' }) } })), 'memo');
    assert.equal(await namespaceFromHelp(contextFor({ commands: { exec: demoCommands({ help: 'echo "    memo:show <app>, Notes"' }) } })), 'memo');
    assert.equal(await namespaceFromHelp(contextFor({ commands: { exec: demoCommands({ help: 'true' }) } })), undefined);
  });
});

describe('unit: check, help, help --all and NAME:help', function () {
  this.timeout(60_000);
  afterEach(disposeSessions);

  it('a correct help: the commands it lists, app-scoped or not, then those only subcommands/ adds, and no finding', async () => {
    const { commands, findings } = await help({
      all: ['    demo, Demo plugin', '    demo:list, List things', '    demo:show <app>, Show an app', '    demo:tag [<app>] <t>, Tag an app', '    demo:list, Listed twice', '    other:x <app>, Not ours'],
      cases: '  demo:show|demo:tag) echo "$@" ;;',
    }, { 'subcommands/default': SUB, 'subcommands/demo': SUB, 'subcommands/list': SUB, 'subcommands/help': { exec: '#!/usr/bin/env bash\necho "Usage: dokku demo"\n' }, 'subcommands/plain': '#!/bin/sh\n' });
    assert.deepEqual(findings, []);
    assert.deepEqual(commands, [
      { command: 'demo:list', appScoped: false, listedInHelp: true },
      { command: 'demo:show', appScoped: true, listedInHelp: true },
      { command: 'demo:tag', appScoped: true, listedInHelp: true },
      { command: 'demo', appScoped: false, listedInHelp: false },
      { command: 'demo:help', appScoped: false, listedInHelp: false },
    ]);
  });

  it('a namespace line with arguments in help --all is a command', async () => {
    const { commands } = await help({ all: ['    demo <app>, Run for an app'] });
    assert.deepEqual(commands, [{ command: 'demo', appScoped: true, listedInHelp: true }]);
  });

  it('a help that fails, under each kind of help', async () => {
    const { findings } = await help({ help: 'echo "    demo, Demo plugin"; exit 2', all: ['    demo:list, List things"; exit 3; echo "'] });
    assert.deepEqual(findings.filter((finding) => finding.id === 'help-exit'), [
      { id: 'help-exit', severity: 'error', message: '`commands help` exits 2 under `dokku help`: Dokku stops listing every plugin\'s help there', fix: 'make the help branch of commands print its lines and exit 0', file: 'commands' },
      { id: 'help-exit', severity: 'error', message: '`commands help` exits 3 under `dokku help --all`: Dokku stops listing every plugin\'s help there', fix: 'make the help branch of commands print its lines and exit 0', file: 'commands' },
    ]);
    assert.deepEqual(findings.map((finding) => finding.id), ['help-exit', 'help-exit']);
  });

  it('lines without a comma, and commas inside the usage, under either help', async () => {
    const { findings, commands } = await help({ help: 'echo "    demo  Demo plugin"', all: ['    demo:list  List things', '    demo:x [--a b,c], X', '    demo:ok, Fine'], cases: '  demo:x|demo:ok) true ;;' });
    assert.deepEqual(findings, [
      { id: 'help-no-comma', severity: 'error', message: '`dokku help` prints "demo  Demo plugin" with no comma: Dokku splits usage from description at the first comma, so the columns break', fix: 'print each help line as "    USAGE, DESCRIPTION"', file: 'commands' },
      { id: 'help-no-comma', severity: 'error', message: '`dokku help --all` prints "demo:list  List things" with no comma: Dokku splits usage from description at the first comma, so the columns break', fix: 'print each help line as "    USAGE, DESCRIPTION"', file: 'commands' },
      { id: 'help-comma-in-usage', severity: 'error', message: '`dokku help --all` prints "demo:x [--a b,c], X": the first comma falls inside the usage ("demo:x [--a b"), so Dokku cuts the usage there', fix: 'keep commas out of the usage (write "[--format json|text]" rather than "a,b"); the first comma must end the usage', file: 'commands' },
    ]);
    assert.deepEqual(commands.map((command) => command.command), ['demo:x', 'demo:ok']);
  });

  it('plain help must print one namespace line, of this plugin', async () => {
    const expected = (lines: string, shown: string) => ({ id: 'help-summary', severity: 'warning', message: `\`dokku help\` gets ${lines} lines from the plugin (${shown}); it expects one namespace line, "    demo, DESCRIPTION"`, fix: 'print every command only when the parent process command line holds --all (that is `dokku help --all`)', file: 'commands' });
    assert.deepEqual((await help({ help: 'echo "    demo, Demo"; echo "    demo:list, List"' })).findings, [expected('2', '"demo, Demo"')]);
    assert.deepEqual((await help({ help: 'echo "    other, Demo"' })).findings, [expected('1', '"other, Demo"')]);
    assert.deepEqual((await help({ help: 'true' })).findings, [expected('0', '(nothing)')]);
  });

  it('NAME:help must exit 0 with a usage', async () => {
    const nameHelp = (status: string, shown: string, file = 'commands') => ({ id: 'name-help', severity: 'error', message: `\`dokku demo:help\` exits ${status} and prints ${shown}; it should print the usage and exit 0`, fix: 'answer demo:help with "Usage: dokku demo[:COMMAND]", the description and the command lines, exit 0', file });
    assert.deepEqual((await help({ nameHelp: 'echo "Demo plugin"' })).findings, [nameHelp('0', '"Demo plugin"')]);
    assert.deepEqual((await help({ nameHelp: 'echo " !     Usage: later"; exit 1' })).findings, [nameHelp('1', '"!     Usage: later"')]);
    assert.deepEqual((await help({ nameHelp: 'echo "usage: dokku demo"' })).findings, []);
    assert.deepEqual((await help({}, { 'subcommands/help': { exec: '#!/usr/bin/env bash\necho "no help here"\n' } })).findings, [nameHelp('0', '"no help here"', 'subcommands/help')]);
  });

  it('the lines of plain help are not commands', async () => {
    const { commands } = await help({ help: 'echo "    demo, Demo"; echo "    demo:only-plain, X"' });
    assert.deepEqual(commands.map((command) => command.command), ['demo:list']);
  });

  it('NAME:help is judged like any run, on the file that answers it', async () => {
    const ids = async (nameHelp: string, files: TreeSpec = {}) => (await help({ nameHelp }, files)).findings.map((finding) => `${finding.id} ${finding.file ?? '-'}: ${finding.message.split(' and prints')[0]}`);
    assert.deepEqual(await ids('echo "Usage: no"; exit 1'), ['failure-not-dokku-style commands: `dokku demo:help` exits 1', 'name-help commands: `dokku demo:help` exits 1']);
    assert.deepEqual(await ids('true', { 'subcommands/help': { exec: '#!/usr/bin/env bash\necho "Usage: no"\nexit 2\n' } }), ['failure-not-dokku-style subcommands/help: `dokku demo:help` exits 2', 'name-help subcommands/help: `dokku demo:help` exits 2']);
  });

  it('a subcommand the help does not list is a warning; folders and files that do not run are not subcommands', async () => {
    const { findings, commands } = await help({}, { 'subcommands/extra': SUB, 'subcommands/plain': '#!/bin/sh\n', 'subcommands/folder/x': SUB });
    assert.deepEqual(findings, [
      { id: 'subcommand-not-in-help', severity: 'warning', message: 'subcommands/extra makes `dokku demo:extra` work, but `dokku help --all` does not list it', fix: 'add "    demo:extra ARGS, DESCRIPTION" to the lines commands prints for help --all (or remove the subcommand)', file: 'subcommands/extra' },
    ]);
    assert.deepEqual(commands, [{ command: 'demo:list', appScoped: false, listedInHelp: true }, { command: 'demo:extra', appScoped: false, listedInHelp: false }]);
  });

  it('a multi-call binary the subcommands link to is not a command; the links are', async () => {
    const { commands } = await help({ all: ['    demo:a, A', '    demo:b, B'], cases: '  demo:a|demo:b) true ;;' }, { 'subcommands/subcommands': SUB, 'subcommands/a': { link: 'subcommands' }, 'subcommands/b': { link: 'subcommands' }, 'subcommands/gone': { link: 'missing' } });
    assert.deepEqual(commands.map((command) => `${command.command} ${command.listedInHelp}`), ['demo:a true', 'demo:b true']);
  });

  it('a subcommand that another links to is still a command of its own, and is checked', async () => {
    const { findings, commands } = await help({}, { 'subcommands/extra': SUB, 'subcommands/more': { link: 'extra' } });
    assert.deepEqual(findings.map((finding) => finding.file), ['subcommands/extra', 'subcommands/more']);
    assert.deepEqual(commands.map((command) => `${command.command} ${command.listedInHelp}`), ['demo:list true', 'demo:extra false', 'demo:more false']);
  });

  it('a help that needs what the double lacks proves nothing about the lines it printed', async () => {
    const { findings, commands } = await help({ help: 'echo "    demo  no comma"; docker ps || true', all: ['    demo:x  no comma"; docker ps || echo "'] });
    assert.deepEqual(described(findings), ['not-checked -: not checked: needs `docker`: dokku help, dokku help --all']);
    assert.deepEqual(commands, []);
  });

  it('a help that traces without DOKKU_TRACE is an error, once', async () => {
    const { findings } = await help({ before: 'set -x\n' });
    assert.deepEqual(findings.map((finding) => `${finding.id} ${finding.file ?? ''}`), ['trace-always-on commands']);
  });
});
