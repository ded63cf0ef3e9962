/**
 * content/glossary-links.md: every place each glossary entry links in the text, in both languages,
 * made with the code the pages use (termLinks() in ./annotate.ts, through ./term-match.ts), so that
 * an alias that links where it should not is visible in review. Pure: the unit test
 * (src/lib/data/glossary-links.test.ts) makes the table from content/ and compares it with the file, and
 * `npm run glossary:links` writes it; a check of the build (e2e/build/glossary.test.ts) reads the
 * file back with parseLinksTable() and compares it with the links of the built pages.
 */
import type { AlignedFrameLine, AlignedParagraph } from '../text/alignment';
import { termLinks } from './annotate';
import { sentenceLabel } from './labels';
import { termPattern, type Lang, type MatchTerm } from './term-match';

/** Where a text is: "¶4.2" (a sentence of the speech) or "line 1" (a line of the publisher's frame). */
export const frameLineLabel = (line: number): string => `line ${line}`;

/** The words that link to one entry in one sentence (or frame line), by language. */
export interface LinkPlace {
  readonly where: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Words of the entry inside a note's marked words, so not linked (a link cannot nest in the mark). */
  readonly held: { readonly zh: readonly string[]; readonly en: readonly string[] };
}

export interface EntryLinks {
  readonly slug: string;
  readonly term: string;
  readonly english: string;
  readonly places: readonly LinkPlace[];
}

export interface LinksInput {
  readonly terms: readonly { slug: string; data: { term: string; english: string } }[];
  readonly matchTerms: readonly MatchTerm[];
  readonly aligned: readonly AlignedParagraph[];
  readonly frame: readonly AlignedFrameLine[];
  /** Each note's words: its sentence and its ranges in each language (as ./place-notes.ts places them). */
  readonly notes: readonly {
    placed: {
      paragraph: number;
      sentence: number;
      zh: { start: number; end: number };
      en?: { start: number; end: number } | undefined;
    };
  }[];
}

/** Every entry, in slug order, with the places it links (the frame first, then the speech in order). */
export function collectLinks(input: LinksInput): EntryLinks[] {
  const patterns = { zh: termPattern(input.matchTerms, 'zh'), en: termPattern(input.matchTerms, 'en') };
  // slug → where → the place being filled
  const bySlug = new Map<string, Map<string, { zh: string[]; en: string[]; held: { zh: string[]; en: string[] } }>>();
  const add = (where: string, lang: Lang, text: string, marked: { start: number; end: number }[]) => {
    const linked = termLinks(text, patterns[lang], marked);
    for (const found of termLinks(text, patterns[lang])) {
      const places = bySlug.get(found.slug) ?? new Map();
      bySlug.set(found.slug, places);
      const place = places.get(where) ?? { zh: [], en: [], held: { zh: [], en: [] } };
      places.set(where, place);
      const isLinked = linked.some((l) => l.start === found.start && l.end === found.end);
      (isLinked ? place[lang] : place.held[lang]).push(found.match);
    }
  };
  for (const line of input.frame) {
    for (const s of line.sentences)
      for (const lang of ['zh', 'en'] as const) add(frameLineLabel(line.line), lang, s[lang], []);
  }
  for (const p of input.aligned) {
    for (const s of p.sentences) {
      const here = input.notes.filter((n) => n.placed.paragraph === p.n && n.placed.sentence === s.index);
      for (const lang of ['zh', 'en'] as const) {
        const marked = here.flatMap((n) => {
          const range = n.placed[lang];
          return range ? [range] : [];
        });
        add(sentenceLabel(p.n, s.index), lang, s[lang], marked);
      }
    }
  }
  return [...input.terms]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((t) => ({
      slug: t.slug,
      term: t.data.term,
      english: t.data.english,
      places: [...(bySlug.get(t.slug) ?? new Map()).entries()].map(([where, place]) => ({ where, ...place })),
    }));
}

const cell = (linked: readonly string[], held: readonly string[]) =>
  [...linked, ...held.map((w) => `(${w})`)].join(', ') || '—';

const count = (entries: readonly EntryLinks[], lang: Lang) =>
  entries.reduce((sum, e) => sum + e.places.reduce((n, p) => n + p[lang].length, 0), 0);

/** The Markdown of content/glossary-links.md. */
export function linksTable(entries: readonly EntryLinks[]): string {
  const without = (lang: Lang) =>
    entries
      .filter((e) => e.places.every((p) => p[lang].length === 0))
      .map((e) => `\`${e.slug}\``)
      .join(', ') || 'none';
  const lines = [
    '# Where each glossary entry links in the text',
    '',
    'Generated from `content/` by `npm run glossary:links`, with the term matcher the pages use; do not edit it by',
    'hand. A unit test fails when this file and `content/` disagree, and a check of the build when the built pages',
    'link anything else. Read it after changing an alias: every row is a link a reader will follow.',
    '',
    '- **where**: ¶N.M is sentence M of paragraph N; “line N” is a line of the publisher’s frame, shown on the',
    '  About page (source lines 1–5, not the speech).',
    '- **中文**, **English**: the words that link to the entry there (the longest alias wins); “—” none;',
    '  in parentheses, words of the entry inside a note’s marked words, which are not linked.',
    '',
    `${entries.length} entries; ${count(entries, 'zh')} links in the Chinese, ${count(entries, 'en')} in the English.`,
    `No link in the Chinese: ${without('zh')}. No link in the English: ${without('en')}.`,
  ];
  for (const e of entries) {
    lines.push('', `## \`${e.slug}\`: ${e.english} · ${e.term}`, '');
    lines.push('| where | 中文 | English |', '| --- | --- | --- |');
    for (const p of e.places) lines.push(`| ${p.where} | ${cell(p.zh, p.held.zh)} | ${cell(p.en, p.held.en)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The links the table lists, by entry: slug → where → the linked words of each language (held words left out). */
export function parseLinksTable(markdown: string): Map<string, Map<string, { zh: string[]; en: string[] }>> {
  const out = new Map<string, Map<string, { zh: string[]; en: string[] }>>();
  let places: Map<string, { zh: string[]; en: string[] }> | undefined;
  const words = (c: string) =>
    c === '—'
      ? []
      : c
          .split(', ')
          .filter((w) => !/^\(.*\)$/.test(w))
          .map((w) => w.trim());
  for (const line of markdown.split('\n')) {
    const heading = /^## `([a-z0-9-]+)`/.exec(line);
    if (heading) {
      places = new Map();
      out.set(heading[1]!, places);
      continue;
    }
    const row = /^\| (¶\d+\.\d+|line \d+) \| (.*) \| (.*) \|$/.exec(line);
    if (row && places) places.set(row[1]!, { zh: words(row[2]!), en: words(row[3]!) });
  }
  return out;
}
