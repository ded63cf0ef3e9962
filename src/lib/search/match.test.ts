import { describe, expect, it } from 'vitest';
import { fold, foldAligned, isHit, parseQuery, rankHits, snippetOf, spaceOutChinese } from './match';

describe('parsing a query', () => {
  it('keeps words, folds case and full-width forms, drops edge punctuation', () => {
    expect(parseQuery('  Take  over, THE digital world ').words).toEqual(['take', 'over', 'the', 'digital', 'world']);
    expect(parseQuery('ＡＧＩ').words).toEqual(['agi']);
    expect(parseQuery('推理成本').words).toEqual(['推理成本']);
  });
  it('names the problem with empty, punctuation-only and very long queries', () => {
    expect(parseQuery('   ').problem).toBe('empty');
    expect(parseQuery('?!。，…').problem).toBe('punctuation');
    expect(parseQuery('a'.repeat(201)).problem).toBe('too-long');
    expect(parseQuery('<script>alert(1)</script>').words).toEqual(['script>alert(1)</script']);
  });
});

describe('precision', () => {
  const p4 =
    '同时,模型推理成本指数级下降,已经远远超过摩尔定律。\nAt the same time, the inference cost of models has fallen exponentially';
  it('a Chinese query must appear as a whole phrase', () => {
    expect(isHit(p4, parseQuery('推理成本'))).toBe(true);
    expect(isHit(p4, parseQuery('深度学习'))).toBe(false);
    expect(isHit('机器学习和计算', parseQuery('深度学习'))).toBe(false);
    expect(isHit(p4, parseQuery('成本推理'))).toBe(false);
  });
  it('every English word must appear, at a word start, in any case', () => {
    expect(isHit(p4, parseQuery('inference cost'))).toBe(true);
    expect(isHit(p4, parseQuery('Inference COSTS'))).toBe(false);
    expect(isHit(p4, parseQuery('cost inference'))).toBe(true);
    expect(isHit(p4, parseQuery('inference price'))).toBe(false);
    expect(isHit('accost', parseQuery('cost'))).toBe(false);
    expect(isHit('百万Tokens调用', parseQuery('token'))).toBe(true);
  });
});

describe('snippets and ranking', () => {
  it('quotes the words around the match', () => {
    expect(snippetOf('aaaa 推理成本 bbbb', parseQuery('推理成本'), 3)).toEqual({
      before: '…aa ',
      match: '推理成本',
      after: ' bb…',
    });
  });
  it('puts the glossary entry named by the query first, then the speech, notes, other entries', () => {
    const hits = [
      { id: 'note', kind: 'note', terms: [], content: 'Token' },
      { id: 'other', kind: 'glossary', terms: ['Tokenisation'], content: 'Tokenisation' },
      { id: 'p4', kind: 'speech', terms: [], content: '百万Tokens' },
      { id: 'p13', kind: 'speech', terms: [], content: 'Token — Token' },
      { id: 'token', kind: 'glossary', terms: ['Token', '词元'], content: 'Token 词元' },
    ];
    expect(rankHits(hits, parseQuery('token')).map((h) => h.id)).toEqual(['token', 'p13', 'p4', 'note', 'other']);
    expect(rankHits(hits, parseQuery('词元'))[0]!.id).toBe('token');
  });
  it('spaces out Chinese characters for the index, leaving Latin words whole', () => {
    expect(spaceOutChinese('百万Tokens调用花费')).toBe('百 万 Tokens 调 用 花 费');
    expect(spaceOutChinese('inference cost')).toBe('inference cost');
  });
});

describe('one normalisation for the index and the query (fold)', () => {
  it.each([
    ['Moore’s law', "moore's law"],
    ['Moore‘s', "moore's"],
    ['Moore`s', "moore's"],
    ['Moore´s', "moore's"],
    ['Mooreʼs', "moore's"],
    ['Moore＇s', "moore's"],
    ['“AI”', '"ai"'],
    ['„AI‟', '"ai"'],
    ['«AI»', '"ai"'],
    ['＂AI＂', '"ai"'],
    ['″AI″', '"ai"'],
    ['end–to–end', 'end-to-end'],
    ['end—to—end', 'end-to-end'],
    ['end‐to‑end', 'end-to-end'],
    ['end−to－end', 'end-to-end'],
    ['ＡＩ', 'ai'],
    ['９７％', '97%'],
    ['ＧＰＵ', 'gpu'],
    ['TOKEN', 'token'],
    ['ﬁne', 'fine'],
    ['推理成本', '推理成本'],
    ['，', ','],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
  it('keeps offsets where the folding changes a length (foldAligned)', () => {
    expect(foldAligned('Moore’s ＡＩ ﬁ')).toBe("moore's ai ﬁ");
    expect(foldAligned('Moore’s ＡＩ ﬁ').length).toBe('Moore’s ＡＩ ﬁ'.length);
  });
  it('typographic variants of a query find the text as printed', () => {
    expect(isHit('the limit of Moore’s law', parseQuery("Moore's law"))).toBe(true);
    expect(isHit("the limit of Moore's law", parseQuery('Moore’s law'))).toBe(true);
    expect(isHit('价格下降97%', parseQuery('９７％'))).toBe(true);
    expect(isHit('AI计算', parseQuery('ＡＩ'))).toBe(true);
    expect(snippetOf('the limit of Moore’s law', parseQuery("moore's"), 5).match).toBe('Moore’s');
  });
  it("keeps a record's lines apart in the snippet", () => {
    const s = snippetOf(
      'Moore’s law\n摩尔定律 Moore’s law\nThe comparison sets two measures',
      parseQuery('comparison'),
    );
    expect(s.before).toBe('Moore’s law · 摩尔定律 Moore’s law · The ');
  });
  it.each([
    ['take over the digital world', 'it is to take over the digital world and change', 'take over the digital world'],
    ["Moore's law", 'far outpacing Moore’s law.', 'Moore’s law'],
    ['digital world', 'the digital, and the world', 'digital'],
    ['digital world', 'digital — world', 'digital — world'],
    ['AI 计算', '转向AI计算为主', 'AI计算'],
    ['take over', 'a takeover; later, take it over', 'take'],
    ['world digital', 'the digital world', 'world'],
  ])('a phrase printed as the query words it is marked whole: %s in %s → %s', (query, text, match) => {
    expect(snippetOf(text, parseQuery(query)).match).toBe(match);
  });
});
