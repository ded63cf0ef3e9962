import { expect, test, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { anchor, localized, paragraphsOf, paths, withQuery } from '../src/lib/site/addresses.ts';
import { englishParagraph as english, parts, rel, sourceParagraphs } from './site.ts';

/**
 * The reader's tasks of the reading review (issue 15): thumbs on a phone, copying a paragraph,
 * printing a part, reading in 中文 only, and the text's measure on wide screens.
 */
const source = sourceParagraphs();
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const part of parts) {
    test(`on ${paths.part(part.id)} every paragraph tool, note marker and note title is at least 24 × 24 px, and the text starts within two screens`, async ({
      page,
    }) => {
      await page.goto(rel(paths.part(part.id)));
      const small = await page
        .locator('.ed-para__tools > :is(a, button), a.ed-noteref, details.ed-note > summary, .ed-modes input')
        .evaluateAll((els) =>
          els
            .filter((e) => e.checkVisibility())
            .map((e) => ({ e, r: e.getBoundingClientRect() }))
            .filter(({ r }) => r.width < 24 || r.height < 24)
            .map(({ e, r }) => `${e.closest('.ed-para')?.id} ${e.className || e.localName} ${r.width}×${r.height}`),
        );
      expect(small).toEqual([]);
      const first = part.data.firstParagraph;
      const top = await page
        .locator(`[id="${anchor.paragraph(first)}"]`)
        .evaluate((e) => e.getBoundingClientRect().top + scrollY);
      test.info().annotations.push({ type: 'first paragraph, phone', description: `${top}px` });
      expect(top).toBeLessThan(2 * 844);
    });
  }

  test('tapping the dotted words of a note opens the note', async ({ page }) => {
    await page.goto(rel(paths.part('2')));
    const words = page.locator('#p7 .ed-para__zh mark.ed-annot').first();
    const slug = (await words.getAttribute('data-notes'))!.split(' ')[0]!;
    const note = page.locator(`[id="${anchor.note(slug)}"]`);
    await expect(note).not.toHaveAttribute('open');
    await words.tap();
    await expect(note).toHaveAttribute('open');
    await expect(note).toBeInViewport();
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const part of parts) {
    test(`on ${paths.part(part.id)} the text starts within the first screen`, async ({ page }) => {
      await page.goto(rel(paths.part(part.id)));
      const top = await page
        .locator(`[id="${anchor.paragraph(part.data.firstParagraph)}"]`)
        .evaluate((e) => e.getBoundingClientRect().top + scrollY);
      test.info().annotations.push({ type: 'first paragraph, desktop', description: `${top}px` });
      expect(top).toBeLessThan(900);
    });
  }
});

/** What the clipboard holds after a triple-click on plain words of the element (not a link) and Ctrl+C. */
async function tripleClickCopy(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  const at = await el.evaluate((e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.parentElement?.matches('.ed-s') || (t.textContent ?? '').trim().length < 4) continue;
      const range = document.createRange();
      range.setStart(t, 1);
      range.setEnd(t, 2);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    throw new Error('no plain words to click');
  });
  await page.mouse.click(at.x, at.y, { clickCount: 3 });
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copying', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const n of [4, 13]) {
    test(`a triple-click on ¶${n} copies exactly its words, in Chinese and in English, without note numbers`, async ({
      page,
    }) => {
      await page.goto(rel(paths.part(parts.find((p) => paragraphsOf(p).includes(n))!.id)));
      expect(squeeze(await tripleClickCopy(page, `[id="p${n}"] .ed-para__zh`))).toBe(source[n - 1]);
      expect(squeeze(await tripleClickCopy(page, `[id="p${n}"] .ed-para__en`))).toBe(english(n));
    });
  }

  test('"Copy text" copies the paragraph in the reading mode’s languages with its address, and says so on itself @subpath', async ({
    page,
    baseURL,
  }) => {
    // On the Chinese page, in 中文 mode: the Chinese only, with the Chinese page's short link.
    await page.goto(rel(withQuery(localized(paths.part('1'), 'zh'), { mode: 'zh' })));
    const button = page.locator('#p4 .ed-para__tools button').nth(1);
    await expect(button).toHaveText('复制文本', { useInnerText: true });
    await button.click();
    await expect(button).toHaveText('已复制 ✓', { useInnerText: true });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The address is the one this page is served from, not the build's SITE_URL.
    expect(copied).toBe(`${source[3]}\n\n¶4 · ${new URL(rel(localized(paths.shortLink(4), 'zh')), baseURL).href}`);
    await page.goto(rel(withQuery(paths.part('1'), { mode: 'both' })));
    const link = page.locator('#p4 .ed-para__tools button').nth(0);
    await expect(link).toHaveText('Copy link', { useInnerText: true });
    await link.click();
    await expect(link).toHaveText('Copied ✓', { useInnerText: true });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(rel(paths.shortLink(4)), baseURL).href,
    );
  });
});

