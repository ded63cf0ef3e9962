/**
 * What the citation model gives for every citable page and download of the build, computed for the
 * checks from content/ and the build's variables (SITE_URL, BASE_PATH), not from the site's own
 * loaders: the edition as of the current version (content/changes.yaml), every target (the speech,
 * each part, each paragraph) with its permanent URL as published, the pages that describe it and the
 * files that record it. For e2e/build/citation.test.ts and `npm run check:zotero`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { citedItem, editionItem, type ZoteroItem } from '../../src/lib/cite/item.ts';
import type { CiteEdition, CiteInput, CiteTarget } from '../../src/lib/cite/model.ts';
import { EDITION } from '../../src/lib/text/edition.ts';
import { localized, paths, type CiteFileFormat } from '../../src/lib/site/addresses.ts';
import { parts, sourceParagraphs } from '../site.ts';
import { published } from './built-site.ts';

/** The current version and its date: the first entry of content/changes.yaml. */
const current = (
  parse(readFileSync('content/changes.yaml', 'utf8')) as { versions: { version: string; date: string }[] }
).versions[0]!;

/** The edition as the build cites it, on the address it is published at. */
export const EDITION_AT_BUILD: CiteEdition = {
  title: EDITION.title,
  publisher: EDITION.publisher,
  version: current.version,
  date: String(current.date),
  url: published(paths.home),
  speechUrl: published(paths.speech),
};

/** The input of a citation as the build writes it: a static page's access date is the version's. */
export const inputAtBuild = (target: CiteTarget): CiteInput => ({
  edition: EDITION_AT_BUILD,
  target,
  accessed: EDITION_AT_BUILD.date,
});

export const FILE_FORMATS = { bib: 'bibtex', ris: 'ris', json: 'csl-json' } as const satisfies Record<
  CiteFileFormat,
  string
>;

export interface Cited {
  /** A name for reports: "the speech", "part 1", "¶4". */
  name: string;
  target: CiteTarget;
  /** The pages that describe it, and so carry its item (the /p/N/ short link is one). */
  pages: string[];
  /** Its BibTeX, RIS and CSL-JSON files. */
  files: Record<CiteFileFormat, string>;
}

const files = (of: (f: CiteFileFormat) => string) =>
  Object.fromEntries((Object.keys(FILE_FORMATS) as CiteFileFormat[]).map((f) => [f, of(f)])) as Record<
    CiteFileFormat,
    string
  >;

/** Every citable target of the build, with its pages and files. */
export const CITED: Cited[] = [
  {
    name: 'the speech',
    target: { kind: 'speech', url: published(paths.speech) },
    pages: [paths.speech, paths.cite],
    files: files(paths.citeDownload),
  },
  ...parts.map((p): Cited => ({
    name: `part ${p.id}`,
    target: {
      kind: 'part',
      label: p.data.title,
      url: published(paths.part(p.id)),
      paragraphs: { first: p.data.firstParagraph, last: p.data.lastParagraph },
    },
    pages: [paths.part(p.id), paths.citePart(p.id)],
    files: files((f) => paths.citeDownloadOf(p.id, f)),
  })),
  ...sourceParagraphs().map((_, i): Cited => ({
    name: `¶${i + 1}`,
    target: { kind: 'paragraph', url: published(paths.shortLink(i + 1)), paragraph: i + 1 },
    pages: [paths.citeParagraph(i + 1), paths.shortLink(i + 1)],
    files: files((f) => paths.citeDownloadOf(`p${i + 1}`, f)),
  })),
];

/**
 * The item each citable page describes, by site path; the home page describes the edition. A page of
 * the Chinese tree (/zh/…) saves the same item as its English counterpart: the item's address is the
 * permanent one, whichever language the reader cites it from.
 */
export function itemsByPage(): Map<string, ZoteroItem> {
  const items = new Map<string, ZoteroItem>([[paths.home, editionItem(EDITION_AT_BUILD)]]);
  for (const c of CITED) for (const page of c.pages) items.set(page, citedItem(inputAtBuild(c.target)));
  for (const [page, item] of [...items]) items.set(localized(page, 'zh'), item);
  return items;
}
