/**
 * The edition as data: one plain, serialisable object that every download format is written from
 * (TEI, TMX, JSON, plain text). Pure: the build fills it from the checked edition data
 * (src/lib/edition-data.ts) and the unit tests from content/ directly (./content.ts), through the
 * same function, so the downloads hold what the site shows.
 */
import type { AlignedParagraph } from '../text/alignment';
import { anchor } from '../site/addresses';
import type { PlacedNote } from '../apparatus/annotate';
import type { FrameOccurrence, Occurrence } from '../apparatus/term-match';
import type { ChangesData, NoteData, PartData, SourceData, TermData } from '../content/schemas';

export type Lang = 'zh' | 'en';
export type Version = ChangesData['versions'][number];

/** A range of a sentence's text, in UTF-16 code units as JavaScript counts them, end exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface DataSentence {
  /** The sentence address, "p9.2". */
  readonly id: string;
  readonly index: number;
  readonly zh: string;
  readonly en: string;
}

export interface DataParagraph {
  readonly n: number;
  /** The source line it comes from (n + 5). */
  readonly line: number;
  /** The slug of the part that holds it. */
  readonly part: string;
  readonly zh: string;
  readonly en: string;
  readonly sentences: readonly DataSentence[];
}

export interface DataPart extends PartData {
  readonly id: string;
}

export interface DataNote {
  readonly slug: string;
  readonly title: string;
  readonly kind: NoteData['kind'];
  readonly verdict?: NoteData['verdict'];
  readonly laterDate?: string | undefined;
  readonly asOf: string;
  readonly corrected: readonly { date: string; what: string }[];
  readonly paragraph: number;
  /** The sentence holding the quoted words, "p4.2". */
  readonly sentence: string;
  readonly quote: string;
  readonly occurrence: number;
  readonly quoteEn?: string | undefined;
  readonly range: { readonly zh: Range; readonly en?: Range | undefined };
  /** The note's text, as Markdown. */
  readonly body: string;
  /** The note in Chinese (content/notes/<slug>.zh.md): its heading, its text as Markdown, its corrections. */
  readonly zh?: ChineseNote | undefined;
  readonly sources: readonly SourceData[];
  /** The part that holds it, and its number on that part's page. */
  readonly part: string;
  readonly number: number;
}

export interface ChineseNote {
  readonly title: string;
  readonly body: string;
  readonly corrected: readonly { date: string; what: string }[];
}

export interface DataTerm {
  readonly slug: string;
  readonly term: string;
  readonly english: string;
  readonly pinyin?: string | undefined;
  readonly category: TermData['category'];
  readonly aliases: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly definition: string;
  readonly usage: string;
  /** The definition and usage in Chinese. */
  readonly zh?: { readonly definition: string; readonly usage: string } | undefined;
  readonly related: readonly string[];
  readonly sources: readonly SourceData[];
  /** Every occurrence of the term or an alias in the speech, in reading order, Chinese first. */
  readonly occurrences: readonly { sentence: string; lang: Lang; match: string }[];
  /** Every occurrence in the publisher's frame (source lines 1–5), which is not the speech. */
  readonly frameOccurrences: readonly { line: number; lang: Lang; match: string }[];
}

export interface DataFrameLine {
  readonly line: number;
  readonly zh: string;
  /** This edition's translation (lines 1, 3 and 5; lines 2 and 4 are quotation marks). */
  readonly en?: string | undefined;
}

export interface Dataset {
  /** The version these files belong to (the first entry of content/changes.yaml). */
  readonly version: Version;
  /** Every version up to this one, newest first. */
  readonly versions: readonly Version[];
  readonly source: { readonly file: string; readonly sha256: string; readonly lines: number; readonly text: string };
  readonly frame: readonly DataFrameLine[];
  readonly parts: readonly DataPart[];
  readonly paragraphs: readonly DataParagraph[];
  readonly notes: readonly DataNote[];
  readonly terms: readonly DataTerm[];
}

/** The absolute URLs the formats name; the build passes the site's, the tests example.org. */
export interface DataLinks {
  /** The edition's home page. */
  readonly home: string;
  /** A part's page. */
  part(slug: string): string;
  /** A paragraph or sentence anchor on its part page ("p9" or "p9.2"). */
  anchor(part: string, id: string): string;
  /** A note on its part page, on the English page or, with 'zh', the Chinese one. */
  note(part: string, slug: string, lang?: Lang): string;
  term(slug: string): string;
  /** The /data/ page. */
  readonly dataPage: string;
  /** A data file of a version: dataFile("1.0.0", "edition.tei.xml"). */
  dataFile(version: string, name: string): string;
}

