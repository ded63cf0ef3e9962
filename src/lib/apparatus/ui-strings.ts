/**
 * The interface's words in English and in Chinese, as flat dotted keys (as Starlight's UI strings).
 * A page shows the language of its tree: the published addresses in English, the same addresses
 * under /zh/ in Chinese (lib/site/addresses.ts, localized()); components/Ui.astro and the client
 * scripts take their labels from here. Chinese labels are short and standard, as a Chinese reader
 * expects them. Plain values only: client bundles include this file. The labels of note kinds,
 * verdicts and glossary categories are lib/apparatus/labels.ts's.
 */
import type { Lang } from '../../constants';
import { KIND_LABELS, KIND_LABELS_ZH, VERDICT_LABELS, VERDICT_LABELS_ZH } from './labels';

export const UI_STRINGS = {
  'site.skip': { en: 'Skip to the text', zh: '跳到正文' },
  'site.annotated': { en: 'annotated edition', zh: '注释本' },
  'site.searchLabel': { en: 'Site search', zh: '站内搜索' },
  'site.searchField': { en: 'Search the edition', zh: '搜索本版' },
  'site.searchPlaceholder': { en: 'Search', zh: '搜索' },
  'site.search': { en: 'Search', zh: '搜索' },
  'site.nav': { en: 'Site', zh: '网站导航' },
  'site.languages': { en: 'Language', zh: '语言' },
  'site.otherLanguage': { en: '中文', zh: 'English' },
  'site.otherLanguageHint': {
    en: 'This page is also in English',
    zh: '本页另有中文版',
  },
  'site.dismiss': { en: 'Dismiss', zh: '关闭' },
  'mode.legend': { en: 'Reading mode', zh: '阅读模式' },
  'mode.both': { en: 'side by side', zh: '中英对照' },
  'mode.zh': { en: 'Chinese only', zh: '仅中文' },
  'mode.en': { en: 'English only', zh: '仅英文' },
  'part.speech': { en: 'The speech', zh: '演讲' },
  'part.cite': { en: 'Cite this part', zh: '引用本部分' },
  'part.intro': { en: 'Editor’s introduction', zh: '编者导言' },
  'part.figures': { en: 'Figures', zh: '图表' },
  'part.text': { en: 'The text', zh: '正文' },
  'part.previous': { en: 'Previous', zh: '上一部分' },
  'part.next': { en: 'Next', zh: '下一部分' },
  'part.nav': { en: 'Previous and next part', zh: '上一部分与下一部分' },
  'para.copyLink': { en: 'Copy link', zh: '复制链接' },
  'para.copyText': { en: 'Copy text', zh: '复制文本' },
  'para.cite': { en: 'Cite', zh: '引用' },
  'para.copied': { en: 'Copied ✓', zh: '已复制 ✓' },
  'para.copyFailed': { en: 'Not copied', zh: '复制失败' },
  'para.permanent': { en: 'Permanent address of paragraph', zh: '段落永久地址：第' },
  'para.notesOn': { en: 'Notes on', zh: '注释：' },
  'copy.link.done': { en: 'Link copied.', zh: '链接已复制。' },
  'copy.link.failed': { en: 'Could not copy the link', zh: '未能复制链接' },
  'copy.text.done': { en: 'Text copied.', zh: '文本已复制。' },
  'copy.text.failed': { en: 'Could not copy the text', zh: '未能复制文本' },
  'copy.link.description': { en: 'the permanent address of paragraph {n}', zh: '第{n}段的永久地址' },
  'copy.text.description': { en: 'the text of paragraph {n}, with its address', zh: '第{n}段的文本及其地址' },
  'copy.selection': { en: 'Copy link to selection', zh: '复制选文链接' },
  'copy.selection.done': { en: 'Link copied ✓', zh: '链接已复制 ✓' },
  'copy.selection.announce': { en: 'Link to the selection copied.', zh: '选文链接已复制。' },
  'note.on': { en: 'On', zh: '原文' },
  'note.asOf': { en: 'As of', zh: '截至' },
  'note.back': { en: 'Back to the text', zh: '返回正文' },
  'note.corrected': { en: 'Corrected on', zh: '更正于' },
  'note.kind.context': { en: KIND_LABELS['context'], zh: KIND_LABELS_ZH['context'] },
  'note.kind.fact-check': { en: KIND_LABELS['fact-check'], zh: KIND_LABELS_ZH['fact-check'] },
  'note.kind.translation': { en: KIND_LABELS['translation'], zh: KIND_LABELS_ZH['translation'] },
  'note.kind.analysis': { en: KIND_LABELS['analysis'], zh: KIND_LABELS_ZH['analysis'] },
  'note.kind.later': { en: KIND_LABELS['later'], zh: KIND_LABELS_ZH['later'] },
  'verdict.supported': { en: VERDICT_LABELS['supported'], zh: VERDICT_LABELS_ZH['supported'] },
  'verdict.plausible': { en: VERDICT_LABELS['plausible'], zh: VERDICT_LABELS_ZH['plausible'] },
  'verdict.company-figure': { en: VERDICT_LABELS['company-figure'], zh: VERDICT_LABELS_ZH['company-figure'] },
  'verdict.overstated': { en: VERDICT_LABELS['overstated'], zh: VERDICT_LABELS_ZH['overstated'] },
  'verdict.unsupported': { en: VERDICT_LABELS['unsupported'], zh: VERDICT_LABELS_ZH['unsupported'] },
  'verdict.forecast': { en: VERDICT_LABELS['forecast'], zh: VERDICT_LABELS_ZH['forecast'] },
  'nav.fullText': { en: 'Full text', zh: '全文' },
  'nav.notes': { en: 'Notes', zh: '注释' },
  'nav.glossary': { en: 'Glossary', zh: '术语表' },
  'nav.about': { en: 'About', zh: '关于本版' },
  'nav.contents': { en: 'Contents', zh: '目录' },
  'termcard.entry': { en: 'Glossary entry', zh: '术语条目' },
  'source.undated': { en: 'undated', zh: '未注明日期' },
  'search.fieldLabel': { en: 'Words in Chinese, pinyin or English', zh: '中文、拼音或英文词语' },
  'search.filters': { en: 'Show only…', zh: '只看…' },
  'search.filtersLegend': { en: 'Kinds and part', zh: '类别与部分' },
  'search.kind.speech': { en: 'Speech', zh: '演讲' },
  'search.part': { en: 'Part', zh: '部分' },
  'search.allParts': { en: 'All parts', zh: '全部' },
  'search.results': { en: 'Results', zh: '搜索结果' },
  'search.more': { en: 'More results', zh: '更多结果' },
  'search.partial': { en: 'Partial matches', zh: '部分匹配' },
  'search.partialNote': {
    en: 'Not hits: these contain only part of your query (Pagefind matches parts of Chinese words).',
    zh: '以下结果只含查询的一部分，不算命中（搜索引擎也会匹配中文词语的片段）。',
  },
  'search.keys': { en: 'Arrow keys move through the results; Escape clears.', zh: '方向键在结果间移动，Esc键清空。' },
  'search.note': { en: 'Note ({kind})', zh: '注释（{kind}）' },
  'search.searching': { en: 'Searching…', zh: '正在搜索…' },
  'search.count': { en: '{n} results for “{q}”{more}.', zh: '“{q}”共有{n}条结果{more}。' },
  'search.countOne': { en: '1 result for “{q}”{more}.', zh: '“{q}”共有1条结果{more}。' },
  'search.moreBelow': { en: ', more below', zh: '，下方还有更多' },
  'search.none': {
    en: 'No results for “{q}”. Check the spelling, try fewer words, or look the term up in the glossary.{partial}',
    zh: '没有找到“{q}”。请检查拼写、减少词语，或在术语表中查找。{partial}',
  },
  'search.somePartial': { en: ' Some partial matches are listed below.', zh: '下方列出了部分匹配的结果。' },
  'search.tooLong': {
    en: 'No results: the query is longer than {max} characters. Try a word or a short phrase.',
    zh: '没有结果：查询超过{max}个字符。请改用一个词或短语。',
  },
  'search.noLetters': {
    en: 'No results: the query has no letters or characters to look for. Try a word such as Token or 推理成本.',
    zh: '没有结果：查询中没有可查找的文字。请试试Token或推理成本这样的词。',
  },
  'search.didYouMean': { en: 'Did you mean ', zh: '您要找的是' },
  'search.or': { en: ' or ', zh: '或' },
  'search.comma': { en: ', ', zh: '、' },
  'search.question': { en: '?', zh: '？' },
  'footer.version': { en: 'Version', zh: '版本' },
  'footer.about': { en: 'About this edition', zh: '关于本版' },
  'footer.cite': { en: 'Cite', zh: '引用' },
  'footer.data': { en: 'Data', zh: '数据' },
} as const satisfies Record<string, { en: string; zh: string }>;

export type UiKey = keyof typeof UI_STRINGS;

/** The label in a language: ui('para.cite', 'zh') → "引用". */
export function ui(key: UiKey, lang: Lang): string {
  return UI_STRINGS[key][lang];
}

/** A label with its {placeholders} filled: uiWith('search.count', 'zh', { n: 3, q: '词元' }). */
export function uiWith(key: UiKey, lang: Lang, values: Record<string, string | number>): string {
  return ui(key, lang).replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
