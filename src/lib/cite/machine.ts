/**
 * The machine formats: BibTeX, RIS and CSL-JSON, the records a reference manager imports, from the
 * prepared model (./model.ts).
 */
import { SPEECH } from '../text/edition';
import {
  dayMonthYear,
  englishLocator,
  FAMILY,
  GENRE,
  GIVEN,
  period,
  plainLocator,
  slashed,
  type Locator,
  type Prepared,
  type YMD,
} from './model';
import { sentenceTitle } from './titles';

/** Bibliography keys: stable per target, so that a reader's .bib keeps working across versions. */
const KEY = 'wu2024apsara';
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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

export function bibtex(c: Prepared): string {
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

export function ris(c: Prepared): string {
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

export function cslJson(c: Prepared): string {
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
