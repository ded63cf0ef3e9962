import { expect, test, type Page } from '@playwright/test';
import { paths } from '../src/lib/site/addresses.ts';
import { everyPage, rel } from './site.ts';

/**
 * The Content-Security-Policy, on every page (the 404 page included): each directive allows only
 * 'self', 'none', hashes, 'wasm-unsafe-eval' (Pagefind) and data: images; the <meta> precedes every
 * script; nothing violates it, and nothing, loaded or done by a reader, asks another origin.
 */
const ALLOWED_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

/** What a CSP allows that it should not: "script-src https://cdn.example.com", etc. */
function cspProblems(csp: string): string[] {
  const problems: string[] = [];
  const directives = csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const names = directives.map((d) => d.split(/\s+/)[0]!);
  if (!directives.includes("default-src 'self'")) problems.push("default-src is not 'self'");
  for (const directive of directives) {
    const [name, ...sources] = directive.split(/\s+/);
    for (const source of sources) {
      if (ALLOWED_SOURCE.test(source)) continue;
      if (source === 'data:' && name === 'img-src') continue;
      problems.push(`${name} ${source}`);
    }
  }
  if (new Set(names).size !== names.length) problems.push('a directive appears twice');
  return problems;
}

/** Collects requests to other origins and CSP violations while the test acts on the page. */
function watch(page: Page, origin: string): { foreign: string[]; violations: string[] } {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { foreign, violations };
}

// One test per page, each with the default timeout: a slow or broken page fails on its own, named.
for (const path of everyPage()) {
  test(`${path} requests nothing from another origin, and carries a Content-Security-Policy that nothing violates`, async ({
    page,
    baseURL,
  }) => {
    const { foreign, violations } = watch(page, new URL(baseURL!).origin);
    await page.goto(rel(path));
    await page.waitForLoadState('networkidle');
    expect(foreign, `${path}: requests to other origins`).toEqual([]);
    // Read the head in one step: a missing <meta> fails at once, naming the page.
    const head = await page.evaluate(() =>
      [...document.head.children].map((e) => ({
        tag: e.localName,
        csp: e.matches('meta[http-equiv="content-security-policy" i]') ? (e.getAttribute('content') ?? '') : null,
        // A JSON or JSON-LD block is data, which no policy governs; every other script runs.
        runs: e.localName === 'script' && !/json/.test(e.getAttribute('type') ?? ''),
      })),
    );
    const metas = head.filter((e) => e.csp !== null);
    expect(metas.length, `${path}: CSP <meta> elements in head`).toBe(1);
    const firstScript = head.findIndex((e) => e.runs);
    const metaAt = head.findIndex((e) => e.csp !== null);
    if (firstScript !== -1)
      expect(metaAt, `${path}: the CSP <meta> comes before the first script`).toBeLessThan(firstScript);
    expect(cspProblems(metas[0]!.csp!), `${path}: what the CSP allows`).toEqual([]);
    expect(violations, `${path}: CSP violations`).toEqual([]);
  });
}

test('a search, a term card, a copy button and a followed result ask no other origin and violate no CSP', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { foreign, violations } = watch(page, new URL(baseURL!).origin);
  await page.goto(rel(paths.part('2')));
  await page.locator('#p9 a.ed-term').first().hover();
  await expect(page.locator('.ed-termcard:popover-open')).toHaveCount(1);
  await page.locator('#p9 button.ed-copylink').first().click();
  await page.goto(rel(`${paths.search}?q=Token`));
  const first = page.locator('#search-results a').first();
  await expect(first).toBeVisible();
  await first.click();
  await page.waitForLoadState('networkidle');
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(violations, 'CSP violations').toEqual([]);
});
