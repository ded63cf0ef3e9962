/**
 * Everything a page needs to show the speech, loaded once and cross-checked: the aligned
 * translation, the notes placed in the text, and the glossary with its occurrences. Every check
 * fails the build with the file and the problem named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { alignAll, type AlignedParagraph } from './text/alignment';
import { paragraphHtml, type PlacedNote } from './apparatus/annotate';
import { checkEntries, checkOccurrences } from './apparatus/glossary';
import { findOccurrences, termPattern, type Occurrence } from './apparatus/term-match';
import { paths } from './site/addresses';
import { pathWithBase } from './site/base';
import { getAddresses, getParts, type Part } from './text/parts';
import { placeNote } from './apparatus/place-notes';
import { paragraphs as sourceParagraphs } from './text/source';

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
  /** The HTML of ¶n in each language, notes marked and terms linked. */
  html(n: number, lang: 'zh' | 'en'): string;
  notesOf(n: number): PlacedNoteEntry[];
  occurrencesOf(slug: string): Occurrence[];
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
  checkOccurrences(matchTerms, occurrences);

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
    notesOf: (n) => notes.filter((x) => x.placed.paragraph === n),
    occurrencesOf: (slug) => occurrences.filter((o) => o.slug === slug),
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
