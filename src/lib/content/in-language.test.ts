import { describe, expect, it } from 'vitest';
import { CHINESE_REQUIRED, inLanguage, langAttribute } from './in-language';

describe('a text in the page’s language', () => {
  it('is the English on English pages and the Chinese on Chinese pages', () => {
    expect(inLanguage('en', 'Later', '后续', 'f: labelZh')).toEqual({ value: 'Later', lang: 'en' });
    expect(inLanguage('zh', 'Later', '后续', 'f: labelZh')).toEqual({ value: '后续', lang: 'zh' });
  });

  it.skipIf(CHINESE_REQUIRED)('falls back to the English, marked English, while the Chinese is optional', () => {
    expect(inLanguage('zh', 'Later', undefined, 'f: labelZh')).toEqual({ value: 'Later', lang: 'en' });
  });

  it.runIf(CHINESE_REQUIRED)('fails naming the file and the field once the Chinese is required', () => {
    expect(() => inLanguage('zh', 'Later', undefined, 'f: labelZh')).toThrow('f: labelZh: the Chinese is missing.');
  });

  it('needs a lang attribute only where it is not in the page’s language', () => {
    expect(langAttribute({ lang: 'zh' }, 'zh')).toBeUndefined();
    expect(langAttribute({ lang: 'en' }, 'zh')).toBe('en');
    expect(langAttribute({ lang: 'zh' }, 'en')).toBe('zh-Hans');
  });
});
