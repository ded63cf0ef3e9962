/**
 * Everything a page needs to show the speech, loaded once and cross-checked: the aligned
 * translation, the notes placed in the text, and the glossary with its occurrences. Every check
 * fails the build with the file and the problem named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { alignAll, type AlignedFrameLine, type AlignedParagraph } from './alignment';
import { linkedTextHtml, paragraphHtml, type PlacedNote } from './annotate';
import { alignedFrame } from './data/content';
import { checkEntries, checkOccurrences } from './glossary';
import {
  findFrameOccurrences,
  findOccurrences,
  termPattern,
  type FrameOccurrence,
  type Occurrence,
} from './term-match';
import { paths } from './addresses';
import { pathWithBase } from './base';
import { getAddresses, getParts, type Part } from './parts';
import { placeNote } from './place-notes';
import { paragraphs as sourceParagraphs } from './source';

export type Note = CollectionEntry<'notes'>;
export type Term = CollectionEntry<'glossary'>;

export interface PlacedNoteEntry {
  readonly entry: Note;
  readonly placed: PlacedNote;
  readonly part: Part;
}

export interface EditionData {
  readonly parts: Part[];
  readonly aligned: AlignedParagraph[];
  /** Notes in reading order (paragraph, then position), numbered within their part. */
  readonly notes: PlacedNoteEntry[];
  readonly terms: Term[];
  readonly occurrences: Occurrence[];
  /** Every occurrence in the publisher's frame, which is not the speech (the About page shows it). */
  readonly frameOccurrences: FrameOccurrence[];
  /** The publisher's frame (source lines 1–5) with its translation. */
  readonly frame: AlignedFrameLine[];
  /** The HTML of ¶n in each language, notes marked and terms linked. */
  html(n: number, lang: 'zh' | 'en'): string;
  /** The HTML of a sentence of the frame (1-based) in each language, terms linked. */
  frameHtml(line: number, sentence: number, lang: 'zh' | 'en'): string;
  notesOf(n: number): PlacedNoteEntry[];
  occurrencesOf(slug: string): Occurrence[];
  /** A term's occurrences in the publisher's frame, which is not the speech (the About page shows it). */
  frameOccurrencesOf(slug: string): FrameOccurrence[];
}

const fileOf = (e: { id: string; filePath?: string | undefined }, dir: string, ext: string) =>
  e.filePath ?? `content/${dir}/${e.id}.${ext}`;

async function load(): Promise<EditionData> {
  const parts = await getParts();
  const at = await getAddresses();
  const translation = await getCollection('translation');
  const aligned = alignAll(
    translation.map((e) => ({ file: fileOf(e, 'translation', 'yaml'), data: e.data })),
    sourceParagraphs.map((p) => p.zh),
  );

  const terms = (await getCollection('glossary')).sort((a, b) => a.data.english.localeCompare(b.data.english, 'en'));
  const matchTerms = checkEntries(
    terms.map((t) => ({ slug: t.id, file: fileOf(t, 'glossary', 'yaml'), data: t.data })),
  );
  const patterns = { zh: termPattern(matchTerms, 'zh'), en: termPattern(matchTerms, 'en') };
  const occurrences = findOccurrences(aligned, matchTerms);
  const frame = alignedFrame();
  const frameOccurrences = findFrameOccurrences(frame, matchTerms);
  checkOccurrences(matchTerms, [...occurrences, ...frameOccurrences]);

  const notes: PlacedNoteEntry[] = (await getCollection('notes'))
    .map((entry) => {
      const file = fileOf(entry, 'notes', 'md');
      const base = placeNote(file, entry.id, entry.data, aligned[entry.data.paragraph - 1]);
      const part = at.partOf(entry.data.paragraph);
      const placed: PlacedNote = { ...base, number: 0, href: pathWithBase(at.note(entry.data.paragraph, entry.id)) };
      return { entry, placed, part };
    })
    .sort(
      (a, b) =>
        a.placed.paragraph - b.placed.paragraph ||
        a.placed.sentence - b.placed.sentence ||
        a.placed.zh.start - b.placed.zh.start ||
        a.entry.id.localeCompare(b.entry.id),
    );
  for (const part of parts) notes.filter((n) => n.part === part).forEach((n, i) => (n.placed.number = i + 1));

  const termHref = (slug: string) => pathWithBase(paths.glossaryEntry(slug));
  const cache = new Map<string, string>();
  return {
    parts,
    aligned,
    notes,
    terms,
    occurrences,
    frameOccurrences,
    frame,
    notesOf: (n) => notes.filter((x) => x.placed.paragraph === n),
    occurrencesOf: (slug) => occurrences.filter((o) => o.slug === slug),
    frameOccurrencesOf: (slug) => frameOccurrences.filter((o) => o.slug === slug),
    frameHtml(line, sentence, lang) {
      const s = frame[line - 1]?.sentences[sentence - 1];
      if (!s) throw new Error(`Line ${line} of the publisher’s frame has no sentence ${sentence}.`);
      return linkedTextHtml(s[lang], patterns[lang], termHref);
    },
    html(n, lang) {
      const key = `${n}${lang}`;
      let out = cache.get(key);
      if (out === undefined) {
        const p = aligned[n - 1];
        if (!p) throw new Error(`There is no paragraph ¶${n}.`);
        out = paragraphHtml(
          p,
          lang,
          notes.filter((x) => x.placed.paragraph === n).map((x) => x.placed),
          patterns[lang],
          termHref,
        );
        cache.set(key, out);
      }
      return out;
    },
  };
}

let data: Promise<EditionData> | undefined;
/** The checked edition data, loaded once per build. */
export function getEditionData(): Promise<EditionData> {
  data ??= load();
  return data;
}
