import { expect, test } from '@playwright/test';
import { anchor, paragraphsOf, paths } from '../src/lib/site/addresses.ts';
import { at, parts, rel } from './site.ts';

// The browser follows the meta refresh of each /p/N/ stub, as a reader without JavaScript would; the
// static check of dist/ (e2e/build/published-addresses.test.ts) reads the same targets without a browser.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const n of parts.flatMap(paragraphsOf)) {
    test(`${paths.shortLink(n)} lands on ${at.paragraph(n)}`, async ({ page, baseURL }) => {
      await page.goto(rel(paths.shortLink(n)));
      await expect(page, paths.shortLink(n)).toHaveURL(new URL(rel(at.paragraph(n)), baseURL).href, {
        timeout: 15_000,
      });
      await expect(page.locator(`[id="${anchor.paragraph(n)}"]`)).toBeVisible();
    });
  }
});
