import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { languageOf } from '../src/lib/site/addresses.ts';
import { watch } from './browser.ts';
import { englishOnChinesePage } from './chinese-pages.ts';
import { expect, test } from './fixtures.ts';
import { BASE, everyPage, isRedirect, rel, representativePages } from './site.ts';

/**
 * Every page a reader can see (the 404 page included), in one load each:
 * - axe with the WCAG 2.2 AA rules (`wcag2a` … `wcag22aa`, target-size among them), no rule ignored,
 *   in the light and the dark theme (switched in place);
 * - its Chinese text inside an element whose lang is zh-* (after the scripts ran; the served HTML of
 *   every file is checked without a browser in e2e/build/pages.test.ts);
 * - nothing requested from another origin, no request that fails, no Content-Security-Policy
 *   violation and no script error, while the page loads and settles;
 * - on a page of the Chinese tree (/zh/…), no English interface text and no English note, entry or
 *   introduction (e2e/chinese-pages.ts), with JavaScript and without;
 * then, in a tab without JavaScript at 320 px, no horizontal scrolling.
 * What the policy allows, and that its <meta> comes first, is read from the served HTML of every file
 * in e2e/build/pages.test.ts.
 *
 * Colours, roles, names, languages and the layout do not depend on the base path: the sub-path run
 * (BASE_PATH) loads one page of each kind and checks only what a base path can break there — the
 * requests, the policy and the scripts (README, "What runs where").
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core itself, run inside the page: one injection per load, two runs. @axe-core/playwright's
 * analyze() injects it again for every run and assembles the results in a new page, which took 3 to
 * 6 times longer on the same pages (README, "Quality gates"); with no frames on a page, axe.run in
 * the page checks the same elements with the same rules.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ROOT = BASE === '/';

/** axe's violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} · ${v.nodes[0]?.target.join(' ')}`);
  }, WCAG_TAGS);
}

/**
 * Text that is mostly Chinese (more Han characters than Latin letters) outside an element whose lang
 * is zh-*: a screen reader would read it with an English voice. Left out with reason: the citation
 * formats (pre.ed-cite__text) mix a Chinese title into an English or machine format by design.
 */
async function chineseWithoutLang(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
      if (han === 0 || han <= latin) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, pre.ed-cite__text')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.toLowerCase().startsWith('zh')) out.push(`${text.trim().slice(0, 30)} (lang ${lang})`);
    }
    return out;
  });
}

const pages = ROOT ? everyPage() : [...representativePages().filter((p) => !isRedirect(p)), '/404.html'];

for (const path of pages) {
  test(
    `${path}: ${ROOT ? 'axe in both themes, Chinese in a Chinese lang, ' : ''}nothing from elsewhere, no failed request, CSP violation or script error${ROOT ? '; at 320 px without JavaScript, no sideways scrolling' : ''}`,
    { tag: '@subpath' },
    async ({ page, baseURL, tabWithoutScript }) => {
      // The longest pages (/speech/: 26 paragraphs, 71 notes) take a while on a busy machine.
      test.slow();
      const chinese = languageOf(path) === 'zh';
      const seen = watch(page, new URL(baseURL!).origin);
      await page.goto(rel(path));
      // Requests that start once the page has loaded are watched until the network is quiet; axe runs meanwhile.
      const settled = page.waitForLoadState('networkidle');
      if (ROOT) {
        expect(page.frames(), `${path}: axe runs in the page, which has no frames`).toHaveLength(1);
        await page.evaluate(AXE_SOURCE);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect.soft(await axeViolations(page), `${path}, ${colorScheme} theme`).toEqual([]);
        }
        expect.soft(await chineseWithoutLang(page), `${path}: Chinese text without a Chinese lang`).toEqual([]);
        if (chinese) expect.soft(await englishOnChinesePage(page), `${path}: English on a Chinese page`).toEqual([]);
      }
      await settled;
      expect.soft(seen.foreign, `${path}: requests to other origins`).toEqual([]);
      expect.soft(seen.failed, `${path}: failed requests`).toEqual([]);
      expect.soft(seen.violations, `${path}: CSP violations`).toEqual([]);
      expect.soft(seen.errors, `${path}: script errors`).toEqual([]);
      if (ROOT) {
        await tabWithoutScript.setViewportSize({ width: 320, height: 640 });
        await tabWithoutScript.goto(rel(path));
        const overflow = await tabWithoutScript.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect
          .soft(overflow, `${path}: at 320 px without JavaScript, pixels of sideways scrolling`)
          .toBeLessThanOrEqual(0);
        if (chinese)
          expect
            .soft(
              await englishOnChinesePage(tabWithoutScript),
              `${path}: English on a Chinese page, without JavaScript`,
            )
            .toEqual([]);
      }
    },
  );
}
