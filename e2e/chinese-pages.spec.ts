import { expect, test } from '@playwright/test';
import { languageOf } from '../src/lib/site/addresses.ts';
import { everyPage } from './site';

/**
 * The Chinese tree (/zh/…) has a page for every English page (issue 23; README, "The Chinese
 * apparatus"). That each reads in Chinese, with and without JavaScript, is checked in the one load of
 * each page by e2e/every-page.spec.ts (englishOnChinesePage, e2e/chinese-pages.ts).
 */
const chinesePages = everyPage().filter((path) => languageOf(path) === 'zh');

test('the Chinese tree mirrors every English page', () => {
  const english = everyPage().filter((path) => languageOf(path) === 'en' && path !== '/404.html');
  expect(chinesePages.length).toBe(english.length);
});
