/**
 * Search on the Chinese tree (issue 23): /zh/search/ finds the Chinese notes and glossary entries with
 * Chinese, pinyin and English queries, lists the reader's language first (and English first on
 * /search/), lists a note or entry once with a link to its other language, leads paragraphs to the
 * /zh/ part pages, and shows no English interface text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { localized, paths } from '../src/lib/site/addresses.ts';
import { englishOnChinesePage } from './chinese-pages.ts';
import { expect, test } from './fixtures.ts';
import { rel, sitePath } from './site.ts';

const zh = (path: string) => localized(path, 'zh');

/** The hits for a query on the search page of a language, as site paths without ?hl=. */
async function hitsFor(page: Page, query: string, lang: 'en' | 'zh' = 'zh'): Promise<string[]> {
  await page.goto(rel(localized(paths.searchFor(query), lang)));
  await expect(page.locator('#search-status')).not.toHaveText(/^$|Searching|正在搜索/, { timeout: 20_000 });
  const hrefs = await page
    .locator('#search-results a.ed-result__link')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => sitePath(href));
}

const isChineseNote = (h: string) => /^\/zh\/speech\/[^/]+\/#n-/.test(h);
const isEnglishNote = (h: string) => /^\/speech\/[^/]+\/#n-/.test(h);

test.describe('Chinese, pinyin and English queries find the Chinese notes and entries', () => {
  for (const [query, first] of [
    ['推理成本', zh(paths.glossaryEntry('inference-cost'))],
    ['词元', zh(paths.glossaryEntry('token'))],
    ['tuili chengben', zh(paths.glossaryEntry('inference-cost'))],
    ['suanli', zh(paths.glossaryEntry('computing-power'))],
    ['inference cost', zh(paths.glossaryEntry('inference-cost'))],
    ['Token', zh(paths.glossaryEntry('token'))],
  ] as const) {
    test(`${query} → ${first}, and Chinese notes${query === '推理成本' ? ' @subpath' : ''}`, async ({ tab: page }) => {
      const hits = await hitsFor(page, query);
      expect(hits[0], hits.slice(0, 5).join(', ')).toBe(first);
      expect(hits.some(isChineseNote), hits.join(', ')).toBe(true);
    });
  }

  test('a phrase only the Chinese notes write finds them (深度学习)', async ({ tab: page }) => {
    const hits = await hitsFor(page, '深度学习');
    expect(hits).toContain(`${zh(paths.part('2'))}#n-perception-era`);
  });
});

