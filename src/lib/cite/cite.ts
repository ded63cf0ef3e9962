/**
 * Citations of the speech, or of a part, paragraph or sentence of it, in seven formats. Pure: the
 * caller supplies the edition's version and dates and the reader's access date (src/lib/citations.ts
 * builds the input for the site), so every output can be tested as an exact string.
 *
 * What every format says, each in its own way: the speaker; the Chinese title and its English
 * translation; the event, place and date; this edition and its version; the permanent URL of what
 * is cited; and that the English translation is this edition's.
 *
 * The four prose styles are plain text. Chicago, APA and MLA set some titles in italics, which plain
 * text cannot show and which a copied citation would carry as stray asterisks or underscores; the
 * reader's word processor restores them. Quotation marks are typographic (“ ”), as the styles print
 * them. The edition's title is given in the case each manual asks for, its subtitle after a colon:
 * headline style in Chicago and MLA, sentence style in APA and the machine formats.
 *
 * Where the locator goes: a reference entry describes the work, so Chicago's bibliography entry, APA's
 * reference and MLA's works-cited entry are the same for the speech and for any part, paragraph or
 * sentence of it (at the speech's permanent URL), and the part, paragraph or sentence goes into
 * Chicago's note and APA's and MLA's in-text citation. GB/T 7714 and the machine formats describe the
 * cited passage itself, at its own URL.
 *
 * Checked against independent tools in cite.processor.test.ts (citeproc-js with the official CSL
 * styles) and cite.roundtrip.test.ts (citation-js parsing the BibTeX and RIS back).
 */
import { formatDate, formatMonthDayYear, MONTHS, parseDate, slashDate } from '../site/dates';
import { EDITION, EVENT, SPEAKER, SPEECH } from '../text/edition';

export interface CiteEdition {
  /** The edition's title, e.g. "Eddie Wu at Apsara 2024 — an annotated edition". */
  title: string;
  /** Its publisher; its editors and translators are named collectively after it ("… editors"). */
  publisher: string;
  /** Version string, e.g. "1.0.0". */
  version: string;
  /** Date of that version, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of the edition's home page. */
  url: string;
  /** Absolute permanent URL of the whole speech (/speech/), which every reference entry names. */
  speechUrl: string;
}

export interface CiteTarget {
  kind: 'speech' | 'part' | 'paragraph' | 'sentence';
  /**
   * For a part, its title (required), e.g. "Thesis 1 — 22 months, and still early in the AGI
   * transformation"; "¶4" or "¶9.2" for a paragraph or sentence, whose numbers the formats use instead.
   */
  label?: string;
  /**
   * Absolute permanent URL of what is cited: /speech/ for the speech, /speech/1/ for a part, /p/4/ for
   * a paragraph, /speech/2/#p9.2 for a sentence.
   */
  url: string;
  /** Paragraph number, required for paragraphs and sentences. */
  paragraph?: number;
  /** Sentence number within the paragraph, required for sentences. */
  sentence?: number;
  /** For a part, the paragraphs it holds, first and last (required). */
  paragraphs?: { first: number; last: number };
}

export interface CiteInput {
  edition: CiteEdition;
  target: CiteTarget;
  /**
   * The reader's access date, YYYY-MM-DD: static pages pass the version's date, and the cite script
   * replaces it with the day the reader copies the citation.
   */
  accessed: string;
}

/** The seven formats, each offered on every citation page. */
export type FormatId = 'chicago' | 'apa' | 'mla' | 'gbt7714' | 'bibtex' | 'ris' | 'csl-json';

/**
 * What a reader copies: a format's reference entry, and for the prose styles also the form that
 * carries the locator (Chicago's notes, APA's and MLA's in-text citations); GB/T's two records, each
 * on its own.
 */
export type FormId =
  FormatId | 'chicago-note' | 'chicago-short-note' | 'apa-in-text' | 'mla-in-text' | 'gbt7714-zh' | 'gbt7714-en';

export interface Format {
  id: FormatId;
  label: string;
  mime: string;
  fileExtension: string;
  /** The forms a reader copies, in the order shown; a format with one form is its own entry. */
  /** Each form of the format; `lang` where the form (its label and its text) is in Chinese. */
  forms: readonly { id: FormId; label: string; lang?: 'zh-Hans' }[];
}

