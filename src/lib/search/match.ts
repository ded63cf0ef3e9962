/**
 * Precision for search. Pagefind matches Chinese queries on any segment (深度学习 finds texts with
 * 学习), so every result is checked against the query itself: a result is a hit only when its text
 * contains the whole phrase of a Chinese query and every word of an English one. Pure functions,
 * shared by the search page and its unit tests.
 */
import { MAX_QUERY_LENGTH } from '../../constants.ts';
import { parseAnchor, splitAddress } from '../site/addresses.ts';
import { langRank } from './predict.ts';

export interface ParsedQuery {
  /** The query as typed, trimmed, whitespace collapsed. */
  readonly text: string;
  /** The units every hit must contain: each space-separated word (a Chinese run counts as one). */
  readonly words: readonly string[];
  /** Why the query cannot be searched, if it cannot. */
  readonly problem?: 'empty' | 'punctuation' | 'too-long';
}

const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u0060\u00b4\uff07]/gu;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/gu;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/gu;

/**
 * The one normalisation of the search, applied to the index and to every query: Unicode NFKC (full-width
 * Ａ and ９７％ become A and 97%, ligatures split), every apostrophe folded to ', every double quote to ",
 * every dash and hyphen to -, and case folded. A reader cannot see these differences, so the search
 * ignores them. (English plurals are matched by the word patterns below: "cost" finds "costs".)
 */
export function fold(s: string): string {
  const marks = (t: string) => t.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
  // Before NFKC too: NFKC turns ´ into a space and a combining accent, and ″ into two primes.
  return marks(marks(s).normalize('NFKC')).toLowerCase();
}

/**
 * fold() character by character, keeping the length, so that a match in the folded text is at the same
 * offsets in the original (for snippets and highlights); a character whose folding would change the
 * length (a ligature) is only lower-cased.
 */
export function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
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

const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/**
 * The occurrence a snippet quotes: for Latin words, the first one on a line without Chinese (an English
 * query shows the English of a paragraph, not the Latin words inside its Chinese), else the first one.
 */
function preferredMatch(folded: string, pattern: string): RegExpExecArray | null {
  const re = new RegExp(pattern, 'gu');
  const all = [...folded.matchAll(re)];
  if (all.length === 0) return null;
  if (LATIN.test(all[0]![0])) {
    const inEnglish = all.find((m) => {
      const start = folded.lastIndexOf('\n', m.index) + 1;
      const end = folded.indexOf('\n', m.index);
      return !HAN_CHAR.test(folded.slice(start, end === -1 ? undefined : end));
    });
    if (inEnglish) return inEnglish as RegExpExecArray;
  }
  return all[0] as RegExpExecArray;
}

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The query's words as one phrase, as a text prints them: in order, each word at a word start, separated
 * by spaces, punctuation or nothing ("digital world", "Moore’s law", "AI 计算" in "AI计算"; the word-start
 * rule keeps "take over" from matching "takeover").
 */
function phrasePattern(words: readonly string[]): string {
  return words.map((w) => wordPattern(w).source).join('[^\\p{L}\\p{N}]*');
}

/**
 * The words around the first occurrence of the query, for a result's snippet (the page renders the match
 * in <mark> with textContent, so markup in the text stays text): the whole phrase where the text prints
 * the query's words in order, else its first word.
 */
export function snippetOf(text: string, query: ParsedQuery, radius = 60): Snippet {
  const folded = foldAligned(text);
  const [word] = query.words;
  const m =
    word === undefined
      ? null
      : (preferredMatch(folded, phrasePattern(query.words)) ?? preferredMatch(folded, wordPattern(word).source));
  if (!m) return { before: '', match: '', after: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : '') };
  const start = m.index;
  const end = start + m[0].length;
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  // A record's lines (a note's title, quote and body; a paragraph's Chinese and English) stay apart.
  const flat = (t: string) => t.replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + flat(text.slice(from, start)),
    match: text.slice(start, end),
    after: flat(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

export interface Rankable {
  readonly kind: string;
  readonly terms: readonly string[];
  readonly content: string;
  /** The words the hit holds, when not the query itself (another name of an entry, the Chinese of pinyin). */
  readonly match?: ParsedQuery;
  /** The address: paragraphs that hold the words equally often come in reading order. */
  readonly url?: string;
  /** The record's language ('en', 'zh', or 'both' for a paragraph): the reader's comes first. */
  readonly lang?: string;
}

/** A paragraph's number for a paragraph's address (…#pN), else Infinity: paragraphs first, in reading order. */
function paragraphOrder(url: string | undefined): number {
  const at = parseAnchor(splitAddress(url ?? '').fragment ?? '');
  return at?.kind === 'paragraph' ? at.paragraph : Infinity;
}

const KIND_ORDER: Record<string, number> = { speech: 1, note: 2, glossary: 3 };

/**
 * The order of hits: a glossary entry whose term (or an alias) is the query, or the words the hit
 * holds, comes first; then the speech's paragraphs, the notes, and the other glossary entries, each
 * with the reader's language first (paragraphs hold both), then by
 * how often they hold the words, paragraphs then in reading order, the rest in Pagefind's order.
 */
export function rankHits<T extends Rankable>(hits: readonly T[], query: ParsedQuery, reader = 'en'): T[] {
  const whole = query.words.join(' ');
  const exact = (h: T) =>
    h.kind === 'glossary' &&
    h.terms.some((t) => fold(t) === whole || (h.match !== undefined && fold(t) === h.match.words.join(' ')));
  // A stable sort: hits that tie on all of these stay in Pagefind's order.
  return hits
    .map((h) => ({
      h,
      key: exact(h) ? 0 : (KIND_ORDER[h.kind] ?? 4),
      lang: langRank(h.lang, reader),
      count: occurrences(h.content, h.match ?? query),
      order: paragraphOrder(h.url),
    }))
    .sort((a, b) => a.key - b.key || a.lang - b.lang || b.count - a.count || a.order - b.order)
    .map((x) => x.h);
}

const CJK = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/gu;

/**
 * Spaces out Chinese characters, for the query sent to Pagefind. Pagefind's Chinese segmenter cuts the
 * same words differently in different contexts (推理成本 in a paragraph and in a query did not match),
 * so the index holds single characters (src/lib/search/indexed.ts) and a query asks for all of its
 * characters; isHit() then keeps only the texts that hold the whole phrase.
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
