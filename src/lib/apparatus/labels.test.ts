import { describe, expect, it } from 'vitest';
import { NOTE_KINDS, TERM_CATEGORIES, VERDICTS } from '../content/schemas';
import {
  categoryLabel,
  kindLabel,
  verdictLabel,
  KIND_LABELS,
  KIND_LABELS_ZH,
  VERDICT_LABELS,
  VERDICT_LABELS_ZH,
  paragraphLabel,
  paragraphRange,
  sentenceLabel,
} from './labels';
import { ui, uiWith, UI_STRINGS } from './ui-strings';

describe('the labels readers see', () => {
  it('numbers paragraphs, sentences and ranges as the edition prints them', () => {
    expect(paragraphLabel(4)).toBe('¶4');
    expect(sentenceLabel(9, 2)).toBe('¶9.2');
    expect(paragraphRange(2, 6, 'en')).toBe('¶2–¶6');
    expect(paragraphRange(1, 1, 'en')).toBe('¶1');
    // GB/T 15834: a range of numbers in Chinese takes the 一字线.
    expect(paragraphRange(2, 6, 'zh')).toBe('¶2—¶6');
    expect(paragraphRange(7, 7, 'zh')).toBe('¶7');
    expect(KIND_LABELS['fact-check']).toBe('Fact check');
  });

  it('gives each interface string in the language asked for', () => {
    expect(ui('termcard.entry', 'en')).toBe('Glossary entry');
    expect(ui('termcard.entry', 'zh')).toBe('术语条目');
    for (const [key, value] of Object.entries(UI_STRINGS)) {
      expect(value.en.trim(), key).not.toBe('');
      expect(value.zh.trim(), key).not.toBe('');
    }
  });

  it('labels every note kind and verdict on a note card in both languages', () => {
    for (const kind of NOTE_KINDS) {
      expect(ui(`note.kind.${kind}`, 'en')).toBe(KIND_LABELS[kind]);
      expect(ui(`note.kind.${kind}`, 'zh')).toBe(KIND_LABELS_ZH[kind]);
    }
    for (const verdict of VERDICTS) {
      expect(ui(`verdict.${verdict}`, 'en')).toBe(VERDICT_LABELS[verdict]);
      expect(ui(`verdict.${verdict}`, 'zh')).toBe(VERDICT_LABELS_ZH[verdict]);
    }
    expect(Object.keys(UI_STRINGS).filter((key) => /^(note\.kind|verdict)\./.test(key))).toHaveLength(
      NOTE_KINDS.length + VERDICTS.length,
    );
  });

  it('names kinds, verdicts and glossary categories in the language of the page', () => {
    expect(kindLabel('fact-check', 'en')).toBe('Fact check');
    expect(kindLabel('fact-check', 'zh')).toBe('事实核查');
    expect(verdictLabel('company-figure', 'en')).toBe('Company figure, not independently verified');
    expect(verdictLabel('company-figure', 'zh')).toBe('公司自报数据，未经独立核实');
    expect(categoryLabel('organisation', 'en')).toBe('Organisations');
    expect(categoryLabel('organisation', 'zh')).toBe('机构');
  });

  it('heads each glossary category with its name in both languages', () => {
    expect(TERM_CATEGORIES.map((c) => [c, categoryLabel(c, 'en'), categoryLabel(c, 'zh')])).toEqual([
      ['concept', 'Concepts', '概念'],
      ['technology', 'Technologies', '技术'],
      ['product', 'Products and services', '产品与服务'],
      ['organisation', 'Organisations', '机构'],
      ['person', 'People', '人物'],
      ['hardware', 'Hardware', '硬件'],
      ['event', 'Events', '事件'],
      ['place', 'Places', '地点'],
    ]);
  });

  it('fills the placeholders of an interface string, and leaves those it is not given', () => {
    expect(uiWith('search.count', 'en', { n: 3, q: 'token', more: '' })).toBe('3 results for “token”.');
    expect(uiWith('search.count', 'zh', { n: 12, q: '词元' })).toBe('“词元”共有12条结果{more}。');
  });
});