export const FORMATS: readonly Format[] = [
  {
    id: 'chicago',
    label: 'Chicago (17th ed., notes and bibliography)',
    mime: 'text/plain',
    fileExtension: 'txt',
    forms: [
      { id: 'chicago-note', label: 'Note' },
      { id: 'chicago-short-note', label: 'Short note' },
      { id: 'chicago', label: 'Bibliography entry' },
    ],
  },
  {
    id: 'apa',
    label: 'APA (7th ed.)',
    mime: 'text/plain',
    fileExtension: 'txt',
    forms: [
      { id: 'apa-in-text', label: 'In-text citation' },
      { id: 'apa', label: 'Reference list entry' },
    ],
  },
  {
    id: 'mla',
    label: 'MLA (9th ed.)',
    mime: 'text/plain',
    fileExtension: 'txt',
    forms: [
      { id: 'mla-in-text', label: 'In-text citation' },
      { id: 'mla', label: 'Works-cited entry' },
    ],
  },
  {
    id: 'gbt7714',
    label: 'GB/T 7714—2015',
    mime: 'text/plain',
    fileExtension: 'txt',
    forms: [
      { id: 'gbt7714-zh', label: '中文著录', lang: 'zh-Hans' },
      { id: 'gbt7714-en', label: 'English record' },
    ],
  },
  {
    id: 'bibtex',
    label: 'BibTeX',
    mime: 'application/x-bibtex',
    fileExtension: 'bib',
    forms: [{ id: 'bibtex', label: 'BibTeX' }],
  },
  {
    id: 'ris',
    label: 'RIS',
    mime: 'application/x-research-info-systems',
    fileExtension: 'ris',
    forms: [{ id: 'ris', label: 'RIS' }],
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    mime: 'application/vnd.citationstyles.csl+json',
    fileExtension: 'json',
    forms: [{ id: 'csl-json', label: 'CSL-JSON' }],
  },
];

export function cite(form: FormId, input: CiteInput): string {
  const c = prepare(input);
  switch (form) {
    case 'chicago':
      return chicago(c);
    case 'chicago-note':
      return chicagoNote(c);
    case 'chicago-short-note':
      return chicagoShortNote(c);
    case 'apa':
      return apa(c);
    case 'apa-in-text':
      return apaInText(c);
    case 'mla':
      return mla(c);
    case 'mla-in-text':
      return mlaInText(c);
    case 'gbt7714':
      return `${gbt7714Zh(c)}\n${gbt7714En(c)}`;
    case 'gbt7714-zh':
      return gbt7714Zh(c);
    case 'gbt7714-en':
      return gbt7714En(c);
    case 'bibtex':
      return bibtex(c);
    case 'ris':
      return ris(c);
    case 'csl-json':
      return cslJson(c);
  }
}

// ---------------------------------------------------------------------------------------------------
// The citations' own wording (the facts come from ./edition.ts).

/** The speech is a keynote: the genre word in Chicago, the bracketed description in APA, MLA's optional element. */
const GENRE = 'Keynote address';
const { family: FAMILY, given: GIVEN, initial: INITIAL } = SPEAKER;
/** Bibliography keys: stable per target, so that a reader's .bib keeps working across versions. */
const KEY = 'wu2024apsara';

// ---------------------------------------------------------------------------------------------------
// Input checked once and turned into what the formats share.

type Locator =
  | { kind: 'speech' }
  | { kind: 'part'; title: string; slug: string; first: number; last: number }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'sentence'; paragraph: number; sentence: number };

interface Prepared {
  edition: CiteEdition;
  /** The editors and translators, named collectively: "Apsara 2024 Keynote Edition editors". */
  editors: string;
  /** The URL of what is cited. */
  url: string;
  /** The URL of the whole speech, for the reference entries. */
  speechUrl: string;
  locator: Locator;
  spoken: YMD;
  released: YMD;
  accessed: YMD;
}

interface YMD {
  year: number;
  month: number;
  day: number;
  iso: string;
}

function prepare({ edition, target, accessed }: CiteInput): Prepared {
  return {
    edition,
    editors: `${edition.publisher} editors`,
    url: absolute(target.url, 'target.url'),
    speechUrl: absolute(edition.speechUrl, 'edition.speechUrl'),
    locator: locate(target),
    spoken: ymd(SPEECH.date, 'the speech date'),
    released: ymd(edition.date, 'edition.date'),
    accessed: ymd(accessed, 'accessed'),
  };
}

