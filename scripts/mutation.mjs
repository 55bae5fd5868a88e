// `npm run mutation [-- STRYKER OPTIONS]`: runs `stryker run` with the given options (after the build that
// the npm script does first), then makes the incremental file fit for the repository. That file is
// committed, and Stryker writes into it the absolute path of the project and, for each killed mutant, the
// failure message, which names the temporary sandbox; neither is needed to reuse a result, and both would
// put one machine's paths into git. The file is rewritten even when Stryker fails, so that a stopped run
// leaves nothing machine-specific behind either.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const INCREMENTAL_FILE = path.join(root, 'test', 'mutation', 'stryker-incremental.json');

const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });

if (existsSync(INCREMENTAL_FILE)) {
  const report = JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8'));
  report.projectRoot = '.';
  for (const file of Object.values(report.files ?? {})) {
    for (const mutant of file.mutants ?? []) {
      delete mutant.statusReason;
    }
  }
  writeFileSync(INCREMENTAL_FILE, `${JSON.stringify(report, null, 2)}\n`);
}

process.exitCode = stryker.status ?? 1;
