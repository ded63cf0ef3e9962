/**
 * Finding the glossary's terms in the speech: one pattern per language from every term and alias
 * (longest first, so the longest alias wins; Latin words whole, English with a plural s), and every
 * occurrence with its context for the entries' keyword-in-context lists. Pure.
 */
import type { AlignedParagraph } from '../text/alignment';

export type Lang = 'zh' | 'en';

/** A glossary entry as the matcher needs it. */
export interface MatchTerm {
  readonly slug: string;
  readonly file: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = /[A-Za-z]/;

/** One regular expression per language; alternatives longest first, so the longest alias wins. */
export function termPattern(
  terms: readonly MatchTerm[],
  lang: Lang,
): { re: RegExp; slugOf: (match: string) => string } {
  const map = new Map<string, string>();
  for (const t of terms) {
    for (const a of lang === 'zh' ? t.zh : t.en) {
      const key = a.toLowerCase();
      const other = map.get(key);
      if (other && other !== t.slug)
        throw new Error(`${t.file}: the alias "${a}" is also an alias of the entry "${other}".`);
      map.set(key, t.slug);
    }
  }
  const aliases = [...map.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alt = aliases
    .map((a) => {
      const body = escapeRe(a);
      // Latin words match whole words only (AI is not found in "OpenAI"); English allows a plural s.
      const start = latin.test(a[0]!) ? '(?<![A-Za-z])' : '';
      const end = latin.test(a.at(-1)!) ? (lang === 'en' ? "(?:s|es|’s|'s)?(?![A-Za-z])" : '(?![A-Za-z])') : '';
      return `${start}${body}${end}`;
    })
    .join('|');
  const re = new RegExp(alt || '(?!)', 'giu');
  const slugOf = (match: string): string => {
    const lower = match.toLowerCase();
    for (const candidate of [lower, lower.replace(/(?:’s|'s|es|s)$/u, ''), lower.replace(/s$/u, '')]) {
      const slug = map.get(candidate);
      if (slug) return slug;
    }
    throw new Error(`No glossary entry for "${match}".`);
  };
  return { re, slugOf };
}

export type TermPattern = ReturnType<typeof termPattern>;

export interface Occurrence {
  readonly slug: string;
  readonly paragraph: number;
  /** 1-based sentence of the paragraph. */
  readonly sentence: number;
  readonly lang: Lang;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** Every occurrence of every term in the paragraphs, in both languages, with its context. */
export function findOccurrences(
  paragraphs: readonly AlignedParagraph[],
  terms: readonly MatchTerm[],
  width = 24,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const { re, slugOf } = termPattern(terms, lang);
    const w = lang === 'zh' ? Math.round(width / 1.5) : width;
    for (const p of paragraphs) {
      for (const s of p.sentences) {
        const text = s[lang];
        for (const m of text.matchAll(re)) {
          const i = m.index;
          out.push({
            slug: slugOf(m[0]),
            paragraph: p.n,
            sentence: s.index,
            lang,
            before: (i > w ? '…' : '') + text.slice(Math.max(0, i - w), i),
            match: m[0],
            after: text.slice(i + m[0].length, i + m[0].length + w) + (i + m[0].length + w < text.length ? '…' : ''),
          });
        }
      }
    }
  }
  return out;
}
