import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { representativePages, rel } from './site';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of representativePages()) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(rel(path));
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`)).toEqual([]);
      });
    }
  });
}
