/**
 * Everything a page needs to show the speech, loaded once and cross-checked: the aligned
 * translation, the notes placed in the text, and the glossary with its occurrences. Every check
 * fails the build with the file and the problem named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANG_TAG, type Lang } from '../constants';
import { alignAll, type AlignedFrameLine, type AlignedParagraph } from './text/alignment';
import { linkedTextHtml, paragraphHtml, type PlacedNote } from './apparatus/annotate';
import { alignedFrame } from './text/frame';
import { checkEntries, checkOccurrences } from './apparatus/glossary';
import {
  findFrameOccurrences,
  findOccurrences,
  termPattern,
  type FrameOccurrence,
  type Occurrence,
} from './apparatus/term-match';
import { paths } from './site/addresses';
import { linkIn, pathWithBase } from './site/base';
import { getAddresses, getParts, type Part } from './text/parts';
import { placeNote } from './apparatus/place-notes';
import { CHINESE_REQUIRED, checkReferences, checkTwins } from './apparatus/chinese';
import { inLanguage, type InLanguage } from './content/in-language';
import { paragraphs as sourceParagraphs } from './text/source';

export type Note = CollectionEntry<'notes'>;
export type NoteZh = CollectionEntry<'notesZh'>;
export type Term = CollectionEntry<'glossary'>;

export interface PlacedNoteEntry {
  readonly entry: Note;
  /** The note in Chinese (content/notes/<slug>.zh.md), once written. */
  readonly zh: NoteZh | undefined;
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
  html(n: number, lang: 'zh' | 'en', page?: Lang): string;
  /** The HTML of a sentence of the frame (1-based) in each language, terms linked. */
  frameHtml(line: number, sentence: number, lang: 'zh' | 'en', page?: Lang): string;
  notesOf(n: number): PlacedNoteEntry[];
  /** A note's address, on its part page (site path, English; localized() gives the Chinese). */
  noteAddress(note: PlacedNoteEntry): string;
  /** A glossary entry's definition and usage in a language (lib/content/in-language.ts). */
  termText(term: Term, lang: Lang): InLanguage<{ definition: string; usage: string }>;
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

  const noteEntries = await getCollection('notes');
  const notesZh = new Map((await getCollection('notesZh')).map((z) => [z.id, z]));
  await checkChinese(noteEntries, [...notesZh.values()], terms);

  const notes: PlacedNoteEntry[] = noteEntries
    .map((entry) => {
      const file = fileOf(entry, 'notes', 'md');
      const base = placeNote(file, entry.id, entry.data, aligned[entry.data.paragraph - 1]);
      const part = at.partOf(entry.data.paragraph);
      const placed: PlacedNote = { ...base, number: 0, href: pathWithBase(at.note(entry.data.paragraph, entry.id)) };
      return { entry, zh: notesZh.get(entry.id), placed, part };
    })
    .sort(
      (a, b) =>
        a.placed.paragraph - b.placed.paragraph ||
        a.placed.sentence - b.placed.sentence ||
        a.placed.zh.start - b.placed.zh.start ||
        a.entry.id.localeCompare(b.entry.id),
    );
  for (const part of parts) notes.filter((n) => n.part === part).forEach((n, i) => (n.placed.number = i + 1));

  const termHref = (page: Lang) => (slug: string) => linkIn(paths.glossaryEntry(slug), page);
  /** A note as a marker on a page in a language: the Chinese page's marker leads to the Chinese note and says so. */
  const markerOf = (x: PlacedNoteEntry, page: Lang): PlacedNote => {
    if (page === 'en') return x.placed;
    const title = x.zh?.data.title;
    return {
      ...x.placed,
      href: linkIn(at.note(x.placed.paragraph, x.entry.id), page),
      label: title ? `注释${x.placed.number}：${title}` : `注释${x.placed.number}`,
      // Also in the English column: a screen reader voices the Chinese name in Chinese.
      labelLang: LANG_TAG.zh,
    };
  };
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
    noteAddress: (x) => at.note(x.placed.paragraph, x.entry.id),
    termText: (t, lang) =>
      inLanguage(
        lang,
        { definition: t.data.definition, usage: t.data.usage },
        t.data.zh,
        `${fileOf(t, 'glossary', 'yaml')}: zh`,
      ),
    occurrencesOf: (slug) => occurrences.filter((o) => o.slug === slug),
    frameOccurrencesOf: (slug) => frameOccurrences.filter((o) => o.slug === slug),
    frameHtml(line, sentence, lang, page = 'en') {
      const s = frame[line - 1]?.sentences[sentence - 1];
      if (!s) throw new Error(`Line ${line} of the publisher’s frame has no sentence ${sentence}.`);
      return linkedTextHtml(s[lang], patterns[lang], termHref(page));
    },
    html(n, lang, page = 'en') {
      const key = `${n}${lang}${page}`;
      let out = cache.get(key);
      if (out === undefined) {
        const p = aligned[n - 1];
        if (!p) throw new Error(`There is no paragraph ¶${n}.`);
        out = paragraphHtml(
          p,
          lang,
          notes.filter((x) => x.placed.paragraph === n).map((x) => markerOf(x, page)),
          patterns[lang],
          termHref(page),
        );
        cache.set(key, out);
      }
      return out;
    },
  };
}

