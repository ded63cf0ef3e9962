import { defineConfig, devices } from '@playwright/test';
import { basePath } from './src/lib/site/site-config.mjs';
import { chromiumPath, launchArgs } from './e2e/browser';

/**
 * Browser tests run against the production build (npm run build), served by `astro preview`.
 * Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
const port = Number(process.env.PORT ?? 4329);
const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  testDir: 'e2e',
  // The browser tests; e2e/build/*.test.ts are the static checks of dist/, run by Vitest.
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
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
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
