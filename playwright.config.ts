import { defineConfig, devices } from '@playwright/test';
import { baseURL, chromiumPath, launchArgs, port } from './e2e/browser';

/**
 * Browser tests run against the production build (npm run build), served by `astro preview` on PORT
 * (default 4329) under BASE_PATH (e2e/browser.ts). Chromium: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else Playwright's own browser. The sub-path run (npm run test:subpath) runs the
 * tests tagged @subpath: what a base path can break (README, "What runs where").
 */
export default defineConfig({
  testDir: 'e2e',
  // The browser tests; e2e/build/*.test.ts are the static checks of dist/, run by Vitest.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  // Every core (two on the test machine); `--workers` overrides, and `--shard=i/n` splits the run across machines.
  workers: '100%',
  reporter: 'list',
  use: {
    baseURL,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: launchArgs,
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
