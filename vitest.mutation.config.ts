/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The unit project of vitest.config.ts, for Stryker (stryker.config.mjs): mutants are judged by the
// unit tests, as they run before the build. Left out: the tei_all validation (most of the unit tests'
// time, for each mutant; test:dist validates the served file too).
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    include: ['src/**/*.test.ts'],
    exclude: ['src/lib/data/tei.schema.test.ts'],
  },
});
