/**
 * The item a reference manager should hold for what is cited: one record, from which the page
 * metadata (./web.ts) and the machine formats (./machine.ts) are written, and against which
 * `npm run check:zotero` compares what Zotero's own translators make of every page and download.
 * Its shape is Zotero's (item type, fields and creator roles of the Zotero schema), because Zotero is
 * the manager whose import the edition can test; the fields mean the same in CSL, RIS and BibTeX.
 *
 * What is cited (the speech, a part, a paragraph or a sentence) is a Zotero *presentation*, the type
 * Zotero has for a talk given at a meeting (CSL `speech`): presented by Eddie Wu alone, on the day he
 * gave it, at its meeting and place, described as a keynote address. The locator is part of the title
 * (“…, ¶4”), the one field every style prints, and the URL is the passage's permanent address. A
 * presentation has no field for the edition and no role for its editors and translators (its creators
 * are presenters and contributors), so these travel in Extra as CSL variables, one a line, which
 * Zotero keeps and its citation processor reads (README, "Citation, metadata, versions", says why not
 * a contributor). The edition itself (the home page) is a *book*: edited and translated by its
 * editors, with its version as the edition statement.
 *
 * The item is the same whichever page or file it comes from, and whatever the language of the page
 * that carries it: a /zh/ page describes the same item as its English counterpart.
 */
import { paragraphRange, sentenceLabel } from '../apparatus/labels';
import { formatDate } from '../site/dates';
import { EVENT, SPEECH } from '../text/edition';
import {
  dayMonthYear,
  editorsOf,
  englishLocator,
  FAMILY,
  GENRE,
  GIVEN,
  prepare,
  type CiteEdition,
  type CiteInput,
  type Prepared,
} from './model';
import { sentenceTitle, splitTitle } from './titles';

/** A creator as Zotero's API writes it: two fields for a person, one (name) for a body. */
export type ZoteroCreator =
  { creatorType: string; firstName: string; lastName: string } | { creatorType: string; name: string };

/** The fields of an item that the edition sets, by their Zotero names (accessDate and notes apart). */
export interface ZoteroItem {
  itemType: 'presentation' | 'book';
  title: string;
  shortTitle?: string;
  creators: ZoteroCreator[];
  abstractNote: string;
  /** YYYY-MM-DD. */
  date: string;
  language: string;
  url: string;
  /** Presentation: the description of the talk, the meeting and its place. */
  presentationType?: string;
  meetingName?: string;
  place?: string;
  /** Book: the version as the edition statement, and the publisher. */
  edition?: string;
  publisher?: string;
  /** CSL variables the item type lacks, "variable: value", one a line. */
  extra?: string;
}

/**
 * The language of the item: English, the language of its title's translation, of the translation and
 * of the apparatus; the Chinese original is named in the title. A Chinese code would make citation
 * processors treat the speaker's name as a Chinese name (“Wu Eddie”) in English styles.
 */
export const ITEM_LANGUAGE = 'en';

const speaker: ZoteroCreator = { creatorType: 'presenter', firstName: GIVEN, lastName: FAMILY };

/**
 * The title of what is cited, in its parts: the speech's title (Chinese, then its English translation),
 * the paragraph or paragraphs, and for a part its title (the edition's, in parentheses).
 */
export function titleParts(c: Prepared): { zh: string; en: string; locator?: string; part?: string } {
  const l = c.locator;
  const speech = { zh: SPEECH.titleZh, en: SPEECH.titleEn };
  switch (l.kind) {
    case 'speech':
      return speech;
    case 'part':
      return { ...speech, locator: paragraphRange(l.first, l.last, 'en'), part: l.title };
    case 'paragraph':
      return { ...speech, locator: paragraphRange(l.paragraph, l.paragraph, 'en') };
    case 'sentence':
      return { ...speech, locator: sentenceLabel(l.paragraph, l.sentence) };
  }
}

/** "吴泳铭… [Keynote …]", "…, ¶4", "…, ¶9.2", "…, ¶2–¶6 (Thesis 1 — …)". */
export function itemTitle(c: Prepared): string {
  const { zh, en, locator, part } = titleParts(c);
  return `${zh} [${en}]${locator ? `, ${locator}` : ''}${part ? ` (${part})` : ''}`;
}

/**
 * What the item is, as its abstract: "Paragraph 4 of the keynote Eddie Wu gave at …, in the Chinese
 * original with the English translation of the … editors (<edition>, version 1.0.0, 30 November 2026)."
 */
function abstractOf(c: Prepared): string {
  const { edition: e } = c;
  const locator = englishLocator(c.locator);
  return [
    locator ? `${locator} of the keynote` : 'The keynote',
    `${GIVEN} ${FAMILY} gave at the ${SPEECH.event}, ${SPEECH.place}, on ${dayMonthYear(c.spoken)},`,
    `in the Chinese original with the English translation of the ${c.editors}`,
    `(${sentenceTitle(e.title)}, version ${e.version}, ${dayMonthYear(c.released)}).`,
  ].join(' ');
}

/**
 * The CSL variables a presentation lacks, for Extra (and CSL-JSON's note): the edition as the
 * container, its editors as editor and translator (a processor prints "edited and translated by"),
 * and its version. Zotero keeps them in Extra and its processor reads them, as citeproc-js reads them
 * from a CSL-JSON note. No publisher: Zotero gives a presentation's place to CSL as the publisher's
 * place too, and the styles would print "Hangzhou: Apsara 2024 Keynote Edition", a place the edition
 * was not published in; the container's title and editors name the edition.
 */
export function extraLines(c: Prepared): [string, string][] {
  const { edition: e } = c;
  return [
    ['container-title', sentenceTitle(e.title)],
    ['editor', c.editors],
    ['translator', c.editors],
    ['version', e.version],
  ];
}

/** A value on one line, as Extra and the line-based formats need it. */
export const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ');

/** The item for the speech, a part, a paragraph or a sentence. */
export function citedItem(input: CiteInput): ZoteroItem {
  return itemOf(prepare(input));
}

export function itemOf(c: Prepared): ZoteroItem {
  return {
    itemType: 'presentation',
    title: itemTitle(c),
    shortTitle: SPEECH.titleZh,
    creators: [speaker],
    abstractNote: abstractOf(c),
    date: c.spoken.iso,
    language: ITEM_LANGUAGE,
    url: c.url,
    presentationType: GENRE,
    meetingName: SPEECH.event,
    place: EVENT.place,
    extra: extraLines(c)
      .map(([k, v]) => `${k}: ${oneLine(v)}`)
      .join('\n'),
  };
}

/**
 * The edition as a whole (its home page): a book edited and translated by its editors, published by
 * the edition on the date of its version, with the version as its edition statement.
 */
export function editionItem(edition: CiteEdition): ZoteroItem {
  const editors = editorsOf(edition);
  return {
    itemType: 'book',
    title: sentenceTitle(edition.title),
    // As Zotero derives it from a title with a subtitle, and as it shows in a short note.
    shortTitle: splitTitle(edition.title).main,
    creators: [
      { creatorType: 'editor', name: editors },
      { creatorType: 'translator', name: editors },
    ],
    abstractNote: `An annotated, bilingual reference edition of the keynote ${GIVEN} ${FAMILY} gave at the ${SPEECH.event}, ${SPEECH.place}, on ${formatDate(SPEECH.date)}: the Chinese text verbatim, paragraph by paragraph, with an English translation, notes and a glossary.`,
    date: edition.date,
    language: ITEM_LANGUAGE,
    url: edition.url,
    edition: `Version ${edition.version}`,
    publisher: edition.publisher,
  };
}