export interface DatasetInput {
  readonly parts: readonly { id: string; data: PartData }[];
  readonly aligned: readonly AlignedParagraph[];
  readonly notes: readonly {
    slug: string;
    data: NoteData;
    body: string;
    zh?: ChineseNote | undefined;
    placed: Omit<PlacedNote, 'number' | 'href'>;
  }[];
  readonly terms: readonly { slug: string; data: TermData }[];
  readonly occurrences: readonly Occurrence[];
  readonly frameOccurrences: readonly FrameOccurrence[];
  readonly changes: ChangesData;
  readonly frame: readonly DataFrameLine[];
  readonly source: Dataset['source'];
}

/** Builds the dataset: notes in reading order, numbered within their part; terms in English order. */
export function buildDataset(input: DatasetInput): Dataset {
  const parts = [...input.parts]
    .sort((a, b) => a.data.order - b.data.order)
    .map((p): DataPart => ({ id: p.id, ...p.data }));
  const partOf = (n: number): string => {
    const part = parts.find((p) => p.firstParagraph <= n && n <= p.lastParagraph);
    if (!part) throw new Error(`No part holds ¶${n}.`);
    return part.id;
  };
  const lines = input.source.text.split('\n');
  const paragraphs: DataParagraph[] = input.aligned.map((p) => ({
    n: p.n,
    line: p.n + 5,
    part: partOf(p.n),
    zh: lines[p.n + 4] ?? '',
    en: p.en,
    sentences: p.sentences.map((s) => ({ id: s.id, index: s.index, zh: s.zh, en: s.en })),
  }));
  for (const p of paragraphs) {
    if (p.sentences.map((s) => s.zh).join('') !== p.zh)
      throw new Error(`¶${p.n}: the sentences do not join to source line ${p.line}.`);
  }

  const sorted = [...input.notes].sort(
    (a, b) =>
      a.placed.paragraph - b.placed.paragraph ||
      a.placed.sentence - b.placed.sentence ||
      a.placed.zh.start - b.placed.zh.start ||
      a.slug.localeCompare(b.slug),
  );
  const counters = new Map<string, number>();
  const notes: DataNote[] = sorted.map(({ slug, data, body, zh, placed }) => {
    const part = partOf(placed.paragraph);
    const number = (counters.get(part) ?? 0) + 1;
    counters.set(part, number);
    return {
      slug,
      title: data.title,
      kind: data.kind,
      verdict: data.verdict,
      laterDate: data.laterDate,
      asOf: data.asOf,
      corrected: data.corrected ?? [],
      paragraph: placed.paragraph,
      sentence: anchor.sentence(placed.paragraph, placed.sentence),
      quote: data.quote,
      occurrence: data.occurrence,
      quoteEn: data.quoteEn,
      range: { zh: placed.zh, en: placed.en },
      body: body.trim(),
      zh: zh && { ...zh, body: zh.body.trim() },
      sources: data.sources,
      part,
      number,
    };
  });

  const terms: DataTerm[] = [...input.terms]
    .sort((a, b) => a.data.english.localeCompare(b.data.english, 'en') || a.slug.localeCompare(b.slug))
    .map(({ slug, data }) => ({
      slug,
      term: data.term,
      english: data.english,
      pinyin: data.pinyin,
      category: data.category,
      aliases: { zh: data.aliases.zh, en: data.aliases.en },
      definition: data.definition,
      usage: data.usage,
      zh: data.zh,
      related: data.related,
      sources: data.sources,
      occurrences: input.occurrences
        .filter((o) => o.slug === slug)
        .map((o) => ({ sentence: anchor.sentence(o.paragraph, o.sentence), lang: o.lang, match: o.match })),
      frameOccurrences: input.frameOccurrences
        .filter((o) => o.slug === slug)
        .map((o) => ({ line: o.line, lang: o.lang, match: o.match })),
    }));

  const version = input.changes.versions[0];
  if (!version) throw new Error('content/changes.yaml lists no version.');
  return {
    version,
    versions: input.changes.versions,
    source: input.source,
    frame: input.frame,
    parts,
    paragraphs,
    notes,
    terms,
  };
}

/** Every sentence of the speech, in reading order. */
export function sentencesOf(dataset: Dataset): DataSentence[] {
  return dataset.paragraphs.flatMap((p) => p.sentences);
}

/** The number of Unicode code points before a UTF-16 offset: offsets as most languages count them. */
export function codePointOffset(text: string, utf16: number): number {
  return [...text.slice(0, utf16)].length;
}
