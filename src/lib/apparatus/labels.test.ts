import { describe, expect, it } from 'vitest';
import { NOTE_KINDS, VERDICTS } from '../content/schemas';
import {
  KIND_LABELS,
  KIND_LABELS_ZH,
  VERDICT_LABELS,
  VERDICT_LABELS_ZH,
  paragraphLabel,
  paragraphRange,
  sentenceLabel,
} from './labels';
import { ui, UI_STRINGS } from './ui-strings';

describe('the labels readers see', () => {
  it('numbers paragraphs, sentences and ranges as the edition prints them', () => {
    expect(paragraphLabel(4)).toBe('¶4');
    expect(sentenceLabel(9, 2)).toBe('¶9.2');
    expect(paragraphRange(2, 6)).toBe('¶2–¶6');
    expect(paragraphRange(1, 1)).toBe('¶1');
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
});
