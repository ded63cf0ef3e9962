/**
 * The Chinese apparatus beside the English (issue 23, README "The Chinese apparatus"): each note,
 * part introduction and prose page has a Chinese twin file (<slug>.zh.md / .zh.mdx), each glossary
 * entry a `zh` block. These checks fail the build naming the file and the field: a twin without its
 * English file, a missing twin, correction records that do not match the English ones, a body that is
 * empty or not Chinese, and a reference to a paragraph, note or entry that does not exist. Pure:
 * src/lib/edition-data.ts runs them on the collections.
 */
import { PARAGRAPH_COUNT } from '../../constants';
import { isChineseText } from '../content/schemas';
import { CHINESE_REQUIRED } from '../content/in-language';

export { CHINESE_REQUIRED };

/** A file of the apparatus, English or Chinese, as the checks need it. */
export interface ApparatusFile {
  readonly slug: string;
  /** The file, for error messages: "content/notes/token.zh.md". */
  readonly file: string;
  /** The body (Markdown), where the file has one. */
  readonly body?: string | undefined;
  /** The dates of its correction records, in order. */
  readonly corrected?: readonly { readonly date: string }[] | undefined;
}

/** What a reference in a body may point at. */
export interface References {
  readonly notes: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
}

/** `[words](note:slug)` and `[words](glossary:slug)`: a link to another note or to a glossary entry. */
export const REFERENCE = /\]\((note|glossary):([^)\s]*)\)/g;

/** A piece of a plain text (a glossary entry's Chinese definition or usage): words, or words linking to a note or an entry. */
export interface ReferenceRun {
  readonly text: string;
  readonly ref?: { readonly scheme: 'note' | 'glossary'; readonly slug: string };
}

const LINK = /\[([^\]]+)\]\((note|glossary):([^)\s]*)\)/g;

/** A text that may hold `[words](note:slug)` and `[words](glossary:slug)`, cut into words and links. */
export function referenceRuns(text: string): ReferenceRun[] {
  const out: ReferenceRun[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[1]!, ref: { scheme: m[2] as 'note' | 'glossary', slug: m[3]! } });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The same text as words only, for the search index and the data files: "[词元](glossary:token)" → "词元". */
export const withoutReferences = (text: string): string =>
  referenceRuns(text)
    .map((r) => r.text)
    .join('');

/** Fails for a ¶N outside ¶1–¶26 and for a link to a note or entry that does not exist. */
export function checkReferences(file: string, body: string, known: References): void {
  for (const m of body.matchAll(/¶(\d+)/g)) {
    const n = Number(m[1]);
    if (n < 1 || n > PARAGRAPH_COUNT)
      throw new Error(`${file}: refers to ¶${n}, but the speech has paragraphs ¶1–¶${PARAGRAPH_COUNT}.`);
  }
  for (const [, scheme, slug] of body.matchAll(REFERENCE)) {
    const exists = scheme === 'note' ? known.notes.has(slug ?? '') : known.terms.has(slug ?? '');
    if (!exists)
      throw new Error(
        scheme === 'note'
          ? `${file}: links to the note "${slug}", which does not exist (no content/notes/${slug}.md).`
          : `${file}: links to the glossary entry "${slug}", which does not exist (no content/glossary/${slug}.yaml).`,
      );
  }
}

/**
 * Checks the Chinese twins of a collection against the English files: every twin has its English
 * file; with `required`, every English file has its twin; a twin's body is Chinese and its
 * references exist; its correction records match the English ones date for date.
 */
export function checkTwins(
  english: readonly ApparatusFile[],
  chinese: readonly ApparatusFile[],
  options: { required: boolean; known: References; twinName: (slug: string) => string },
): void {
  const bySlug = new Map(english.map((e) => [e.slug, e]));
  for (const zh of chinese) {
    const en = bySlug.get(zh.slug);
    if (!en) throw new Error(`${zh.file}: a Chinese twin without its English file (${options.twinName(zh.slug)}).`);
    if (zh.body !== undefined) {
      if (zh.body.trim() === '') throw new Error(`${zh.file}: the Chinese body is empty.`);
      if (!isChineseText(zh.body))
        throw new Error(`${zh.file}: the body is not written in Chinese (an English text or a placeholder?).`);
      checkReferences(zh.file, zh.body, options.known);
    }
    const enDates = (en.corrected ?? []).map((c) => c.date);
    const zhDates = (zh.corrected ?? []).map((c) => c.date);
    if (enDates.join() !== zhDates.join())
      throw new Error(
        `${zh.file}: corrected must hold one Chinese record for each of ${en.file}'s, with the same dates in the same order (${
          enDates.join(', ') || 'none'
        }); found ${zhDates.join(', ') || 'none'}.`,
      );
  }
  if (options.required) {
    const twins = new Set(chinese.map((c) => c.slug));
    for (const en of english)
      if (!twins.has(en.slug)) throw new Error(`${en.file}: its Chinese twin ${options.twinName(en.slug)} is missing.`);
  }
}
