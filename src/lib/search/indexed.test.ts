import { describe, expect, it } from 'vitest';
import {
  asIndexed,
  entrySearch,
  entryToken,
  indexedContent,
  isReading,
  LINE_MARK,
  readIndexed,
  readingOf,
  readingsPhrase,
  readingToken,
} from './indexed';

/** What Pagefind does to the content it sends back: zero-width spaces out, whitespace folded. */
const asPagefindReturnsIt = (content: string) => content.replace(/\s+/g, ' ').trim().replaceAll('\u200b', '');

describe('a record in the index', () => {
  const text = '同时，模型推理成本指数级下降，每百万Tokens的价格\nAt the same time, model   inference costs fell.';
  const content = indexedContent(text, ['pytóng', 'zqtoken']);
  it('cuts Chinese characters apart, from each other and from Latin words, with zero-width spaces', () => {
    expect(content).toContain('推\u200b理\u200b成\u200b本');
    expect(content).toContain('万\u200bTokens\u200b的');
    expect(content).not.toContain('model\u200b');
  });
  it('marks line breaks with a symbol Pagefind does not index, and puts the tokens last', () => {
    expect(content).toContain(` ${LINE_MARK} At the same time`);
    expect(content.endsWith('pytóng zqtoken')).toBe(true);
    // A record without tokens ends with its text: no mark of an empty token list in its excerpt.
    expect(indexedContent('one\ntwo', [])).toBe(`one ${LINE_MARK} two`);
  });
  it('comes back from Pagefind as written (whitespace within a line folded), with its tokens', () => {
    expect(readIndexed(asPagefindReturnsIt(content))).toEqual({ text: asIndexed(text), tokens: ['pytóng', 'zqtoken'] });
    expect(asIndexed(text)).toBe(
      '同时，模型推理成本指数级下降，每百万Tokens的价格\nAt the same time, model inference costs fell.',
    );
    expect(readIndexed(asPagefindReturnsIt(indexedContent('one\ntwo', [])))).toEqual({ text: 'one\ntwo', tokens: [] });
  });
  it('refuses a text that holds the marks themselves', () => {
    expect(() => indexedContent(`a ${LINE_MARK} b`, [])).toThrow(/mark lines and tokens/);
  });
});

describe('index tokens', () => {
  it('write a reading with its tone, ü as v, and read it back', () => {
    expect(readingToken('suàn')).toBe('pysuàn');
    expect(readingToken('lǜ')).toBe('pylv̀'.normalize('NFC'));
    expect(readingOf(readingToken('lǜ'))).toBe('lǜ');
    expect(readingOf(readingToken('de'))).toBe('de');
    expect(isReading('pysuàn')).toBe(true);
    expect(isReading('zqtoken')).toBe(false);
  });
  it('search toneless syllables as an exact phrase of readings', () => {
    expect(readingsPhrase(['suan', 'li'])).toBe('"pysuan pyli"');
    expect(readingsPhrase(['lv'])).toBe('"pylv"');
  });
  it('name a glossary entry by its slug, one token for the texts that name it and one for the entry', () => {
    expect(entryToken('cluster-100k', 'mention')).toBe('zqcluster100k');
    expect(entryToken('cluster-100k', 'self')).toBe('zrcluster100k');
    expect(entrySearch('token', 'mention')).toBe('"zqtoken"');
  });
});

describe('a record read back', () => {
  it('is the text as written even where the zero-width spaces are still in the content', () => {
    const text = '推理成本\nAI计算';
    expect(readIndexed(indexedContent(text, ['pytuī']))).toEqual({ text, tokens: ['pytuī'] });
  });
  it('has no spaces at the ends of its lines, as Pagefind gives it', () => {
    const text = ' one  two \n three ';
    expect(asIndexed(text)).toBe('one two\nthree');
    expect(readIndexed(asPagefindReturnsIt(indexedContent(text, ['zqtoken'])))).toEqual({
      text: asIndexed(text),
      tokens: ['zqtoken'],
    });
  });
});
