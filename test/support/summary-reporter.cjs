// Mocha's spec reporter plus closing lines: the files that took longest (their tests and hooks added up), so a
// CI log shows where the suite's time goes, and one line in the plain "N passed, N failed, N skipped" form,
// which CI reads to tell a run that tested something from one that tested nothing.
const path = require('node:path');
const Mocha = require('mocha');

const SLOWEST_SHOWN = 10;

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const msPerFile = new Map();
    const count = (runnable) => {
      if (runnable.file && typeof runnable.duration === 'number') {
        msPerFile.set(runnable.file, (msPerFile.get(runnable.file) ?? 0) + runnable.duration);
      }
    };
    runner.on('test end', count);
    runner.on('hook end', count);
    runner.once('end', () => {
      const slowest = [...msPerFile].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST_SHOWN);
      if (slowest.length > 0) {
        process.stdout.write('Slowest test files (tests and hooks, in seconds):\n');
        for (const [file, ms] of slowest) {
          process.stdout.write(`${(ms / 1000).toFixed(1).padStart(8)}  ${path.relative(process.cwd(), file)}\n`);
        }
      }
      const { passes, failures, pending } = this.stats;
      process.stdout.write(`${passes} passed, ${failures} failed, ${pending} skipped\n`);
    });
  }
}

module.exports = SpecWithSummary;
