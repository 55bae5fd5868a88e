import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DokkuHost } from '../support/dokku-host.js';
import { builtPlugin } from '../support/built-plugin.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE } from '../support/specs.js';

const APP = 'test-app';

/** A help row: the usage in the first column and the description in the second. */
function hasRow(output: string, usage: string, description: string): boolean {
  return output.split('\n').some((line) => {
    const [left, ...right] = line.trim().split(/\s{2,}/);
    return left === usage && right.join('  ') === description;
  });
}

/** What a user sees of one command of a spec in test/support/specs.ts, written out by hand. */
interface ExpectedCommand {
  name: string;
  usage: string;
  description: string;
  /** The description as `dokku help --all` shows it (column under LC_ALL=C): only where it differs. */
  listed?: string;
  /** The README cell, Markdown-escaped: only where it differs. */
  readme?: string;
  /** The usage in the README's table, where a `|` is written `\|`. */
  readmeUsage?: string;
  app: 'required' | 'optional' | 'none';
  /** Words given after the app in the argument tests, and the lines the placeholder prints for them. */
  send: string[];
  lines: string[];
  /** The label of the first argument after the app, if it takes any. */
  firstArgument?: string;
  /** The error for the first required argument left out; absent when there is none. */
  missing?: string;
  /** What DOKKU_TRACE shows running: bash's function, Go's linked binary. */
  trace: { bash: string; go: string };
  /** report and set of the properties kit, which check their input themselves. */
  builtin?: true;
}

interface ExpectedPlugin {
  description: string;
  listed?: string;
  commands: ExpectedCommand[];
  /** The words `dokku NAME` alone is given, and the command it runs. */
  defaultCommand?: { args: string[]; runs: string };
  /** Every trigger file the plugin has, as the README lists them. */
  triggers: string[];
}

const BASE_TRIGGERS = ['install', 'uninstall', 'update'];
const TWO = 'two words *';

