import { describe, expect, it } from 'vitest';
import { buildVocabulary, canMatch, distance, namesOf, suggestions } from './vocabulary';

const vocabulary = buildVocabulary([
  {
    kind: 'speech',
    content:
      '同时,模型推理成本指数级下降,已经远远超过摩尔定律。\nAt the same time, model inference costs have fallen, far outpacing Moore’s law.',
    terms: [],
  },
  { kind: 'note', content: 'Infrastructure notes\n算力', terms: [] },
  { kind: 'glossary', content: 'Token · Tokens · 词元', terms: ['Token', 'token', 'Tokens', '词元'] },
  { kind: 'glossary', content: '魔搭 · ModelScope', terms: ['魔搭', 'ModelScope', '魔搭社区'] },
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
      ['Token', 'token', 'Tokens', '词元'],
      ['魔搭', 'ModelScope', '魔搭社区'],
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
