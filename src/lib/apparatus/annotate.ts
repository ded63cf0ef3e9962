/**
 * Turns a paragraph's aligned sentences into HTML: each sentence a span with its anchor, the words a
 * note explains marked and linked to the note, and every glossary term linked to its entry (the
 * longest alias wins, through ./term-match.ts; links never nest inside note markers or other links).
 * Pure: the pages pass in the notes, terms and URLs.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { anchor, parseAnchor } from '../site/addresses';
import type { AlignedParagraph } from '../text/alignment';
import type { Lang, TermPattern } from './term-match';

/** A note placed in the text: its words resolved to a sentence and a range inside it. */
export interface PlacedNote {
  readonly slug: string;
  readonly file: string;
  readonly title: string;
  /** The note's kind (NOTE_KINDS): 中文 mode hides the markers of translation notes. */
  readonly kind: string;
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
  /** The marker's accessible name, in the page's language; "note 3: <title>" when not given. */
  readonly label?: string | undefined;
  /** The language of `label` (BCP 47) when it is not the English default: the marker carries it as lang. */
  readonly labelLang?: string | undefined;
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
  // In any order: sentenceHast() sorts them with the term links.
  return { spans, tail };
}

/**
 * A note marker; the Chinese one carries the anchor #nr-<slug> that the note links back to. Its
 * number is CSS generated content from data-n (Paragraph.astro), so that copying the text never
 * copies it; its name says which note it leads to. data-kind lets 中文 mode hide translation notes.
 * A marker that follows another with nothing between (notes on the same words, or on a whole
 * sentence that ends in a marker) is ed-noteref--next, so that the two numbers can be set apart; one
 * that follows another across a stop only (a note on the last words, the stop, a note on the whole
 * sentence) is ed-noteref--near. Both share the markers' targets out (Paragraph.astro): CSS's
 * sibling combinators do not see the text between two markers.
 */
function noteRef(note: PlacedNote, withId: boolean, after?: 'next' | 'near'): Element {
  return h('a', {
    class: after ? `ed-noteref ed-noteref--${after}` : 'ed-noteref',
    href: note.href,
    'data-note': note.slug,
    'data-n': String(note.number),
    'data-kind': note.kind,
    'aria-label': note.label ?? `note ${note.number}: ${note.title}`,
    lang: note.labelLang,
    id: withId ? anchor.noteRef(note.slug) : undefined,
  });
}

/** Whether the pieces end with a note marker ('next'), or with one and a stop after it ('near'). */
function afterNoteRef(children: readonly ElementContent[]): 'next' | 'near' | undefined {
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i]!;
    if (c.type === 'text' && !/[\p{L}\p{N}]/u.test(c.value)) continue;
    const cls = c.type === 'element' ? c.properties['className'] : undefined;
    if (!Array.isArray(cls) || !cls.includes('ed-noteref')) return undefined;
    return i === children.length - 1 ? 'next' : 'near';
  }
  return undefined;
}

/** A glossary term linked in a text: where it is, the words, and the entry they lead to. */
export interface TermLink {
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly slug: string;
}

/**
 * The glossary terms a text links, as every page links them: found in the whole text, as the
 * glossary's occurrences are (./term-match.ts), so that the longest alias wins across a note's words
 * too; a term that overlaps a note's words (`marked`) is not linked (a link cannot nest in the mark,
 * nor the mark in the link). The table content/glossary-links.md is made from this too.
 */
export function termLinks(
  text: string,
  terms: TermPattern,
  marked: readonly { start: number; end: number }[] = [],
): TermLink[] {
  return [...text.matchAll(new RegExp(terms.re.source, terms.re.flags))]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, match: m[0], slug: terms.slugOf(m[0]) }))
    .filter((t) => !marked.some((s) => t.start < s.end && s.start < t.end));
}

const termLink = (link: TermLink, termHref: (slug: string) => string): Element =>
  h('a', { class: 'ed-term', href: termHref(link.slug), 'data-term': link.slug }, link.match);

/** The HTML of a text outside the speech (the publisher's frame): its glossary terms linked, nothing else. */
export function linkedTextHtml(text: string, terms: TermPattern, termHref: (slug: string) => string): string {
  const children: ElementContent[] = [];
  let at = 0;
  for (const link of termLinks(text, terms)) {
    if (link.start > at) children.push({ type: 'text', value: text.slice(at, link.start) });
    children.push(termLink(link, termHref));
    at = link.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return toHtml({ type: 'root', children });
}

/** The hast of one sentence in one language. */
export function sentenceHast(
  sentence: { id: string; zh: string; en: string },
  lang: Lang,
  notes: readonly PlacedNote[],
  terms: TermPattern,
  termHref: (slug: string) => string,
  withId: boolean,
): Element {
  const text = sentence[lang];
  const { spans, tail } = spansOf(notes, lang, text.length);
  const links = termLinks(text, terms, spans);
  const pieces = [
    ...spans.map((span) => ({ start: span.start, end: span.end, span })),
    ...links.map((link) => ({ start: link.start, end: link.end, link })),
  ].sort((x, y) => x.start - y.start);
  const children: ElementContent[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.start > at) children.push({ type: 'text', value: text.slice(at, piece.start) });
    const words = text.slice(piece.start, piece.end);
    if ('span' in piece) {
      const notesHere = piece.span.notes;
      // Words explained only by notes on the English wording lose their underline in 中文 mode (ReadingMode.astro).
      const translationOnly = notesHere.every((n) => n.kind === 'translation');
      children.push(
        h(
          'mark',
          {
            class: translationOnly ? 'ed-annot ed-annot--translation' : 'ed-annot',
            'data-notes': notesHere.map((n) => n.slug).join(' '),
          },
          words,
        ),
      );
      notesHere.forEach((n, i) => children.push(noteRef(n, withId, i > 0 ? 'next' : undefined)));
    } else {
      children.push(termLink(piece.link, termHref));
    }
    at = piece.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  for (const n of tail) children.push(noteRef(n, withId, afterNoteRef(children)));

  const address = parseAnchor(sentence.id);
  if (address?.kind !== 'sentence') throw new Error(`"${sentence.id}" is not a sentence's address (pN.M).`);
  return h(
    'span',
    {
      class: 'ed-s',
      id: withId ? sentence.id : undefined,
      'data-s': sentence.id,
      'data-p': String(address.paragraph),
    },
    children,
  );
}

/** The HTML of a paragraph in one language: its sentences, separated as the language wants. */
export function paragraphHtml(
  paragraph: AlignedParagraph,
  lang: Lang,
  notes: readonly PlacedNote[],
  terms: TermPattern,
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
