/** Resolves a note's quoted words to a sentence and a range in it; errors name the note's file. */
import type { AlignedParagraph } from '../text/alignment';
import type { PlacedNote } from './annotate';
import { SLUG } from '../site/addresses';
import type { NoteData } from '../content/schemas';

export function placeNote(
  file: string,
  slug: string,
  data: NoteData,
  paragraph: AlignedParagraph | undefined,
): Omit<PlacedNote, 'number' | 'href'> {
  if (!SLUG.test(slug)) {
    throw new Error(
      `${file}: the file name "${slug}" is the note's permanent slug and must be lowercase ASCII words joined by hyphens.`,
    );
  }
  if (!paragraph) throw new Error(`${file}: paragraph ¶${data.paragraph} does not exist.`);
  const zh = paragraph.sentences.map((s) => s.zh).join('');
  const at = nthIndexOf(zh, data.quote, data.occurrence);
  if (at === -1) {
    throw new Error(
      `${file}: the quoted words "${data.quote}"${data.occurrence > 1 ? ` (occurrence ${data.occurrence})` : ''} are not in ¶${data.paragraph}.`,
    );
  }
  // The sentences in order: the first that ends after `at` holds it (`at` is past the ends of those before).
  let offset = 0;
  for (const s of paragraph.sentences) {
    const end = offset + s.zh.length;
    if (at < end) {
      if (at + data.quote.length > end) {
        throw new Error(
          `${file}: the quoted words "${data.quote}" run across two sentences of ¶${data.paragraph}; quote words inside one sentence.`,
        );
      }
      let en: { start: number; end: number } | undefined;
      if (data.quoteEn !== undefined) {
        const i = s.en.indexOf(data.quoteEn);
        if (i === -1) {
          throw new Error(`${file}: the English words "${data.quoteEn}" (quoteEn) are not in the English of ${s.id}.`);
        }
        en = { start: i, end: i + data.quoteEn.length };
      }
      return {
        slug,
        file,
        title: data.title,
        kind: data.kind,
        paragraph: data.paragraph,
        sentence: s.index,
        zh: { start: at - offset, end: at - offset + data.quote.length },
        en,
      };
    }
    offset = end;
  }
  throw new Error(`${file}: could not place "${data.quote}" in ¶${data.paragraph}.`);
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
