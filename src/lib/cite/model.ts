/**
 * The citation model: what every format shares. The caller's input (the edition, the target, the
 * access date) is checked once and prepared (`prepare`): the target located as the speech, a part, a
 * paragraph or a sentence (`locate`), the dates parsed, the addresses checked to be absolute; then the
 * wording the formats share: the speaker's name, the genre word, the dates and locators in each
 * form the styles print. Pure, like the formats built on it (./prose.ts, ./machine.ts).
 */
import { formatDate, formatMonthDayYear, MONTHS, parseDate, slashDate } from '../site/dates';
import { SPEAKER, SPEECH } from '../text/edition';

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

// ---------------------------------------------------------------------------------------------------
// The citations' own wording (the facts come from ../text/edition.ts).

/** The speech is a keynote: the genre word in Chicago, the bracketed description in APA, MLA's optional element. */
export const GENRE = 'Keynote address';
export const { family: FAMILY, given: GIVEN, initial: INITIAL } = SPEAKER;

// ---------------------------------------------------------------------------------------------------
// Input checked once and turned into what the formats share.

export type Locator =
  | { kind: 'speech' }
  | { kind: 'part'; title: string; slug: string; first: number; last: number }
  | { kind: 'paragraph'; paragraph: number }
  | { kind: 'sentence'; paragraph: number; sentence: number };

export interface Prepared {
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

/** The edition's editors and translators, named collectively after it: "Apsara 2024 Keynote Edition editors". */
export const editorsOf = (edition: CiteEdition): string => `${edition.publisher} editors`;

export interface YMD {
  year: number;
  month: number;
  day: number;
  iso: string;
}

export function prepare({ edition, target, accessed }: CiteInput): Prepared {
  return {
    edition,
    editors: editorsOf(edition),
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
export const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

export const monthName = (d: YMD) => MONTHS[d.month - 1]!;
/** "September 19, 2024" (Chicago). */
export const monthDayYear = (d: YMD) => formatMonthDayYear(d.iso);
/** "19 September 2024" (the edition's own form, in notes). */
export const dayMonthYear = (d: YMD) => formatDate(d.iso);
/** "2024/09/19" (RIS). */
export const slashed = (d: YMD) => slashDate(d.iso);
/** "19 Sept. 2024" (MLA). */
export const mlaDate = (d: YMD) => `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;

/** "Paragraph 4", "Paragraph 9, sentence 2", "Part “Thesis 1 — …”, paragraphs 2–6"; undefined for the whole speech. */
export function englishLocator(l: Locator): string | undefined {
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
export function plainLocator(l: Locator): string | undefined {
  return l.kind === 'part' ? l.title : englishLocator(l)?.replace(/^P/, 'p');
}

/**
 * The locator as a note or an in-text citation gives it, by paragraph number, the unit the edition
 * numbers: "para. 9" (Chicago and APA) or "par. 9" (MLA), "paras. 2–6" for a part, with the sentence
 * after a paragraph's number; undefined for the whole speech.
 */
export function shortLocator(l: Locator, one: 'para.' | 'par.'): string | undefined {
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

/** Ends an element with a period: "Paragraph 4." (the locators it ends never close on a quotation mark). */
export function period(element: string): string {
  return `${element}.`;
}
