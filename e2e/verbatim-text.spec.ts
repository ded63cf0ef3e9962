import { expect, test, type Page } from '@playwright/test';
import { anchor, localLink, paragraphsOf, paths } from '../src/lib/site/addresses.ts';
import { at, parts, rel, sourceParagraphs } from './site.ts';

const source = sourceParagraphs();

/** The speaker's words in a paragraph: its Chinese text without the note markers (the apparatus). */
async function chineseOf(page: Page, n: number): Promise<string> {
  return page.locator(`[id="${anchor.paragraph(n)}"] .ed-para__zh`).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const ref of copy.querySelectorAll('.ed-noteref')) ref.remove();
    return copy.textContent ?? '';
  });
}

/** Each paragraph's number as shown and the target of the link it is. */
async function numbersOf(page: Page): Promise<{ id: string; text: string; href: string | null }[]> {
  return page.locator('.ed-para').evaluateAll((els) =>
    els.map((e) => {
      const num = e.querySelector('a.ed-para__num');
      return { id: e.id, text: num?.firstChild?.textContent ?? '', href: num?.getAttribute('href') ?? null };
    }),
  );
}

const expectedNumbers = (ns: number[]) =>
  ns.map((n) => ({ id: anchor.paragraph(n), text: `¶${n}`, href: localLink(anchor.paragraph(n)) }));

for (const part of parts) {
  test(`every paragraph on ${paths.part(part.id)} equals its source line, byte for byte, and holds its number and a link to itself`, async ({
    page,
  }) => {
    await page.goto(rel(paths.part(part.id)));
    expect(await numbersOf(page)).toEqual(expectedNumbers(paragraphsOf(part)));
    for (const n of paragraphsOf(part)) {
      expect(await chineseOf(page, n), `¶${n} on ${paths.part(part.id)}`).toBe(source[n - 1]);
    }
  });
}

test('the full-text page shows every paragraph verbatim, each with its number, linking to its part', async ({
  page,
}) => {
  await page.goto(rel(paths.speech));
  const all = parts.flatMap(paragraphsOf);
  expect(all).toHaveLength(source.length);
  expect(await numbersOf(page)).toEqual(expectedNumbers(all));
  for (const n of all) {
    expect(await chineseOf(page, n), `¶${n}`).toBe(source[n - 1]);
    await expect(page.locator(`[id="${anchor.paragraph(n)}"] a[href$="${at.paragraph(n)}"]`), `¶${n}`).toHaveCount(1);
  }
});
