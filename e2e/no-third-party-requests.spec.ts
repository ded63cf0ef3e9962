import { expect, test } from '@playwright/test';
import { readingPages, rel } from './site';

test('no page requests anything from another origin', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
  });
  for (const path of readingPages()) {
    await page.goto(rel(path));
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('every page carries a Content-Security-Policy that allows no inline script and nothing violates it', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of readingPages()) {
    await page.goto(rel(path));
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toBeTruthy();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    expect(csp, path).toContain("default-src 'self'");
  }
  expect(violations).toEqual([]);
});
