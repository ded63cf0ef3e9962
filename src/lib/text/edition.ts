/**
 * The facts about the speech and about this edition, each written once: page chrome, metadata,
 * citations and figures take them from here. Checked against research/facts.md and the source's
 * frame (content/apsara-2024-keynote.zh.txt, lines 1–5).
 */
import { formatDate } from '../site/dates';

/** The speaker. */
export const SPEAKER = {
  /** As he publishes in English. */
  name: 'Eddie Wu',
  given: 'Eddie',
  family: 'Wu',
  /** For APA and GB/T 7714, which give initials. */
  initial: 'E',
  nameZh: '吴泳铭',
  jobTitle: 'Chief Executive Officer, Alibaba Group',
} as const;

/** The event. */
export const EVENT = {
  name: '2024 Apsara Conference',
  nameZh: '2024云栖大会',
  place: 'Hangzhou',
  placeZh: '杭州',
  country: 'China',
  /** The venue and its address, for schema.org. */
  venue: 'Yunqi Town, Hangzhou',
  address: 'Hangzhou, Zhejiang, China',
  startDate: '2024-09-19',
  endDate: '2024-09-21',
} as const;

/** The speech. */
export const SPEECH = {
  speaker: SPEAKER.name,
  speakerZh: SPEAKER.nameZh,
  /** The title as published. */
  titleZh: '吴泳铭2024云栖大会主题演讲',
  /** Its English translation, this edition's. */
  titleEn: 'Keynote at the 2024 Apsara Conference',
  /** Romanised (Hanyu Pinyin), for APA, which puts no non-Latin script in a reference list. */
  titlePinyin: 'Wu Yongming 2024 Yunqi Dahui zhuti yanjiang',
  event: EVENT.name,
  eventZh: EVENT.nameZh,
  place: EVENT.place,
  date: '2024-09-19',
  /** The language of the text, as a BCP 47 tag. */
  language: 'zh-Hans',
} as const;

/** The day of the speech as readers see it: "19 September 2024". */
export const SPEECH_DATE_DISPLAY = formatDate(SPEECH.date);

/** How the chrome names the speech in short: "吴泳铭 · 2024云栖大会" and "Eddie Wu at Apsara 2024". */
export const SPEECH_SHORT = {
  zh: `${SPEAKER.nameZh} · ${EVENT.nameZh}`,
  en: `${SPEAKER.name} at Apsara 2024`,
} as const;

export const SITE_TITLE = `${SPEECH_SHORT.en} — an annotated edition`;
export const SITE_SHORT_TITLE = `${SPEAKER.name}, Apsara 2024 keynote`;

/** The edition as a publication: its editors and translators are its publisher, named collectively. */
export const EDITION = {
  title: SITE_TITLE,
  publisher: 'Apsara 2024 Keynote Edition',
} as const;