function locate(target: CiteTarget): Locator {
  const { kind, label, paragraph, sentence, paragraphs } = target;
  const whole = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;
  switch (kind) {
    case 'speech':
      return { kind };
    case 'part': {
      if (!label) throw new Error(`cite(): a part needs its title as label (${target.url}).`);
      if (!paragraphs || !whole(paragraphs.first) || !whole(paragraphs.last) || paragraphs.last < paragraphs.first)
        throw new Error(`cite(): a part needs its first and last paragraphs (${target.url}).`);
      // The key of a part comes from its permanent address (/speech/1/ → part1), which never changes.
      const slug = new URL(target.url).pathname.split('/').filter(Boolean).pop();
      if (!slug) throw new Error(`cite(): cannot find the part's slug in ${target.url}.`);
      return { kind, title: label, slug, first: paragraphs.first, last: paragraphs.last };
    }
    case 'paragraph':
      if (!whole(paragraph)) throw new Error(`cite(): a paragraph needs a positive paragraph number (${target.url}).`);
      return { kind, paragraph };
    case 'sentence':
      if (!whole(paragraph) || !whole(sentence))
        throw new Error(`cite(): a sentence needs positive paragraph and sentence numbers (${target.url}).`);
      return { kind, paragraph, sentence };
  }
}

function absolute(url: string, what: string): string {
  try {
    new URL(url);
  } catch {
    throw new Error(`cite(): ${what} must be an absolute URL, got "${url}".`);
  }
  return url;
}

function ymd(iso: string, what: string): YMD {
  const d = parseDate(iso);
  if (d?.month === undefined || d.day === undefined)
    throw new Error(`cite(): ${what} must be a YYYY-MM-DD date, got "${iso}".`);
  return { year: d.year, month: d.month, day: d.day, iso };
}

