import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promptForMissing, type Ask, type Question } from '../../src/cli/questions.js';
import type { PluginInput } from '../../src/model/plugin-model.js';
import { inputProblems } from '../support/input-problems.js';
import { withGitConfig } from '../support/git-config.js';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'unit-questions-'));

/**
 * Runs `run` with git's global configuration replaced by `gitconfig` (no system one) and the process in a
 * directory outside any repository, so the author's default comes from that configuration alone.
 */
async function withGitConfigOutsideRepository<T>(gitconfig: string, run: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(scratch());
  try {
    return await withGitConfig(gitconfig, run);
  } finally {
    process.chdir(cwd);
  }
}

/** An Ask that answers from `answers` (unanswered: ''), recording each question and what its validator says of each `tries` value. */
function scripted(answers: Record<string, string>, tries: Record<string, string[]> = {}) {
  const asked: Question[] = [];
  const verdicts: Record<string, Record<string, true | string | undefined>> = {};
  const ask: Ask = async (questions) => {
    assert.equal(questions.length, 1);
    const question = questions[0] as Question;
    asked.push(question);
    for (const value of tries[question.name] ?? []) {
      (verdicts[question.name] ??= {})[value] = question.validate?.(value);
    }
    return question.name in answers ? { [question.name]: answers[question.name] as string } : {};
  };
  return { ask, asked, verdicts };
}

const shape = (question: Question) => [question.name, question.type, question.message, question.default];

