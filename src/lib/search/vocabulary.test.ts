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
  it('lists every word once, sorted, none that begins another, and offers the speech’s English words of four letters or more', () => {
    const v = buildVocabulary([
      {
        kind: 'speech',
        content: "通义Qwen的算力成本\nCosts, cost; well-- users' models and model-based GPT4, AI in 2024",
        terms: [],
      },
      { kind: 'note', content: 'Zeta notes', terms: [] },
      { kind: 'note', content: '推理', terms: [] },
      { kind: 'glossary', content: 'Token', terms: [' Token ', '', 'Token', 'Tokens'], entry: 'token' },
    ]);
    expect(v).toEqual({
      // "cost" begins "costs"; a word's trailing hyphens and apostrophes are not part of it.
      words: [
        '2024',
        'ai',
        'and',
        'costs',
        'gpt4',
        'in',
        'model-based',
        'models',
        'notes',
        'qwen',
        'token',
        'users',
        'well',
        'zeta',
      ],
      han: '通义的算力成本推理',
      // Not the notes' words, nor the Latin of the speech's Chinese line, nor short words or words with digits.
      suggest: ['Token', 'Tokens', 'cost', 'costs', 'model-based', 'models', 'users', 'well'],
      groups: [{ entry: 'token', names: ['Token', 'Tokens'], pinyin: '' }],
    });
  });
  it('spells an entry by the syllables of its pinyin, the Latin words of its term left out', () => {
    const v = buildVocabulary([
      {
        kind: 'glossary',
        content: 'AI计算',
        terms: ['AI计算', 'AI computing'],
        entry: 'ai-computing',
        pinyin: 'AI jìsuàn',
      },
    ]);
    expect(v.groups).toEqual([{ entry: 'ai-computing', names: ['AI计算', 'AI computing'], pinyin: 'ji suan' }]);
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

describe('the edit distance behind "Did you mean"', () => {
  it.each([
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['ca', 'ac', 1],
    // A swap needs both letters to match crosswise: otherwise two substitutions.
    ['ax', 'xb', 2],
    ['xa', 'bx', 2],
    ['abc', 'bca', 2],
    ['a', 'b', 1],
    ['abc', '', 3],
    ['same', 'same', 0],
  ])('distance(%s, %s) = %i, either way round', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });
});

describe('how far "Did you mean" reaches', () => {
  const words = buildVocabulary([
    { kind: 'speech', content: '\nsome words: abcd abcdefgh abcdefghijkl', terms: [] },
    { kind: 'glossary', entry: 'token', content: '', terms: ['Token', 'xy'] },
  ]);

  it('offers nothing for one or two letters, and allows one edit up to 4 letters, two up to 8, then three', () => {
    expect(suggestions('xz', words)).toEqual([]);
    expect(suggestions('abce', words)).toEqual(['abcd']);
    expect(suggestions('abee', words)).toEqual([]);
    expect(suggestions('abc', words)).toEqual(['abcd']);
    expect(suggestions('tokxn', words)).toEqual(['Token']);
    expect(suggestions('txkxn', words)).toEqual(['Token']);
    expect(suggestions('txxxn', words)).toEqual([]);
    expect(suggestions('abcdefxx', words)).toEqual(['abcdefgh']);
    expect(suggestions('abcdexxx', words)).toEqual([]);
    expect(suggestions('abcdefghixxx', words)).toEqual(['abcdefghijkl']);
    expect(suggestions('abcdefghxxxx', words)).toEqual([]);
    // A length far from every word's is no suggestion, however short the distance elsewhere.
    expect(suggestions('abcdefghijklmnopq', words)).toEqual([]);
  });

  it('orders by distance, then length, then alphabet, writes a name as the glossary does, and stops at the limit', () => {
    const v = buildVocabulary([
      { kind: 'glossary', entry: 'cart', content: '', terms: ['Cart', 'Card', 'Care', 'Carts'] },
      { kind: 'speech', content: '\ncarry', terms: [] },
    ]);
    expect(suggestions('cartz', v, 10)).toEqual(['Cart', 'Carts', 'Card', 'Care', 'carry']);
    expect(suggestions('cartz', v)).toEqual(['Cart', 'Carts', 'Card']);
    expect(suggestions('CARTZ', v, 1)).toEqual(['Cart']);
    expect(suggestions('   ', v)).toEqual([]);
    // The glossary's spelling wins over the speech's for the same word, whichever comes first.
    const both = buildVocabulary([
      { kind: 'speech', content: '\nmodelscope', terms: [] },
      { kind: 'glossary', entry: 'modelscope', content: '', terms: ['ModelScope'] },
    ]);
    expect(suggestions('modelscop', both)).toEqual(['ModelScope']);
    const glossaryFirst = buildVocabulary([
      { kind: 'glossary', entry: 'modelscope', content: '', terms: ['ModelScope'] },
      { kind: 'speech', content: '\nmodelscope', terms: [] },
    ]);
    expect(suggestions('modelscop', glossaryFirst)).toEqual(['ModelScope']);
  });

  it('mends each unknown word of a phrase by its nearest word, and keeps the known ones', () => {
    const v = buildVocabulary([{ kind: 'speech', content: '\ninference costs fallen digital world', terms: [] }]);
    expect(suggestions('inferance costs', v)).toEqual(['inference costs']);
    expect(suggestions('inferance cots', v)).toEqual(['inference costs']);
    expect(suggestions('digitl wrld', v)).toEqual(['digital world']);
    // Nothing to mend: no suggestion; a word too far from any stays as typed.
    expect(suggestions('inference costs', v)).toEqual([]);
    expect(suggestions('inferance qzxvkwpl', v)).toEqual(['inference qzxvkwpl']);
    expect(suggestions('qzxvkwpl qqqqqqqq', v)).toEqual([]);
  });
});

describe('"Did you mean" for queries as readers type them', () => {
  it('reads a query with spaces around it or between its words as the words themselves', () => {
    expect(suggestions(' toekn ', vocabulary)).toEqual(suggestions('toekn', vocabulary));
    expect(suggestions(' toekn ', vocabulary)[0]).toBe('Token');
    const v = buildVocabulary([{ kind: 'speech', content: '\ninference costs', terms: [] }]);
    expect(suggestions('inferance  costs', v)).toEqual(['inference costs']);
  });

  it('mends only the words no text begins with: a known beginning stays as typed', () => {
    const v = buildVocabulary([{ kind: 'speech', content: '\ninference costs', terms: [] }]);
    expect(suggestions('inferance cost', v)).toEqual(['inference cost']);
  });

  it('mends a word by the first of two words as near, and lists the shorter of two suggestions as near first', () => {
    const v = buildVocabulary([{ kind: 'speech', content: '\ncard care coast cost thing', terms: [] }]);
    expect(suggestions('carx thing', v)).toEqual(['card thing']);
    expect(suggestions('coost', v)).toEqual(['cost', 'coast']);
  });

  it('mends a word of a phrase by the nearer of two words, whichever sorts first', () => {
    // "costz" is two edits from "coats", which sorts first, and one from "costs".
    const v = buildVocabulary([{ kind: 'speech', content: '\ninference coats costs', terms: [] }]);
    expect(suggestions('inference costz', v)).toEqual(['inference costs']);
  });

  it('writes a word as the glossary does even where the speech’s spelling sorts first', () => {
    const v = buildVocabulary([
      { kind: 'speech', content: "\nyou don't", terms: [] },
      { kind: 'glossary', entry: 'dont', content: '', terms: ['don’t'] },
    ]);
    expect(suggestions('dont', v)).toEqual(['don’t']);
  });

  it('ranks a phrase by its distance as a whole when that is less than its words’ distances added up', () => {
    const v = buildVocabulary([
      { kind: 'speech', content: '\nabcd efghij', terms: [] },
      { kind: 'glossary', entry: 'x', content: '', terms: ['abcd efghij', 'abcde fgh'] },
    ]);
    // Moving the space is one edit; mending each word ("abcde" → "abcd", "fghij" → "efghij") two.
    expect(distance('abcde fghij', 'abcd efghij')).toBe(1);
    expect(suggestions('abcde fghij', v)).toEqual(['abcd efghij', 'abcde fgh']);
  });
});
