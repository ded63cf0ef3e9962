import { describe, expect, it } from 'vitest';
import type { AlignedParagraph } from '../text/alignment';
import { findFrameOccurrences, findOccurrences, termPattern, type MatchTerm } from './term-match';

// Synthetic entries in the shape checkEntries() gives: the longest-alias and whole-word rules are
// what they test, not the edition's glossary.
const term = (slug: string, zh: string[], en: string[]): MatchTerm => ({
  slug,
  file: `content/glossary/${slug}.yaml`,
  zh,
  en,
});
const ai = term('ai', ['AI', '人工智能'], ['AI', 'artificial intelligence']);
const aiComputing = term('ai-computing', ['AI计算'], ['AI computing']);
const token = term('token', ['Token', '词元'], ['token']);
const terms = [ai, aiComputing, token];

const matches = (lang: 'zh' | 'en', text: string) => {
  const { re, slugOf } = termPattern(terms, lang);
  return [...text.matchAll(re)].map((m) => [m[0], slugOf(m[0])]);
};

describe('matching the glossary’s terms', () => {
  it('lets the longest alias win where a shorter one is inside it', () => {
    expect(matches('zh', 'AI计算和AI')).toEqual([
      ['AI计算', 'ai-computing'],
      ['AI', 'ai'],
    ]);
    expect(matches('en', 'AI computing, not AI')).toEqual([
      ['AI computing', 'ai-computing'],
      ['AI', 'ai'],
    ]);
  });

  it('matches Latin words whole: AI is not in OpenAI', () => {
    expect(matches('en', 'OpenAI and AIs')).toEqual([['AIs', 'ai']]);
    expect(matches('zh', 'OpenAI的AI')).toEqual([['AI', 'ai']]);
  });

  it('matches English in any case, with a plural s, es or possessive', () => {
    expect(matches('en', 'Tokens, TOKEN and the token’s price')).toEqual([
      ['Tokens', 'token'],
      ['TOKEN', 'token'],
      ['token’s', 'token'],
    ]);
  });

  it('takes no plural in the Chinese, and ends a Latin alias at a Latin letter only when its last letter is one', () => {
    expect(matches('zh', 'AIs')).toEqual([]);
    expect(matches('zh', 'AI计算Token')).toEqual([
      ['AI计算', 'ai-computing'],
      ['Token', 'token'],
    ]);
  });

  it('names the entry of a plural or possessive whose word holds an s or an es before its end', () => {
    const proc = term('process', ['工艺'], ['process']);
    const cluster = term('cluster', ['集群'], ['cluster']);
    const { re, slugOf } = termPattern([proc, cluster], 'en');
    expect([...'processes and the cluster’s size'.matchAll(re)].map((m) => [m[0], slugOf(m[0])])).toEqual([
      ['processes', 'process'],
      ['cluster’s', 'cluster'],
    ]);
  });

  it('finds Chinese anywhere, since Chinese has no spaces between words', () => {
    expect(matches('zh', '生成词元的人工智能')).toEqual([
      ['词元', 'token'],
      ['人工智能', 'ai'],
    ]);
  });

  it('refuses an alias that two entries share, naming the file of the second', () => {
    const twice = term('tokenisation', ['词元'], ['tokenisation']);
    expect(() => termPattern([token, twice], 'zh')).toThrow(
      'content/glossary/tokenisation.yaml: the alias "词元" is also an alias of the entry "token".',
    );
  });

  it('matches nothing when there are no terms', () => {
    expect('anything'.match(termPattern([], 'en').re)).toBeNull();
  });

  it('refuses to name the entry of words no entry holds', () => {
    expect(() => termPattern(terms, 'en').slugOf('robot')).toThrow('No glossary entry for "robot".');
  });
});

describe('finding occurrences', () => {
  const paragraph: AlignedParagraph = {
    n: 4,
    en: 'AI computing grows. The cost of a token falls.',
    sentences: [
      { id: 'p4.1', index: 1, zh: 'AI计算增长。', en: 'AI computing grows.' },
      { id: 'p4.2', index: 2, zh: '每个词元的成本下降。', en: 'The cost of a token falls.' },
    ],
  };

  it('lists every occurrence in both languages, with its paragraph, sentence and context', () => {
    const found = findOccurrences([paragraph], terms, 9);
    expect(found.map((o) => [o.lang, o.slug, o.paragraph, o.sentence, o.match])).toEqual([
      ['zh', 'ai-computing', 4, 1, 'AI计算'],
      ['zh', 'token', 4, 2, '词元'],
      ['en', 'ai-computing', 4, 1, 'AI computing'],
      ['en', 'token', 4, 2, 'token'],
    ]);
    const enToken = found.find((o) => o.lang === 'en' && o.slug === 'token')!;
    expect([enToken.before, enToken.after]).toEqual(['…ost of a ', ' falls.']);
  });

  it('gives each occurrence its context, shorter in the Chinese, with … where the sentence goes on', () => {
    // A width of 3 characters: 2 in the Chinese (3 / 1.5).
    const context = (o: { lang: string; before: string; match: string; after: string }) => [
      o.lang,
      o.before,
      o.match,
      o.after,
    ];
    expect(findOccurrences([paragraph], terms, 3).map(context)).toEqual([
      ['zh', '', 'AI计算', '增长…'],
      ['zh', '每个', '词元', '的成…'],
      ['en', '', 'AI computing', ' gr…'],
      ['en', '… a ', 'token', ' fa…'],
    ]);
    const frame = [{ line: 1, sentences: [{ zh: '用词元好。', en: 'A token.' }] }];
    expect(findFrameOccurrences(frame, terms, 3).map(context)).toEqual([
      ['zh', '用', '词元', '好。'],
      ['en', 'A ', 'token', '.'],
    ]);
  });

  it('lists the occurrences in the publisher’s frame by source line, apart from the speech', () => {
    const frame = [
      { line: 1, sentences: [{ zh: '词元与AI。', en: 'Tokens and AI.' }] },
      { line: 2, sentences: [] },
    ];
    expect(findFrameOccurrences(frame, terms).map((o) => [o.lang, o.slug, o.line, o.match])).toEqual([
      ['zh', 'token', 1, '词元'],
      ['zh', 'ai', 1, 'AI'],
      ['en', 'token', 1, 'Tokens'],
      ['en', 'ai', 1, 'AI'],
    ]);
  });
});
