import { expect, test } from '@playwright/test';
import { paths } from '../src/lib/site/addresses.ts';
import { at, contentSlugs, rel, sitePath } from './site.ts';

const slugs = contentSlugs('glossary', '.yaml');

test('the glossary lists every entry by category, ordered by English or by pinyin', async ({ page }) => {
  await page.goto(rel(paths.glossary));
  const listed = (order: 'en' | 'pinyin') =>
    page
      .locator(`.ed-glossary__list--${order} li > a`)
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const entryPaths = (urls: string[]) => urls.map(sitePath).sort();
  expect(entryPaths(await listed('en'))).toEqual(slugs.map(paths.glossaryEntry).sort());
  expect(entryPaths(await listed('pinyin'))).toEqual(slugs.map(paths.glossaryEntry).sort());
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('.ed-glossary__list--pinyin').first()).toBeHidden();
  await page.getByRole('radio', { name: /Pinyin/ }).check();
  await expect(page.locator('.ed-glossary__list--pinyin').first()).toBeVisible();
  await expect(page.locator('.ed-glossary__list--en').first()).toBeHidden();
  // The set is described here; each entry's page names it (inDefinedTermSet, checked in e2e/build/glossary.test.ts).
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((t) => JSON.parse(t))
    .find((d) => d['@type'] === 'DefinedTermSet');
  expect(ld).toBeDefined();
  expect(sitePath(ld['@id'])).toBe(paths.glossary);
});

test('without JavaScript the radio buttons switch the order, and each list reads in its own order', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(paths.glossary));
  const first = (order: 'en' | 'pinyin') => page.locator(`.ed-glossary__list--${order}`).first().locator('li > a');
  await expect(first('en').first()).toBeVisible();
  await page.getByRole('radio', { name: /Pinyin/ }).check();
  await expect(first('pinyin').first()).toBeVisible();
  await expect(first('en').first()).toBeHidden();
  // In pinyin order an item leads with its pinyin, and the list's DOM order is the pinyin order.
  const pinyin = await first('pinyin').evaluateAll((as) =>
    as.map((a) => (a.querySelector('[lang="zh-Latn-pinyin"]') ?? a.querySelector('b'))!.textContent!),
  );
  const key = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  expect(pinyin.map(key)).toEqual([...pinyin.map(key)].sort((a, b) => a.localeCompare(b, 'en')));
  await context.close();
});

test('an entry shows its definition and every occurrence, linking to the sentence', async ({ page }) => {
  await page.goto(rel(paths.glossaryEntry('token')));
  await expect(page.locator('h1')).toContainText('Token');
  const lines = page.locator('.ed-kwic li');
  expect(await lines.count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator(`.ed-kwic a[href*="${at.paragraph(13)}."]`).first()).toBeVisible();
  await expect(page.locator(`.ed-kwic a[href*="${at.paragraph(4)}."]`).first()).toBeVisible();
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((t) => JSON.parse(t))
    .find((d) => d['@type'] === 'DefinedTerm');
  expect(ld).toBeDefined();
  expect(ld.alternateName).toContain('词元');
  await lines.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/speech\/1\/#p4\.2$/);
});

test('the permanent slugs the issue names exist', async ({ page }) => {
  for (const slug of ['token', 'agi', 'inference']) {
    const response = await page.goto(rel(paths.glossaryEntry(slug)));
    expect(response?.status(), slug).toBe(200);
  }
});

test.describe('term cards', () => {
  test('pointing at a term shows its card; moving away hides it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(rel(paths.part('2')));
    const term = page.locator('.ed-para__zh a.ed-term[data-term="robot"]').first();
    await term.hover();
    const card = page.locator('[id="tc-robot"]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('机器人');
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('focusing a term with the keyboard shows its card; Escape hides it', async ({ page }) => {
    await page.goto(rel(paths.part('2')));
    const term = page.locator('.ed-para__en a.ed-term[data-term="token"]').first();
    await term.focus();
    const card = page.locator('[id="tc-token"]');
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('a tap shows the card; the card leads to the entry', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(rel(paths.part('2')));
    const term = page.locator('.ed-para__en a.ed-term[data-term="token"]').first();
    await term.tap();
    const card = page.locator('[id="tc-token"]');
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/\/speech\/2\/$/);
    await card.getByRole('link', { name: 'Glossary entry' }).tap();
    await expect(page).toHaveURL(/\/glossary\/token\/$/);
    await context.close();
  });

  test('without JavaScript a term link leads to its entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel(paths.part('2')));
    await expect(page.locator('[id="tc-token"]')).toBeHidden();
    await page.locator('.ed-para__en a.ed-term[data-term="token"]').first().click();
    await expect(page).toHaveURL(/\/glossary\/token\/$/);
    await context.close();
  });
});
