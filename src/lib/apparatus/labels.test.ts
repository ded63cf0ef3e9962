import { describe, expect, it } from 'vitest';
import { KIND_LABELS, paragraphLabel, paragraphRange, sentenceLabel } from './labels';
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
});