describe('unit: the questions for a new plugin', () => {
  it('asks for each field in order, with its default, and checks each answer with its flag\'s rules', async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'full'));
    writeFileSync(path.join(cwd, 'full', 'x'), '');
    const { ask, asked, verdicts } = scripted({
      name: 'dokku-demo', description: 'Demo tools', author: 'A', license: 'MIT', pluginVersion: '1.0.0', language: 'go',
      properties: ' mode=x  size ', command1: ' enable <app>, Enable it ', command2: 'list, List', command3: '', defaultCommand: 'enable',
      triggers: 'post-deploy,pre-deploy  post-delete', repository: 'https://example.com/r.git', directory: 'out',
    }, {
      name: ['Bad Name', 'apps', 'dokku-demo'], description: ['a, b', ' ok '], author: [' '], license: ['not spdx!'], pluginVersion: ['1.x'],
      properties: ['Bad', 'mode=x:app', 'mode global-mode', ''], command1: ['set, Set', 'x y, Z', ''], command2: ['enable <app>, Again', ''],
      triggers: ['post-deplo', 'post-deploy,, pre-deploy'], repository: ['', 'x y'], directory: ['', 'full', 'new'],
    });
    const input = await withGitConfigOutsideRepository('[user]\n\tname = Gita Git\n', () => promptForMissing({ report: true }, ask, { cwd, year: 2026 }));
    assert.deepEqual(input, {
      report: true, name: 'dokku-demo', description: 'Demo tools', author: 'A', license: 'MIT', pluginVersion: '1.0.0', language: 'go',
      properties: ['mode=x', 'size'], commands: ['enable <app>, Enable it', 'list, List'], defaultCommand: 'enable',
      triggers: ['post-deploy', 'pre-deploy', 'post-delete'], repository: 'https://example.com/r.git', directory: 'out',
    });
    assert.deepEqual(asked.map(shape), [
      ['name', 'input', 'Plugin name (dokku <name>:command)', undefined],
      ['description', 'input', 'One-line description', 'Dokku plugin demo'],
      ['author', 'input', 'Author (copyright holder)', 'Gita Git'],
      ['license', 'input', 'Licence (SPDX identifier)', 'MIT'],
      ['pluginVersion', 'input', 'Version', '0.1.0'],
      ['language', 'list', 'Language', 'bash'],
      ['properties', 'input', 'Properties for NAME:set and NAME:report, as NAME[=DEFAULT][:app|:global] separated by spaces (no scope: both) (at least one, for --report)', ''],
      ['command1', 'input', 'Command 1 as "USAGE, DESCRIPTION" (e.g. "enable <app>, Enable it"); empty to finish', ''],
      ['command2', 'input', 'Command 2 as "USAGE, DESCRIPTION" (e.g. "enable <app>, Enable it"); empty to finish', ''],
      ['command3', 'input', 'Command 3 as "USAGE, DESCRIPTION" (e.g. "enable <app>, Enable it"); empty to finish', ''],
      ['defaultCommand', 'list', 'What should bare `dokku demo` do?', ''],
      ['triggers', 'input', 'Triggers to implement, separated by spaces (179 known, e.g. post-deploy; install and uninstall are always made)', ''],
      ['repository', 'input', 'Repository URL (for the install instructions)', 'https://github.com/your-github-user/dokku-demo.git'],
      ['directory', 'input', 'Directory to write the plugin to', 'dokku-demo'],
    ]);
    assert.deepEqual(asked[5]?.choices, [{ name: 'bash (like Dokku\'s official plugins)', value: 'bash' }, { name: 'go (compiled by the install trigger)', value: 'go' }]);
    assert.deepEqual(asked[10]?.choices, [{ name: 'show the help', value: '' }, { name: 'run enable', value: 'enable' }, { name: 'run list', value: 'list' }]);
    assert.equal(asked[5]?.validate, undefined);
    assert.equal(asked[10]?.validate, undefined);
    const taken = (dir: string) => `${dir} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it`;
    assert.deepEqual(verdicts, {
      name: {
        'Bad Name': '"Bad Name" contains ":", "/", "\\" or white space; Dokku uses the name as a directory and as the namespace before ":" (use letters, digits and "-")',
        apps: '"apps" is the name of a Dokku core plugin (or a core plugin family); choose another name',
        'dokku-demo': true,
      },
      description: { 'a, b': 'contains a comma, which `dokku help` reads as a column break; use ";" or " - " instead', ' ok ': true },
      author: { ' ': 'give the copyright holder as one line of text, for example --author "Jane Doe"' },
      license: { 'not spdx!': '"not spdx!" is not an SPDX licence identifier such as MIT, Apache-2.0 or GPL-3.0-only' },
      pluginVersion: { '1.x': '"1.x" is not a semantic version such as 0.1.0' },
      properties: {
        Bad: '"Bad" is not a valid property name: use lowercase letters, digits and "-", starting with a letter',
        'mode=x:app': true,
        'mode global-mode': '"mode" and "global-mode" would share the report flag --demo-global-mode; rename one of them',
        '': 'the report needs at least one key: --property NAME[=DEFAULT][:app|:global], for example --property enabled=false',
      },
      command1: {
        'set, Set': '"set" is the set command --report generates; name yours otherwise',
        'x y, Z': 'argument "y" of "x y" is not understood: write <name>, [<name>], <name>... or [--flag]',
        '': true,
      },
      command2: { 'enable <app>, Again': '"enable" is given twice; each command name must be unique', '': true },
      triggers: {
        'post-deplo': '"post-deplo" is not a Dokku plugin trigger; did you mean post-deploy, core-post-deploy, scheduler-post-deploy-process?',
        'post-deploy,, pre-deploy': true,
      },
      repository: {
        '': '"" is not a URL that `dokku plugin:install` accepts: use https://, ssh://, git@ or file:// with no spaces or quotes',
        'x y': '"x y" is not a URL that `dokku plugin:install` accepts: use https://, ssh://, git@ or file:// with no spaces or quotes',
      },
      directory: {
        '': `is empty; give the directory to write to, such as --directory dokku-demo (or leave --directory out for ./dokku-demo; use --directory . for the current one); ${taken(cwd)}`,
        full: taken(path.join(cwd, 'full')),
        new: true,
      },
    });
  });

  it('asks only for what the flags left out, and takes no default command when there are no commands', async () => {
    const { ask, asked } = scripted({ command1: '', triggers: '' });
    const given: PluginInput = { name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], repository: 'https://example.com/r.git', directory: 'out' };
    const input = await promptForMissing(given, ask, { cwd: scratch(), year: 2026 });
    assert.deepEqual(asked.map((question) => question.name), ['command1', 'triggers']);
    assert.deepEqual(input, { ...given, commands: [], triggers: [] });
  });

  it('without --report, properties may be left empty', async () => {
    const { ask, asked, verdicts } = scripted({ properties: '', command1: '' }, { properties: [''] });
    const given: PluginInput = { name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', triggers: [], repository: 'https://example.com/r.git', directory: 'out' };
    const input = await promptForMissing(given, ask, { cwd: scratch(), year: 2026 });
    assert.equal(asked[0]?.message, 'Properties for NAME:set and NAME:report, as NAME[=DEFAULT][:app|:global] separated by spaces (no scope: both) (empty for none)');
    assert.deepEqual(verdicts, { properties: { '': true } });
    assert.deepEqual(input.properties, []);
    assert.deepEqual(input.commands, []);
  });

  it('checks a given --default-command once the list of commands is complete, not at each command', async () => {
    const { ask, verdicts } = scripted({ command1: 'list, List', command2: '' }, { command1: ['list, List'], command2: ['', 'show, Show'] });
    const given: PluginInput = { name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], defaultCommand: 'show', triggers: [], repository: 'https://example.com/r.git', directory: 'out' };
    await promptForMissing(given, ask, { cwd: scratch(), year: 2026 });
    assert.deepEqual(verdicts, {
      command1: { 'list, List': true },
      command2: { '': '--default-command: "show" is not one of the commands given with --command (list)', 'show, Show': true },
    });
  });

  it('refuses flags given wrong before asking anything', async () => {
    const { ask, asked } = scripted({});
    let thrown: unknown;
    await promptForMissing({ name: 'Bad!', license: 'not spdx!' }, ask, { cwd: scratch(), year: 2026 }).catch((error: unknown) => { thrown = error; });
    assert.deepEqual(asked, []);
    assert.deepEqual(inputProblems(() => { throw thrown; }), [
      '--name: "Bad!" is not a valid plugin name: use lowercase letters, digits and single "-" between them, starting with a letter (for example "mysql-backup")',
      '--license: "not spdx!" is not an SPDX licence identifier such as MIT, Apache-2.0 or GPL-3.0-only',
    ]);
  });

  it('defaults the author to "The dokku-NAME authors" when git has no user name', async () => {
    for (const gitconfig of ['', '[user]\n\tname =\n']) {
      const { ask, asked } = scripted({ name: 'demo', description: 'D' });
      await withGitConfigOutsideRepository(gitconfig, () => promptForMissing({ description: undefined, license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], commands: [], triggers: [], repository: 'https://example.com/r.git', directory: 'out' }, ask, { cwd: scratch(), year: 2026 }));
      assert.deepEqual(asked.map(shape)[2], ['author', 'input', 'Author (copyright holder)', 'The dokku-demo authors']);
    }
  });

  it('in an empty dokku-NAME directory offers NAME, and "." as the directory only for that name', async () => {
    const cwd = path.join(scratch(), 'dokku-here');
    mkdirSync(cwd);
    const rest: PluginInput = { description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], commands: [], triggers: [], repository: 'https://example.com/r.git' };
    for (const [name, directory] of [['here', '.'], ['other', 'dokku-other']]) {
      const { ask, asked, verdicts } = scripted({ name: name as string, directory: '.' }, { directory: ['.'] });
      const input = await promptForMissing(rest, ask, { cwd, year: 2026 });
      assert.deepEqual(asked.map(shape), [
        ['name', 'input', 'Plugin name (dokku <name>:command)', 'here'],
        ['directory', 'input', 'Directory to write the plugin to', directory],
      ]);
      assert.deepEqual(verdicts, { directory: { '.': true } });
      assert.equal(input.directory, '.');
    }
    const { ask, asked } = scripted({ directory: 'x' });
    await promptForMissing({ ...rest, name: 'here' }, ask, { cwd, year: 2026 });
    assert.deepEqual(asked.map(shape), [['directory', 'input', 'Directory to write the plugin to', 'dokku-here']]);
  });

  it('with --force, accepts a directory that has files', async () => {
    const cwd = scratch();
    writeFileSync(path.join(cwd, 'x'), '');
    const given: PluginInput = { name: 'demo', description: 'D', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], commands: [], triggers: [], repository: 'https://example.com/r.git' };
    const forced = scripted({ directory: '.' }, { directory: ['.'] });
    await promptForMissing(given, forced.ask, { cwd, year: 2026 }, true);
    assert.deepEqual(forced.verdicts, { directory: { '.': true } });
    const unforced = scripted({ directory: 'new' }, { directory: ['.'] });
    await promptForMissing(given, unforced.ask, { cwd, year: 2026 });
    assert.deepEqual(unforced.verdicts, { directory: { '.': `${cwd} already exists and is not empty; choose another --directory, or pass --force to overwrite the generated files in it` } });
  });
});
