import { describe, expect, it } from 'vitest';
import { EDITION, SITE_SHORT_TITLE, SITE_SHORT_TITLE_ZH, SITE_TITLE, SITE_TITLE_ZH, SPEECH_SHORT } from './edition';

// The names a reader sees in every tab and bookmark (BaseLayout.astro: "<page> · <short title>"), in
// the chrome and in every citation.
describe('the edition’s names', () => {
  it('names the site, the speech in short and the edition as published', () => {
    expect(SITE_TITLE).toBe('Eddie Wu at Apsara 2024 — an annotated edition');
    expect(SITE_SHORT_TITLE).toBe('Eddie Wu, Apsara 2024 keynote');
    expect(SPEECH_SHORT).toEqual({ zh: '吴泳铭 · 2024云栖大会', en: 'Eddie Wu at Apsara 2024' });
    expect(EDITION).toEqual({ title: SITE_TITLE, publisher: 'Apsara 2024 Keynote Edition' });
    // The Chinese pages' names (/zh/): the speech's title and what the edition is.
    expect(SITE_TITLE_ZH).toBe('吴泳铭2024云栖大会主题演讲：中英对照注释本');
    expect(SITE_SHORT_TITLE_ZH).toBe('吴泳铭2024云栖大会主题演讲');
  });
});
