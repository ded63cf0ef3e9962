/**
 * How the tests launch Chromium. Debian's Chromium runs as root in a sandbox-less container with no
 * network but the package registries: without these flags it tries, and fails, to reach Google's hosts.
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { basePath } from '../src/lib/site/site-config.mjs';

export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The port `astro preview` serves the build on for the tests: PORT, else 4329 (test:subpath sets its own). */
export const port = Number(process.env.PORT ?? 4329);

/** The address of the build under test: the port, and the base path it was built for (BASE_PATH). */
export const baseURL = `http://127.0.0.1:${port}${basePath(process.env.BASE_PATH)}`;

/** CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else undefined (Playwright's own browser). */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * What a page asks of the network and says on the console while a test acts on it: requests to
 * another origin, requests that fail (4xx, 5xx, or refused), Content-Security-Policy violations
 * (Chromium reports each on the console) and uncaught script errors.
 */
export function watch(page: Page, origin: string) {
  const seen = { foreign: [] as string[], failed: [] as string[], violations: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) seen.foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => seen.failed.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}
