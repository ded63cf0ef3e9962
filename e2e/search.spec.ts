import { expect, test, type Page } from '@playwright/test';
import { paths } from '../src/lib/addresses.ts';
import { at, rel, sitePath } from './site.ts';

/** The hrefs of the hits for a query, as /search/?q= renders them, without the base path and ?hl=. */
async function hitsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(rel(paths.searchFor(query)));
  await expect(page.locator('#search-status')).not.toHaveText(/^$|Searching/, { timeout: 20_000 });
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => sitePath(href));
}

const para = (n: number) => at.paragraph(n);

test.describe('the expected targets are within the first three results', () => {
  test('Token: the Token entry first, ¶13 among the results', async ({ page }) => {
    const hits = await hitsFor(page, 'Token');
    expect(hits[0]).toBe(paths.glossaryEntry('token'));
    expect(hits.slice(0, 3)).toContain(para(13));
  });
  test('AGI: the AGI entry first, ¶2 among the results', async ({ page }) => {
    const hits = await hitsFor(page, 'AGI');
    expect(hits[0]).toBe(paths.glossaryEntry('agi'));
    expect(hits.slice(0, 3)).toContain(para(2));
  });
  for (const [query, expected] of [
    ['推理成本', [para(4)]],
    ['inference cost', [para(4)]],
    ['摩尔定律', [para(4), paths.glossaryEntry('moores-law')]],
    ['十万卡', [para(23)]],
    ['机器人', [para(15)]],
    ['魔搭', [para(5)]],
  ] as const) {
    test(`${query}: ${expected.join(' or ')}`, async ({ page }) => {
      const hits = (await hitsFor(page, query)).slice(0, 3);
      expect(
        hits.some((h) => (expected as readonly string[]).includes(h)),
        hits.join(', '),
      ).toBe(true);
    });
  }
  for (const query of ['接管数字世界', 'take over the digital world']) {
    test(`${query}: one of ¶7, ¶8, ¶9, ¶11 first`, async ({ page }) => {
      const hits = await hitsFor(page, query);
      expect([para(7), para(8), para(9), para(11)]).toContain(hits[0]);
    });
  }
});

test('every hit contains the query: the whole Chinese phrase, every English word', async ({ page }) => {
  for (const query of ['推理成本', '数字世界', 'digital world', 'GPU']) {
    await hitsFor(page, query);
    const snippets = await page.locator('#search-results .ed-result').count();
    expect(snippets, query).toBeGreaterThan(0);
    for (const mark of await page.locator('#search-results mark').allTextContents()) {
      expect(mark.toLowerCase(), query).toBe(query.split(' ')[0]!.toLowerCase());
    }
  }
});

test('深度学习, which is not in the text, gives no results; partial matches are listed apart', async ({ page }) => {
  const hits = await hitsFor(page, '深度学习');
  expect(hits).toEqual([]);
  await expect(page.locator('#search-status')).toContainText('No results');
  const partial = page.locator('#search-partial');
  if (await partial.isVisible()) {
    await expect(partial.getByRole('heading', { name: 'Partial matches' })).toBeVisible();
  }
});

test('a nonsense string gives "no results" with a suggestion', async ({ page }) => {
  expect(await hitsFor(page, 'qzxvkwpl')).toEqual([]);
  await expect(page.locator('#search-status')).toContainText(/No results.*glossary/);
});

test('Latin words inside the Chinese are found, and glossary aliases bridge the languages', async ({ page }) => {
  expect(await hitsFor(page, 'Huggingface')).toContain(para(5));
  expect(await hitsFor(page, 'GPU')).not.toEqual([]);
  expect((await hitsFor(page, '词元'))[0]).toBe(paths.glossaryEntry('token'));
  expect((await hitsFor(page, '通用人工智能'))[0]).toBe(paths.glossaryEntry('agi'));
});

test('results show where they are and highlight the match; notes and glossary entries are found', async ({ page }) => {
  await hitsFor(page, 'Moore');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('.ed-result__where')).not.toBeEmpty();
  await expect(first.locator('mark')).toHaveText(/moore/i);
  const hits = await hitsFor(page, 'Amara');
  expect(hits.some((h) => /#n-[a-z0-9-]+$/.test(h))).toBe(true);
  await expect(page.locator('#search-results .ed-result__where').filter({ hasText: /^Note/ }).first()).toBeVisible();
});

test('filters narrow by kind and part', async ({ page }) => {
  await hitsFor(page, 'AI');
  await page.getByRole('checkbox', { name: 'Notes' }).uncheck();
  await page.getByRole('checkbox', { name: 'Glossary' }).uncheck();
  await expect(page.locator('#search-results li').first()).toBeVisible();
  for (const href of await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
    expect(href).toMatch(/#p\d+$/);
  await page.locator('select[name="part"]').selectOption('Thesis 3');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  for (const where of await page.locator('#search-results .ed-result__where').allTextContents())
    expect(where).toMatch(/^Thesis 3/);
});

test('arriving from a result highlights the words and shows the paragraph', async ({ page }) => {
  await hitsFor(page, '推理成本');
  await page.locator('#search-results a').first().click();
  await expect(page).toHaveURL(/hl=/);
  const highlighted = await page.evaluate(() => {
    const h = CSS.highlights.get('ed-search');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
  expect(highlighted.length).toBeGreaterThan(0);
  for (const t of highlighted) expect(t).toBe('推理成本');
});

test('the header box leads to the search page; / focuses it; arrows, Enter and Escape work', async ({ page }) => {
  await page.goto(rel(paths.part('1')));
  await page.keyboard.press('/');
  const box = page.locator('#header-q');
  await expect(box).toBeFocused();
  await box.fill('Qwen');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Qwen$/);
  const field = page.locator('#search-q');
  await expect(field).toHaveValue('Qwen');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText(/\d+ results? for “Qwen”/);
  await field.focus();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('#search-results a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#search-results a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await expect(page.locator('#search-results li')).toHaveCount(0);
  await field.fill('魔搭');
  await field.press('Enter');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const target = await page.locator('#search-results a').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(target!.replace(/[?]/g, '\\?').split('#')[0]!));
});

test('hostile and odd input is harmless', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await hitsFor(page, '<img src=x onerror=alert(1)><script>alert(2)</script>');
  await expect(page.locator('#search-results img, #search-results script')).toHaveCount(0);
  await expect(page.locator('#search-status')).toContainText('<img src=x');
  expect(await hitsFor(page, 'x'.repeat(500))).toEqual([]);
  await expect(page.locator('#search-status')).toContainText('longer than 200 characters');
  expect(await hitsFor(page, '?!。，…')).toEqual([]);
  await expect(page.locator('#search-status')).toContainText('No results');
  expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and offers the glossary and notes', async ({ page }) => {
    await page.goto(rel(paths.searchFor('Token')));
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'glossary' })).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: 'all notes' })).toBeVisible();
  });
});