/**
 * The Chinese apparatus against the English (./apparatus/chinese.ts): the twins of notes, parts and
 * pages, the glossary's `zh` blocks, and every reference in a body (¶N, note: and glossary: links).
 */
async function checkChinese(notes: Note[], notesZh: NoteZh[], terms: Term[]): Promise<void> {
  const known = { notes: new Set(notes.map((n) => n.id)), terms: new Set(terms.map((t) => t.id)) };
  for (const n of notes) checkReferences(fileOf(n, 'notes', 'md'), n.body ?? '', known);
  const twinsOf = (dir: string, ext: string, required: boolean) => ({
    required,
    known,
    twinName: (slug: string) => `content/${dir}/${slug}.zh.${ext}`,
  });
  checkTwins(
    notes.map((n) => ({ slug: n.id, file: fileOf(n, 'notes', 'md'), corrected: n.data.corrected })),
    notesZh.map((z) => ({
      slug: z.id,
      file: fileOf(z, 'notes', 'zh.md'),
      body: z.body ?? '',
      corrected: z.data.corrected,
    })),
    twinsOf('notes', 'md', CHINESE_REQUIRED),
  );
  const [parts, partsZh, pages, pagesZh] = await Promise.all([
    getCollection('parts'),
    getCollection('partsZh'),
    getCollection('pages'),
    getCollection('pagesZh'),
  ]);
  checkTwins(
    parts.map((p) => ({ slug: p.id, file: fileOf(p, 'parts', 'mdx') })),
    partsZh.map((z) => ({ slug: z.id, file: fileOf(z, 'parts', 'zh.mdx'), body: z.body ?? '' })),
    twinsOf('parts', 'mdx', CHINESE_REQUIRED),
  );
  checkTwins(
    pages.map((p) => ({ slug: p.id, file: fileOf(p, 'pages', 'md') })),
    pagesZh.map((z) => ({ slug: z.id, file: fileOf(z, 'pages', 'zh.md'), body: z.body ?? '' })),
    twinsOf('pages', 'md', CHINESE_REQUIRED),
  );
  for (const t of terms) {
    const file = fileOf(t, 'glossary', 'yaml');
    if (t.data.zh) {
      checkReferences(`${file} (zh.definition)`, t.data.zh.definition, known);
      checkReferences(`${file} (zh.usage)`, t.data.zh.usage, known);
    } else if (CHINESE_REQUIRED) throw new Error(`${file}: zh: the entry has no Chinese definition and usage.`);
  }
}

let data: Promise<EditionData> | undefined;
/** The checked edition data, loaded once per build. */
export function getEditionData(): Promise<EditionData> {
  data ??= load();
  return data;
}
