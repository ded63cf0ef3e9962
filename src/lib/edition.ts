/** Facts about the edition and the speech it presents, used in page chrome and metadata. */
export const SITE_TITLE = 'Eddie Wu at Apsara 2024 — an annotated edition';
export const SITE_SHORT_TITLE = 'Eddie Wu, Apsara 2024 keynote';

import { formatDate } from './dates';

export const SPEECH = {
  speaker: 'Eddie Wu',
  speakerZh: '吴泳铭',
  titleZh: '吴泳铭2024云栖大会主题演讲',
  titleEn: 'Keynote at the 2024 Apsara Conference',
  event: '2024 Apsara Conference',
  eventZh: '2024云栖大会',
  place: 'Hangzhou',
  date: '2024-09-19',
} as const;

/** The day of the speech as readers see it: "19 September 2024". */
export const SPEECH_DATE_DISPLAY = formatDate(SPEECH.date);

/** The edition as a publication: its editors and translators are its publisher, named collectively. */
export const EDITION = {
  title: SITE_TITLE,
  publisher: 'Apsara 2024 Keynote Edition',
  role: 'Edited and translated by the editors of this edition',
} as const;
