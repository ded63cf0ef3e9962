/**
 * The interface's words in English and in Chinese, as flat dotted keys (as Starlight's UI strings).
 * A page shows the language of its tree: the published addresses in English, the same addresses
 * under /zh/ in Chinese (lib/site/addresses.ts, localized()); components/Ui.astro and the client
 * scripts take their labels from here. The words are data, in ui-strings.json, each key with its two
 * languages side by side; Chinese labels are short and standard, as a Chinese reader expects them.
 * Plain values only: client bundles include this file. The labels of note kinds and verdicts are
 * lib/apparatus/labels.ts's, under the keys `note.kind.<kind>` and `verdict.<verdict>`.
 */
import type { Lang } from '../../constants';
import { KIND_LABELS, KIND_LABELS_ZH, VERDICT_LABELS, VERDICT_LABELS_ZH } from './labels';
import WORDS from './ui-strings.json' with { type: 'json' };

type Pair = { en: string; zh: string };

/** An enumeration's labels as interface strings: keyed('verdict.', en, zh)['verdict.supported']. */
function keyed<P extends string, K extends string>(
  prefix: P,
  en: Record<K, string>,
  zh: Record<K, string>,
): Record<`${P}${K}`, Pair> {
  const pairs = Object.keys(en).map((k) => [prefix + k, { en: en[k as K], zh: zh[k as K] }]);
  return Object.fromEntries(pairs) as Record<`${P}${K}`, Pair>;
}

export const UI_STRINGS = {
  ...(WORDS satisfies Record<string, Pair>),
  ...keyed('note.kind.', KIND_LABELS, KIND_LABELS_ZH),
  ...keyed('verdict.', VERDICT_LABELS, VERDICT_LABELS_ZH),
};

export type UiKey = keyof typeof UI_STRINGS;

/** The label in a language: ui('para.cite', 'zh') → "引用". */
export function ui(key: UiKey, lang: Lang): string {
  return UI_STRINGS[key][lang];
}

/** A label with its {placeholders} filled: uiWith('search.count', 'zh', { n: 3, q: '词元' }). */
export function uiWith(key: UiKey, lang: Lang, values: Record<string, string | number>): string {
  return ui(key, lang).replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
