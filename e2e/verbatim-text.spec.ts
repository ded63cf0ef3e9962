import { expect, test, type Page } from '@playwright/test';
import { anchor, paragraphsOf, paths } from '../src/lib/addresses.ts';
import { at, parts, rel, sourceParagraphs } from './site';

const source = sourceParagraphs();

/** The speaker's words in a paragraph: its Chinese text without the note markers (the apparatus). */
async function chineseOf(page: Page, n: number): Promise<string> {
  return page.locator(`[id="p${n}"] .ed-para__zh`).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const ref of copy.querySelectorAll('.ed-noteref')) ref.remove();
    return copy.textContent ?? '';
  });
}

test('every paragraph on its part page equals its source line, byte for byte', async ({ page }) => {
  for (const part of parts) {
    await page.goto(rel(paths.part(part.id)));
    const ids = await page.locator('.ed-para').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(paragraphsOf(part).map(anchor.paragraph));
    for (const n of paragraphsOf(part)) {
      expect(await chineseOf(page, n), `¶${n} on ${paths.part(part.id)}`).toBe(source[n - 1]);
    }
  }
});

test('the full-text page shows all 26 paragraphs verbatim, each linking to its part', async ({ page }) => {
  await page.goto(rel('/speech/'));
  for (let n = 1; n <= 26; n++) {
    const para = page.locator(`[id="p${n}"]`);
    expect(await chineseOf(page, n), `¶${n}`).toBe(source[n - 1]);
    await expect(para.locator(`a[href$="${at.paragraph(n)}"]`)).toHaveCount(1);
  }
});

test('each paragraph holds its number and a link to itself', async ({ page }) => {
  await page.goto(rel('/speech/1/'));
  const link = page.locator('[id="p4"] a.ed-para__num');
  await expect(link).toHaveAttribute('href', '#p4');
  await expect(link).toContainText('¶4');
});
