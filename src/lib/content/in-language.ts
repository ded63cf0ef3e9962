/**
 * The apparatus in the page's language. Every note, part, page and glossary entry has a Chinese twin
 * (README, "The Chinese apparatus"); apparatus/chinese.ts checks the twins against the English.
 */
import { LANG_TAG, type Lang } from '../../constants';

/**
 * Whether every note, part, page and glossary entry must have its Chinese twin. While the Chinese
 * apparatus is being written this is false and only the twins that exist are checked.
 */
export const CHINESE_REQUIRED = true;

/** A text of the apparatus as a page shows it: in the page's language, or, where none is written yet, in English. */
export interface InLanguage<T> {
  readonly value: T;
  /** The language it is written in, for the lang attribute where it differs from the page's. */
  readonly lang: Lang;
}

/**
 * A text in the page's language: the English on English pages; on Chinese pages the Chinese, or,
 * while CHINESE_REQUIRED is false and it is not yet written, the English marked as English. With
 * CHINESE_REQUIRED a missing Chinese text fails the build naming `what` (the file and the field).
 */
export function inLanguage<T>(lang: Lang, english: T, chinese: T | undefined, what: string): InLanguage<T> {
  if (lang === 'en') return { value: english, lang: 'en' };
  if (chinese !== undefined) return { value: chinese, lang: 'zh' };
  if (CHINESE_REQUIRED) throw new Error(`${what}: the Chinese is missing.`);
  return { value: english, lang: 'en' };
}

/** The lang attribute of a text shown on a page in `page`'s language: none where it is in that language. */
export function langAttribute(text: { readonly lang: Lang }, page: Lang): (typeof LANG_TAG)[Lang] | undefined {
  return text.lang === page ? undefined : LANG_TAG[text.lang];
}
