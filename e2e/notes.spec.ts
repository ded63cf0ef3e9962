import { expect, test } from '@playwright/test';
import { rel } from './site';

const NOTE = 'price-cut-97'; // a fact check on ¶4

test.describe('with JavaScript', () => {
  test('on a phone notes are folded and open in place from their marker, and link back', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel('/speech/1/'));
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
    await page.goto(rel('/speech/1/'));
    const note = page.locator(`[id="n-${NOTE}"]`);
    await expect(note).toHaveAttribute('open');
    const text = (await page.locator('[id="p4"] .ed-para__en').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThan(text.x + text.width - 1);
    const para = (await page.locator('[id="p4"]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(para.y);
    expect(box.y).toBeLessThan(para.y + para.height);
  });

  test('arriving at a note address opens the note', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel(`/speech/1/#n-${NOTE}`));
    await expect(page.locator(`[id="n-${NOTE}"]`)).toHaveAttribute('open');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('notes are open and read in place; markers lead to them', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(rel('/speech/1/'));
    const note = page.locator(`[id="n-${NOTE}"]`);
    await expect(note).toHaveAttribute('open');
    await page.locator(`.ed-para__zh a.ed-noteref[data-note="${NOTE}"]`).click();
    await expect(note.locator('.ed-note__body')).toBeInViewport();
  });
});

test('every marker links to an existing note, and every note to its marker', async ({ page }) => {
  for (const part of ['opening', '1', '2', '3', 'closing']) {
    await page.goto(rel(`/speech/${part}/`));
    const notes = await page.locator('details.ed-note').evaluateAll((els) => els.map((e) => e.id));
    expect(notes.length, part).toBeGreaterThan(0);
    for (const id of notes) {
      const slug = id.replace(/^n-/, '');
      await expect(page.locator(`.ed-para__zh a.ed-noteref[data-note="${slug}"]`), id).toHaveCount(1);
      await expect(page.locator(`.ed-para__en a.ed-noteref[data-note="${slug}"]`), id).toHaveCount(1);
      await expect(page.locator(`[id="nr-${slug}"]`), id).toHaveCount(1);
    }
  }
});

test('fact checks show their verdict as a visible label', async ({ page }) => {
  await page.goto(rel('/speech/1/'));
  await expect(page.locator(`[id="n-olympiad-gold"] .ed-verdict`)).toHaveText('Overstated');
  await expect(page.locator(`[id="n-${NOTE}"] .ed-verdict`)).toBeVisible();
  const checks = page.locator('details.ed-note--fact-check');
  expect(await checks.count()).toBeGreaterThan(0);
  expect(await checks.locator('.ed-verdict').count()).toBe(await checks.count());
});

test.describe('/notes/', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`lists every note by part and narrows by kind (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(rel('/notes/'));
      const items = page.locator('.ed-notelist li');
      expect(await items.count()).toBeGreaterThanOrEqual(40);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
      await page.getByRole('radio', { name: /Fact check/ }).check();
      const visible = page.locator('.ed-notelist li:visible');
      expect(await visible.count()).toBeGreaterThan(0);
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
    await page.goto(rel('/speech/1/'));
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
    await expect(figures.filter({ hasText: '0.0005' })).toHaveCount(1);
  }
});

test('the home page maps the argument: three theses and the claims they rest on, linked to paragraphs', async ({
  page,
}) => {
  await page.goto(rel('/'));
  const map = page.locator('.ed-argmap');
  await expect(map.getByRole('heading', { level: 3 })).toHaveCount(3);
  for (const n of [2, 7, 18]) await expect(map.locator(`a[href$="#p${n}"]`).first()).toBeVisible();
  expect(await map.locator('a[href*="#p"]').count()).toBeGreaterThanOrEqual(15);
});