const EXPECTED: Record<string, ExpectedPlugin> = {
  bare: { description: 'Dokku plugin bare', commands: [], triggers: BASE_TRIGGERS },
  demo: {
    description: 'Demo tools for apps',
    commands: [
      { name: 'demo:enable', usage: 'demo:enable <app>', description: 'Enable demo for an app', app: 'required', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-demo-enable', go: 'subcommands/enable' } },
      { name: 'demo:disable', usage: 'demo:disable <app>', description: 'Disable demo for an app', app: 'required', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-demo-disable', go: 'subcommands/disable' } },
      {
        name: 'demo:set', usage: 'demo:set <app> <key> [<value>]', description: 'Set a demo property', app: 'required',
        firstArgument: 'key', send: [TWO, TWO], lines: ['app: test-app', 'key: two words *', 'value: two words *'],
        missing: 'Please specify <key>: dokku demo:set <app> <key> [<value>]', trace: { bash: 'cmd-demo-set', go: 'subcommands/set' },
      },
      {
        name: 'demo:import', usage: 'demo:import <app> <file-name>... [--dry-run]', description: 'Import files into the app', app: 'required',
        firstArgument: 'file-name', send: [TWO, 'x'], lines: ['app: test-app', 'file-name: two words * x', 'dry-run: false'],
        missing: 'Please specify <file-name>...: dokku demo:import <app> <file-name>... [--dry-run]', trace: { bash: 'cmd-demo-import', go: 'subcommands/import' },
      },
      { name: 'demo:report', usage: 'demo:report [<app>]', description: 'Show the demo report', app: 'optional', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-demo-report', go: 'subcommands/report' } },
      { name: 'demo:list', usage: 'demo:list', description: 'List apps with demo enabled', app: 'none', send: [], lines: [], trace: { bash: 'cmd-demo-list', go: 'subcommands/list' } },
      {
        name: 'demo:purge', usage: 'demo:purge <pattern> [<limit>]', description: 'Purge old demo data', app: 'none',
        send: [TWO, TWO], lines: ['pattern: two words *', 'limit: two words *'],
        missing: 'Please specify <pattern>: dokku demo:purge <pattern> [<limit>]', trace: { bash: 'cmd-demo-purge', go: 'subcommands/purge' },
      },
      {
        name: 'demo:tag', usage: 'demo:tag [<label>...]', description: 'Tag demo data', app: 'none',
        send: [TWO, 'x'], lines: ['label: two words * x'], trace: { bash: 'cmd-demo-tag', go: 'subcommands/tag' },
      },
    ],
    triggers: BASE_TRIGGERS,
  },
  hooks: {
    description: 'Dokku plugin hooks',
    commands: [{ name: 'hooks:status', usage: 'hooks:status <app>', description: 'Show status', app: 'required', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-hooks-status', go: 'subcommands/status' } }],
    triggers: ['app-urls', 'docker-args-process-deploy', 'install', 'post-app-rename-setup', 'post-container-create', 'post-delete', 'post-deploy',
      'post-domains-update', 'pre-restore', 'report', 'scheduler-run', 'storage-status', 'uninstall', 'update'],
  },
  'odd-text': {
    description: 'It\'s "odd": $HOME `uname` \\n $(id) — ünïcödé 日本 ✓',
    listed: 'It\'s "odd": $HOME `uname` \\n $(id) \\xe2\\x80\\x94 \\xc3\\xbcn\\xc3\\xafc\\xc3\\xb6d\\xc3\\xa9 \\xe6\\x97\\xa5\\xe6\\x9c\\xac \\xe2\\x9c\\x93',
    commands: [
      {
        name: 'odd-text:say', usage: 'odd-text:say <app> <words>...', description: 'Say "hi" to $USER with `echo` — ✓',
        listed: 'Say "hi" to $USER with `echo` \\xe2\\x80\\x94 \\xe2\\x9c\\x93', readme: 'Say "hi" to $USER with \\`echo\\` — ✓', app: 'required',
        firstArgument: 'words', send: [TWO, 'x'], lines: ['app: test-app', 'words: two words * x'],
        missing: 'Please specify <words>...: dokku odd-text:say <app> <words>...', trace: { bash: 'cmd-odd-text-say', go: 'subcommands/say' },
      },
      {
        name: 'odd-text:quote', usage: 'odd-text:quote', description: 'It\'s a \'quote\' \\ backslash; done', readme: 'It\'s a \'quote\' \\\\ backslash; done',
        app: 'none', send: [], lines: [], trace: { bash: 'cmd-odd-text-quote', go: 'subcommands/quote' },
      },
    ],
    defaultCommand: { args: [], runs: 'odd-text:quote' },
    triggers: BASE_TRIGGERS,
  },
  props: {
    description: 'Dokku plugin props',
    commands: [
      { name: 'props:enable', usage: 'props:enable <app>', description: 'Enable it', app: 'required', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-props-enable', go: 'subcommands/enable' } },
      {
        name: 'props:report', usage: 'props:report [<app>|--global] [--format stdout|json] [<flag>]', description: 'Show the report of one app or of all apps', app: 'optional',
        readmeUsage: 'props:report [<app>\\|--global] [--format stdout\\|json] [<flag>]',
        send: [], lines: [], trace: { bash: 'cmd-props-report', go: 'subcommands/report' }, builtin: true,
      },
      {
        name: 'props:set', usage: 'props:set [<app>|--global] <key> [<value>]', description: 'Set (or without a value unset) a property: enabled|image|note',
        readmeUsage: 'props:set [<app>\\|--global] <key> [<value>]',
        readme: 'Set (or without a value unset) a property: enabled\\|image\\|note', app: 'required',
        send: [], lines: [], trace: { bash: 'cmd-props-set', go: 'subcommands/set' }, builtin: true,
      },
    ],
    triggers: ['install', 'post-app-clone-setup', 'post-app-rename-setup', 'post-delete', 'report', 'uninstall', 'update', 'props-get-property'],
  },
  defaulted: {
    description: 'Dokku plugin defaulted',
    commands: [
      { name: 'defaulted:show', usage: 'defaulted:show <app>', description: 'Show the app', app: 'required', send: [], lines: ['app: test-app'], trace: { bash: 'cmd-defaulted-show', go: 'subcommands/show' } },
      { name: 'defaulted:list', usage: 'defaulted:list', description: 'List', app: 'none', send: [], lines: [], trace: { bash: 'cmd-defaulted-list', go: 'subcommands/list' } },
    ],
    defaultCommand: { args: [APP], runs: 'defaulted:show' },
    triggers: BASE_TRIGGERS,
  },
};

/** The lines of a README region between its generated markers. */
function readmeRegion(readme: string, label: string): string[] {
  const start = readme.indexOf(`<!-- >>> generator-dokku-plugin: ${label}`);
  assert.ok(start >= 0, `no ${label} region in the README`);
  return readme.slice(readme.indexOf('\n', start) + 1, readme.indexOf('<!-- <<< generator-dokku-plugin', start)).split('\n');
}

describe('generated plugins run through the dispatcher double', () => {
  for (const spec of SPECS_BY_LANGUAGE) {
    describe(spec.label, () => {
      const expected = EXPECTED[spec.name] as ExpectedPlugin;
      const plugin = spec.name;
      const language = spec.language as 'bash' | 'go';
      let host: DokkuHost;
      let pluginDir = '';

      before(async () => {
        assert.ok(expected, `no expectations written for the spec ${spec.name}`);
        pluginDir = await builtPlugin(spec);
        host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable(plugin, pluginDir).createApp(APP);
      });

      it('dokku help shows the plugin\'s one line with its description', () => {
        const ran = host.dokku(['help']);
        assert.equal(ran.status, 0, ran.output);
        assert.ok(hasRow(ran.stdout, plugin, expected.listed ?? expected.description), ran.stdout);
        assert.ok(!ran.stdout.includes(`${plugin}:`), 'plain help lists only the namespace');
      });

      it('dokku help --all lists every command with its description column, and no other', () => {
        const ran = host.dokku(['help', '--all']);
        assert.equal(ran.status, 0, ran.output);
        for (const command of expected.commands) {
          assert.ok(hasRow(ran.stdout, command.usage, command.listed ?? command.description), `${command.usage}\n${ran.stdout}`);
        }
        const rows = ran.stdout.split('\n').filter((line) => line.startsWith(`    ${plugin}:`));
        assert.equal(rows.length, expected.commands.length, ran.stdout);
      });

      it(`dokku ${spec.name}:help prints Usage and every command`, () => {
        const ran = host.dokku([`${plugin}:help`]);
        assert.equal(ran.status, 0, ran.output);
        const lines = ran.stdout.split('\n');
        assert.equal(lines[0], `Usage: dokku ${plugin}[:COMMAND]`, ran.stdout);
        assert.ok(lines.includes(expected.description), ran.stdout);
        for (const command of expected.commands) {
          assert.ok(hasRow(ran.stdout, command.usage, command.description), ran.stdout);
        }
      });

      it('the README\'s tables list every command and trigger', () => {
        const readme = readFileSync(path.join(pluginDir, 'README.md'), 'utf8');
        const rows = readmeRegion(readme, 'commands').filter((line) => line.startsWith('| `'));
        assert.deepEqual(rows, expected.commands.map((command) => `| \`dokku ${command.readmeUsage ?? command.usage}\` | ${command.readme ?? command.description} |`));
        const triggers = readmeRegion(readme, 'triggers').filter((line) => line.startsWith('- ')).map((line) => /^- `([a-z-]+)`: \S/.exec(line)?.[1] ?? line);
        assert.deepEqual(triggers, expected.triggers);
      });

      it(`an unknown ${spec.name}:x falls through every commands file and is not a dokku command`, () => {
        const ran = host.dokku([`${plugin}:no-such-command`]);
        assert.equal(ran.status, 1, ran.output);
        assert.equal(ran.stderr, ` !     \`${plugin}:no-such-command\` is not a dokku command.\n !     See \`dokku help\` for a list of available commands.\n`);
        const direct = run(path.join(pluginDir, 'commands'), [`${plugin}:no-such-command`], { env: { PATH: process.env.PATH } });
        assert.equal(direct.status, 10, 'commands exits 10 even with DOKKU_NOT_IMPLEMENTED_EXIT unset');
        assert.equal(direct.output, '');
      });

      it(`bare dokku ${spec.name} ${expected.defaultCommand ? `runs ${expected.defaultCommand.runs}` : 'prints the usage'}`, () => {
        const ran = host.dokku([plugin, ...(expected.defaultCommand?.args ?? [])]);
        assert.equal(ran.status, 0, ran.output);
        if (expected.defaultCommand) {
          assert.equal(ran.stdout.split('\n')[0], `-----> ${expected.defaultCommand.runs} is not implemented yet`, ran.stdout);
        } else {
          assert.equal(ran.stdout.split('\n')[0], `Usage: dokku ${plugin}[:COMMAND]`, ran.stdout);
        }
      });

      // report and set check their input themselves; their own test is below.
      for (const command of expected.commands.filter((candidate) => !candidate.builtin)) {
        const app = command.app === 'none' ? [] : [APP];
        const printed = [`-----> ${command.name} is not implemented yet`, ...command.lines.map((line) => `       ${line}`)].join('\n') + '\n';

        it(`${command.name} receives every argument intact, spaces and globs included`, () => {
          const ran = host.dokku([command.name, ...app, ...command.send]);
          assert.equal(ran.status, 0, ran.output);
          assert.equal(ran.stdout, printed);
        });

        if (command.app !== 'none') {
          it(`${command.name} behaves the same with the app positional, --app before or after, or DOKKU_APP_NAME`, () => {
            for (const ran of [
              host.dokku([command.name, APP, ...command.send]),
              host.dokku(['--app', APP, command.name, ...command.send]),
              host.dokku([command.name, ...command.send, '--app', APP]),
              host.dokku([command.name, ...command.send], { DOKKU_APP_NAME: APP }),
            ]) {
              assert.equal(ran.status, 0, ran.output);
              assert.equal(ran.stdout, printed);
            }
          });

          const first = command.firstArgument;
          if (first !== undefined) {
            it(`${command.name} with --app keeps a first argument (${first}) that equals the app name`, () => {
              const ran = host.dokku(['--app', APP, command.name, APP]);
              assert.equal(ran.status, 0, ran.output);
              assert.match(ran.stdout, new RegExp(`^ {7}${first}: ${APP}$`, 'm'), ran.output);
            });
          }

          it(`${command.name} refuses an app that does not exist`, () => {
            const ran = host.dokku([command.name, 'missing-app', ...command.send]);
            assert.equal(ran.status, 20, ran.output);
            assert.equal(ran.stderr, ' !     App missing-app does not exist\n');
          });
        }

        if (command.app === 'required') {
          it(`${command.name} without an app says "Please specify an app to run the command on"`, () => {
            const ran = host.dokku([command.name]);
            assert.equal(ran.status, 1, ran.output);
            assert.equal(ran.stderr, ' !     Please specify an app to run the command on\n');
          });
        }

        if (command.missing !== undefined) {
          const message = command.missing;
          it(`${command.name} names a missing required argument`, () => {
            const ran = host.dokku([command.name, ...app]);
            assert.equal(ran.status, 1, ran.output);
            assert.equal(ran.stderr, ` !     ${message}\n`);
          });
        }

        it(`${command.name} traces with DOKKU_TRACE=1`, () => {
          const args = [command.name, ...app, ...command.send];
          const traced = host.dokku(args, { DOKKU_TRACE: '1' });
          assert.equal(traced.status, 0, traced.output);
          assert.match(traced.stderr, new RegExp(`^\\++ ${command.trace[language]} `, 'm'));
          const untraced = host.dokku(args);
          assert.equal(untraced.status, 0, untraced.output);
          assert.doesNotMatch(untraced.stderr, /^\+/m);
        });
      }

      if (spec.name === 'props') {
        it('report and set use the property store where Dokku keeps it', () => {
          const store = path.join(host.libRoot, 'config', plugin, APP);
          mkdirSync(store, { recursive: true });
          writeFileSync(path.join(store, 'image'), 'custom:1');
          const flag = host.dokku([`${plugin}:report`, APP, `--${plugin}-image`]);
          assert.deepEqual([flag.status, flag.stdout], [0, 'custom:1\n']);
          const report = host.dokku([`${plugin}:report`, APP]);
          assert.equal(report.status, 0, report.output);
          assert.match(report.stdout, new RegExp(`^=====> ${APP} ${plugin} information$`, 'm'));
          assert.match(report.stdout, /^ {7}Props image: +custom:1$/m);
          assert.match(report.stdout, /^ {7}Props computed enabled: +false$/m);
          const set = host.dokku([`${plugin}:set`, APP, 'note', 'two words'], { DOKKU_QUIET_OUTPUT: '' });
          assert.equal(set.status, 0, set.output);
          assert.equal(readFileSync(path.join(store, 'note'), 'utf8'), 'two words');
          const json = host.dokku([`${plugin}:report`, APP, '--format', 'json']);
          assert.equal(json.status, 0, json.output);
          const values = JSON.parse(json.stdout) as Record<string, string>;
          assert.deepEqual([values['computed-enabled'], values['props-computed-enabled'], values.image, values['props-image'], values.note], ['false', 'false', 'custom:1', 'custom:1', 'two words']);
        });

        it('report --format json escapes quotes, backslashes, tabs and newlines', () => {
          const odd = 'say "hi"\\now\tthen\nend';
          const store = path.join(host.libRoot, 'config', plugin, APP);
          mkdirSync(store, { recursive: true });
          writeFileSync(path.join(store, 'image'), 'custom:1');
          const set = host.dokku([`${plugin}:set`, APP, 'note', odd]);
          assert.equal(set.status, 0, set.output);
          const json = host.dokku([`${plugin}:report`, APP, '--format', 'json']);
          assert.equal(json.status, 0, json.output);
          assert.ok(json.stdout.includes('"props-note":"say \\"hi\\"\\\\now\\tthen\\nend"'), json.stdout);
          assert.equal(JSON.parse(json.stdout)['props-note'], odd);
        });
      }

      it('the install trigger is idempotent and works from any directory', () => {
        const trigger = path.join(host.pluginPath, 'enabled', plugin, 'install');
        for (const cwd of ['/', pluginDir]) {
          const ran = run(trigger, [], { cwd, env: host.env() });
          assert.equal(ran.status, 0, ran.output);
        }
        assert.ok(existsSync(path.join(host.libRoot, 'data', plugin)));
      });

      it('the install trigger gives the data directory to DOKKU_SYSTEM_USER', () => {
        const trigger = path.join(host.pluginPath, 'enabled', plugin, 'install');
        const ran = run(trigger, [], { cwd: '/', env: host.env({ DOKKU_SYSTEM_USER: 'no-such-user-here' }) });
        assert.equal(ran.status, 1, ran.output);
        assert.match(ran.stderr, /^chown: invalid user: 'no-such-user-here:/m);
      });

      it('the uninstall trigger cleans up only for its own plugin name', () => {
        const env = host.env();
        const trigger = (name: string, args: string[]) => run(path.join(pluginDir, name), args, { cwd: '/', env });
        const installed = trigger('install', []);
        assert.equal(installed.status, 0, installed.output);
        assert.equal(trigger('uninstall', ['someone-else']).status, 0);
        assert.ok(existsSync(path.join(host.libRoot, 'data', plugin)));
        assert.equal(trigger('uninstall', [plugin]).status, 0);
        assert.ok(!existsSync(path.join(host.libRoot, 'data', plugin)));
      });
    });
  }
});
