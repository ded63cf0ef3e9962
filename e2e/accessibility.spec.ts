import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readingPages, rel } from './site';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of readingPages()) {
      await page.goto(rel(path));
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.help}`);
      expect(summary).toEqual([]);
    }
  });
}