/** MLA abbreviates the months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthName = (d: YMD) => MONTHS[d.month - 1]!;
/** "September 19, 2024" (Chicago). */
const monthDayYear = (d: YMD) => formatMonthDayYear(d.iso);
/** "19 September 2024" (the edition's own form, in notes). */
const dayMonthYear = (d: YMD) => formatDate(d.iso);
/** "2024/09/19" (RIS). */
const slashed = (d: YMD) => slashDate(d.iso);
/** "19 Sept. 2024" (MLA). */
const mlaDate = (d: YMD) => `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;

/** "Paragraph 4", "Paragraph 9, sentence 2", "Part “Thesis 1 — …”, paragraphs 2–6"; undefined for the whole speech. */
function englishLocator(l: Locator): string | undefined {
  switch (l.kind) {
    case 'speech':
      return undefined;
    case 'part':
      return `Part “${l.title}”, ${l.first === l.last ? `paragraph ${l.first}` : `paragraphs ${l.first}–${l.last}`}`;
    case 'paragraph':
      return `Paragraph ${l.paragraph}`;
    case 'sentence':
      return `Paragraph ${l.paragraph}, sentence ${l.sentence}`;
  }
}

/** The same within a larger element: "paragraph 4", "paragraph 9, sentence 2", or the part's bare title. */
function plainLocator(l: Locator): string | undefined {
  return l.kind === 'part' ? l.title : englishLocator(l)?.replace(/^P/, 'p');
}

/**
 * The locator as a note or an in-text citation gives it, by paragraph number, the unit the edition
 * numbers: "para. 9" (Chicago and APA) or "par. 9" (MLA), "paras. 2–6" for a part, with the sentence
 * after a paragraph's number; undefined for the whole speech.
 */
function shortLocator(l: Locator, one: 'para.' | 'par.'): string | undefined {
  switch (l.kind) {
    case 'speech':
      return undefined;
    case 'part':
      return l.first === l.last ? `${one} ${l.first}` : `${one.replace('.', 's.')} ${l.first}–${l.last}`;
    case 'paragraph':
      return `${one} ${l.paragraph}`;
    case 'sentence':
      return `${one} ${l.paragraph}, sentence ${l.sentence}`;
  }
}

/** Ends an element with a period, inside a closing quotation mark as US styles do: “Title.” */
function period(element: string): string {
  return element.endsWith('”') ? `${element.slice(0, -1)}.”` : `${element}.`;
}

/** Joins elements with commas, putting each comma inside a closing quotation mark (MLA). */
function commaList(elements: string[]): string {
  const comma = (e: string) => (e.endsWith('”') ? `${e.slice(0, -1)},”` : `${e},`);
  return elements.map((e, i) => (i === elements.length - 1 ? e : comma(e))).join(' ');
}

// ---------------------------------------------------------------------------------------------------
// The edition's title, in the case each manual asks for. The edition spells it "Eddie Wu at Apsara
// 2024 — an annotated edition"; Chicago (8.159), APA (6.17) and MLA (1.2.1) all put a colon before a
// subtitle whatever the source prints, and capitalise it: headline style in Chicago and MLA, sentence
// style (first word and proper nouns) in APA. The machine formats take the sentence-style form, which
// CSL styles that want headline style convert themselves.

/** Words headline style leaves in lower case inside a title (Chicago 8.159; MLA 1.2.1). */
const MINOR_WORDS = new Set(
  'a an the and but for nor or so yet as at by in of off on per to up via with from into onto over'.split(' '),
);

function splitTitle(title: string): { main: string; sub: string | undefined } {
  const m = /^(.*?)\s*(?:—|:)\s*(.*)$/.exec(title);
  return m ? { main: m[1]!, sub: m[2]! } : { main: title, sub: undefined };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The edition's title in headline style (Chicago, MLA) or sentence style (APA, GB/T, machine formats). */
export function editionTitle(style: 'headline' | 'sentence', title: string = EDITION.title): string {
  return style === 'headline' ? headlineTitle(title) : sentenceTitle(title);
}

/** "Eddie Wu at Apsara 2024: An Annotated Edition" (Chicago, MLA). */
function headlineTitle(title: string): string {
  const { main, sub } = splitTitle(title);
  if (sub === undefined) return main;
  const words = sub.split(' ');
  const last = words.length - 1;
  const cased = words.map((w, i) => (i === 0 || i === last || !MINOR_WORDS.has(w) ? capitalise(w) : w));
  return `${main}: ${cased.join(' ')}`;
}

/** "Eddie Wu at Apsara 2024: An annotated edition" (APA, GB/T and the machine formats). */
function sentenceTitle(title: string): string {
  const { main, sub } = splitTitle(title);
  return sub === undefined ? main : `${main}: ${capitalise(sub)}`;
}

// ---------------------------------------------------------------------------------------------------
// Chicago Manual of Style, 17th ed., notes and bibliography. A speech is cited as a lecture or paper
// presented at a meeting: title in quotation marks, then genre, event, place and date. Where it was
// read follows like a contribution to an edited volume, "In Title, edited and translated by …", then
// version, publisher, date and URL. A title in another language keeps its original form, followed by
// an English translation in brackets, sentence-style; romanizing a non-Latin script is optional in
// Chicago and is omitted. No access date: Chicago asks for one only when a source shows no date of
// publication or revision (14.12), and the version's date is that date.
//
// The note (14.20–14.21) carries the passage cited, by paragraph as the edition numbers it (14.157,
// "para."), and the URL of that passage; the bibliography entry describes the speech once, so that
// a paper quoting ¶9 and ¶12 lists it once. The short note (14.29–14.30) gives surname, short title
// and locator.

function chicago(c: Prepared): string {
  const { edition: e } = c;
  return [
    `${FAMILY}, ${GIVEN}.`,
    `“${SPEECH.titleZh}” [${SPEECH.titleEn}].`,
    `${GENRE}, ${SPEECH.event}, ${SPEECH.place}, ${monthDayYear(c.spoken)}.`,
    `In ${headlineTitle(e.title)}, edited and translated by the ${c.editors}.`,
    `Version ${e.version}.`,
    `${e.publisher}, ${monthDayYear(c.released)}.`,
    `${c.speechUrl}.`,
  ].join(' ');
}

function chicagoNote(c: Prepared): string {
  const { edition: e } = c;
  const locator = shortLocator(c.locator, 'para.');
  return [
    `${GIVEN} ${FAMILY},`,
    `“${SPEECH.titleZh}” [${SPEECH.titleEn}]`,
    `(${GENRE.toLowerCase()}, ${SPEECH.event}, ${SPEECH.place}, ${monthDayYear(c.spoken)}),`,
    `in ${headlineTitle(e.title)}, ed. and trans. the ${c.editors}, version ${e.version}`,
    `(${e.publisher}, ${monthDayYear(c.released)}),`,
    ...(locator ? [`${locator},`] : []),
    `${c.url}.`,
  ].join(' ');
}

function chicagoShortNote(c: Prepared): string {
  const locator = shortLocator(c.locator, 'para.');
  return locator ? `${FAMILY}, “${SPEECH.titleZh},” ${locator}.` : `${FAMILY}, “${SPEECH.titleZh}.”`;
}

// ---------------------------------------------------------------------------------------------------
// APA Publication Manual, 7th ed.: a conference session or presentation (10.5): author, exact date,
// title, bracketed description ([Keynote address]), event, and location with country. The edition
// follows in the form of a chapter in an edited book (10.3), "In Editors (Eds. & Trans.), Title
// (Version …). Publisher. URL", with no full stop after the URL. APA puts no non-Latin script in a
// reference list: the title is romanized (Hanyu Pinyin) and followed by its English translation in
// brackets, the description in a second pair of brackets (9.38). No retrieval date: APA gives one
// only for works designed to change, and the version pins the text cited. A passage is cited in the
// text, by paragraph number (8.28): (Wu, 2024, para. 9).

function apa(c: Prepared): string {
  const { edition: e } = c;
  return [
    `${FAMILY}, ${INITIAL}.`,
    `(${c.spoken.year}, ${monthName(c.spoken)} ${c.spoken.day}).`,
    `${SPEECH.titlePinyin} [${SPEECH.titleEn}] [${GENRE}].`,
    `${SPEECH.event}, ${SPEECH.place}, ${EVENT.country}.`,
    `In ${c.editors} (Eds. & Trans.), ${sentenceTitle(e.title)} (Version ${e.version}).`,
    `${e.publisher}.`,
    c.speechUrl,
  ].join(' ');
}

function apaInText(c: Prepared): string {
  const locator = shortLocator(c.locator, 'para.');
  return `(${[FAMILY, String(c.spoken.year), ...(locator ? [locator] : [])].join(', ')})`;
}

// ---------------------------------------------------------------------------------------------------
// MLA Handbook, 9th ed.: author, title in quotation marks, then containers. A title in another script
// keeps that script, with its translation in brackets after it, itself in quotation marks as the
// title is (2.2.2): “吴泳铭…” [“Keynote …”]. The first container is the event at which the speech was
// given (event, date, place), with "Keynote address" as the optional description, as for a lecture
// or address; the second is this edition: title, contributors ("edited and translated by"), version,
// publisher, date, location (the URL without https://, as MLA 9 recommends). An access date closes the
// entry. Months longer than four letters are abbreviated. A passage is cited in the text by paragraph
// number, "par." (6.20): (Wu, par. 9).

function mla(c: Prepared): string {
  const { edition: e } = c;
  const container = commaList([
    headlineTitle(e.title),
    `edited and translated by the ${c.editors}`,
    `version ${e.version}`,
    e.publisher,
    mlaDate(c.released),
    c.speechUrl.replace(/^https?:\/\//, ''),
  ]);
  return [
    `${FAMILY}, ${GIVEN}.`,
    `“${SPEECH.titleZh}” [“${SPEECH.titleEn}”].`,
    `${SPEECH.event}, ${mlaDate(c.spoken)}, ${SPEECH.place}.`,
    `${GENRE}.`,
    `${container}.`,
    `Accessed ${mlaDate(c.accessed)}.`,
  ].join(' ');
}

function mlaInText(c: Prepared): string {
  const locator = shortLocator(c.locator, 'par.');
  return locator ? `(${FAMILY}, ${locator})` : `(${FAMILY})`;
}

// ---------------------------------------------------------------------------------------------------
// GB/T 7714—2015 信息与文献 参考文献著录规则. A speech is not among the standard's document types, so the
// cited text is an electronic resource, [EB/OL], contained in the edition and recorded as an analytic
// (析出文献, "//" before the host; 4.2 and 4.6): speaker; title in the original language; as other
// title information (其他题名信息) the event, place and date and, if any, the paragraph or paragraphs
// cited (a subdivision, like the 卷次 and 册次 the standard lists there: 第9段, 第2—6段 for a part, whose
// title is the edition's English and has no place in the original-language record); then the host:
// its responsible body, title and version (版本项); the version's date as (更新或修改日期) and the
// access date as [引用日期]; URL. 出版地 and 出版者 are left out, as in the standard's own [EB/OL]
// examples. The English title and the translation are given in a second record in English, under the
// standard's provision for bilingual references ("必要时，可采用双语著录", original language first),
// where the translators are the analytic's other responsible party (其他责任者, ", trans."). There the
// speaker's name takes the standard's form for Latin-script names, surname in capitals and initial
// without a full stop: he publishes in English as Eddie Wu, hence WU E. Each record is copied on its own.

function gbtTail(c: Prepared): string {
  return `(${c.released.iso})[${c.accessed.iso}]. ${c.url}.`;
}

function gbt7714Zh(c: Prepared): string {
  const { edition: e } = c;
  const l = c.locator;
  const zhLocator =
    l.kind === 'part'
      ? l.first === l.last
        ? `第${l.first}段`
        : `第${l.first}—${l.last}段`
      : l.kind === 'paragraph'
        ? `第${l.paragraph}段`
        : l.kind === 'sentence'
          ? `第${l.paragraph}段第${l.sentence}句`
          : undefined;
  return [
    `${SPEECH.speakerZh}.`,
    `${SPEECH.titleZh}: ${SPEECH.eventZh}, ${EVENT.placeZh}, ${SPEECH.date}${zhLocator ? `: ${zhLocator}` : ''}[EB/OL]//${e.publisher}.`,
    `${sentenceTitle(e.title)}.`,
    `${e.version}版.`,
    gbtTail(c),
  ].join(' ');
}

