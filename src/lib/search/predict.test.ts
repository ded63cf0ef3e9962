import { describe, expect, it } from 'vitest';
import { langRank, rankCandidates, runs, type Candidate } from './predict';

/** A candidate as the index predicts it: a paragraph hit, once, in no reading order, unless `o` says otherwise. */
const c = (id: string, o: Partial<Candidate>): Candidate => ({
  id,
  kind: 'speech',
  order: Infinity,
  count: 1,
  exact: false,
  hit: true,
  index: 0,
  ...o,
});

describe('runs of consecutive positions', () => {
  it('counts where every token follows the one before', () => {
    // 推理成本 at 3 and at 20; 成本推理 at 40 has every character, but not in order.
    const positions = [
      [3, 20, 42],
      [4, 21, 43],
      [5, 22, 40],
      [6, 23, 41],
    ];
    expect(runs(positions)).toBe(2);
    expect(runs([[1, 5], [9]])).toBe(0);
    expect(runs([[7, 7, 9]])).toBe(2);
    expect(runs([[], [1]])).toBe(0);
    expect(runs([])).toBe(0);
  });
});

describe('ranking before the data', () => {
  it('orders as rankHits will: the entry named, paragraphs, notes, entries; by count; paragraphs by reading order', () => {
    const { hits, partials } = rankCandidates([
      c('note', { kind: 'note', count: 5, index: 0 }),
      c('p9', { order: 9, count: 1, index: 1 }),
      c('other-entry', { kind: 'glossary', count: 9, index: 2 }),
      c('p4', { order: 4, count: 1, index: 3 }),
      c('p13', { order: 13, count: 3, index: 4 }),
      c('partial', { hit: false, index: 5 }),
      c('entry', { kind: 'glossary', exact: true, index: 6 }),
      c('partial-first', { hit: false, index: 1.5 }),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['entry', 'p13', 'p4', 'p9', 'note', 'other-entry']);
    expect(partials.map((h) => h.id)).toEqual(['partial-first', 'partial']);
  });
  it('puts the reader’s language first within a kind, and lists a note or entry found in both languages once', () => {
    const found = [
      c('note-en', { kind: 'note', lang: 'en', twin: 'note-zh', count: 5, index: 0 }),
      c('note-zh', { kind: 'note', lang: 'zh', twin: 'note-en', count: 1, index: 1 }),
      c('other-en', { kind: 'note', lang: 'en', twin: 'other-zh', count: 9, index: 2 }),
      c('other-zh', { kind: 'note', lang: 'zh', twin: 'other-en', hit: false, index: 3 }),
      c('lone-zh', { kind: 'note', lang: 'zh', twin: 'lone-en', count: 1, index: 4 }),
      c('entry-en', { kind: 'glossary', exact: true, lang: 'en', twin: 'entry-zh', index: 5 }),
      c('entry-zh', { kind: 'glossary', exact: true, lang: 'zh', twin: 'entry-en', index: 6 }),
      c('p4', { order: 4, lang: 'both', index: 7 }),
    ];
    const zh = rankCandidates(found, 'zh');
    expect(zh.hits.map((h) => h.id)).toEqual(['entry-zh', 'p4', 'note-zh', 'lone-zh', 'other-en']);
    // other-zh is a partial match, but its twin is a hit: it is not listed apart.
    expect(zh.partials.map((h) => h.id)).toEqual([]);
    const en = rankCandidates(found, 'en');
    expect(en.hits.map((h) => h.id)).toEqual(['entry-en', 'p4', 'other-en', 'note-en', 'lone-zh']);
  });
  it('keeps Pagefind’s order between hits that tie on everything else', () => {
    const { hits } = rankCandidates([
      c('third', { kind: 'note', index: 3 }),
      c('second', { kind: 'note', index: 2 }),
      c('first', { kind: 'note', index: 1 }),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['first', 'second', 'third']);
  });
});

describe('the reader’s language, before the data', () => {
  const note = (id: string, o: Partial<Candidate>): Candidate => c(id, { kind: 'note', ...o });
  it('counts a record in both languages, or of no known language, as the reader’s', () => {
    expect([langRank('en', 'en'), langRank('zh', 'en'), langRank('zh', 'zh'), langRank('en', 'zh')]).toEqual([
      0, 1, 0, 1,
    ]);
    expect([langRank('both', 'en'), langRank('both', 'zh'), langRank(undefined, 'zh')]).toEqual([0, 0, 0]);
    const { hits } = rankCandidates(
      [note('other', { lang: 'zh', count: 5, index: 0 }), note('unknown', { index: 1 })],
      'en',
    );
    expect(hits.map((h) => h.id)).toEqual(['unknown', 'other']);
  });
  it('ranks for an English reader when no reader is given', () => {
    const { hits } = rankCandidates([
      note('zh', { lang: 'zh', count: 5, index: 0 }),
      note('en', { lang: 'en', count: 1, index: 1 }),
    ]);
    expect(hits.map((h) => h.id)).toEqual(['en', 'zh']);
  });
  it('lists both records of a note as partial matches when neither is a hit', () => {
    const { hits, partials } = rankCandidates([
      note('note-en', { lang: 'en', twin: 'note-zh', hit: false, index: 0 }),
      note('note-zh', { lang: 'zh', twin: 'note-en', hit: false, index: 1 }),
    ]);
    expect(hits).toEqual([]);
    expect(partials.map((h) => h.id)).toEqual(['note-en', 'note-zh']);
  });
});
