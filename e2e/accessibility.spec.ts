import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE, everyPage, rel } from './site';

/**
 * axe on every page (the 404 page included), in the light and the dark theme, with the WCAG 2.2 AA
 * rules, target-size among them. One load per page: the theme is switched in place. No rule is
 * ignored. Also here, because it needs the same load: every Chinese text carries a Chinese lang.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Colours, roles and names do not depend on the base path: the sub-path run skips these (README).
test.skip(BASE !== '/', 'axe runs once, on the root build');

for (const path of everyPage()) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}, in the light and the dark theme`, async ({ page }) => {
    await page.goto(rel(path));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help} · ${v.nodes[0]?.target.join(' ')}`),
        `${path}, ${colorScheme} theme`,
      ).toEqual([]);
    }
  });

  test(`every Chinese text on ${path} sits inside an element whose lang is Chinese`, async ({ page }) => {
    await page.goto(rel(path));
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\p{Script=Han}/u.test(node.textContent ?? '')) continue;
        const parent = node.parentElement;
        if (parent?.closest('script, style')) continue;
        const lang = parent?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.toLowerCase().startsWith('zh'))
          out.push(`${(node.textContent ?? '').trim().slice(0, 30)} (lang ${lang})`);
      }
      return out;
    });
    expect(unmarked, path).toEqual([]);
  });
}
