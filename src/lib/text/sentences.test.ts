import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { paragraphs } from './source';

describe('splitSentences', () => {
  it('splits after 。 and keeps the full stop with its sentence', () => {
    expect(splitSentences('一。二。')).toEqual(['一。', '二。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('splits after half- and full-width ! and ? and keeps runs of enders together', () => {
    expect(splitSentences('真的吗?!是的!好?')).toEqual(['真的吗?!', '是的!', '好?']);
    expect(splitSentences('好！对？')).toEqual(['好！', '对？']);
  });

  it('keeps enders that open a text together, losing nothing', () => {
    expect(splitSentences('！！好。')).toEqual(['！！', '好。']);
  });

  it('keeps a final piece without an ender', () => {
    expect(splitSentences('一。我主要分享三点内容:')).toEqual(['一。', '我主要分享三点内容:']);
  });

  it('gives every paragraph of the speech back exactly when its sentences are joined', () => {
    for (const p of paragraphs) expect(splitSentences(p.zh).join('')).toBe(p.zh);
  });

  it('finds the sentences of ¶4', () => {
    const s = splitSentences(paragraphs[3]!.zh);
    expect(s).toHaveLength(3);
    expect(s[2]).toBe('推理成本是应用爆发的关键问题,阿里云会努力把成本继续降下去。');
  });
});
