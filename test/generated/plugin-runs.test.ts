import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPluginModel, type PluginModel } from '../../src/model/plugin-model.js';
import { asListedByDokkuHelp } from '../../src/variants/test-cases.js';
import { DokkuHost } from '../support/dokku-host.js';
import { builtPlugin } from '../support/built-plugin.js';
import { run } from '../support/run.js';
import { SPECS_BY_LANGUAGE, type Spec } from '../support/specs.js';

const APP = 'test-app';

/** A help row: the usage in the first column and the description in the second. */
function hasRow(output: string, usage: string, description: string): boolean {
  return output.split('\n').some((line) => {
    const [left, ...right] = line.trim().split(/\s{2,}/);
    return left === usage && right.join('  ') === description;
  });
}

function modelOf(spec: Spec): PluginModel {
  const commands = spec.options.command as string[] | undefined;
  return buildPluginModel({
    name: spec.name,
    description: spec.options.description as string | undefined,
    commands,
    defaultCommand: spec.options.defaultCommand as string | undefined,
    triggers: spec.options.trigger as string[] | undefined,
    language: spec.options.lang as string | undefined,
    properties: spec.options.property as string[] | undefined,
  }, { cwd: '/', year: 2026 });
}

describe('generated plugins run through the dispatcher double', () => {
  for (const spec of SPECS_BY_LANGUAGE) {
    describe(spec.label, () => {
      const model = modelOf(spec);
      let host: DokkuHost;
      let pluginDir = '';

      before(async () => {
        pluginDir = await builtPlugin(spec);
        host = new DokkuHost(path.join(pluginDir, 'tests/support')).enable(model.name, pluginDir).createApp(APP);
      });

      it('dokku help shows the plugin\'s one line with its description', () => {
        const ran = host.dokku(['help']);
        assert.equal(ran.status, 0, ran.output);
        assert.ok(hasRow(ran.stdout, model.name, asListedByDokkuHelp(model.description)), ran.stdout);
        assert.ok(!ran.stdout.includes(`${model.name}:`) || model.commands.length === 0, 'plain help lists only the namespace');
      });

      it('dokku help --all lists every command with its description column', () => {
        const ran = host.dokku(['help', '--all']);
        assert.equal(ran.status, 0, ran.output);
        for (const command of model.commands) {
          assert.ok(hasRow(ran.stdout, command.fullUsage, asListedByDokkuHelp(command.description)), `${command.qualifiedName}\n${ran.stdout}`);
        }
      });

      it(`dokku ${spec.name}:help prints Usage and every command`, () => {
        const ran = host.dokku([`${model.name}:help`]);
        assert.equal(ran.status, 0, ran.output);
        assert.match(ran.stdout, new RegExp(`^Usage: dokku ${model.name}\\[:COMMAND\\]$`, 'm'));
        assert.ok(ran.stdout.includes(model.description), ran.stdout);
        for (const command of model.commands) {
          assert.ok(hasRow(ran.stdout, command.fullUsage, command.description), ran.stdout);
        }
      });

      it(`an unknown ${spec.name}:x falls through every commands file and is not a dokku command`, () => {
        const ran = host.dokku([`${model.name}:no-such-command`]);
        assert.equal(ran.status, 1, ran.output);
        assert.match(ran.stderr, /is not a dokku command/);
        const direct = run(path.join(pluginDir, 'commands'), [`${model.name}:no-such-command`], { env: { PATH: process.env.PATH } });
        assert.equal(direct.status, 10, 'commands exits 10 even with DOKKU_NOT_IMPLEMENTED_EXIT unset');
        assert.equal(direct.output, '');
      });

      it(`bare dokku ${spec.name} ${model.defaultCommand ? `runs ${model.defaultCommand.qualifiedName}` : 'prints the usage'}`, () => {
        const args = model.defaultCommand && model.defaultCommand.app !== 'none' ? [model.name, APP] : [model.name];
        const ran = host.dokku(args);
        assert.equal(ran.status, 0, ran.output);
        if (model.defaultCommand) {
          assert.match(ran.stdout, new RegExp(`${model.defaultCommand.qualifiedName} is not implemented yet`));
        } else {
          assert.match(ran.stdout, /^Usage: dokku /m);
        }
      });

      // report and set check their input themselves; their own test is below.
      for (const command of model.commands.filter((candidate) => !candidate.builtin)) {
        const values = command.args.map((arg) => (arg.variadic ? ['two words *', 'x'] : ['two words *'])).flat();
        const requiredCount = command.args.filter((arg) => !arg.optional).length;

        it(`${command.qualifiedName} receives every argument intact, spaces and globs included`, () => {
          const ran = host.dokku([command.qualifiedName, ...(command.app === 'none' ? [] : [APP]), ...values]);
          assert.equal(ran.status, 0, ran.output);
          assert.match(ran.stdout, new RegExp(`${command.qualifiedName} is not implemented yet`));
          for (const arg of command.args) {
            assert.ok(ran.stdout.includes(`${arg.label}: two words *`), ran.stdout);
          }
        });

        if (command.app !== 'none') {
          it(`${command.qualifiedName} behaves the same with the app positional, --app before or after, or DOKKU_APP_NAME`, () => {
            const positional = host.dokku([command.qualifiedName, APP, ...values]);
            assert.equal(positional.status, 0, positional.output);
            assert.match(positional.stdout, new RegExp(`app: ${APP}`));
            for (const ran of [
              host.dokku(['--app', APP, command.qualifiedName, ...values]),
              host.dokku([command.qualifiedName, ...values, '--app', APP]),
              host.dokku([command.qualifiedName, ...values], { DOKKU_APP_NAME: APP }),
            ]) {
              assert.equal(ran.status, 0, ran.output);
              assert.equal(ran.stdout, positional.stdout);
            }
          });

          if (command.args.length > 0) {
            it(`${command.qualifiedName} with --app keeps a first argument that equals the app name`, () => {
              const ran = host.dokku(['--app', APP, command.qualifiedName, APP]);
              assert.equal(ran.status, 0, ran.output);
              assert.match(ran.stdout, new RegExp(`^ +${command.args[0]?.label}: ${APP}$`, 'm'), ran.output);
            });
          }

          it(`${command.qualifiedName} refuses an app that does not exist`, () => {
            const ran = host.dokku([command.qualifiedName, 'missing-app', ...values]);
            assert.equal(ran.status, 20, ran.output);
            assert.equal(ran.stderr, ' !     App missing-app does not exist\n');
          });
        }

        if (command.app === 'required') {
          it(`${command.qualifiedName} without an app says "Please specify an app to run the command on"`, () => {
            const ran = host.dokku([command.qualifiedName]);
            assert.equal(ran.status, 1);
            assert.match(ran.stderr, /Please specify an app to run the command on/);
          });
        }

        if (requiredCount > 0) {
          it(`${command.qualifiedName} names a missing required argument`, () => {
            const ran = host.dokku([command.qualifiedName, ...(command.app === 'none' ? [] : [APP])]);
            assert.equal(ran.status, 1);
            const first = command.args.find((arg) => !arg.optional);
            assert.ok(ran.stderr.includes(`Please specify ${first?.token}`), ran.stderr);
          });
        }

        it(`${command.qualifiedName} traces with DOKKU_TRACE=1`, () => {
          const args = [command.qualifiedName, ...(command.app === 'none' ? [] : [APP]), ...values];
          const traced = host.dokku(args, { DOKKU_TRACE: '1' });
          assert.equal(traced.status, 0, traced.output);
          const marker = spec.language === 'go' ? `subcommands/${command.name}` : command.functionName;
          assert.match(traced.stderr, new RegExp(`^\\++ ${marker} `, 'm'));
          const untraced = host.dokku(args);
          assert.equal(untraced.status, 0, untraced.output);
          assert.doesNotMatch(untraced.stderr, /^\+/m);
        });
      }

      if (model.report) {
        it('report and set use the property store where Dokku keeps it', () => {
          const store = path.join(host.libRoot, 'config', model.name, APP);
          mkdirSync(store, { recursive: true });
          writeFileSync(path.join(store, 'image'), 'custom:1');
          const flag = host.dokku([`${model.name}:report`, APP, `--${model.name}-image`]);
          assert.deepEqual([flag.status, flag.stdout], [0, 'custom:1\n']);
          const report = host.dokku([`${model.name}:report`, APP]);
          assert.equal(report.status, 0, report.output);
          assert.match(report.stdout, new RegExp(`^=====> ${APP} ${model.name} information$`, 'm'));
          assert.match(report.stdout, /^ {7}Props image: +custom:1$/m);
          assert.match(report.stdout, /^ {7}Props computed enabled: +false$/m);
          const set = host.dokku([`${model.name}:set`, APP, 'note', 'two words'], { DOKKU_QUIET_OUTPUT: '' });
          assert.equal(set.status, 0, set.output);
          assert.equal(readFileSync(path.join(store, 'note'), 'utf8'), 'two words');
          const json = host.dokku([`${model.name}:report`, APP, '--format', 'json']);
          assert.equal(json.status, 0, json.output);
          const values = JSON.parse(json.stdout) as Record<string, string>;
          assert.deepEqual([values['computed-enabled'], values['props-computed-enabled'], values.image, values['props-image'], values.note], ['false', 'false', 'custom:1', 'custom:1', 'two words']);
        });

        it('report --format json escapes quotes, backslashes, tabs and newlines', () => {
          const odd = 'say "hi"\\now\tthen\nend';
          const store = path.join(host.libRoot, 'config', model.name, APP);
          mkdirSync(store, { recursive: true });
          writeFileSync(path.join(store, 'image'), 'custom:1');
          const set = host.dokku([`${model.name}:set`, APP, 'note', odd]);
          assert.equal(set.status, 0, set.output);
          const json = host.dokku([`${model.name}:report`, APP, '--format', 'json']);
          assert.equal(json.status, 0, json.output);
          assert.ok(json.stdout.includes('"props-note":"say \\"hi\\"\\\\now\\tthen\\nend"'), json.stdout);
          assert.equal(JSON.parse(json.stdout)['props-note'], odd);
        });
      }

      it('the install trigger is idempotent and works from any directory', () => {
        const trigger = path.join(host.pluginPath, 'enabled', model.name, 'install');
        for (const cwd of ['/', pluginDir]) {
          const ran = run(trigger, [], { cwd, env: host.env() });
          assert.equal(ran.status, 0, ran.output);
        }
        assert.ok(existsSync(path.join(host.libRoot, 'data', model.name)));
      });

      it('the install trigger gives the data directory to DOKKU_SYSTEM_USER', () => {
        const trigger = path.join(host.pluginPath, 'enabled', model.name, 'install');
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
        assert.ok(existsSync(path.join(host.libRoot, 'data', model.name)));
        assert.equal(trigger('uninstall', [model.name]).status, 0);
        assert.ok(!existsSync(path.join(host.libRoot, 'data', model.name)));
      });
    });
  }
});
