import { devices, test as base, type Page } from '@playwright/test';
import { baseURL } from './browser.ts';

/**
 * Tabs kept open for a whole worker, for tests that only navigate and read. A fresh context per test
 * starts with a cold cache: the search engine and its index cost about a second a query on the test
 * machine, against a third of that in a warm tab. Tests that change what a page remembers
 * (localStorage: the reading mode, the citation format), listen to its requests or dialogs, or follow
 * its history keep Playwright's own `page`, new for each test.
 */
export const test = base.extend<object, { tab: Page; tabWithoutScript: Page }>({
  tab: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  tabWithoutScript: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL, javaScriptEnabled: false });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
