/**
 * Screenshots for looking at the site as a reader would: every reading page at phone and desktop
 * widths, light and dark. Run against a served build: `npm run screenshots -- http://127.0.0.1:4321/ out/`.
 * Not a test; it only writes PNG files.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath as executablePath, launchArgs } from './browser.ts';

const [base = 'http://127.0.0.1:4321/', out = 'screenshots', ...only] = process.argv.slice(2);
const pages = only.length > 0 ? only : ['/', '/speech/opening/', '/speech/1/', '/speech/2/', '/speech/', '/about/'];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: launchArgs });
for (const path of pages) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), base).href);
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
