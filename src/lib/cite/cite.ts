/**
 * Citations of the speech, or of a part, paragraph or sentence of it, in seven formats. Pure: the
 * caller supplies the edition's version and dates and the reader's access date (./citations.ts
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
 *
 * This module lists the formats and dispatches; the work is done by concern: ./model.ts (the input
 * checked and prepared, the shared wording, dates and locators), ./titles.ts (the edition's title in
 * headline or sentence style), ./prose.ts (Chicago, APA, MLA, GB/T 7714) and ./machine.ts (BibTeX,
 * RIS, CSL-JSON).
 */
import { prepare, type CiteInput } from './model';
import { apa, apaInText, chicago, chicagoNote, chicagoShortNote, gbt7714En, gbt7714Zh, mla, mlaInText } from './prose';
import { bibtex, cslJson, ris } from './machine';

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
