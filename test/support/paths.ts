import { fileURLToPath } from 'node:url';

/** Tests run compiled from dist/test, so every path is taken from the repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const GENERATOR = fileURLToPath(new URL('../../generators/app/index.js', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/generate.js', import.meta.url));
export const COMMAND_GENERATOR = fileURLToPath(new URL('../../generators/command/index.js', import.meta.url));
export const TRIGGER_GENERATOR = fileURLToPath(new URL('../../generators/trigger/index.js', import.meta.url));
export const REPORT_GENERATOR = fileURLToPath(new URL('../../generators/report/index.js', import.meta.url));
export const ADDON_GENERATOR = fileURLToPath(new URL('../../generators/addon/index.js', import.meta.url));
