import { describe, expect, it } from 'vitest';
import { placeNote } from './place-notes';
import { noteSchema } from '../content/schemas';
import type { AlignedParagraph } from '../text/alignment';

const p: AlignedParagraph = {
  n: 4,
  en: 'One. Two.',
  sentences: [
    { id: 'p4.1', index: 1, zh: '推理成本下降。', en: 'Inference cost fell.' },
    { id: 'p4.2', index: 2, zh: '推理成本是关键。', en: 'Inference cost is key.' },
  ],
};
const note = (over: object) =>
  noteSchema.parse({
    title: 't',
    paragraph: 4,
    quote: '推理成本',
    kind: 'context',
    asOf: '2026-11-29',
    sources: [{ title: 's', publisher: 'p', date: '2024' }],
    ...over,
  });

describe('placing a note', () => {
  it('finds the words in the right sentence, and the nth occurrence', () => {
    expect(placeNote('f.md', 'cost', note({}), p)).toMatchObject({ sentence: 1, zh: { start: 0, end: 4 } });
    expect(placeNote('f.md', 'cost', note({ occurrence: 2, quoteEn: 'is key' }), p)).toMatchObject({
      sentence: 2,
      zh: { start: 0, end: 4 },
      en: { start: 15, end: 21 },
    });
  });
  it('fails naming the file when the words or the paragraph do not exist', () => {
    expect(() => placeNote('content/notes/x.md', 'x', note({ quote: '深度学习' }), p)).toThrow(
      'content/notes/x.md: the quoted words "深度学习" are not in ¶4.',
    );
    expect(() => placeNote('content/notes/x.md', 'x', note({}), undefined)).toThrow(
      'content/notes/x.md: paragraph ¶4 does not exist.',
    );
    expect(() => placeNote('content/notes/x.md', 'x', note({ quote: '下降。推理' }), p)).toThrow(
      /run across two sentences/,
    );
    expect(() => placeNote('content/notes/x.md', 'x', note({ quoteEn: 'nowhere' }), p)).toThrow(
      /quoteEn\) are not in the English of p4.1/,
    );
    expect(() => placeNote('content/notes/X Y.md', 'X Y', note({}), p)).toThrow(/permanent slug/);
  });
  it('names the occurrence it did not find, and places words that end a sentence or begin the next', () => {
    expect(() => placeNote('content/notes/x.md', 'x', note({ occurrence: 3 }), p)).toThrow(
      'content/notes/x.md: the quoted words "推理成本" (occurrence 3) are not in ¶4.',
    );
    expect(() => placeNote('content/notes/x.md', 'x', note({ quote: '下降', occurrence: 3 }), p)).toThrow(
      'content/notes/x.md: the quoted words "下降" (occurrence 3) are not in ¶4.',
    );
    // The last words of sentence 1, up to its full stop, and the first of sentence 2.
    expect(placeNote('f.md', 'end', note({ quote: '下降。' }), p)).toMatchObject({
      sentence: 1,
      zh: { start: 4, end: 7 },
    });
    expect(placeNote('f.md', 'next', note({ quote: '推理成本是' }), p)).toMatchObject({
      sentence: 2,
      zh: { start: 0, end: 5 },
    });
    expect(() => placeNote('content/notes/x.md', 'x', note({ quote: '。推' }), p)).toThrow(
      'content/notes/x.md: the quoted words "。推" run across two sentences of ¶4; quote words inside one sentence.',
    );
  });
  it('requires a verdict on fact checks only, a date on later notes, sources on factual notes', () => {
    expect(() => note({ kind: 'fact-check' })).toThrow(/needs a verdict/);
    expect(() => note({ kind: 'later' })).toThrow(/needs laterDate/);
    expect(() => note({ sources: [] })).toThrow(/list at least one source/);
    expect(note({ kind: 'translation', sources: [] }).sources).toEqual([]);
  });
});
