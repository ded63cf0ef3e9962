/**
 * Turns a paragraph's aligned sentences into HTML: each sentence a span with its anchor, the words a
 * note explains marked and linked to the note, and every glossary term linked to its entry (longest
 * alias wins; links never nest inside note markers or other links). Pure: the pages pass in the
 * notes, terms and URLs.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { findAndReplace } from 'hast-util-find-and-replace';
import type { Element, ElementContent, Root } from 'hast';
import { anchor } from './addresses';
import type { AlignedParagraph } from './alignment';

export type Lang = 'zh' | 'en';

/** A note placed in the text: its words resolved to a sentence and a range inside it. */
export interface PlacedNote {
  readonly slug: string;
  readonly file: string;
  readonly title: string;
  readonly paragraph: number;
  /** 1-based sentence of the paragraph holding the quoted words. */
  readonly sentence: number;
  readonly zh: { start: number; end: number };
  /** Range in the sentence's English, when the note quotes the English too. */
  readonly en?: { start: number; end: number } | undefined;
  /** The note's number on its part page (1, 2, …). */
  number: number;
  /** Where the note lives: its part page address plus #n-slug. */
  href: string;
}

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

/** Finds the nth occurrence of needle in haystack; -1 if there is none. */
export function nthIndexOf(haystack: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

interface Span {
  start: number;
  end: number;
  notes: PlacedNote[];
}

/** The note spans of one sentence in one language; identical ranges share a span, overlaps are errors. */
function spansOf(
  notes: readonly PlacedNote[],
  lang: Lang,
  sentenceLength: number,
): { spans: Span[]; tail: PlacedNote[] } {
  const spans: Span[] = [];
  const tail: PlacedNote[] = [];
  for (const note of notes) {
    const range = lang === 'zh' ? note.zh : note.en;
    if (!range) {
      tail.push(note);
      continue;
    }
    const same = spans.find((s) => s.start === range.start && s.end === range.end);
    if (same) {
      same.notes.push(note);
      continue;
    }
    const clash = spans.find((s) => range.start < s.end && s.start < range.end);
    if (clash) {
      throw new Error(
        `${note.file}: its words overlap those of the note "${clash.notes[0]!.slug}" in ¶${note.paragraph} (${lang}). Notes in one paragraph must quote separate words, or exactly the same words.`,
      );
    }
    if (range.end > sentenceLength) throw new Error(`${note.file}: its words run past the end of their sentence.`);
    spans.push({ start: range.start, end: range.end, notes: [note] });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), tail };
}

/** A note marker; the Chinese one carries the anchor #nr-<slug> that the note links back to. */
function noteRef(note: PlacedNote, withId: boolean): Element {
  return h(
    'a',
    {
      class: 'ed-noteref',
      href: note.href,
      'data-note': note.slug,
      id: withId ? anchor.noteRef(note.slug) : undefined,
    },
    [
      h('span', { 'aria-hidden': 'true' }, String(note.number)),
      h('span', { class: 'ed-vh' }, ` (note ${note.number}: ${note.title})`),
    ],
  );
}

/** The hast of one sentence in one language. */
export function sentenceHast(
  sentence: { id: string; zh: string; en: string },
  lang: Lang,
  notes: readonly PlacedNote[],
  terms: ReturnType<typeof termPattern>,
  termHref: (slug: string) => string,
  withId: boolean,
): Element {
  const text = sentence[lang];
  const { spans, tail } = spansOf(notes, lang, text.length);
  const children: ElementContent[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) children.push({ type: 'text', value: text.slice(at, span.start) });
    children.push(
      h(
        'mark',
        { class: 'ed-annot', 'data-notes': span.notes.map((n) => n.slug).join(' ') },
        text.slice(span.start, span.end),
      ),
    );
    for (const n of span.notes) children.push(noteRef(n, withId));
    at = span.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  for (const n of tail) children.push(noteRef(n, withId));

  const root: Root = { type: 'root', children };
  findAndReplace(
    root,
    [
      new RegExp(terms.re.source, terms.re.flags),
      (match: string) => {
        const slug = terms.slugOf(match);
        return h('a', { class: 'ed-term', href: termHref(slug), 'data-term': slug }, match);
      },
    ],
    { ignore: ['a', 'mark'] },
  );
  const [num] = sentence.id.slice(1).split('.');
  return h(
    'span',
    {
      class: 'ed-s',
      id: withId ? sentence.id : undefined,
      'data-s': sentence.id,
      'data-p': num,
    },
    root.children as ElementContent[],
  );
}

/** The HTML of a paragraph in one language: its sentences, separated as the language wants. */
export function paragraphHtml(
  paragraph: AlignedParagraph,
  lang: Lang,
  notes: readonly PlacedNote[],
  terms: ReturnType<typeof termPattern>,
  termHref: (slug: string) => string,
): string {
  const parts: ElementContent[] = [];
  paragraph.sentences.forEach((s, i) => {
    if (lang === 'en' && i > 0) parts.push({ type: 'text', value: ' ' });
    parts.push(
      sentenceHast(
        s,
        lang,
        notes.filter((n) => n.sentence === s.index),
        terms,
        termHref,
        lang === 'zh',
      ),
    );
  });
  return toHtml({ type: 'root', children: parts });
}
