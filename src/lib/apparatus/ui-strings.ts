/**
 * The interface's words in English and in Chinese, as flat dotted keys (as Starlight's UI strings):
 * 中文 mode shows the Chinese. Pages render both (components/Ui.astro) and CSS shows the one the
 * reading mode asks for, so the switch works without JavaScript; the scripts that add buttons take
 * their labels from here. Labels are short and standard, as a Chinese reader expects them.
 * Plain values only: client bundles include this file. The English of note kinds and verdicts is the
 * one lib/apparatus/labels.ts gives every other page.
 */
import { KIND_LABELS, VERDICT_LABELS } from './labels';

export const UI_STRINGS = {
  'mode.legend': { en: 'Reading mode', zh: '阅读模式' },
  'part.speech': { en: 'The speech', zh: '演讲' },
  'part.cite': { en: 'Cite this part', zh: '引用本部分' },
  'part.intro': { en: 'Editor’s introduction', zh: '编者导言（英文）' },
  'part.text': { en: 'The text', zh: '正文' },
  'part.previous': { en: 'Previous', zh: '上一部分' },
  'part.next': { en: 'Next', zh: '下一部分' },
  'para.copyLink': { en: 'Copy link', zh: '复制链接' },
  'para.copyText': { en: 'Copy text', zh: '复制文本' },
  'para.cite': { en: 'Cite', zh: '引用' },
  'para.copied': { en: 'Copied ✓', zh: '已复制 ✓' },
  'para.copyFailed': { en: 'Not copied', zh: '复制失败' },
  'note.on': { en: 'On', zh: '原文' },
  'note.asOf': { en: 'As of', zh: '截至' },
  'note.back': { en: 'Back to the text', zh: '返回正文' },
  'note.corrected': { en: 'Corrected on', zh: '更正于' },
  'note.kind.context': { en: KIND_LABELS['context'], zh: '语境' },
  'note.kind.fact-check': { en: KIND_LABELS['fact-check'], zh: '事实核查' },
  'note.kind.translation': { en: KIND_LABELS['translation'], zh: '翻译' },
  'note.kind.analysis': { en: KIND_LABELS['analysis'], zh: '分析' },
  'note.kind.later': { en: KIND_LABELS['later'], zh: '后续' },
  'verdict.supported': { en: VERDICT_LABELS['supported'], zh: '属实' },
  'verdict.plausible': { en: VERDICT_LABELS['plausible'], zh: '可信，未证实' },
  'verdict.company-figure': { en: VERDICT_LABELS['company-figure'], zh: '公司数据，未经独立核实' },
  'verdict.overstated': { en: VERDICT_LABELS['overstated'], zh: '夸大' },
  'verdict.unsupported': { en: VERDICT_LABELS['unsupported'], zh: '缺乏依据' },
  'verdict.forecast': { en: VERDICT_LABELS['forecast'], zh: '预测或观点' },
  'nav.fullText': { en: 'Full text', zh: '全文' },
  'nav.notes': { en: 'Notes', zh: '注释' },
  'nav.glossary': { en: 'Glossary', zh: '术语表' },
  'nav.about': { en: 'About', zh: '关于' },
  'termcard.entry': { en: 'Glossary entry', zh: '术语条目' },
} as const satisfies Record<string, { en: string; zh: string }>;

export type UiKey = keyof typeof UI_STRINGS;

/** The label in a language: ui('para.cite', 'zh') → "引用". */
export function ui(key: UiKey, lang: 'en' | 'zh'): string {
  return UI_STRINGS[key][lang];
}
