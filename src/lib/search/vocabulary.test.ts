import { describe, expect, it } from 'vitest';
import { buildVocabulary, canMatch, distance, entryNamed, entrySpelled, namesOf, suggestions } from './vocabulary';

const vocabulary = buildVocabulary([
  {
    kind: 'speech',
    content:
      '同时,模型推理成本指数级下降,已经远远超过摩尔定律。\nAt the same time, model inference costs have fallen, far outpacing Moore’s law.',
    terms: [],
  },
  { kind: 'note', content: 'Infrastructure notes\n算力', terms: [] },
  { kind: 'glossary', content: 'Token · Tokens · 词元', terms: ['Token', 'token', 'Tokens', '词元'], entry: 'token' },
  {
    kind: 'glossary',
    content: '魔搭 · ModelScope',
    terms: ['魔搭', 'ModelScope', '魔搭社区'],
    entry: 'modelscope',
    pinyin: 'Mó dā',
  },
  // The entry's record in the other language: the same entry, one group.
  { kind: 'glossary', content: '魔搭 · 魔搭社区', terms: ['魔搭', 'ModelScope', '魔搭社区'], entry: 'modelscope' },
]);

describe('the vocabulary', () => {
  it('holds every word and character, the names of entries, the speech’s English words', () => {
    expect(vocabulary.words).toContain("moore's");
    expect(vocabulary.words).toContain('infrastructure');
    expect(vocabulary.words).toContain('costs');
    expect(vocabulary.words).not.toContain('cost');
    expect(vocabulary.han).toContain('算');
    expect(vocabulary.suggest).toContain('inference');
    expect(vocabulary.suggest).toContain('ModelScope');
    expect(vocabulary.suggest).not.toContain('infrastructure');
    expect(vocabulary.groups).toEqual([
      { entry: 'token', names: ['Token', 'token', 'Tokens', '词元'], pinyin: '' },
      { entry: 'modelscope', names: ['魔搭', 'ModelScope', '魔搭社区'], pinyin: 'mo da' },
    ]);
  });
  it('tells which queries some text could hold (words start a word; characters occur)', () => {
    expect(canMatch(['inference'], vocabulary)).toBe(true);
    expect(canMatch(['cost'], vocabulary)).toBe(true);
    expect(canMatch(['infer'], vocabulary)).toBe(true);
    expect(canMatch(['inferance'], vocabulary)).toBe(false);
    expect(canMatch(['推理成本'], vocabulary)).toBe(true);
    expect(canMatch(['深度'], vocabulary)).toBe(false);
    expect(canMatch(['inference', 'qzx'], vocabulary)).toBe(false);
  });
  it('gives an entry’s other names for a term or an alias', () => {
    expect(namesOf('词元', vocabulary)).toEqual(['词元', 'Token', 'token', 'Tokens']);
    expect(namesOf('modelscope', vocabulary)).toEqual(['modelscope', '魔搭', '魔搭社区']);
    expect(namesOf('inference', vocabulary)).toEqual(['inference']);
  });
  it('tells which entry a query names, by a name or by its pinyin', () => {
    expect(entryNamed('TOKENS', vocabulary)?.entry).toBe('token');
    expect(entryNamed('inference', vocabulary)).toBeUndefined();
    expect(entrySpelled(['mo', 'da'], vocabulary)?.entry).toBe('modelscope');
    expect(entrySpelled(['mo'], vocabulary)).toBeUndefined();
  });
});

describe('did you mean', () => {
  it.each([
    ['abc', 'abd', 1],
    ['inferance', 'inference', 1],
    ['toekn', 'token', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('distance(%s, %s) = %i', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
  });
  it.each([
    ['inferance', 'inference'],
    ['Toekn', 'Token'],
    ['modelscop', 'ModelScope'],
    ['inferance costs', 'inference costs'],
  ])('%s → %s first', (query, first) => {
    expect(suggestions(query, vocabulary)[0]).toBe(first);
  });
  it('offers nothing for a word far from every word, or one already known', () => {
    expect(suggestions('qzxvkwpl', vocabulary)).toEqual([]);
    expect(suggestions('inference', vocabulary)).toEqual([]);
  });
});
