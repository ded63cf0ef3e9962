// @ts-check
/**
 * Mutation testing of src/lib (npm run test:mutation; README, "Mutation testing"). Every module of
 * src/lib is mutated, new ones included, except the unit tests, their fixtures and test helpers. The
 * unit tests run through Vitest with only the unit project (vitest.mutation.config.ts): the static
 * checks of dist/ need a build. The summary the repository keeps is written by
 * scripts/mutation-summary.ts from reports/mutation/mutation.json; the HTML report stays local.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/lib/**/*.{ts,mjs}', '!src/lib/**/*.test.ts', '!src/lib/**/fixtures/**', '!src/lib/**/*test-support.ts'],
  ignorePatterns: ['dist', 'bench-results', 'test-results', 'playwright-report', 'reports', '.astro'],
  coverageAnalysis: 'perTest',
  reporters: ['progress', 'clear-text', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
