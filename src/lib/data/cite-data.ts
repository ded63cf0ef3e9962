/**
 * How to cite the data files of a version: a citation in prose and a BibTeX record. Like the
 * citations of the speech (src/lib/cite/cite.ts) they name the speaker, the speech in Chinese and English,
 * the event, place and date, this edition, its version, the permanent address, and that the English
 * is the edition's translation. Pure, so the strings are tested exactly.
 */
import { EDITION, SPEECH } from '../text/edition';
import { formatDate } from '../site/dates';

export interface DataCiteInput {
  readonly version: string;
  /** Date of the version, YYYY-MM-DD. */
  readonly date: string;
  /** The permanent address of the version's files: the /data/ page's anchor for the version. */
  readonly url: string;
}

export const DATA_FORMATS_LABEL = 'TEI P5, TMX 1.4b, JSON and plain text';

export function dataCitation({ version, date, url }: DataCiteInput): string {
  return `Wu, Eddie (${SPEECH.speakerZh}). “${SPEECH.titleZh}” [${SPEECH.titleEn}]. Keynote address, ${SPEECH.event}, ${SPEECH.place}, ${formatDate(SPEECH.date)}. In ${EDITION.title}: data files (${DATA_FORMATS_LABEL}), edited and translated by the ${EDITION.publisher} editors. Version ${version}. ${EDITION.publisher}, ${formatDate(date)}. ${url}.`;
}

export function dataBibtex({ version, date, url }: DataCiteInput): string {
  const key = `wu2024apsara-data-${version.replaceAll('.', '-')}`;
  return [
    `@misc{${key},`,
    `  author = {Wu, Eddie},`,
    `  title = {${SPEECH.titleZh} [${SPEECH.titleEn}]},`,
    `  howpublished = {Data files (${DATA_FORMATS_LABEL}) of ${EDITION.title}, edited and translated by the ${EDITION.publisher} editors},`,
    `  version = {${version}},`,
    `  year = {${date.slice(0, 4)}},`,
    `  date = {${date}},`,
    `  url = {${url}},`,
    `  note = {Keynote address, ${SPEECH.event}, ${SPEECH.place}, ${formatDate(SPEECH.date)}. Chinese text verbatim; English translation by the editors},`,
    `}`,
  ].join('\n');
}

/** The data files cited for a Chinese reader, after GB/T 7714—2015 ([DS/OL], a dataset online). */
/** The formats, as a Chinese citation names them. */
const DATA_FORMATS_LABEL_ZH = 'TEI P5、TMX 1.4b、JSON和纯文本';

export function dataCitationZh({ version, date, url }: DataCiteInput): string {
  return `${SPEECH.speakerZh}. ${SPEECH.titleZh}：数据文件（${DATA_FORMATS_LABEL_ZH}）[DS/OL]. ${EDITION.publisher}编译. 版本${version}. (${date})[引用日期]. ${url}.`;
}
