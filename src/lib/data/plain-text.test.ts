import { describe, expect, it } from 'vitest';
import { parsePlainTextLine, plainText } from './plain-text';
import { dataset, sourceLines, translationSentences } from './test-support';

const d = dataset();
const lines = (s: string) => {
  expect(s.endsWith('\n')).toBe(true);
  return s.slice(0, -1).split('\n');
};

describe('the plain-text files', () => {
  it('the Chinese: one paragraph per line, numbered, each the source line verbatim', () => {
    const source = sourceLines();
    const out = lines(plainText(d, 'zh'));
    expect(out.length).toBe(source.length - 5);
    out.forEach((line, i) => {
      expect(parsePlainTextLine(line)).toEqual({ n: i + 1, text: source[i + 5] });
      expect(line).toBe(`¶${i + 1}\t${source[i + 5]}`);
    });
  });

  it('the English: one paragraph per line, its sentences joined by spaces', () => {
    const sentences = translationSentences();
    lines(plainText(d, 'en')).forEach((line, i) => {
      const en = sentences.filter((s) => s.id.startsWith(`p${i + 1}.`)).map((s) => s.en);
      expect(parsePlainTextLine(line)).toEqual({ n: i + 1, text: en.join(' ') });
    });
  });

  it('both, interleaved: Chinese then English for each paragraph', () => {
    const zh = lines(plainText(d, 'zh')).map(parsePlainTextLine);
    const en = lines(plainText(d, 'en')).map(parsePlainTextLine);
    const both = lines(plainText(d, 'zh-en')).map(parsePlainTextLine);
    expect(both).toEqual(
      zh.flatMap((z, i) => [
        { ...z, lang: 'zh' },
        { ...en[i]!, lang: 'en' },
      ]),
    );
  });

  it('is UTF-8 that decodes back unchanged', () => {
    const text = plainText(d, 'zh-en');
    const bytes = new TextEncoder().encode(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
    expect(text.includes('\r')).toBe(false);
  });
});

describe('a line that is not one of the plain-text files', () => {
  it('is refused, quoted', () => {
    for (const line of ['x¶4\tzh\tabc', '¶4 zh abc', '¶4\tab\ncd', ''])
      expect(() => parsePlainTextLine(line), line).toThrow(
        `Not a line of the plain-text files: ${JSON.stringify(line)}`,
      );
    expect(parsePlainTextLine('¶12\ten\tText')).toEqual({ n: 12, lang: 'en', text: 'Text' });
  });

  it('is quoted by its first 40 characters only', () => {
    const line = `¶4 ${'词'.repeat(60)}`;
    expect(() => parsePlainTextLine(line)).toThrow(
      new Error(`Not a line of the plain-text files: "¶4 ${'词'.repeat(37)}"`),
    );
  });
});
