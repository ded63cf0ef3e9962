import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, isRedirect, publishedAddresses, rel } from './site';

const addresses = publishedAddresses();

test('every published address still resolves to a page holding its anchor', async ({ page }) => {
  const byPage = new Map<string, string[]>();
  for (const address of addresses) {
    const [path, fragment] = address.split('#') as [string, string | undefined];
    byPage.set(path, [...(byPage.get(path) ?? []), ...(fragment ? [fragment] : [])]);
  }
  for (const [path, fragments] of byPage) {
    if (!path.endsWith('/')) {
      // A file, not a page (the data files under /data/): it must be served.
      expect((await page.request.get(rel(path))).status(), path).toBe(200);
      continue;
    }
    if (/^\/p\/\d+\/$/.test(path)) {
      // A short link: a redirect stub, followed in its own test (short-links.spec.ts).
      const stub = await page.request.get(rel(path));
      expect(stub.status(), path).toBe(200);
      expect(await stub.text(), path).toMatch(/<meta http-equiv="refresh" content="0; url=[^"]+#p\d+"/);
      continue;
    }
    if (isRedirect(path)) {
      // A moved address (content/redirects.yaml): its redirect page leads to a page that resolves.
      const stub = await (await page.request.get(rel(path))).text();
      const target = /<meta http-equiv="refresh" content="0; url=([^"#]+)/.exec(stub)?.[1];
      expect(target, path).toBeTruthy();
      // The target carries the base path already, so it resolves against the origin.
      expect((await page.request.get(target!)).status(), path).toBe(200);
      continue;
    }
    const response = await page.goto(rel(path));
    expect(response?.status(), path).toBe(200);
    for (const fragment of fragments) {
      await expect(page.locator(`[id="${fragment}"]`), `${path}#${fragment}`).toHaveCount(1);
    }
  }
});

test('every page and paragraph anchor the build publishes is in the list of addresses', () => {
  const listed = new Set(addresses);
  const missing: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    if (/<meta http-equiv="refresh"/.test(html) && path.startsWith('/p/')) {
      if (!listed.has(path)) missing.push(path);
      continue;
    }
    if (!listed.has(path)) missing.push(path);
    for (const [, id] of html.matchAll(/\sid="(p\d+(?:\.\d+)?|n-[a-z0-9-]+)"/g)) {
      if (!listed.has(`${path}#${id}`)) missing.push(`${path}#${id}`);
    }
  }
  expect(missing, 'add these to e2e/published-addresses.txt').toEqual([]);
});
