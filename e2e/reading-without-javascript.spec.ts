import { expect, test } from '@playwright/test';
import { rel } from './site';

test.use({ javaScriptEnabled: false });

test('a part page reads fully without JavaScript', async ({ page }) => {
  await page.goto(rel('/speech/2/'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thesis 2');
  await expect(page.locator('[id="p7"] .ed-para__zh')).toBeVisible();
  await expect(page.locator('[id="p7"] .ed-para__en')).toBeVisible();
  await expect(page.locator('[id="p17"] .ed-para__zh')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next part' })).toBeVisible();
});

test('the skip link leads to the main content', async ({ page }) => {
  await page.goto(rel('/speech/1/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the text' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the pages render from 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/speech/2/', '/speech/', '/about/']) {
    await page.goto(rel(path));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
