/**
 * The machine formats: BibTeX, RIS and CSL-JSON, the records a reference manager imports, each
 * written from the item of ./item.ts, so that every format, and every page's metadata, gives one
 * title, one date, one URL and one set of roles. What each reference manager makes of them is checked
 * by `npm run check:zotero` (Zotero's own translators) and cite.roundtrip.test.ts (citation-js).
 */
import { SPEECH } from '../text/edition';
import { englishLocator, FAMILY, GENRE, GIVEN, period, slashed, type Locator, type Prepared, type YMD } from './model';
import { itemOf, oneLine, titleParts } from './item';
import { sentenceTitle } from './titles';

/** Bibliography keys: stable per target, so that a reader's .bib keeps working across versions. */
const KEY = 'wu2024apsara';
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// ---------------------------------------------------------------------------------------------------
// The note BibTeX styles print: the passage, the edition and whose translation it is (plain.bst reads
// no editor or translator field).

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
// Zotero, which prefer it to year and month; url and urldate are read by biblatex and natbib's styles
// (plain.bst ignores them, so the URL is not repeated in note, which would print twice elsewhere).
// biblatex's editor, translator, publisher, language and shorttitle give the edition's roles, the
// language and the short title to biblatex and Zotero (plain.bst reads none of them, so note still
// says whose translation it is). The editors are one name, a body, braced so that no style splits it.
// The English words of the title are braced so that styles which lowercase titles keep their capitals.
// Values are UTF-8 (biber, or inputenc/xeCJK for the Chinese); LaTeX's special characters in
// caller-supplied text are escaped, braces included, as commands, so that an unbalanced brace cannot
// end a field early. The URL is left as it is: url is a verbatim field.
//
// Zotero's BibTeX import has no entry type for a presentation (@misc becomes a Document, which has an
// author, editor and translator but no meeting): the RIS and CSL-JSON files are the ones for Zotero.

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

/** The item's title with its English words braced: "吴泳铭… [{Keynote …}], ¶2–¶6 ({Thesis 1 — …})". */
function bibtexTitle(c: Prepared): string {
  const { zh, en, locator, part } = titleParts(c);
  const e = escapeBibtex;
  return `${e(zh)} [{${e(en)}}]${locator ? `, ${e(locator)}` : ''}${part ? ` ({${e(part)}})` : ''}`;
}

export function bibtex(c: Prepared): string {
  const item = itemOf(c);
  const body = `{{${escapeBibtex(c.editors)}}}`;
  const fields: [string, string][] = [
    ['author', `{${FAMILY}, ${GIVEN}}`],
    ['editor', body],
    ['translator', body],
    ['title', `{${bibtexTitle(c)}}`],
    ['shorttitle', `{${escapeBibtex(item.shortTitle!)}}`],
    ['howpublished', `{${escapeBibtex(`${GENRE}, ${SPEECH.event}, ${SPEECH.place}`)}}`],
    ['publisher', `{${escapeBibtex(c.edition.publisher)}}`],
    ['year', `{${c.spoken.year}}`],
    ['month', BIBTEX_MONTHS[c.spoken.month - 1]!],
    ['date', `{${c.spoken.iso}}`],
    ['language', `{${BIBTEX_LANGUAGE}}`],
    ['abstract', `{${escapeBibtex(item.abstractNote)}}`],
    ['note', `{${escapeBibtex(editionNote(c))}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${c.accessed.iso}}`],
  ];
  return `@misc{${key(c.locator)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

/** biblatex's key for English (its clearlang option drops it in an English document; Zotero keeps it). */
const BIBTEX_LANGUAGE = 'english';

// ---------------------------------------------------------------------------------------------------
// RIS: the standard's type list has no speech. TY SLIDE ("slide presentation") is the type Zotero's RIS
// translator reads as its Presentation item, the nearest to a speech: there T2 becomes the meeting
// name, CY the place, M3 the presentation type, DA the date, LA the language, AB the abstract, ST the
// short title, Y2 the access date; AU is stored as the presenter (Zotero moves an author to an item
// type's primary creator), and each M1 line becomes a line of Extra (a presentation has no M1 field).
// There is no A4: Zotero reads it as a translator, a role a presentation does not have, and saves it as
// the item's primary creator, a second presenter (README, "Citation, metadata, versions"); the editors
// and translators, the edition and its version go in the M1 lines of Extra, as CSL variables. Lines
// are "TAG  - value", the record ends with "ER  - "; lines are separated by LF, which Zotero, EndNote
// and Mendeley read (the specification's CRLF matters only to old Windows tools, and a string in a
// <pre> copies as LF).

export function ris(c: Prepared): string {
  const item = itemOf(c);
  const line = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;
  return [
    line('TY', 'SLIDE'),
    line('AU', `${FAMILY}, ${GIVEN}`),
    line('TI', item.title),
    line('ST', item.shortTitle!),
    line('AB', item.abstractNote),
    line('M3', item.presentationType!),
    line('T2', item.meetingName!),
    line('CY', item.place!),
    line('DA', slashed(c.spoken)),
    line('PY', String(c.spoken.year)),
    line('LA', item.language),
    line('UR', item.url),
    line('Y2', slashed(c.accessed)),
    ...item.extra!.split('\n').map((l) => line('M1', l)),
    'ER  - ',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------
// CSL-JSON (CSL 1.0.2 item schema): an array of one item of type "speech", the item of ./item.ts:
// title (with the locator), title-short, the speaker as author, genre, event-title and event-place for
// the occasion (and publisher-place, as Zotero exports a presentation's place, so that this file and
// the item in a Zotero library render alike), issued the day of the speech, language, abstract, URL
// and the access date; the edition as container-title and version. The editors and translators are not a name variable of
// the item: Zotero would make an editor or translator of a speech its second presenter (its
// Presentation type has neither role). They go, with the edition's other variables, in note, one
// "variable: value" a line, which citeproc-js reads as the item's variables and Zotero's CSL-JSON import
// keeps in Extra, where its processor reads them the same way.

export function cslJson(c: Prepared): string {
  const item = itemOf(c);
  const { edition: e } = c;
  const dateParts = (d: YMD) => ({ 'date-parts': [[d.year, d.month, d.day]] });
  const json = {
    id: key(c.locator),
    type: 'speech',
    title: item.title,
    'title-short': item.shortTitle,
    author: [{ family: FAMILY, given: GIVEN }],
    genre: item.presentationType,
    'event-title': item.meetingName,
    'event-place': item.place,
    'publisher-place': item.place,
    issued: dateParts(c.spoken),
    'container-title': sentenceTitle(e.title),
    version: e.version,
    URL: item.url,
    accessed: dateParts(c.accessed),
    language: item.language,
    abstract: item.abstractNote,
    note: item.extra,
  };
  return JSON.stringify([json], null, 2);
}
