// Mutation testing, run on demand with `npm run mutation` (never by `npm test` or CI).
// The full suite takes minutes per run (it generates plugins and runs shellcheck, bats and Go),
// so each mutant is tested against the in-process unit-level tests only; with perTest coverage
// a mutant runs just the tests that executed its code. Tests that only spawn child processes
// cannot see a mutant (the child does not activate it) and are left out, and so is
// test/regressions/input-rules: it runs the CLI as an unprivileged user, who cannot read the sandbox.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  checkers: ['typescript'],
  // The checker type-checks each mutant; src/ alone takes a third of the time of the whole project with
  // its tests, and a mutant that only breaks a test's types is left to the tests to kill.
  tsconfigFile: 'tsconfig.stryker.json',
  // The sandbox copy loses the executable bit that the CLI tests rely on. Stryker splits the
  // command on unescaped spaces and runs it without a shell, hence bash -c and the escapes.
  buildCommand: 'bash -c chmod\\ +x\\ bin/generate.js\\ &&\\ tsc\\ -p\\ tsconfig.json',
  mutate: ['src/**/*.ts'],
  // Static mutants (module-level constants) would run every test; they are reported as ignored.
  ignoreStatic: true,
  // The compiled tests stay in the project (the sandbox's own tsc rebuilds them over this copy) because
  // incremental mode recognises a test by its file's contents: with dist/test ignored, every test of the
  // previous run looked deleted and only results of uncovered mutants were reused. Hence `npm run mutation`
  // builds first, so that dist/test matches test/.
  ignorePatterns: ['dist/*', '!dist/test', '.bench', 'reports', 'test/mutation'],
  mochaOptions: {
    // Fastest first: mocha stops a mutant's run at its first failing test, and the unit tests fail in
    // milliseconds where a generator test takes about a second.
    spec: [
      'dist/test/unit/*.test.js',
      'dist/test/model/*.test.js',
      'dist/test/render/*.test.js',
      'dist/test/catalog/*.test.js',
      'dist/test/grow/generated-regions.test.js',
      'dist/test/property/oracle.test.js',
      'dist/test/property/readme-text.test.js',
      'dist/test/docs/readme.test.js',
      'dist/test/write/*.test.js',
      'dist/test/generators/*.test.js',
      'dist/test/cli/generate-cli.test.js',
      // The other in-process tests of `check` (static-*, behaviour-*) are left out: the sandbox loses the
      // symlinks of their fixtures, so a test fails the initial run and stops Stryker; test/unit/check-*
      // covers the same code.
      'dist/test/check/cli-formats.test.js',
    ],
  },
  coverageAnalysis: 'perTest',
  incremental: true,
  // Tracked, not under reports/: machines here are wiped between sessions, and a run over all of src/ takes
  // longer than one, so parts measured in different sessions add up only through the repository.
  incrementalFile: 'test/mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
};