test('a printed part holds the text and every note, with no blank page and no on-screen control', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(rel(paths.part('1')));
  const bodies = await page
    .locator('details.ed-note .ed-note__text > p')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').slice(0, 40)));
  expect(bodies.length).toBeGreaterThan(5);
  // Chromium's printToPDF now and then answers "Printing failed" on a loaded machine; a second try prints.
  const pdf = await page.pdf({ format: 'A4' }).catch(() => page.pdf({ format: 'A4' }));
  const { totalPages, text } = await extractText(new Uint8Array(pdf));
  test.info().annotations.push({ type: 'printed pages', description: String(totalPages) });
  // NFKC: the PDF's text layer may spell a CJK character by its radical's code point (⽑ for 毛).
  const flat = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
  const pages = text.map(flat);
  expect(pages.map((t, i) => (t === '' ? i + 1 : 0)).filter(Boolean), 'blank pages').toEqual([]);
  const all = pages.join('');
  expect(
    bodies.filter((b) => !all.includes(flat(b))),
    'note bodies missing from the PDF',
  ).toEqual([]);
  expect(all.includes(flat(source[3]!).slice(0, 9)), 'the text of ¶4, up to its first note marker').toBe(true);
  expect(
    ['Copylink', 'Copytext', 'Readingmode', 'Citethispart'].filter((c) => all.includes(c)),
    'on-screen controls in the PDF',
  ).toEqual([]);
  expect(/\/speech\/1\//.test(all), 'the permanent address').toBe(true);
});

test.describe('中文 mode on the Chinese page', () => {
  const INTERFACE = [
    '.ed-para__tools :is(.ed-para__num, button, a:not([data-copy-link]))',
    '.ed-modes legend',
    '.ed-kicker a',
    'main h2',
    '.ed-note__kind',
    '.ed-verdict',
    '.ed-note__quote',
    '.ed-note__meta',
    '.ed-partnav__dir',
    '.ed-header__nav li:nth-last-child(-n + 4)',
  ].join(', ');

  /** The visible English words of the interface: quoted words, English content, dates left out. */
  async function englishInInterface(page: Page): Promise<string[]> {
    return page.locator(INTERFACE).evaluateAll((els) =>
      els.flatMap((e) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const parent = t.parentElement!;
          if (
            !parent.checkVisibility() ||
            parent.closest('a[href*="#nr-"], [lang="en"], .ed-vh, time, .ed-note__corrected')
          )
            continue;
          const text = (t.textContent ?? '').replace(/\d+ [A-Z][a-z]+ \d{4}/g, '');
          if (/[A-Za-z]{2,}/.test(text)) out.push(`${e.className || e.localName}: ${text.trim()}`);
        }
        return out;
      }),
    );
  }

  for (const js of [true, false]) {
    test(`shows the interface in Chinese and hides the notes on English wording, ${js ? 'with' : 'without'} JavaScript`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(rel(localized(paths.part('2'), 'zh')));
      await page.locator('input[value="zh"]').check();
      expect(await englishInInterface(page)).toEqual([]);
      await expect(page.locator('.ed-note--translation').first()).toBeHidden();
      await expect(page.locator('a.ed-noteref[data-kind="translation"]').first()).toBeHidden();
      await expect(page.locator('details.ed-intro')).not.toHaveAttribute('open');
      await expect(page.locator('.ed-para__tools a.ed-para__cite').last()).toHaveText(/引用/);
      await context.close();
    });
  }
});

test.describe('on wide screens', () => {
  /** Characters per line of the Chinese of ¶10: its width over the advance of one character. */
  async function measure(page: Page): Promise<number> {
    return page.locator('#p10 .ed-para__zh').evaluate((e) => {
      const s = getComputedStyle(e);
      const advance = parseFloat(s.fontSize) + (parseFloat(s.letterSpacing) || 0);
      return Math.floor(e.getBoundingClientRect().width / advance);
    });
  }

  for (const width of [1366, 1920]) {
    test(`at ${width} px the Chinese has a comfortable measure and the layout uses the width`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(rel(paths.part('2')));
      const both = await measure(page);
      await page.locator('input[value="zh"]').check();
      const zh = await measure(page);
      test.info().annotations.push({
        type: `characters per line at ${width}`,
        description: `${both} side by side, ${zh} in 中文`,
      });
      expect(zh).toBeGreaterThanOrEqual(30);
      expect(zh).toBeLessThanOrEqual(40);
      await page.locator('input[value="both"]').check();
      expect(both).toBeGreaterThanOrEqual(width >= 1920 ? 30 : 25);
      expect(both).toBeLessThanOrEqual(40);
      const box = (await page.locator('#p10').boundingBox())!;
      const right = width - (box.x + box.width);
      // Centred, and no wide empty margin: the paragraph spans the page but for its gutters.
      expect(Math.abs(box.x - right)).toBeLessThan(40);
      expect(box.width).toBeGreaterThan(Math.min(width, 1792) - 120);
    });
  }
});
