import { expect, test } from '@playwright/test';
import { watch } from './browser.ts';
import { paths } from '../src/lib/site/addresses.ts';
import { rel } from './site.ts';

/**
 * What a reader does asks no other origin and violates no Content-Security-Policy. Every page as it
 * loads: e2e/every-page.spec.ts; what each policy allows and what each page loads, statically:
 * e2e/build/pages.test.ts.
 */
test('a search, a term card, a copy button and a followed result ask no other origin, fail no request, violate no CSP and raise no script error @subpath', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = watch(page, new URL(baseURL!).origin);
  await page.goto(rel(paths.part('2')));
  await page.locator('#p9 a.ed-term').first().hover();
  await expect(page.locator('.ed-termcard:popover-open')).toHaveCount(1);
  await page.locator('#p9 button.ed-copylink').first().click();
  await page.goto(rel(paths.searchFor('Token')));
  const first = page.locator('#search-results a').first();
  await expect(first).toBeVisible();
  await first.click();
  await page.waitForLoadState('networkidle');
  expect.soft(seen.foreign, 'requests to other origins').toEqual([]);
  expect.soft(seen.failed, 'failed requests').toEqual([]);
  expect.soft(seen.violations, 'CSP violations').toEqual([]);
  expect.soft(seen.errors, 'script errors').toEqual([]);
});
