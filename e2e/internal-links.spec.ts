import { expect, test } from '@playwright/test';
import { readingPages, rel } from './site';

test('no page has a broken internal link or anchor', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const base = new URL(baseURL!);
  const idsByPath = new Map<string, Set<string>>();
  const idsOf = async (pathname: string): Promise<Set<string> | null> => {
    if (idsByPath.has(pathname)) return idsByPath.get(pathname)!;
    const response = await page.request.get(new URL(pathname, base).href);
    if (!response.ok()) return null;
    const html = await response.text();
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsByPath.set(pathname, ids);
    return ids;
  };

  const broken: string[] = [];
  // The /p/N/ redirect stubs are covered by the short-link and address tests.
  for (const path of readingPages()) {
    await page.goto(rel(path));
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== base.origin) continue;
      if (!url.pathname.startsWith(base.pathname)) {
        broken.push(`${path} → ${href} (outside the site's base path)`);
        continue;
      }
      const ids = await idsOf(url.pathname);
      if (!ids) broken.push(`${path} → ${href} (no page)`);
      else if (url.hash && !ids.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path} → ${href} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
});
