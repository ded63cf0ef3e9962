import { anchor, paragraphsOf, paths } from '../src/lib/site/addresses.ts';
import { expect, test } from './fixtures.ts';
import { at, parts, rel } from './site.ts';

// The browser follows the meta refresh of each /p/N/ stub, as a reader without JavaScript would; the
// static check of dist/ (e2e/build/published-addresses.test.ts) reads the same targets without a browser.
// Under a sub-path the first paragraph of each part is followed: the stubs differ only in N.
for (const part of parts) {
  for (const n of paragraphsOf(part)) {
    const tag = n === part.data.firstParagraph ? ['@subpath'] : [];
    test(
      `without JavaScript, ${paths.shortLink(n)} lands on ${at.paragraph(n)}`,
      { tag },
      async ({ tabWithoutScript: page, baseURL }) => {
        await page.goto(rel(paths.shortLink(n)));
        await expect(page, paths.shortLink(n)).toHaveURL(new URL(rel(at.paragraph(n)), baseURL).href, {
          timeout: 15_000,
        });
        await expect(page.locator(`[id="${anchor.paragraph(n)}"]`)).toBeVisible();
      },
    );
  }
}
