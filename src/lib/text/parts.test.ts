import { describe, expect, it, vi } from 'vitest';
import { checkPartCoverage, PART_SLUGS } from './parts';
import { partSchema } from '../content/schemas';

const part = (id: string, order: number, firstParagraph: number, lastParagraph: number) => ({
  id,
  filePath: `content/parts/${id}.mdx`,
  data: { order, firstParagraph, lastParagraph },
});
const good = [
  part('opening', 1, 1, 1),
  part('1', 2, 2, 6),
  part('2', 3, 7, 17),
  part('3', 4, 18, 23),
  part('closing', 5, 24, 26),
];

describe('checkPartCoverage', () => {
  it('accepts the five parts covering ¶1–¶26', () => {
    expect(() => checkPartCoverage(good)).not.toThrow();
  });
  it('names the file whose range leaves a gap', () => {
    const gap = good.map((p) => (p.id === '2' ? part('2', 3, 8, 17) : p));
    expect(() => checkPartCoverage(gap)).toThrow(
      'content/parts/2.mdx: firstParagraph is 8, but the previous part ends at ¶6, so this part must start at ¶7.',
    );
  });
  it('names the file by its slug when the entry does not give its path', () => {
    const gap = good.map((p) =>
      p.id === '2' ? { id: '2', data: { order: 3, firstParagraph: 8, lastParagraph: 17 } } : p,
    );
    expect(() => checkPartCoverage(gap)).toThrow('content/parts/2.mdx: firstParagraph is 8');
    const moved = good.map((p) => (p.id === '2' ? { ...part('2', 3, 8, 17), filePath: 'content/parts/two.mdx' } : p));
    expect(() => checkPartCoverage(moved)).toThrow('content/parts/two.mdx: firstParagraph is 8');
  });
  it('refuses parts that stop short of ¶26', () => {
    const short = good.map((p) => (p.id === 'closing' ? part('closing', 5, 24, 25) : p));
    expect(() => checkPartCoverage(short)).toThrow(
      'content/parts: the parts end at ¶25, but the speech has 26 paragraphs.',
    );
  });
  it('refuses a renamed part, whose URL is promised to readers', () => {
    const renamed = good.map((p) => (p.id === 'opening' ? part('intro', 1, 1, 1) : p));
    expect(() => checkPartCoverage(renamed)).toThrow(
      'content/parts: expected the parts opening, 1, 2, 3, closing in that order, found intro, 1, 2, 3, closing.',
    );
  });
});

describe('partSchema', () => {
  const valid = {
    title: 'Opening remarks',
    shortTitle: 'Opening',
    order: 1,
    firstParagraph: 1,
    lastParagraph: 1,
    summary: 'Welcome, the Paris Olympics, and the three points the speech will make about AI.',
  };
  it('accepts a well-formed part', () => {
    expect(partSchema.safeParse(valid).success).toBe(true);
  });
  it('names the field of a paragraph number out of range', () => {
    const result = partSchema.safeParse({ ...valid, lastParagraph: 27 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['lastParagraph']);
  });
  it('refuses a range that runs backwards', () => {
    const result = partSchema.safeParse({ ...valid, firstParagraph: 5, lastParagraph: 3 });
    expect(result.error?.issues[0]?.message).toMatch(/firstParagraph must not come after lastParagraph/);
  });
  it('refuses an unknown field, which is likely a typo', () => {
    expect(partSchema.safeParse({ ...valid, sumary: 'x' }).success).toBe(false);
  });
});

describe('getParts', () => {
  it('fails the build on the parts Astro reads, naming the file, when they leave a gap', async () => {
    vi.resetModules();
    const gap = good.map((p) => (p.id === '2' ? part('2', 3, 8, 17) : p));
    vi.doMock('astro:content', () => ({ getCollection: async () => gap }));
    try {
      const { getParts } = await import('./parts');
      await expect(getParts()).rejects.toThrow('content/parts/2.mdx: firstParagraph is 8');
    } finally {
      vi.doUnmock('astro:content');
      vi.resetModules();
    }
  });
});

describe('getPartText', () => {
  it('gives a part’s titles and summary in English and in Chinese, and names the missing Chinese file', async () => {
    vi.resetModules();
    vi.doMock('astro:content', () => import('../edition-data-test-support').then((m) => m.astroContent));
    try {
      const { getParts, getPartText, getPartsZh } = await import('./parts');
      const { astroContent } = await import('../edition-data-test-support');
      const zhFiles = await astroContent.getCollection('partsZh');
      const text = await getPartText();
      const parts = await getParts();
      expect(parts.map((p) => p.id)).toEqual([...PART_SLUGS]);
      for (const p of parts) {
        expect(text(p, 'en'), p.id).toEqual({ value: p.data, lang: 'en' });
        const zh = text(p, 'zh');
        expect(zh, p.id).toEqual({ value: zhFiles.find((z) => z.id === p.id)!.data, lang: 'zh' });
        expect(zh.value.title, p.id).toMatch(/\p{Script=Han}/u);
      }
      expect(text(parts[2]!, 'zh').value.shortTitle).toBe('论点二');
      expect([...(await getPartsZh()).keys()].sort()).toEqual([...PART_SLUGS].sort());
      expect(await getPartsZh()).toBe(await getPartsZh());
      const unwritten = { ...parts[0]!, id: 'epilogue' };
      expect(() => text(unwritten, 'zh')).toThrow('content/parts/epilogue.zh.mdx: the Chinese is missing.');
      expect(text(unwritten, 'en').value.title).toBe(parts[0]!.data.title);
    } finally {
      vi.doUnmock('astro:content');
      vi.resetModules();
    }
  });
});
