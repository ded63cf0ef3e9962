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

/** Where a term occurs, with its context: the words matched and a few before and after. */
interface InContext {
  readonly slug: string;
  readonly lang: Lang;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface Occurrence extends InContext {
  readonly paragraph: number;
  /** 1-based sentence of the paragraph. */
  readonly sentence: number;
}

/** An occurrence in the publisher's frame (source lines 1–5): the publisher's words, not the speech. */
export interface FrameOccurrence extends InContext {
  /** The source line, 1–5. */
  readonly line: number;
}

/** A text with sentences in both languages: a paragraph of the speech or a line of the frame. */
interface Sentences {
  readonly sentences: readonly { readonly zh: string; readonly en: string }[];
}

/** Every term in the sentences of each text, language by language (Chinese first), with its context. */
function scan<T extends Sentences>(
  texts: readonly T[],
  terms: readonly MatchTerm[],
  width: number,
): { text: T; sentence: number; found: InContext }[] {
  const out: { text: T; sentence: number; found: InContext }[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const { re, slugOf } = termPattern(terms, lang);
    const w = lang === 'zh' ? Math.round(width / 1.5) : width;
    for (const t of texts) {
      t.sentences.forEach((s, i) => {
        const text = s[lang];
        for (const m of text.matchAll(re)) {
          const at = m.index;
          const end = at + m[0].length;
          out.push({
            text: t,
            sentence: i + 1,
            found: {
              slug: slugOf(m[0]),
              lang,
              before: (at > w ? '…' : '') + text.slice(Math.max(0, at - w), at),
              match: m[0],
              after: text.slice(end, end + w) + (end + w < text.length ? '…' : ''),
            },
          });
        }
      });
    }
  }
  return out;
}

/** Every occurrence of every term in the paragraphs, in both languages, with its context. */
export function findOccurrences(
  paragraphs: readonly AlignedParagraph[],
  terms: readonly MatchTerm[],
  width = 24,
): Occurrence[] {
  return scan(paragraphs, terms, width).map(({ text, sentence, found }) => ({
    ...found,
    paragraph: text.n,
    sentence,
  }));
}

/** Every occurrence of every term in the lines of the publisher's frame, in both languages. */
export function findFrameOccurrences(
  lines: readonly (Sentences & { readonly line: number })[],
  terms: readonly MatchTerm[],
  width = 24,
): FrameOccurrence[] {
  return scan(lines, terms, width).map(({ text, found }) => ({ ...found, line: text.line }));
}
