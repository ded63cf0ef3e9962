import { describe, expect, it } from 'vitest';
import { fold, foldAligned, isHit, occurrences, parseQuery, rankHits, snippetOf, spaceOutChinese } from './match';

describe('parsing a query', () => {
  it('keeps words, folds case and full-width forms, drops edge punctuation', () => {
    expect(parseQuery('  Take  over, THE digital world ').words).toEqual(['take', 'over', 'the', 'digital', 'world']);
    expect(parseQuery('ＡＧＩ').words).toEqual(['agi']);
    expect(parseQuery('推理成本').words).toEqual(['推理成本']);
    expect(parseQuery('«(Token)», “AGI”…').words).toEqual(['token', 'agi']);
  });
  it('matches a word that begins in Chinese anywhere, even right after a Latin letter or digit', () => {
    expect(isHit('2024年Qwen发布', parseQuery('年qwen'))).toBe(true);
    expect(isHit('GPT4算力', parseQuery('算力'))).toBe(true);
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
  it('marks nothing for a query with no words (only punctuation), whatever the text holds', () => {
    const text = 'Stryker was here! and more';
    expect(snippetOf(text, parseQuery('!!!'), 60)).toEqual({ before: '', match: '', after: text });
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

describe('the edges of matching, snippets and ranking', () => {
  it('collapses whitespace in the query and gives no words to a query it cannot search', () => {
    expect(parseQuery(' a \t\n b ').text).toBe('a b');
    expect(parseQuery('   ')).toEqual({ text: '', words: [], problem: 'empty' });
    expect(parseQuery('?!')).toEqual({ text: '?!', words: [], problem: 'punctuation' });
    expect(parseQuery('a'.repeat(201)).words).toEqual([]);
    expect(parseQuery('a'.repeat(200)).words).toEqual(['a'.repeat(200)]);
    expect(isHit('anything at all', parseQuery('   '))).toBe(false);
    expect(occurrences('anything', parseQuery('   '))).toBe(0);
  });

  it('reads the characters of a regular expression in a query as themselves', () => {
    expect(isHit('a.b and c++', parseQuery('a.b'))).toBe(true);
    expect(isHit('ab', parseQuery('a.b'))).toBe(false);
    expect(isHit('c++ code', parseQuery('c++'))).toBe(true);
    expect(isHit('(1)', parseQuery('(1)'))).toBe(true);
    expect(isHit('x1', parseQuery('(1)'))).toBe(false);
  });

  it('keeps offsets where lower case would change a length too (foldAligned)', () => {
    expect(foldAligned('İ')).toBe('İ');
    expect(foldAligned('Ǆ')).toBe('ǆ');
    expect(foldAligned('ＡＢ')).toBe('ab');
  });

  it('quotes an English query from the English line, not from Latin words inside the Chinese', () => {
    const s = snippetOf('转向AI计算为主\nthe shift to AI computing', parseQuery('ai'), 8);
    expect(s).toEqual({ before: '…hift to ', match: 'AI', after: ' computi…' });
    expect(snippetOf('转向AI计算为主', parseQuery('ai'), 2).match).toBe('AI');
    expect(snippetOf('转向AI计算\n转向AI计算', parseQuery('ai'), 2).before).toBe('转向');
  });

  it('quotes the start of a text that does not hold the query, and ends without … at the text’s end', () => {
    expect(snippetOf('no match here', parseQuery('zzz'), 3)).toEqual({ before: '', match: '', after: 'no mat…' });
    expect(snippetOf('short', parseQuery('zzz'), 3)).toEqual({ before: '', match: '', after: 'short' });
    expect(snippetOf('x target', parseQuery('target'), 3)).toEqual({ before: 'x ', match: 'target', after: '' });
    expect(snippetOf('xyzw target', parseQuery('target'), 3)).toEqual({ before: '…zw ', match: 'target', after: '' });
    expect(snippetOf('target x', parseQuery('target'), 2)).toEqual({ before: '', match: 'target', after: ' x' });
    expect(snippetOf('aa  bb\t target', parseQuery('target'), 20).before).toBe('aa bb ');
  });

  it('ranks a glossary entry first only when one of its names is the query or the words the hit holds', () => {
    const hits = [
      { id: 'note', kind: 'note', terms: ['token'], content: 'token token' },
      { id: 'cost', kind: 'glossary', terms: ['Inference cost'], content: 'inference cost token' },
    ];
    expect(rankHits(hits, parseQuery('inference cost')).map((h) => h.id)).toEqual(['cost', 'note']);
    // A note is never first for naming the query; an entry that does not name it comes after the notes.
    expect(rankHits(hits, parseQuery('token')).map((h) => h.id)).toEqual(['note', 'cost']);
    // Found by another of its names (pinyin for 词元): the entry whose name is the words it holds comes first.
    const byName = [
      { id: 'p4', kind: 'speech', terms: [], content: '词元 词元' },
      { id: 'ciyuan', kind: 'glossary', terms: ['词元'], content: '词元', match: parseQuery('词元') },
      { id: 'other', kind: 'glossary', terms: ['Token'], content: '词元', match: parseQuery('词元') },
    ];
    expect(rankHits(byName, parseQuery('ciyuan')).map((h) => h.id)).toEqual(['ciyuan', 'p4', 'other']);
  });
  it('puts the reader’s language first within a kind; paragraphs hold both', () => {
    const hits = [
      { id: 'note-en', kind: 'note', lang: 'en', terms: [], content: 'Token Token Token' },
      { id: 'note-zh', kind: 'note', lang: 'zh', terms: [], content: 'Token' },
      { id: 'p4', kind: 'speech', lang: 'both', terms: [], content: 'Token', url: '/speech/1/#p4' },
    ];
    expect(rankHits(hits, parseQuery('token'), 'zh').map((h) => h.id)).toEqual(['p4', 'note-zh', 'note-en']);
    expect(rankHits(hits, parseQuery('token'), 'en').map((h) => h.id)).toEqual(['p4', 'note-en', 'note-zh']);
    expect(rankHits(hits, parseQuery('token')).map((h) => h.id)).toEqual(['p4', 'note-en', 'note-zh']);
  });

  it('orders paragraphs that hold the words equally often by their number, and other ties as Pagefind gave them', () => {
    const hits = [
      { id: 'p13', kind: 'speech', terms: [], content: 'cost', url: '/speech/2/#p13' },
      { id: 'p4.2', kind: 'speech', terms: [], content: 'cost', url: '/speech/1/#p4.2' },
      { id: 'p4', kind: 'speech', terms: [], content: 'cost', url: '/speech/1/#p4' },
      { id: 'p9', kind: 'speech', terms: [], content: 'cost', url: '/speech/2/#p9' },
      { id: 'n1', kind: 'note', terms: [], content: 'cost', url: '/speech/1/#n-b' },
      { id: 'n2', kind: 'note', terms: [], content: 'cost', url: '/speech/1/#n-a' },
      { id: 'n3', kind: 'note', terms: [], content: 'cost' },
    ];
    expect(rankHits(hits, parseQuery('cost')).map((h) => h.id)).toEqual(['p4', 'p9', 'p13', 'p4.2', 'n1', 'n2', 'n3']);
  });
});

describe('which occurrence a snippet quotes', () => {
  it('quotes an English word from a line without Chinese, wherever the Chinese stands on the other lines', () => {
    // The Chinese line has Chinese only before the word, or only after it.
    expect(snippetOf('转向AI\nthe AI shift', parseQuery('ai'), 4)).toEqual({
      before: '…the ',
      match: 'AI',
      after: ' shi…',
    });
    expect(snippetOf('AI计算\nthe AI shift', parseQuery('ai'), 4).before).toBe('…the ');
    // The first line without Chinese, not a later one: Chinese on a following line does not count.
    expect(snippetOf('the AI\n计算\nmore AI', parseQuery('ai'), 4)).toEqual({
      before: 'the ',
      match: 'AI',
      after: ' · 计算 · …',
    });
    // Chinese at the very end of the last line counts too: both lines hold Chinese, so the first is quoted.
    expect(snippetOf('转AI\nAI计', parseQuery('ai'), 1)).toEqual({ before: '转', match: 'AI', after: ' · …' });
  });

  it('quotes a word of another script (neither Latin nor Chinese) where it first occurs', () => {
    expect(snippetOf('日本語のトークン\nトークン in Japanese', parseQuery('トークン'), 2)).toEqual({
      before: '…語の',
      match: 'トークン',
      after: ' · ト…',
    });
  });

  it('quotes the first 2 × radius characters of a text it cannot mark, with … only when more follows', () => {
    const long = `${'x'.repeat(100)} and more words after the first hundred and twenty characters`;
    expect(snippetOf(long, parseQuery('!!!'))).toEqual({ before: '', match: '', after: `${long.slice(0, 120)}…` });
    expect(snippetOf('abcdef', parseQuery('zzz'), 3)).toEqual({ before: '', match: '', after: 'abcdef' });
  });
});

describe('the order of hits, further', () => {
  it('ranks for an English reader when no reader is given', () => {
    const hits = [
      { id: 'note-zh', kind: 'note', lang: 'zh', terms: [], content: 'Token Token' },
      { id: 'note-en', kind: 'note', lang: 'en', terms: [], content: 'Token' },
    ];
    expect(rankHits(hits, parseQuery('token')).map((h) => h.id)).toEqual(['note-en', 'note-zh']);
  });

  it('puts only a glossary entry first for naming the query, never a note that lists it among its terms', () => {
    const hits = [
      { id: 'note', kind: 'note', terms: ['token'], content: 'token token' },
      { id: 'p4', kind: 'speech', terms: [], content: 'token', url: '/speech/1/#p4' },
    ];
    expect(rankHits(hits, parseQuery('token')).map((h) => h.id)).toEqual(['p4', 'note']);
  });

  it('puts first an entry one of whose names is the several words the hit holds', () => {
    // 推理成本 found the English record by its English name, two words.
    const hits = [
      { id: 'p4', kind: 'speech', terms: [], content: 'inference cost', match: parseQuery('inference cost') },
      {
        id: 'entry',
        kind: 'glossary',
        terms: ['Inference cost'],
        content: 'Inference cost',
        match: parseQuery('inference cost'),
      },
    ];
    expect(rankHits(hits, parseQuery('推理费用')).map((h) => h.id)).toEqual(['entry', 'p4']);
  });
});
