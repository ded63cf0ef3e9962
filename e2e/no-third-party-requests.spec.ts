import { expect, test } from '@playwright/test';
import { readingPages, rel } from './site.ts';

// One test per page, each with the default timeout: a slow or broken page fails on its own, named.
for (const path of readingPages()) {
  test(`${path} requests nothing from another origin, and carries a Content-Security-Policy that nothing violates`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
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
    await page.goto(rel(path));
    await page.waitForLoadState('networkidle');
    expect(foreign, 'requests to other origins').toEqual([]);
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    await expect(meta, 'the CSP <meta>').toHaveCount(1);
    const csp = (await meta.getAttribute('content')) ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("default-src 'self'");
    expect(violations, 'CSP violations').toEqual([]);
  });
}
