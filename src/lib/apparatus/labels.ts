/**
 * Labels shown to readers: the content's enumerations, in English and in Chinese, and paragraph and
 * sentence numbers. The Chinese labels of verdicts are chosen once and used on every note
 * (EDITORIAL.md, "The Chinese apparatus").
 */
import type { Lang } from '../../constants';
import type { NOTE_KINDS, VERDICTS, TERM_CATEGORIES } from '../content/schemas';

type Kind = (typeof NOTE_KINDS)[number];
type Verdict = (typeof VERDICTS)[number];
type Category = (typeof TERM_CATEGORIES)[number];

export const KIND_LABELS: Record<Kind, string> = {
  context: 'Context',
  'fact-check': 'Fact check',
  translation: 'Translation',
  analysis: 'Analysis',
  later: 'Later',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  plausible: 'Plausible, not established',
  'company-figure': 'Company figure, not independently verified',
  overstated: 'Overstated',
  unsupported: 'Unsupported',
  forecast: 'Forecast or opinion',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  concept: 'Concepts',
  technology: 'Technologies',
  product: 'Products and services',
  organisation: 'Organisations',
  person: 'People',
  hardware: 'Hardware',
  event: 'Events',
  place: 'Places',
};

export const KIND_LABELS_ZH: Record<Kind, string> = {
  context: '背景',
  'fact-check': '事实核查',
  translation: '译文说明',
  analysis: '分析',
  later: '后续进展',
};

export const VERDICT_LABELS_ZH: Record<Verdict, string> = {
  supported: '有据可查',
  plausible: '大致可信，尚无定论',
  'company-figure': '公司自报数据，未经独立核实',
  overstated: '有所夸大',
  unsupported: '缺乏依据',
  forecast: '预测或观点，无从核实',
};

export const CATEGORY_LABELS_ZH: Record<Category, string> = {
  concept: '概念',
  technology: '技术',
  product: '产品与服务',
  organisation: '机构',
  hardware: '硬件',
  event: '事件',
  place: '地点',
  person: '人物',
};

/** A note kind's label in a language. */
export const kindLabel = (k: Kind, lang: Lang): string => (lang === 'zh' ? KIND_LABELS_ZH : KIND_LABELS)[k];
/** A verdict's label in a language. */
export const verdictLabel = (v: Verdict, lang: Lang): string => (lang === 'zh' ? VERDICT_LABELS_ZH : VERDICT_LABELS)[v];
/** A glossary category's label in a language (the plural heading). */
export const categoryLabel = (c: Category, lang: Lang): string =>
  (lang === 'zh' ? CATEGORY_LABELS_ZH : CATEGORY_LABELS)[c];

/** "¶4". */
export const paragraphLabel = (n: number): string => `¶${n}`;

/** "¶9.2": sentence 2 of ¶9. */
export const sentenceLabel = (n: number, s: number): string => `¶${n}.${s}`;

/**
 * "¶2–¶6", or "¶1" for a single paragraph; in Chinese with GB/T 15834's 一字线 for a range of
 * numbers: "¶2—¶6".
 */
export const paragraphRange = (first: number, last: number, lang: Lang): string =>
  first === last
    ? paragraphLabel(first)
    : `${paragraphLabel(first)}${lang === 'zh' ? '—' : '–'}${paragraphLabel(last)}`;
