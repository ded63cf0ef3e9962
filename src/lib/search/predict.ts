/**
 * What the search page knows of a result before it downloads the result's data: from the positions of
 * the words in the index (Pagefind returns them with each result, at no cost), whether the text holds
 * the whole phrase and how often; from two searches without words at start-up, its kind and reading
 * order; from the glossary tokens, whether it names the entry queried. With these the page ranks the
 * results as rankHits() (./match.ts) will, and fetches the data only of those it shows: the hits that
 * fill the first screen, the rest when the reader asks. Every result shown is still checked against
 * its text (isHit), so a wrong guess costs a download, never precision. Pure functions, unit-tested.
 */

/**
 * How many times the tokens stand one after another in a text: `positions[i]` holds the positions of
 * token i (a phrase of single Chinese characters, or syllables of pinyin). 0 when any is missing.
 */
export function runs(positions: readonly (readonly number[])[]): number {
  const [first, ...rest] = positions;
  const later = rest.map((p) => new Set(p));
  let n = 0;
  for (const start of new Set(first)) if (later.every((at, i) => at.has(start + i + 1))) n++;
  return n;
}

export interface Candidate {
  /** Pagefind's id of the result. */
  readonly id: string;
  readonly kind: string;
  /** Reading order: a paragraph's place in the speech; Infinity for notes and entries. */
  readonly order: number;
  /** How often the text holds the query (the first word, or the whole Chinese phrase). */
  readonly count: number;
  /** The glossary entry the query names. */
  readonly exact: boolean;
  /** Whether the text holds the query (or another name of its entry): a hit, not a partial match. */
  readonly hit: boolean;
  /** Pagefind's order. */
  readonly index: number;
  /** The record's language: a note's or entry's apparatus language; 'both' for a paragraph. */
  readonly lang?: string;
  /** The id of the same note or entry in the other language, where it has one. */
  readonly twin?: string;
}

/** 0 for a record in the reader's language (or in both), 1 for one in the other language. */
export const langRank = (lang: string | undefined, reader: string): number =>
  lang === undefined || lang === 'both' || lang === reader ? 0 : 1;

const KIND_ORDER: Record<string, number> = { speech: 1, note: 2, glossary: 3 };

/**
 * The hits in the order rankHits() gives them (the entry named first; then paragraphs, notes, other
 * entries; within each, the reader's language first, then by how often they hold the query; paragraphs
 * then in reading order), and the partial matches in Pagefind's order. A note or entry is listed once:
 * where both its records are hits, the one in the reader's language stands for both (the page links
 * it to the other), and a record whose twin is a hit is no partial match.
 */
export function rankCandidates<C extends Candidate>(
  candidates: readonly C[],
  reader = 'en',
): { hits: C[]; partials: C[] } {
  const key = (c: C) => (c.exact ? 0 : (KIND_ORDER[c.kind] ?? 4));
  const ranked = candidates
    .filter((c) => c.hit)
    .sort(
      (a, b) =>
        key(a) - key(b) ||
        langRank(a.lang, reader) - langRank(b.lang, reader) ||
        b.count - a.count ||
        a.order - b.order ||
        a.index - b.index,
    );
  const listed = new Set<string>();
  const hits = ranked.filter((c) => {
    if (c.twin !== undefined && listed.has(c.twin)) return false;
    listed.add(c.id);
    return true;
  });
  const hitIds = new Set(ranked.map((c) => c.id));
  const partials = candidates
    .filter((c) => !c.hit && !(c.twin !== undefined && hitIds.has(c.twin)))
    .sort((a, b) => a.index - b.index);
  return { hits, partials };
}
