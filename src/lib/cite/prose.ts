/**
 * The four prose styles: Chicago (notes and bibliography), APA, MLA and GB/T 7714, each as the
 * manual prints it, in plain text, from the prepared model (./model.ts). Where each puts the locator:
 * see ./cite.ts.
 */
import { EVENT, SPEECH } from '../text/edition';
import {
  FAMILY,
  GENRE,
  GIVEN,
  INITIAL,
  mlaDate,
  monthDayYear,
  monthName,
  plainLocator,
  shortLocator,
  type Prepared,
} from './model';
import { headlineTitle, sentenceTitle } from './titles';

/** Joins elements with commas, putting each comma inside a closing quotation mark (MLA). */
function commaList(elements: string[]): string {
  const comma = (e: string) => (e.endsWith('”') ? `${e.slice(0, -1)},”` : `${e},`);
  return elements.map((e, i) => (i === elements.length - 1 ? e : comma(e))).join(' ');
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

export function chicago(c: Prepared): string {
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

export function chicagoNote(c: Prepared): string {
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

export function chicagoShortNote(c: Prepared): string {
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

export function apa(c: Prepared): string {
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

export function apaInText(c: Prepared): string {
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

export function mla(c: Prepared): string {
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

export function mlaInText(c: Prepared): string {
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

export function gbt7714Zh(c: Prepared): string {
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

export function gbt7714En(c: Prepared): string {
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
