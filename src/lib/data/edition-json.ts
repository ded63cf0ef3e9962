/**
 * The edition as JSON (edition.json), described by the JSON Schema beside it (edition.schema.json,
 * whose source is ./edition.schema.json): the speech and the edition, the source with its frame, the
 * parts, the paragraphs with their sentences (Chinese, English, address, URL), the notes with the
 * exact words they explain, the glossary entries with their occurrences (in the speech and in the
 * publisher's frame), and the versions.
 * Character ranges count Unicode code points, as most languages index strings.
 */
import { withoutReferences } from '../apparatus/chinese';
import { anchor } from '../site/addresses';
import { EDITION, SPEECH } from '../text/edition';
import { codePointOffset, type Dataset, type DataLinks, type Range } from './dataset';
import { EDITION_LICENCE, licenceStatements, type Licence } from './licence';
import schemaSource from './edition.schema.json';

const cp = (text: string, r: Range) => ({ start: codePointOffset(text, r.start), end: codePointOffset(text, r.end) });

export function editionObject(d: Dataset, links: DataLinks, options: { licence?: Licence | undefined } = {}) {
  const licence = 'licence' in options ? options.licence : EDITION_LICENCE;
  const v = d.version;
  const statements = licenceStatements(licence);
  const sentence = (id: string) => d.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)!;
  return {
    $schema: links.dataFile(v.version, 'edition.schema.json'),
    edition: {
      title: EDITION.title,
      publisher: EDITION.publisher,
      version: v.version,
      date: v.date,
      url: links.home,
      data: links.dataPage,
      languages: ['zh-Hans', 'en'],
      licence: {
        declared: licence !== undefined,
        ...(licence ? { name: licence.name, id: licence.id, url: licence.url } : {}),
        statement: statements.edition,
      },
      speechStatus: statements.speech,
    },
    speech: {
      speaker: SPEECH.speaker,
      speakerZh: SPEECH.speakerZh,
      titleZh: SPEECH.titleZh,
      titleEn: SPEECH.titleEn,
      event: SPEECH.event,
      eventZh: SPEECH.eventZh,
      place: SPEECH.place,
      date: SPEECH.date,
    },
    source: {
      file: d.source.file,
      sha256: d.source.sha256,
      lines: d.source.lines,
      frame: d.frame.map((l) => ({ line: l.line, zh: l.zh, ...(l.en !== undefined ? { en: l.en } : {}) })),
    },
    parts: d.parts.map((p) => ({
      id: p.id,
      order: p.order,
      title: p.title,
      shortTitle: p.shortTitle,
      firstParagraph: p.firstParagraph,
      lastParagraph: p.lastParagraph,
      summary: p.summary,
      url: links.part(p.id),
    })),
    paragraphs: d.paragraphs.map((p) => ({
      n: p.n,
      address: anchor.paragraph(p.n),
      sourceLine: p.line,
      part: p.part,
      url: links.anchor(p.part, anchor.paragraph(p.n)),
      zh: p.zh,
      en: p.en,
      sentences: p.sentences.map((s) => ({
        address: s.id,
        n: s.index,
        zh: s.zh,
        en: s.en,
        url: links.anchor(p.part, s.id),
      })),
    })),
    notes: d.notes.map((n) => {
      const s = sentence(n.sentence);
      return {
        slug: n.slug,
        address: anchor.note(n.slug),
        url: links.note(n.part, n.slug),
        part: n.part,
        number: n.number,
        title: n.title,
        kind: n.kind,
        ...(n.verdict !== undefined ? { verdict: n.verdict } : {}),
        ...(n.laterDate !== undefined ? { laterDate: n.laterDate } : {}),
        asOf: n.asOf,
        corrected: n.corrected,
        paragraph: n.paragraph,
        sentence: n.sentence,
        quote: n.quote,
        occurrence: n.occurrence,
        ...(n.quoteEn !== undefined ? { quoteEn: n.quoteEn } : {}),
        range: {
          zh: cp(s.zh, n.range.zh),
          ...(n.range.en ? { en: cp(s.en, n.range.en) } : {}),
        },
        text: n.body,
        ...(n.zh ? { zh: { title: n.zh.title, text: n.zh.body, corrected: n.zh.corrected } } : {}),
        sources: n.sources,
      };
    }),
    glossary: d.terms.map((t) => ({
      slug: t.slug,
      url: links.term(t.slug),
      term: t.term,
      english: t.english,
      ...(t.pinyin !== undefined ? { pinyin: t.pinyin } : {}),
      category: t.category,
      aliases: t.aliases,
      definition: t.definition,
      usage: t.usage,
      ...(t.zh ? { zh: { definition: withoutReferences(t.zh.definition), usage: withoutReferences(t.zh.usage) } } : {}),
      related: t.related,
      sources: t.sources,
      occurrences: t.occurrences,
      frameOccurrences: t.frameOccurrences,
    })),
    versions: d.versions,
  };
}

export function editionJson(d: Dataset, links: DataLinks, options: { licence?: Licence | undefined } = {}): string {
  return `${JSON.stringify(editionObject(d, links, options), null, 2)}\n`;
}

/** The JSON Schema as published beside edition.json, with its own address as $id. */
export function editionSchema(links: DataLinks, version: string): string {
  const { $schema, ...rest } = schemaSource;
  return `${JSON.stringify({ $schema, $id: links.dataFile(version, 'edition.schema.json'), ...rest }, null, 2)}\n`;
}
