import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type Ran } from './run.js';

/**
 * A throwaway Dokku layout around generated plugins, driven through the dispatcher double the generator
 * ships in every plugin (tests/support/dokku-double), whose rules test/generated/dispatcher-double.test.ts checks.
 */
export class DokkuHost {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'dokku-host-'));
  readonly pluginPath = path.join(this.root, 'plugins');
  readonly dokkuRoot = path.join(this.root, 'home');
  readonly libRoot = path.join(this.root, 'lib');

  constructor(private readonly doubleDir: string) {
    mkdirSync(path.join(this.pluginPath, 'available'), { recursive: true });
    mkdirSync(path.join(this.pluginPath, 'enabled'), { recursive: true });
    mkdirSync(this.dokkuRoot, { recursive: true });
    mkdirSync(this.libRoot, { recursive: true });
  }

  /** Installs a plugin directory under `name`, as plugin:install and plugin:enable would. */
  enable(name: string, source: string): this {
    symlinkSync(source, path.join(this.pluginPath, 'available', name));
    symlinkSync(path.join(this.pluginPath, 'available', name), path.join(this.pluginPath, 'enabled', name));
    return this;
  }

  createApp(app: string): this {
    mkdirSync(path.join(this.dokkuRoot, app), { recursive: true });
    return this;
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PLUGIN_PATH: this.pluginPath,
      DOKKU_ROOT: this.dokkuRoot,
      DOKKU_LIB_ROOT: this.libRoot,
      PLUGIN_AVAILABLE_PATH: path.join(this.pluginPath, 'available'),
      PLUGIN_CORE_AVAILABLE_PATH: path.join(this.doubleDir, 'core-plugins'),
      // Dokku exports who owns its files; here that is whoever runs the tests.
      DOKKU_SYSTEM_USER: os.userInfo().username,
      DOKKU_SYSTEM_GROUP: run('id', ['-gn']).stdout.trim(),
      ...extra,
    };
    return env;
  }

  dokku(args: string[], extra: Record<string, string> = {}): Ran {
    return run('bash', [path.join(this.doubleDir, 'dokku-double'), ...args], { env: this.env(extra) });
  }
}
