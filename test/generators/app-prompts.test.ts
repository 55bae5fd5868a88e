import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import TOML from '@iarna/toml';
import helpers from 'yeoman-test';
import { promptForMissing } from '../../src/cli/questions.js';
import { ADDON_GENERATOR, GENERATOR } from '../support/paths.js';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/**
 * A yeoman-test answer callback that also puts each tried answer to its question's own validator, so a test
 * sees what the prompt would have said, and then answers as given.
 */
function verdictsOf(tried: Record<string, string>, verdicts: Record<string, unknown>) {
  return (answer: unknown, { question }: { question: { name?: unknown } }) => {
    const name = String(question.name);
    const { validate } = question as { validate?: (value: string) => unknown };
    if (name in tried && validate) {
      verdicts[name] = validate(tried[name] as string);
    }
    return answer;
  };
}

describe('app generator, driven by prompts', () => {
  it('asks for everything the flags left out and writes the plugin from the answers', async () => {
    const result = await helpers.run(GENERATOR).withOptions({ interactive: true } as never).withAnswers({
      name: 'dokku-asked',
      description: 'Asked for everything',
      author: 'Ann Author',
      license: 'MIT',
      pluginVersion: '2.0.0',
      command1: 'enable <app>, Enable it',
      command2: 'list, List them',
      command3: '',
      defaultCommand: 'list',
      triggers: 'post-deploy post-delete',
      repository: 'https://example.com/ann/dokku-asked.git',
      directory: 'out/asked',
    });
    const pluginDir = path.join(result.cwd, 'out/asked');
    const toml = TOML.parse(read(pluginDir, 'plugin.toml')) as { plugin: { description: string; version: string } };
    assert.equal(toml.plugin.description, 'Asked for everything');
    assert.equal(toml.plugin.version, '2.0.0');
    assert.ok(existsSync(path.join(pluginDir, 'subcommands/enable')));
    assert.ok(existsSync(path.join(pluginDir, 'subcommands/list')));
    assert.ok(existsSync(path.join(pluginDir, 'post-deploy')));
    assert.ok(existsSync(path.join(pluginDir, 'post-delete')));
    assert.match(read(pluginDir, 'subcommands/default'), /cmd-asked-list/);
    assert.match(read(pluginDir, 'LICENSE'), /Ann Author/);
    assert.match(read(pluginDir, 'README.md'), /example\.com\/ann\/dokku-asked\.git --name asked/);
  });

  it('asks only for what the flags did not give', async () => {
    const result = await helpers.run(GENERATOR)
      .withArguments(['flagged'])
      .withOptions({ interactive: true, lang: 'bash', property: [], description: 'From a flag', command: ['list, List'], trigger: [], author: 'A', license: 'MIT', pluginVersion: '0.1.0', repository: 'https://example.com/a.git', directory: 'dokku-flagged', defaultCommand: '' } as never)
      .withAnswers({});
    assert.deepEqual(Object.keys(result.askedQuestions ?? {}), []);
    assert.match(read(path.join(result.cwd, 'dokku-flagged'), 'plugin.toml'), /From a flag/);
  });

  it('checks each answer with the same rules as its flag', async () => {
    const bad: Record<string, string> = {
      name: 'apps', description: 'one, two', author: 'tab\there', license: 'MIT License', pluginVersion: 'v1',
      command1: 'List, List', triggers: 'post-deplyo', repository: 'github.com/x/y',
    };
    const good: Record<string, string> = {
      name: 'fine', description: 'Fine', author: 'A', license: 'MIT', pluginVersion: '0.1.0', command1: 'list, List',
      command2: '', defaultCommand: '', triggers: '', repository: 'https://example.com/x.git', directory: 'x',
    };
    const verdicts: Record<string, unknown> = {};
    await promptForMissing({}, async ([question]) => {
      if (question && question.name in bad) {
        verdicts[question.name] = question.validate?.(bad[question.name] as string);
      }
      return { [question?.name ?? '']: good[question?.name ?? ''] ?? '' };
    }, { cwd: '/tmp', year: 2026 });
    assert.match(String(verdicts.name), /core plugin/);
    assert.match(String(verdicts.description), /comma/);
    assert.match(String(verdicts.author), /one line/);
    assert.match(String(verdicts.license), /SPDX/);
    assert.match(String(verdicts.pluginVersion), /semantic version/);
    assert.match(String(verdicts.command1), /not a valid command name/);
    assert.match(String(verdicts.triggers), /did you mean post-deploy/);
    assert.match(String(verdicts.repository), /https:\/\//);
  });

  it('yo dokku-plugin: a rule over several answers is checked at the prompt where the last of them is given', async () => {
    const verdicts: Record<string, unknown> = {};
    const tried: Record<string, string> = { command1: 'set <app>, Set it', defaultCommand: '' };
    const result = await helpers.run(GENERATOR).withArguments(['kit'])
      .withOptions({ interactive: true, directory: 'out' } as never)
      .withAnswers({ properties: 'enabled=false', description: 'Kit', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', command1: 'enable <app>, Enable it', command2: '', defaultCommand: '', triggers: '', repository: 'https://example.com/kit.git' }, { callback: verdictsOf(tried, verdicts) });
    assert.equal(verdicts.command1, '"set" is the set command --report generates; name yours otherwise');
    assert.ok(existsSync(path.join(result.cwd, 'out', 'subcommands', 'enable')));
    assert.ok(existsSync(path.join(result.cwd, 'out', 'subcommands', 'set')), 'the report kit from the answered property');
  });

  it('yo dokku-plugin:addon checks the name and the scheme at their prompts, with the rules of --name and --scheme', async () => {
    const verdicts: Record<string, unknown> = {};
    const tried: Record<string, string> = { name: 'my-cache', scheme: '' };
    const result = await helpers.run(ADDON_GENERATOR).withOptions({ interactive: true, git: false } as never)
      .withAnswers({ name: 'cache', description: 'Cache', scheme: 'redis', perApp: 'shared' }, { callback: verdictsOf(tried, verdicts) });
    assert.equal(verdicts.name, '"my-cache" cannot be part of the environment variable DOKKU_MY-CACHE_URL: use lowercase letters, digits and "_", starting with a letter');
    assert.equal(verdicts.scheme, 'required: the URL scheme the service speaks, such as redis, postgres or mysql');
    assert.ok(existsSync(path.join(result.cwd, 'dokku-addon-cache', 'provision')));
  });

  it('a rule reading a list waits for the whole list: --default-command is checked when the commands end', async () => {
    const verdicts: Record<string, unknown> = {};
    const given = { name: 'waits', description: 'W', author: 'A', license: 'MIT', pluginVersion: '0.1.0', language: 'bash', properties: [], triggers: [], repository: 'https://example.com/w.git', directory: 'w', defaultCommand: 'list' };
    const replies = ['enable <app>, Enable it', 'list, List them', ''];
    await promptForMissing(given, async ([question]) => {
      const name = question?.name ?? '';
      verdicts[`${name}:early`] = question?.validate?.('');
      const reply = replies.shift() ?? '';
      verdicts[name] = question?.validate?.(reply);
      return { [name]: reply };
    }, { cwd: mkdtempSync(path.join(os.tmpdir(), 'prompt-reads-')), year: 2026 });
    assert.equal(verdicts.command1, true, 'enable is fine while the list is still open');
    assert.equal(verdicts['command2:early'], '--default-command: "list" is not one of the commands given with --command (enable)');
    assert.equal(verdicts.command3, true);
  });

  it('flags given wrong are refused before any question', async () => {
    let asked = 0;
    await assert.rejects(
      promptForMissing({ name: 'early', language: 'ruby' }, async ([question]) => { asked += 1; return { [question?.name ?? '']: '' }; }, { cwd: '/tmp', year: 2026 }),
      /--lang: "ruby" is not a language this generator writes/,
    );
    assert.equal(asked, 0);
  });

  it('in an empty dokku-NAME directory, offers NAME and that directory as the defaults', async () => {
    const cwd = path.join(mkdtempSync(path.join(os.tmpdir(), 'prompt-defaults-')), 'dokku-offered');
    mkdirSync(cwd);
    const defaults: Record<string, unknown> = {};
    await promptForMissing({}, async ([question]) => {
      defaults[question?.name ?? ''] = question?.default;
      return { [question?.name ?? '']: question?.default ?? '' };
    }, { cwd, year: 2026 });
    assert.equal(defaults.name, 'offered');
    assert.equal(defaults.directory, '.');
  });
});
