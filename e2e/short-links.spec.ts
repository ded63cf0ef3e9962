import { expect, test } from '@playwright/test';
import { partOf, rel } from './site';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every /p/N/ lands on #pN of its part page', async ({ page }) => {
    for (let n = 1; n <= 26; n++) {
      await page.goto(rel(`/p/${n}/`));
      await page.waitForURL(new RegExp(`/speech/${partOf(n)}/#p${n}$`));
      await expect(page.locator(`[id="p${n}"]`)).toBeVisible();
    }
  });
});
