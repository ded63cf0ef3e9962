import { expect, test, type Page } from '@playwright/test';
import { anchor, paragraphsOf, paths, withQuery } from '../src/lib/site/addresses.ts';
import { splitSentences } from '../src/lib/text/sentences.ts';
import { at, parts, rel, sourceParagraphs } from './site.ts';

const source = sourceParagraphs();

const zh = (page: Page, n: number) => page.locator(`[id="p${n}"] .ed-para__zh`);
const en = (page: Page, n: number) => page.locator(`[id="p${n}"] .ed-para__en`);

test.describe('side by side is the default', () => {
  test('on a wide screen the English sits beside the Chinese, in an element with lang="en" inside #pN', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(rel(paths.part('2')));
    await expect(zh(page, 9)).toHaveAttribute('lang', 'zh-Hans');
    await expect(en(page, 9)).toHaveAttribute('lang', 'en');
    const a = (await zh(page, 9).boundingBox())!;
    const b = (await en(page, 9).boundingBox())!;
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
    expect(Math.abs(b.y - a.y)).toBeLessThan(10);
  });

  test('on a phone the English follows the Chinese, paragraph by paragraph', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(paths.part('2')));
    const a = (await zh(page, 9).boundingBox())!;
    const b = (await en(page, 9).boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    const next = (await zh(page, 10).boundingBox())!;
    expect(next.y).toBeGreaterThan(b.y);
  });
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    for (const width of [375, 1280]) {
      test(`the three modes switch at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(rel(paths.part('1')));
        await page.getByRole('radio', { name: /English only/ }).check();
        await expect(en(page, 4)).toBeVisible();
        await expect(zh(page, 4)).toBeHidden();
        await page.getByRole('radio', { name: /Chinese only/ }).check();
        await expect(zh(page, 4)).toBeVisible();
        await expect(en(page, 4)).toBeHidden();
        await page.getByRole('radio', { name: /side by side/ }).check();
        await expect(zh(page, 4)).toBeVisible();
        await expect(en(page, 4)).toBeVisible();
        // Headings, the document language and the spans' languages do not change with the mode.
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.locator('h1')).toHaveCount(1);
      });
    }
  });
}

test.describe('with JavaScript', () => {
  test('the choice is remembered across pages and visits', async ({ page }) => {
    await page.goto(rel(paths.part('1')));
    await page.getByRole('radio', { name: /English only/ }).check();
    await page.goto(rel(paths.part('3')));
    await expect(page.getByRole('radio', { name: /English only/ })).toBeChecked();
    await expect(zh(page, 20)).toBeHidden();
    await page.reload();
    await expect(zh(page, 20)).toBeHidden();
    await expect(en(page, 20)).toBeVisible();
  });

  test('?mode= in the address sets the mode, so a link can open the English view @subpath', async ({ page }) => {
    await page.goto(rel(withQuery(paths.part('2'), { mode: 'en' })));
    await expect(zh(page, 8)).toBeHidden();
    await expect(en(page, 8)).toBeVisible();
    await page.goto(rel(withQuery(paths.part('2'), { mode: 'zh' })));
    await expect(en(page, 8)).toBeHidden();
    await page.goto(rel(paths.part('2')));
    await expect(en(page, 8)).toBeHidden(); // remembered from the last link
  });

  test('pointing at or focusing a sentence highlights its counterpart', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(rel(at.paragraph(9)));
    const zhSentence = page.locator('.ed-para__zh .ed-s[data-s="p9.2"]');
    const enSentence = page.locator('.ed-para__en .ed-s[data-s="p9.2"]');
    // Point at the sentence's first line box (an inline sentence's bounding box overlaps its neighbours).
    await zhSentence.scrollIntoViewIfNeeded();
    const first = await zhSentence.evaluate((e) => {
      const r = e.getClientRects()[0]!;
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(first.x, first.y);
    await expect(enSentence).toHaveClass(/ed-s--active/);
    await page.mouse.move(0, 0);
    await expect(enSentence).not.toHaveClass(/ed-s--active/);
    // Sentences are not Tab stops; focusing a link inside one (a term, a note marker) marks its counterpart.
    await enSentence.locator('a').first().focus();
    await expect(zhSentence).toHaveClass(/ed-s--active/);
    await enSentence
      .locator('a')
      .first()
      .evaluate((e) => (e as HTMLElement).blur());
    await expect(zhSentence).not.toHaveClass(/ed-s--active/);
  });
});

for (const mode of ['both', 'zh', 'en'] as const) {
  test(`#pN and sentence anchors reach their place in the ${mode} mode`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(withQuery(at.paragraph(15), { mode })));
    await expect(page.locator('[id="p15"]')).toBeInViewport();
    await page.goto(rel(withQuery(at.sentence(9, 2), { mode })));
    const visible = mode === 'en' ? page.locator('.ed-para__en .ed-s[data-s="p9.2"]') : page.locator('[id="p9.2"]');
    await expect(visible).toBeInViewport();
  });
}

for (const part of parts) {
  test(`every sentence of ${paths.part(part.id)} has its anchor, in the order of the source, with its English counterpart`, async ({
    page,
  }) => {
    await page.goto(rel(paths.part(part.id)));
    const expected = paragraphsOf(part).flatMap((n) =>
      splitSentences(source[n - 1]!).map((_, i) => anchor.sentence(n, i + 1)),
    );
    const zh = await page.locator('.ed-para__zh .ed-s').evaluateAll((els) => els.map((e) => e.id));
    expect(zh).toEqual(expected);
    const en = await page.locator('.ed-para__en .ed-s').evaluateAll((els) => els.map((e) => e.getAttribute('data-s')));
    expect(en).toEqual(expected);
  });
}
