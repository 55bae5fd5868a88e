import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const KEYS = ['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM'] as const;

/**
 * Runs `body` with git reading only `config` as its global configuration and no system one, so that the
 * machine's own identity never leaks into a test. A promise from `body` keeps that until it settles.
 */
export function withGitConfig<T>(config: string, body: () => T): T {
  const saved = KEYS.map((key) => [key, process.env[key]] as const);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'test-gitconfig-')), 'config');
  writeFileSync(file, config);
  process.env.GIT_CONFIG_GLOBAL = file;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  const restore = () => {
    for (const [key, value] of saved) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  };
  let result: T;
  try {
    result = body();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(restore) as T;
  }
  restore();
  return result;
}
