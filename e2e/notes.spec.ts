import { expect, test } from '@playwright/test';
import { anchor, localized, paths, splitAddress } from '../src/lib/site/addresses.ts';
import { redirects } from '../src/lib/content/redirects.ts';
import { at, contentSlugs, noteSlugs, parts, rel } from './site.ts';

const NOTE = 'price-cut-97'; // a fact check on ¶4

test.describe('with JavaScript', () => {
  test('on a phone notes are folded and open in place from their marker, and link back @subpath', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(paths.part('1')));
    const note = page.locator(`[id="n-${NOTE}"]`);
    await expect(note).not.toHaveAttribute('open');
    await page.locator(`.ed-para__zh a.ed-noteref[data-note="${NOTE}"]`).click();
    await expect(note).toHaveAttribute('open');
    await expect(note.locator('.ed-note__body')).toBeInViewport();
    await expect(page).toHaveURL(new RegExp(`#n-${NOTE}$`));
    await note.getByRole('link', { name: /Back to the text/ }).click();
    await expect(page).toHaveURL(new RegExp(`#nr-${NOTE}$`));
    await expect(page.locator(`[id="nr-${NOTE}"]`)).toBeInViewport();
  });

  test('on a wide screen notes sit beside their paragraph, open', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(rel(paths.part('1')));
    const note = page.locator(`[id="n-${NOTE}"]`);
    await expect(note).toHaveAttribute('open');
    const text = (await page.locator('[id="p4"] .ed-para__en').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThan(text.x + text.width - 1);
    const para = (await page.locator('[id="p4"]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(para.y);
    expect(box.y).toBeLessThan(para.y + para.height);
  });

  test('arriving at a note address opens the note @subpath', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(at.note(4, NOTE)));
    await expect(page.locator(`[id="n-${NOTE}"]`)).toHaveAttribute('open');
  });

  test('on a phone, the old address of a merged note opens the note that absorbed it @subpath', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const { from, to } of redirects.anchors) {
      await page.goto(rel(from));
      const { fragment } = splitAddress(to);
      const note = page.locator(`details[id="${fragment}"]`);
      await expect(note, from).toHaveAttribute('open');
      await expect(note.locator('.ed-note__body'), from).toBeInViewport();
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('notes are open and read in place; markers lead to them', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(paths.part('1')));
    const note = page.locator(`[id="n-${NOTE}"]`);
    await expect(note).toHaveAttribute('open');
    await page.locator(`.ed-para__zh a.ed-noteref[data-note="${NOTE}"]`).click();
    await expect(note.locator('.ed-note__body')).toBeInViewport();
  });
});

for (const part of parts) {
  test(`on ${paths.part(part.id)} every marker links to a note on the page, and every note to its marker`, async ({
    page,
  }) => {
    await page.goto(rel(paths.part(part.id)));
    const notes = await page.locator('details.ed-note').evaluateAll((els) => els.map((e) => e.id));
    const markers = await page.locator('a.ed-noteref').evaluateAll((as) =>
      as.map((a) => {
        const url = new URL((a as HTMLAnchorElement).href);
        const target =
          url.pathname === location.pathname ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
        return { note: a.getAttribute('data-note'), target: target?.matches('details.ed-note') ? target.id : null };
      }),
    );
    // Marker → note: each marker leads to its own note, open on this page.
    expect(markers.filter((m) => m.target !== anchor.note(m.note ?? ''))).toEqual([]);
    // Note → marker: each note has a marker in each language, and the Chinese one is the note's way back.
    for (const id of notes) {
      const slug = id.slice(anchor.note('').length);
      await expect(page.locator(`.ed-para__zh a.ed-noteref[data-note="${slug}"]`), id).toHaveCount(1);
      await expect(page.locator(`.ed-para__en a.ed-noteref[data-note="${slug}"]`), id).toHaveCount(1);
      await expect(page.locator(`[id="${anchor.noteRef(slug)}"]`), id).toHaveCount(1);
    }
  });
}

test('every fact check, on every part page, shows its verdict as a visible label', async ({ page }) => {
  const shown: string[] = [];
  for (const part of parts) {
    await page.goto(rel(paths.part(part.id)));
    for (const check of await page.locator('details.ed-note--fact-check').all()) {
      await expect(check.locator('.ed-verdict')).toBeVisible();
      await expect(check.locator('.ed-verdict')).not.toBeEmpty();
      shown.push((await check.getAttribute('id'))!);
    }
  }
  expect(shown.sort()).toEqual(noteSlugs('fact-check').map(anchor.note).sort());
});

test('a fact check’s verdict reads as its label', async ({ page }) => {
  await page.goto(rel(paths.part('1')));
  await expect(page.locator(`[id="${anchor.note('olympiad-gold')}"] .ed-verdict`)).toHaveText('Overstated', {
    useInnerText: true,
  });
  await expect(page.locator(`[id="${anchor.note(NOTE)}"] .ed-verdict`)).toBeVisible();
});

