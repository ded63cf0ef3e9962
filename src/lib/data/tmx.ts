/**
 * The speech as a sentence-aligned parallel corpus in TMX 1.4b: one <tu> per sentence of ¶1–¶26
 * (the publisher's frame is not the speech and is left out), with the Chinese (zh-Hans, the source
 * language) and this edition's English, each in its own <tuv>. The sentence address pN.M is the tu's
 * tuid and its x-address property, with the sentence's URL beside it; the header names the edition,
 * its version and the source's SHA-256.
 */
import { localLink } from '../site/addresses';
import { EDITION, SPEECH, SPEECH_DATE_DISPLAY } from '../text/edition';
import { type Dataset, type DataLinks } from './dataset';
import { EDITION_LICENCE, licenceStatements, type Licence } from './licence';
import { el, serialize } from './xml';

export const TMX_SOURCE_LANG = 'zh-Hans';
export const TMX_TARGET_LANG = 'en';
/** The tool named in the header: this edition's build. */
export const CREATION_TOOL = 'apsara-2024-keynote-edition';

/** "2026-11-29" → "20261129T000000Z", TMX's date format (ISO 8601 basic, UTC). */
export function tmxDate(iso: string): string {
  return `${iso.replaceAll('-', '')}T000000Z`;
}

export function tmx(d: Dataset, links: DataLinks, options: { licence?: Licence | undefined } = {}): string {
  const licence = 'licence' in options ? options.licence : EDITION_LICENCE;
  const v = d.version;
  const statements = licenceStatements(licence);
  const header = el(
    'header',
    {
      creationtool: CREATION_TOOL,
      creationtoolversion: v.version,
      segtype: 'sentence',
      'o-tmf': CREATION_TOOL,
      adminlang: 'en',
      srclang: TMX_SOURCE_LANG,
      datatype: 'plaintext',
      'o-encoding': 'UTF-8',
      creationdate: tmxDate(v.date),
    },
    el(
      'note',
      {},
      `${SPEECH.speaker} (${SPEECH.speakerZh}), ${SPEECH.titleZh} [${SPEECH.titleEn}], ${SPEECH.place}, ${SPEECH_DATE_DISPLAY}. Chinese verbatim from the published transcript; English translation by the editors of ${EDITION.title}, version ${v.version}. One unit per sentence of ¶1–¶${d.paragraphs.length}; tuid and x-address are the sentence's permanent address (pN.M).`,
    ),
    el('note', {}, statements.speech),
    el('note', {}, statements.edition),
    el('prop', { type: 'x-edition' }, EDITION.title),
    el('prop', { type: 'x-edition-version' }, v.version),
    el('prop', { type: 'x-edition-url' }, links.home),
    el('prop', { type: 'x-source-sha256' }, d.source.sha256),
    licence !== undefined && el('prop', { type: 'x-licence' }, licence.url),
  );
  const body = el(
    'body',
    {},
    d.paragraphs.flatMap((p) =>
      p.sentences.map((s) =>
        el(
          'tu',
          { tuid: s.id, srclang: TMX_SOURCE_LANG },
          el('prop', { type: 'x-address' }, localLink(s.id)),
          el('prop', { type: 'x-paragraph' }, String(p.n)),
          el('prop', { type: 'x-url' }, links.anchor(p.part, s.id)),
          el('tuv', { 'xml:lang': TMX_SOURCE_LANG }, el('seg', {}, s.zh)),
          el('tuv', { 'xml:lang': TMX_TARGET_LANG }, el('seg', {}, s.en)),
        ),
      ),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
${serialize(el('tmx', { version: '1.4' }, header, body))}
`;
}
