import { expect, test } from '@playwright/test';
import { languageOf } from '../src/lib/site/addresses.ts';
import { englishOnChinesePage } from './chinese-pages';
import { everyPage, rel } from './site';

/**
 * Every page of the Chinese tree (/zh/…) reads in Chinese, with and without JavaScript: no English
 * interface text, no English note, entry or introduction (issue 23; README, "The Chinese apparatus").
 */
const chinesePages = everyPage().filter((path) => languageOf(path) === 'zh');

test('the Chinese tree mirrors every English page', () => {
  const english = everyPage().filter((path) => languageOf(path) === 'en' && path !== '/404.html');
  expect(chinesePages.length).toBe(english.length);
});

for (const path of chinesePages) {
  test(`${path} shows no English interface text or English apparatus`, async ({ page }) => {
    await page.goto(rel(path));
    expect(await englishOnChinesePage(page)).toEqual([]);
  });
}
