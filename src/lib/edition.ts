/** Facts about the edition and the speech it presents, used in page chrome and metadata. */
export const SITE_TITLE = 'Eddie Wu at Apsara 2024 — an annotated edition';
export const SITE_SHORT_TITLE = 'Eddie Wu, Apsara 2024 keynote';

export const SPEECH = {
  speaker: 'Eddie Wu',
  speakerZh: '吴泳铭',
  titleZh: '吴泳铭2024云栖大会主题演讲',
  titleEn: 'Keynote at the 2024 Apsara Conference',
  event: '2024 Apsara Conference',
  eventZh: '2024云栖大会',
  place: 'Hangzhou',
  date: '2024-09-19',
  dateDisplay: '19 September 2024',
} as const;

/** The edition as a publication: its editors and translators are its publisher, named collectively. */
export const EDITION = {
  title: SITE_TITLE,
  publisher: 'Apsara 2024 Keynote Edition',
  role: 'Edited and translated by the editors of this edition',
} as const;
