/**
 * The edition's own vocabulary, for the search page: written at build time into
 * pagefind/ed-vocabulary.json (scripts/build-search-index.ts) and read by the page before it asks
 * Pagefind anything. It serves three things:
 * - a query that cannot match anything (a word no text starts with, a character no text holds) is
 *   answered at once, without downloading the index;
 * - "Did you mean": the nearest glossary terms and aliases (both languages) and English words of the
 *   speech, by edit distance;
 * - a glossary term or alias finds what every other name of the entry finds (词元 finds ¶4 and ¶13,
 *   which write Token): the page searches the entry's token (src/lib/search/indexed.ts), which the build
 *   gave every text that holds one of the names.
 * Pure functions, unit-tested.
 */
import { fold } from './match.ts';
import { tonedSyllables, toneless } from './pinyin.ts';

export interface Vocabulary {
  /** Every Latin word of every record, folded, sorted; none that begins another. */
  readonly words: readonly string[];
  /** Every Han character of every record, once. */
  readonly han: string;
  /** What "Did you mean" offers: glossary terms and aliases, and the English words of the speech. */
  readonly suggest: readonly string[];
  /** Each glossary entry: its slug, its names (term, English, aliases), its pinyin without tones. */
  readonly groups: readonly Group[];
}

export interface Group {
  /** The entry's slug, which names its index tokens. */
  readonly entry: string;
  readonly names: readonly string[];
  /** The toneless syllables of the entry's own pinyin, space-separated ('' when it has none). */
  readonly pinyin: string;
}

interface VocabularyRecord {
  readonly kind: string;
  readonly content: string;
  readonly terms: readonly string[];
  /** Glossary records: the entry's slug, and its own pinyin. */
  readonly entry?: string;
  readonly pinyin?: string;
}

const LATIN_WORD = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'-]*/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

const wordsOf = (text: string) => (fold(text).match(LATIN_WORD) ?? []).map((w) => w.replace(/['-]+$/, ''));

export function buildVocabulary(records: readonly VocabularyRecord[]): Vocabulary {
  const words = new Set<string>();
  const han = new Set<string>();
  const suggest = new Set<string>();
  const groups: Group[] = [];
  for (const r of records) {
    for (const w of wordsOf(r.content)) words.add(w);
    for (const ch of r.content.match(HAN) ?? []) han.add(ch);
    if (r.kind === 'speech') {
      const english = r.content.slice(r.content.indexOf('\n') + 1);
      for (const w of wordsOf(english)) if (w.length >= 4 && !/\d/.test(w)) suggest.add(w);
    }
    // One group per entry, however many records (languages) it has.
    // Only glossary records name an entry.
    if (r.entry && !groups.some((g) => g.entry === r.entry)) {
      const names = [...new Set(r.terms.map((t) => t.trim()).filter(Boolean))];
      const pinyin = r.pinyin ? tonedSyllables(r.pinyin, names[0] ?? '') : [];
      groups.push({ entry: r.entry, names, pinyin: pinyin.map(toneless).join(' ') });
      for (const n of names) suggest.add(n);
    }
  }
  // A word that begins another word adds nothing to canMatch() (cost, costs): only the longer is kept.
  const sorted = [...words].sort();
  const kept = sorted.filter((w, i) => !sorted[i + 1]?.startsWith(w));
  return { words: kept, han: [...han].join(''), suggest: [...suggest].sort(), groups };
}

/** Whether some text could hold every word of the query: each Latin word starts a word, each character occurs. */
export function canMatch(words: readonly string[], vocabulary: Vocabulary): boolean {
  return words.every((w) => {
    const han = w.match(HAN) ?? [];
    if (han.some((ch) => !vocabulary.han.includes(ch))) return false;
    const latin = wordsOf(w);
    return latin.every((l) => vocabulary.words.some((v) => v.startsWith(l)));
  });
}

/** The glossary entry the query names: the query is its term, its English or an alias. */
export function entryNamed(query: string, vocabulary: Vocabulary): Group | undefined {
  const q = fold(query);
  return vocabulary.groups.find((g) => g.names.some((n) => fold(n) === q));
}

/** The glossary entry whose own pinyin the syllables spell (suan li → 算力). */
export function entrySpelled(syllables: readonly string[], vocabulary: Vocabulary): Group | undefined {
  const spelled = syllables.join(' ');
  return vocabulary.groups.find((g) => g.pinyin === spelled);
}

/** The other names of the glossary entry the query names (词元 → Token, Tokens), the query itself first. */
export function namesOf(query: string, vocabulary: Vocabulary): string[] {
  const q = fold(query);
  const group = entryNamed(query, vocabulary);
  if (!group) return [query];
  return [query, ...group.names.filter((n) => fold(n) !== q)];
}

/** Damerau–Levenshtein distance (optimal string alignment): a swap of two letters counts once. */
export function distance(a: string, b: string): number {
  // Row i holds d[i][0] = i; the rest is filled in order, each cell from cells already set.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      // A swap of this letter and the one before (before the first letter, a[-1] is undefined: no swap).
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many edits a query of this length may be away from a suggestion: 1 up to 4 letters, 2 up to 8, then 3. */
const tolerance = (n: number) => (n <= 2 ? 0 : n <= 4 ? 1 : n <= 8 ? 2 : 3);

/**
 * "Did you mean": up to `limit` names or words of the edition nearest to the query. A whole query is
 * compared with the glossary's names and the speech's words; a query of several words also offers
 * itself with each unknown word replaced by its nearest word.
 */
export function suggestions(query: string, vocabulary: Vocabulary, limit = 3): string[] {
  const q = fold(query).trim();
  // One suggestion per folded form, at its least distance, written as the glossary writes it (Token,
  // not token): the first spelling other than the folded form itself stays.
  const scored = new Map<string, { s: string; d: number }>();
  const consider = (candidate: string, d: number) => {
    const key = fold(candidate);
    const prev = scored.get(key);
    scored.set(key, { s: prev && prev.s !== key ? prev.s : candidate, d: Math.min(d, prev?.d ?? Infinity) });
  };
  // The nearest suggestion within the word's tolerance (the first in order of several as near).
  const nearest = (word: string) => {
    let best: { s: string; d: number } | undefined;
    for (const s of vocabulary.suggest) {
      const d = distance(word, fold(s));
      if (d <= tolerance(word.length) && (!best || d < best.d)) best = { s, d };
    }
    return best;
  };
  // (An empty query is within 0 edits of nothing but itself, so it gets no suggestion.)
  for (const s of vocabulary.suggest) {
    const d = distance(q, fold(s));
    if (d > 0 && d <= tolerance(q.length)) consider(s, d);
  }
  const words = q.split(/\s+/);
  if (words.length > 1) {
    let total = 0;
    const fixed = words.map((w) => {
      if (canMatch([w], vocabulary)) return w;
      const n = nearest(w);
      if (!n) return w;
      total += n.d;
      return n.s.toLowerCase();
    });
    if (total > 0) consider(fixed.join(' '), total);
  }
  return [...scored.values()]
    .sort((a, b) => a.d - b.d || a.s.length - b.s.length || a.s.localeCompare(b.s))
    .slice(0, limit)
    .map(({ s }) => s);
}