function gbt7714En(c: Prepared): string {
  const { edition: e } = c;
  const enLocator = plainLocator(c.locator);
  return [
    `${FAMILY.toUpperCase()} ${INITIAL}.`,
    `${SPEECH.titleEn}: ${SPEECH.event}, ${SPEECH.place}, ${SPEECH.date}${enLocator ? `: ${enLocator}` : ''}[EB/OL].`,
    `${c.editors}, trans.//${e.publisher}.`,
    `${sentenceTitle(e.title)}.`,
    `Version ${e.version}.`,
    gbtTail(c),
  ].join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Notes shared by the machine formats, which have no field for the edition as a container of a speech.

/** "Paragraph 4. In <edition>, version 1.0.0 (2026-11-29), <publisher>. English translation by the … editors" */
function editionNote(c: Prepared): string {
  const { edition: e } = c;
  const locator = englishLocator(c.locator);
  return [
    ...(locator ? [period(locator)] : []),
    `In ${sentenceTitle(e.title)}, version ${e.version} (${c.released.iso}), ${e.publisher}.`,
    `English translation by the ${c.editors}`,
  ].join(' ');
}

function key(l: Locator): string {
  switch (l.kind) {
    case 'speech':
      return KEY;
    case 'part':
      // part1, part2, part3; the opening and closing parts go by their names.
      return `${KEY}-${/^\d+$/.test(l.slug) ? `part${l.slug}` : l.slug.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
    case 'paragraph':
      return `${KEY}-p${l.paragraph}`;
    case 'sentence':
      return `${KEY}-p${l.paragraph}-${l.sentence}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// BibTeX: @misc, the entry type every style knows for a speech. Event and place go in howpublished,
// which plain.bst and its descendants print; year and month (an unbraced month macro) give the date to
// BibTeX's styles, which print them after howpublished, and date (ISO) the day to biblatex, Biber and
// Zotero, which prefer it to year and month; url and urldate are read by biblatex and natbib's styles (plain.bst ignores
// them, so the URL is not repeated in note, which would print twice elsewhere). The English title is
// braced so that styles which lowercase titles keep its capitals. Values are UTF-8 (biber, or
// inputenc/xeCJK for the Chinese); LaTeX's special characters in caller-supplied text are escaped,
// braces included, as commands, so that an unbalanced brace cannot end a field early. The URL is left
// as it is: url is a verbatim field.

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes text for a BibTeX field; one pass, so that the braces of a replacement are not escaped again. */
function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => BIBTEX_ESCAPES[ch]!);
}

function bibtex(c: Prepared): string {
  const fields: [string, string][] = [
    ['author', `{${FAMILY}, ${GIVEN}}`],
    ['title', `{${escapeBibtex(SPEECH.titleZh)} [{${escapeBibtex(SPEECH.titleEn)}}]}`],
    ['howpublished', `{${escapeBibtex(`${GENRE}, ${SPEECH.event}, ${SPEECH.place}`)}}`],
    ['year', `{${c.spoken.year}}`],
    ['month', BIBTEX_MONTHS[c.spoken.month - 1]!],
    ['date', `{${c.spoken.iso}}`],
    ['note', `{${escapeBibtex(editionNote(c))}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${c.accessed.iso}}`],
  ];
  return `@misc{${key(c.locator)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

// ---------------------------------------------------------------------------------------------------
// RIS: the standard's type list has no speech. TY SLIDE ("slide presentation") is the type Zotero's RIS
// translator reads as its Presentation item, the nearest to a speech: there T2 becomes the meeting
// name, CY the place, M3 the presentation type, DA the date, Y2 the access date; AU is stored as the
// presenter (Zotero moves an author to an item type's primary creator). Presentations have no
// translator, edition or publisher field in Zotero (an A4 translator would also become a presenter),
// so the edition and the translation go in N1, which Zotero keeps as a note. Lines are "TAG  - value",
// the record ends with "ER  - "; lines are separated by LF, which Zotero, EndNote and Mendeley read
// (the specification's CRLF matters only to old Windows tools, and a string in a <pre> copies as LF).

function ris(c: Prepared): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  return [
    line('TY', 'SLIDE'),
    line('AU', `${FAMILY}, ${GIVEN}`),
    line('TI', `${SPEECH.titleZh} [${SPEECH.titleEn}]`),
    line('M3', GENRE),
    line('T2', SPEECH.event),
    line('CY', SPEECH.place),
    line('DA', slashed(c.spoken)),
    line('PY', String(c.spoken.year)),
    line('UR', c.url),
    line('Y2', slashed(c.accessed)),
    line('N1', `${GENRE}, ${SPEECH.event}, ${SPEECH.place}, ${dayMonthYear(c.spoken)}. ${editionNote(c)}.`),
    'ER  - ',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// CSL-JSON (CSL 1.0.2 item schema): an array of one item of type "speech". The item is the English
// text as this edition gives it: title is the English title, original-title the Chinese; issued is the
// date of this version of the edition, and original-date and event-date the day of the speech, so that
// a CSL processor dates the edition by the edition and the speech by the speech (APA's form for a
// republished translation, "(Original work published 2024)"). The edition's editors are the item's
// translator, a literal name (a body, not a person); there is no editor, which Zotero would turn into
// a second presenter, since its Presentation type has no editor. genre, event-title and event-place
// describe the occasion; container-title, version and publisher the edition; section the part,
// paragraph or sentence.
//
// Zotero's CSL-JSON import keeps only the fields its item type has, and puts note in Extra, where it
// reads "variable: value" lines as CSL variables (citeproc-js reads them the same way): so the note
// begins with the variables a Presentation lacks, one a line, and then says in prose which passage is
// cited, in which edition, by whom translated.

function cslJson(c: Prepared): string {
  const { edition: e } = c;
  const dateParts = (d: YMD) => ({ 'date-parts': [[d.year, d.month, d.day]] });
  const l = c.locator;
  const section = plainLocator(l);
  const container = sentenceTitle(e.title);
  const extra: [string, string][] = [
    ['original-title', SPEECH.titleZh],
    ['original-date', c.spoken.iso],
    ['event-date', c.spoken.iso],
    ['container-title', container],
    ['publisher', e.publisher],
    ['version', e.version],
    ...(section ? ([['section', section]] as [string, string][]) : []),
  ];
  const item = {
    id: key(l),
    type: 'speech',
    title: SPEECH.titleEn,
    'original-title': SPEECH.titleZh,
    author: [{ family: FAMILY, given: GIVEN }],
    genre: GENRE,
    'event-title': SPEECH.event,
    'event-place': SPEECH.place,
    'event-date': dateParts(c.spoken),
    'original-date': dateParts(c.spoken),
    issued: dateParts(c.released),
    'container-title': container,
    translator: [{ literal: c.editors }],
    version: e.version,
    publisher: e.publisher,
    ...(section ? { section } : {}),
    URL: c.url,
    accessed: dateParts(c.accessed),
    language: 'en',
    note: [
      ...extra.map(([k, v]) => `${k}: ${v.replace(/\s*[\r\n]+\s*/g, ' ')}`),
      `${editionNote(c)}, from the Chinese of the ${GENRE.toLowerCase()} at the ${SPEECH.event}, ${SPEECH.place}, ${dayMonthYear(c.spoken)}.`,
    ].join('\n'),
  };
  return JSON.stringify([item], null, 2);
}