test.describe('the reader’s language first, each note or entry once', () => {
  test('on /zh/search/, Chinese records come before English ones, and no note or entry is listed twice', async ({
    tab: page,
  }) => {
    for (const query of ['Token', 'AI', '推理成本']) {
      const hits = await hitsFor(page, query);
      const notes = hits.filter((h) => isChineseNote(h) || isEnglishNote(h));
      const firstEnglish = notes.findIndex(isEnglishNote);
      if (firstEnglish >= 0) expect(notes.slice(firstEnglish).some(isChineseNote), query).toBe(false);
      // One result per note or entry: its address on either tree appears once.
      const unlocalized = hits.map((h) => localized(h, 'en'));
      expect(new Set(unlocalized).size, query).toBe(unlocalized.length);
    }
    await hitsFor(page, 'Token');
    // The Chinese entry, with a link to its English page.
    const entry = page.locator('#search-results li').first();
    await expect(entry.locator('a.ed-result__link')).toHaveAttribute('href', /\/zh\/glossary\/token\//);
    const other = entry.locator('a.ed-result__other');
    await expect(other).toHaveText('English');
    await expect(other).toHaveAttribute('lang', 'en');
    expect(sitePath(await other.evaluate((a) => (a as HTMLAnchorElement).href))).toBe(paths.glossaryEntry('token'));
  });

  test('on /search/, English records come first, with a link to the Chinese', async ({ tab: page }) => {
    for (const query of ['Token', '推理成本']) {
      const hits = await hitsFor(page, query, 'en');
      const notes = hits.filter((h) => isChineseNote(h) || isEnglishNote(h));
      const firstChinese = notes.findIndex(isChineseNote);
      if (firstChinese >= 0) expect(notes.slice(firstChinese).some(isEnglishNote), query).toBe(false);
    }
    const hits = await hitsFor(page, '推理成本', 'en');
    expect(hits[0]).toBe(paths.glossaryEntry('inference-cost'));
    expect(hits).not.toContain(zh(paths.glossaryEntry('inference-cost')));
    const other = page.locator('#search-results li').first().locator('a.ed-result__other');
    await expect(other).toHaveText('中文');
    await expect(other).toHaveAttribute('lang', 'zh-Hans');
  });

  test('a note found only in Chinese is listed on /search/ too, marked as Chinese', async ({ tab: page }) => {
    const hits = await hitsFor(page, '深度学习', 'en');
    expect(hits).toContain(`${zh(paths.part('2'))}#n-perception-era`);
    const result = page.locator('#search-results li', { has: page.locator('a[href*="#n-perception-era"]') });
    await expect(result.locator('a.ed-result__link')).toHaveAttribute('lang', 'zh-Hans');
    await expect(result.locator('.ed-result__where')).toHaveText(/^Note \(/);
  });
});

test('on /zh/search/, paragraphs lead to the /zh/ part pages, and where a result is reads in Chinese', async ({
  tab: page,
}) => {
  const hits = await hitsFor(page, '推理成本');
  expect(hits).toContain(`${zh(paths.part('1'))}#p4`);
  for (const h of hits.filter((x) => /#p\d+$/.test(x))) expect(h.startsWith('/zh/speech/'), h).toBe(true);
  for (const where of await page.locator('#search-results .ed-result__where').allTextContents())
    expect(where).toMatch(/^(开场|论点[一二三]|结语|注释（|术语表)/);
  await expect(page.locator('#search-status')).toHaveText(/^“推理成本”共有\d+条结果/);
  // Following a paragraph result highlights the words on the Chinese part page.
  await page.locator('#search-results a.ed-result__link[href*="#p4"]').click();
  await expect(page).toHaveURL(/\/zh\/speech\/1\/\?hl=.*#p4$/);
});

test.describe('/zh/search/ shows no English interface text', () => {
  test('empty, with results, with partial matches, with "Did you mean", with the filters open', async ({ page }) => {
    await page.goto(rel(zh(paths.search)));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    expect(await englishOnChinesePage(page)).toEqual([]);
    await page.getByText('只看…').click();
    await expect(page.getByRole('checkbox', { name: '注释' })).toBeVisible();
    expect(await englishOnChinesePage(page)).toEqual([]);
    for (const query of ['Token', 'digital world', '成本推理', 'Toekn', 'x'.repeat(300), '?!。']) {
      await hitsFor(page, query);
      await expect(page.locator('#search-status')).not.toBeEmpty();
      expect(await englishOnChinesePage(page), query).toEqual([]);
    }
    // "Did you mean", in Chinese.
    await hitsFor(page, 'Toekn');
    await expect(page.locator('[data-search-suggest]')).toContainText('您要找的是');
    await expect(page.locator('#search-status')).toContainText('没有找到');
    // More results, in Chinese.
    await hitsFor(page, 'AI');
    await expect(page.getByRole('button', { name: '更多结果' })).toBeVisible();
    expect(await englishOnChinesePage(page)).toEqual([]);
  });

  test('the filters by kind and part are in Chinese and narrow the results', async ({ tab: page }) => {
    await hitsFor(page, 'AI');
    await page.getByText('只看…').click();
    await page.getByRole('checkbox', { name: '注释' }).uncheck();
    await page.getByRole('checkbox', { name: '术语表' }).uncheck();
    await expect(page.locator('#search-results a.ed-result__link:not([href*="#p"])')).toHaveCount(0);
    await page.locator('select[name="part"]').selectOption({ label: '论点三' });
    const where = page.locator('#search-results .ed-result__where');
    await expect(where.filter({ hasNotText: /^论点三/ })).toHaveCount(0);
    await expect(where.first()).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the page says so in Chinese and offers the Chinese full text, glossary and notes', async ({ page }) => {
      await page.goto(rel(zh(paths.searchFor('Token'))));
      await expect(page.locator('main p', { hasText: '搜索需要JavaScript' })).toBeVisible();
      await expect(page.locator('main').getByRole('link', { name: '术语表' })).toHaveAttribute(
        'href',
        /\/zh\/glossary\/$/,
      );
      await expect(page.locator('main').getByRole('link', { name: '全部注释' })).toBeVisible();
      expect(await englishOnChinesePage(page)).toEqual([]);
    });
  });
});

test('results in both languages pass axe (WCAG 2.2 AA) on both trees', async ({ page }) => {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  for (const [query, lang] of [
    ['Token', 'zh'],
    ['digital world', 'zh'],
    ['深度学习', 'en'],
    ['推理成本', 'en'],
  ] as const) {
    await hitsFor(page, query, lang);
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const run = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe.run;
      const { violations } = await run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    });
    expect(violations, `${lang} ${query}`).toEqual([]);
  }
});
