/**
 * Reads content/ with Node's file system, without Astro's content layer, and checks it with the same
 * schemas and functions as the build: for the unit tests of the data formats, and for the frame's
 * translation (content/translation/frame.yaml), which no collection holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { alignAll, type AlignedFrameLine, type AlignedParagraph } from '../text/alignment';
import type { PlacedNote } from '../apparatus/annotate';
import { checkEntries } from '../apparatus/glossary';
import { findFrameOccurrences, findOccurrences, type MatchTerm } from '../apparatus/term-match';
import { checkPartCoverage } from '../text/parts';
import { placeNote } from '../apparatus/place-notes';
import {
  noteSchema,
  noteZhSchema,
  partSchema,
  termSchema,
  translationSchema,
  type ChangesData,
  type NoteData,
  type PartData,
  type TermData,
} from '../content/schemas';
import { paragraphs, source, SOURCE_SHA256 } from '../text/source';
import { alignedFrame } from '../text/frame';
import { buildDataset, type ChineseNote, type Dataset, type DataFrameLine } from './dataset';

const root = () => process.cwd();
const SOURCE_FILE = 'apsara-2024-keynote.zh.txt';

/** The body and YAML frontmatter of a Markdown or MDX file. */
export function frontmatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter.`);
  return { data: parse(m[1]!), body: m[2]! };
}

function files(dir: string, pattern: RegExp): { file: string; slug: string; text: string }[] {
  return readdirSync(join(root(), dir))
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => ({
      file: `${dir}/${f}`,
      slug: f.split('.')[0]!, // the name up to its first dot
      text: readFileSync(join(root(), dir, f), 'utf8'),
    }));
}

function check<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${file}: ${r.error.message}`);
  return r.data;
}

export { alignedFrame };

/** The frame as the data files give it: each line, verbatim, and its English. */
export const frameWithTranslation = (): DataFrameLine[] => alignedFrame().map(({ line, zh, en }) => ({ line, zh, en }));

export const sourceInfo = (): Dataset['source'] => ({
  file: SOURCE_FILE,
  sha256: SOURCE_SHA256,
  lines: source.split('\n').length,
  text: source,
});

/** The content a page is made of, read from content/ and checked as the build checks it. */
export interface ContentFromFiles {
  readonly parts: { id: string; filePath: string; data: PartData }[];
  readonly aligned: AlignedParagraph[];
  readonly notes: {
    slug: string;
    data: NoteData;
    body: string;
    zh: ChineseNote | undefined;
    placed: Omit<PlacedNote, 'number' | 'href'>;
  }[];
  readonly terms: { slug: string; data: TermData }[];
  /** The glossary as the term matcher needs it (src/lib/glossary.ts). */
  readonly matchTerms: MatchTerm[];
  readonly frame: AlignedFrameLine[];
}

/** Reads and checks content/: for the tests of the data formats and for content/glossary-links.md. */
export function readContent(): ContentFromFiles {
  const parts = files('content/parts', /^(?!.*\.zh\.mdx$).*\.mdx$/).map((f) => ({
    id: f.slug,
    filePath: f.file,
    data: check(partSchema, frontmatter(f.text, f.file).data, f.file),
  }));
  checkPartCoverage(parts);
  const aligned = alignAll(
    files('content/translation', /^p\d\d\.yaml$/).map((f) => ({
      file: f.file,
      data: check(translationSchema, parse(f.text), f.file),
    })),
    paragraphs.map((p) => p.zh),
  );
  const twins = new Map(
    files('content/notes', /\.zh\.md$/).map((f) => {
      const { data: raw, body } = frontmatter(f.text, f.file);
      const data = check(noteZhSchema, raw, f.file);
      return [f.slug, { title: data.title, body, corrected: data.corrected ?? [] }];
    }),
  );
  const notes = files('content/notes', /^(?!.*\.zh\.md$).*\.md$/).map((f) => {
    const { data: raw, body } = frontmatter(f.text, f.file);
    const data = check(noteSchema, raw, f.file);
    return {
      slug: f.slug,
      data,
      body,
      zh: twins.get(f.slug),
      placed: placeNote(f.file, f.slug, data, aligned[data.paragraph - 1]),
    };
  });
  const glossary = files('content/glossary', /\.yaml$/).map((f) => ({
    slug: f.slug,
    file: f.file,
    data: check(termSchema, parse(f.text), f.file),
  }));
  return {
    parts,
    aligned,
    notes,
    terms: glossary.map(({ slug, data }) => ({ slug, data })),
    matchTerms: checkEntries(glossary),
    frame: alignedFrame(),
  };
}

/** The whole dataset, read from content/ (for tests; the build uses the checked edition data). */
export function loadDatasetFromContent(changes: ChangesData): Dataset {
  const { parts, aligned, notes, terms, matchTerms, frame } = readContent();
  return buildDataset({
    parts,
    aligned,
    notes,
    terms,
    occurrences: findOccurrences(aligned, matchTerms),
    frameOccurrences: findFrameOccurrences(frame, matchTerms),
    changes,
    frame: frame.map(({ line, zh, en }) => ({ line, zh, en })),
    source: sourceInfo(),
  });
}
