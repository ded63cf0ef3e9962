/**
 * Precision for search. Pagefind matches Chinese queries on any segment (深度学习 finds texts with
 * 学习), so every result is checked against the query itself: a result is a hit only when its text
 * contains the whole phrase of a Chinese query and every word of an English one. Pure functions,
 * shared by the search page and its unit tests.
 */
import { MAX_QUERY_LENGTH } from '../constants.ts';

export interface ParsedQuery {
  /** The query as typed, trimmed, whitespace collapsed. */
  readonly text: string;
  /** The units every hit must contain: each space-separated word (a Chinese run counts as one). */
  readonly words: readonly string[];
  /** Why the query cannot be searched, if it cannot. */
  readonly problem?: 'empty' | 'punctuation' | 'too-long';
}

/** NFKC folds full-width forms (Ａ, ，) to their usual ones; case is ignored. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { text, words: [], problem: 'empty' };
  if (text.length > MAX_QUERY_LENGTH) return { text, words: [], problem: 'too-long' };
  const words = text
    .split(' ')
    .map((w) => fold(w).replace(EDGE_PUNCTUATION, ''))
    .filter((w) => WORDLIKE.test(w));
  if (words.length === 0) return { text, words: [], problem: 'punctuation' };
  return { text, words };
}

const LATIN = /^[a-z0-9]/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word's pattern: Latin words match at a word start ("cost" finds "costs", not "accost"); Chinese anywhere. */
function wordPattern(word: string): RegExp {
  return new RegExp(`${LATIN.test(word) ? '(?<![a-z0-9])' : ''}${escapeRe(word)}`, 'u');
}

/** Whether the text contains every word of the query. */
export function isHit(text: string, query: ParsedQuery): boolean {
  if (query.words.length === 0) return false;
  const folded = fold(text);
  return query.words.every((w) => wordPattern(w).test(folded));
}

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The words around the first occurrence of the query's first word, for a result's snippet (the
 * page renders the match in <mark> with textContent, so markup in the text stays text).
 */
export function snippetOf(text: string, query: ParsedQuery, radius = 60): Snippet {
  const folded = fold(text);
  // NFKC can change lengths; fall back to the start of the text when it does.
  const aligned = folded.length === text.length;
  const word = query.words[0] ?? '';
  const m = aligned && word ? wordPattern(word).exec(folded) : null;
  if (!m) return { before: '', match: '', after: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : '') };
  const start = m.index;
  const end = start + word.length;
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start).replace(/\s+/g, ' '),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : ''),
  };
}

export interface Rankable {
  readonly kind: string;
  readonly terms: readonly string[];
  readonly content: string;
}

const KIND_ORDER: Record<string, number> = { speech: 1, note: 2, glossary: 3 };

/**
 * The order of hits: a glossary entry whose term (or an alias) is the query comes first; then the
 * speech's paragraphs, the notes, and the other glossary entries, each by how often they hold the
 * query, then in Pagefind's order.
 */
export function rankHits<T extends Rankable>(hits: readonly T[], query: ParsedQuery): T[] {
  const whole = query.words.join(' ');
  const exact = (h: T) => h.kind === 'glossary' && h.terms.some((t) => fold(t) === whole);
  return hits
    .map((h, i) => ({ h, i, key: exact(h) ? 0 : (KIND_ORDER[h.kind] ?? 4), count: occurrences(h.content, query) }))
    .sort((a, b) => a.key - b.key || b.count - a.count || a.i - b.i)
    .map((x) => x.h);
}

const CJK = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/gu;

/**
 * Spaces out Chinese characters, for the index and for the query sent to Pagefind. Pagefind's
 * Chinese segmenter cuts the same words differently in different contexts (推理成本 in a paragraph
 * and in a query did not match), so the index holds single characters and a query asks for all of
 * its characters; isHit() then keeps only the texts that hold the whole phrase.
 */
export function spaceOutChinese(s: string): string {
  return s.replace(CJK, ' $1 ').replace(/\s+/g, ' ').trim();
}

/** How many times the query's first word occurs in the text: the order of hits of one kind. */
export function occurrences(text: string, query: ParsedQuery): number {
  const word = query.words[0];
  if (!word) return 0;
  const re = new RegExp(wordPattern(word).source, 'gu');
  return fold(text).match(re)?.length ?? 0;
}
