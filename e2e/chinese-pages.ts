/**
 * What a Chinese page may not show (issue 23): English interface text, or an English note, entry or
 * introduction where the Chinese should be. Read in the browser, on the page as loaded: every text
 * outside an element marked as another language (lang="en", pinyin, the English of the speech, code)
 * must be Chinese, names and single Latin terms apart (Token, GPU, Qwen2, ¶4).
 */
import type { Page } from '@playwright/test';
import { UI_STRINGS } from '../src/lib/apparatus/ui-strings.ts';

/** The interface's English words, as whole texts: "Cite", "Notes", "Copy link" … */
const INTERFACE_ENGLISH = [
  ...new Set(Object.values(UI_STRINGS).map((s) => s.en.trim())),
  ...['Contents', 'Sources', 'Order', 'Show', 'All', 'File', 'Format', 'Holds', 'Size', 'Home', 'Later', 'Glossary'],
].filter((s) => /[A-Za-z]{2,}/.test(s));

export async function englishOnChinesePage(page: Page): Promise<string[]> {
  return page.evaluate((english) => {
    const out: string[] = [];
    const isChinese = (text: string) => {
      const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
      const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
      return han > 0 && han * 2 > latin;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent ?? '').trim();
      // The speech's own words (.ed-speech-zh) are the source, verbatim: not the apparatus.
      if (!parent || !text || parent.closest('script, style, code, pre, kbd, samp, [hidden], template, .ed-speech-zh'))
        continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.toLowerCase().startsWith('zh') || lang === 'zh-Latn-pinyin') continue;
      const where = parent.closest('[id]')?.id ?? parent.localName;
      // Two or more English words in a row, not marked as English.
      const run = /[A-Za-z][A-Za-z’'-]+[ ,]+[A-Za-z][A-Za-z’'-]+/.exec(text);
      if (run) out.push(`#${where}: “${run[0]}” in “${text.slice(0, 60)}”`);
      else if (english.includes(text)) out.push(`#${where}: the English label “${text}”`);
    }
    for (const body of document.querySelectorAll<HTMLElement>('.ed-note__text, .ed-entry__def, .ed-intro')) {
      if (!isChinese(body.textContent ?? ''))
        out.push(
          `${body.closest('[id]')?.id ?? body.className}: not in Chinese: “${body.textContent?.trim().slice(0, 60)}”`,
        );
    }
    return out;
  }, INTERFACE_ENGLISH);
}