test.describe('/notes/', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`lists every note by part and narrows by kind (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(rel(paths.notes));
      const items = page.locator('.ed-notelist li');
      await expect(items).toHaveCount(contentSlugs('notes', '.md').length);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(parts.length);
      await page.getByRole('radio', { name: /Fact check/ }).check();
      const visible = page.locator('.ed-notelist li:visible');
      await expect(visible).toHaveCount(noteSlugs('fact-check').length);
      for (const kind of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))
        expect(kind).toBe('fact-check');
      await page.getByRole('radio', { name: /^All/ }).check();
      expect(await page.locator('.ed-notelist li:visible').count()).toBe(await items.count());
      await items.first().getByRole('link').click();
      await expect(page).toHaveURL(/\/speech\/opening\/#n-[a-z0-9-]+$/);
      await context.close();
    });
  }
});

test('the two figures render as accessible SVG with their data as a table, at phone and desktop widths', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(rel(paths.part('1')));
    // The figures belong to the editor's introduction, folded under its heading.
    await page.locator('details.ed-intro > summary').click();
    const figures = page.locator('figure:has(svg[role="img"])');
    await expect(figures).toHaveCount(2);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg[role="img"]');
      await expect(svg.locator('title')).not.toBeEmpty();
      await expect(svg.locator('desc')).not.toBeEmpty();
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(1);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeGreaterThan(100);
    }
    const timeline = figures.filter({ hasText: 'ChatGPT' });
    await expect(timeline).toContainText('Later');
    const price = figures.filter({ hasText: 'Yuan per million input tokens' });
    await expect(price).toHaveCount(1);
    await expect(price.locator('svg')).toContainText('−97.5%');
    await expect(price.locator('svg')).not.toContainText('Moore');
  }
});

/** The figures' SVG texts that overrun the drawing's left or right edge (SVG text does not wrap). */
async function overrunningTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('figure svg[role="img"]').evaluateAll((svgs) =>
    (svgs as SVGSVGElement[]).flatMap((svg) => {
      const width = svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .filter((t) => !t.hasAttribute('transform'))
        .filter((t) => {
          const box = t.getBBox();
          return box.x < 0 || box.x + box.width > width;
        })
        .map((t) => t.textContent ?? '');
    }),
  );
}

test('on the Chinese pages the two figures are in Chinese, fit their drawing and link the Chinese paragraphs', async ({
  page,
}) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(rel(localized(paths.part('1'), 'zh')));
    await page.locator('details.ed-intro > summary').click();
    const figures = page.locator('figure:has(svg[role="img"])');
    await expect(figures).toHaveCount(2);
    const timeline = figures.filter({ hasText: 'ChatGPT' });
    await expect(timeline.locator('svg title')).toHaveText('时间线：从ChatGPT发布到本次演讲，以及此后的进展');
    await expect(timeline.locator('svg')).toContainText('后续：演讲之后');
    await expect(timeline.locator('svg')).toContainText('2024年9月19日');
    await expect(timeline.locator('svg [lang="en"]')).toHaveCount(0);
    await expect(timeline.locator('figcaption a')).toHaveAttribute('href', /\/zh\/speech\/1\/#p2$/);
    const price = figures.filter({ hasText: '单位：元/百万输入Token（标价）' });
    await expect(price).toHaveCount(1);
    await expect(price.locator('svg')).toContainText('0.5元 −97.5%');
    await expect(price.locator('svg')).not.toContainText('¥');
    await expect(price.locator('table thead')).toContainText('日期说明价格资料来源');
    expect(await overrunningTexts(page)).toEqual([]);
  }
});

test('the figures’ texts fit their drawing in English too', async ({ page }) => {
  await page.goto(rel(paths.part('1')));
  await page.locator('details.ed-intro > summary').click();
  expect(await overrunningTexts(page)).toEqual([]);
});

test('the home page maps the argument: three theses and the claims they rest on, linked to paragraphs', async ({
  page,
}) => {
  await page.goto(rel(paths.home));
  const map = page.locator('.ed-argmap');
  await expect(map.getByRole('heading', { level: 3 })).toHaveCount(3);
  for (const n of [2, 7, 18]) await expect(map.locator(`a[href$="#p${n}"]`).first()).toBeVisible();
  expect(await map.locator('a[href*="#p"]').count()).toBeGreaterThanOrEqual(15);
});

test('the Chinese home page maps the argument in Chinese: the speaker’s theses and the claims, attributed', async ({
  page,
}) => {
  await page.goto(rel(localized(paths.home, 'zh')));
  const map = page.locator('.ed-argmap');
  await expect(map.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(map.locator('.ed-argmap__kicker')).toHaveText(['论点一', '论点二', '论点三']);
  await expect(map.getByRole('heading', { level: 3 }).nth(1)).toContainText('AI最大的想象力不在手机屏幕');
  await expect(map.locator('.ed-argmap__claim').first()).toContainText('演讲者称');
  // Nothing left in English but names inside the Chinese (Hugging Face), marked as English.
  for (const english of await map.locator('[lang="en"]').allTextContents())
    expect(english, 'English left in the Chinese argument map').toMatch(/^([A-Z0-9][^ ]*)( [A-Z0-9][^ ]*)*$/);
  // Each thesis and claim links its paragraph on the Chinese page.
  for (const n of [2, 3, 7, 18, 23])
    await expect(map.locator(`a[href$="${localized(at.paragraph(n), 'zh')}"]`)).toHaveCount(1);
});
