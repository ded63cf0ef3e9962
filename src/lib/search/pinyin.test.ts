import { describe, expect, it } from 'vitest';
import { findPinyin, hasTones, pinyinQuery, syllables, tonedSyllables, toneless } from './pinyin';

describe('reading a query as pinyin', () => {
  it.each([
    ['suanli', ['suan', 'li']],
    ['suan li', ['suan', 'li']],
    ['suàn lì', ['suan', 'li']],
    ['suànlì', ['suan', 'li']],
    ['suan4 li4', ['suan', 'li']],
    ['suan4li4', ['suan', 'li']],
    ['SUANLI', ['suan', 'li']],
    ['tuili chengben', ['tui', 'li', 'cheng', 'ben']],
    ['tuīlǐ chéngběn', ['tui', 'li', 'cheng', 'ben']],
    ['jieguan shuzi shijie', ['jie', 'guan', 'shu', 'zi', 'shi', 'jie']],
    ['Mó’ěr dìnglǜ', ['mo', 'er', 'ding', 'lv']],
    ["mo'er dinglv", ['mo', 'er', 'ding', 'lv']],
    ['xiàn', ['xian']],
    ['xi’an', ['xi', 'an']],
    ['lì', ['li']],
  ])('%s → %j', (query, expected) => {
    expect(pinyinQuery(query)).toEqual(expected);
  });
  it.each(['Token', 'GPU', 'inference cost', 'ai', 'long', '推理', 'AI计算', 'qzxvkwpl', ''])(
    '%s is not pinyin',
    (query) => {
      expect(pinyinQuery(query)).toBeUndefined();
    },
  );
  it('knows the syllables of every initial, with and without a final', () => {
    for (const s of ['a', 'cen', 'chuo', 'cuo', 'duan', 'guo', 'jiu', 'kuo', 'lou', 'mu', 'niu', 'pu', 'qiong', 'ruo'])
      expect(syllables(s)).toEqual([s]);
    for (const s of ['shou', 'tuo', 'xiu', 'yong', 'zhai', 'zhuang', 'zuo']) expect(syllables(s)).toEqual([s]);
  });
  it('drops tones of either kind and splits runs longest first', () => {
    expect(toneless('Lǜ lv4 nü3')).toBe('lv lv nv');
    expect(syllables('tuilichengben')).toEqual(['tui', 'li', 'cheng', 'ben']);
    expect(syllables('xyz')).toBeUndefined();
    expect(syllables('xian')).toEqual(['xian']);
    expect(hasTones('suàn')).toBe(true);
    expect(hasTones('suan4')).toBe(true);
    expect(hasTones('suan')).toBe(false);
    expect(hasTones('GPT4')).toBe(true);
  });
});

describe('finding the Chinese a pinyin query spells', () => {
  const text = '算力成本,AI算力。\nComputing power';
  const readings = 'suàn lì chéng běn suàn lì';
  it('returns each distinct phrase with its pinyin', () => {
    expect(findPinyin(text, readings, ['suan', 'li'])).toEqual([{ zh: '算力', pinyin: 'suàn lì' }]);
    expect(findPinyin(text, readings, ['li', 'cheng'])).toEqual([{ zh: '力成', pinyin: 'lì chéng' }]);
  });
  it('does not join characters across other text', () => {
    expect(findPinyin(text, readings, ['ben', 'suan'])).toEqual([]);
    expect(findPinyin(text, readings, ['tui', 'li'])).toEqual([]);
  });
  it('gives nothing when the readings do not fit the text', () => {
    expect(findPinyin(text, 'suàn lì', ['suan', 'li'])).toEqual([]);
  });
});

describe('a glossary entry’s own pinyin', () => {
  it('splits into toned syllables, the Latin words of the term left out', () => {
    expect(tonedSyllables('AI jìsuàn', 'AI计算')).toEqual(['jì', 'suàn']);
    expect(tonedSyllables('Mó’ěr dìnglǜ', '摩尔定律')).toEqual(['mó', 'ěr', 'dìng', 'lǜ']);
    expect(tonedSyllables('not pinyin', '词')).toEqual([]);
  });
  it('splits nothing it could not cut back out of the written pinyin, and nothing from no pinyin', () => {
    // ê̄ has no single code point: the mark stays apart, so the toneless run is shorter than the written one.
    expect(tonedSyllables('ê̄', '欸')).toEqual([]);
    expect(tonedSyllables('', '词')).toEqual([]);
    expect(tonedSyllables('zhuàngyuán', '状元')).toEqual(['zhuàng', 'yuán']);
  });
});

describe('the edges of pinyin', () => {
  it('backtracks to a shorter syllable when the longest leaves letters that are no syllable', () => {
    expect(syllables('xianu')).toEqual(['xia', 'nu']);
    expect(syllables('')).toEqual([]);
  });

  it('takes a tone number only when no digit follows it', () => {
    expect(hasTones('suan4 li')).toBe(true);
    expect(hasTones('abc12')).toBe(false);
    expect(hasTones('nü')).toBe(false);
    expect(hasTones('nǚ')).toBe(true);
  });

  it('finds a phrase at the end of the text, none for an empty query, and keeps the first reading of a phrase', () => {
    expect(findPinyin('成本算力', 'chéng běn suàn lì', ['suan', 'li'])).toEqual([{ zh: '算力', pinyin: 'suàn lì' }]);
    expect(findPinyin('成本算力', 'chéng běn suàn lì', [])).toEqual([]);
    expect(findPinyin('好好', 'hǎo hào', ['hao'])).toEqual([{ zh: '好', pinyin: 'hǎo' }]);
  });
});
