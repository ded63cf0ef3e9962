import { expect, test } from '@playwright/test';
import { paths } from '../src/lib/site/addresses.ts';
import { parts, rel } from './site.ts';

test.use({ javaScriptEnabled: false });

for (const part of parts) {
  test(`${paths.part(part.id)} reads fully without JavaScript: every paragraph in both languages, every note open`, async ({
    page,
  }) => {
    await page.goto(rel(paths.part(part.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(part.data.title);
    const texts = page.locator('.ed-para__zh, .ed-para__en');
    expect(await texts.count()).toBe(2 * (part.data.lastParagraph - part.data.firstParagraph + 1));
    for (const text of await texts.all()) await expect(text).toBeVisible();
    const notes = await page
      .locator('details.ed-note')
      .evaluateAll((ds) => ds.map((d) => [d.id, (d as HTMLDetailsElement).open]));
    expect(notes.filter(([, open]) => !open)).toEqual([]);
    await expect(page.getByRole('navigation', { name: 'Previous and next part' })).toBeVisible();
  });
}

test('the skip link leads past the introduction to the speech itself', async ({ page }) => {
  await page.goto(rel(paths.part('1')));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the text' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#text$/);
  await expect(page.locator('[id="p2"]')).toBeInViewport();
});

// Every page at 320 px without JavaScript: e2e/every-page.spec.ts.
