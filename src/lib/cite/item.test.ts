import { describe, expect, it } from 'vitest';
import { citedItem, editionItem } from './item';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const TITLE = '吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference]';

describe('the item every page and file gives for what is cited', () => {
  it('is a presentation by Eddie Wu alone, on the day of the speech, with the edition and its roles in Extra', () => {
    expect(citedItem(testInput(TEST_TARGETS.speech))).toEqual({
      itemType: 'presentation',
      title: TITLE,
      shortTitle: '吴泳铭2024云栖大会主题演讲',
      creators: [{ creatorType: 'presenter', firstName: 'Eddie', lastName: 'Wu' }],
      abstractNote:
        'The keynote Eddie Wu gave at the 2024 Apsara Conference, Hangzhou, on 19 September 2024, in the Chinese original with the English translation of the Apsara 2024 Keynote Edition editors (Eddie Wu at Apsara 2024: An annotated edition, version 1.0.0, 29 November 2026).',
      date: '2024-09-19',
      language: 'en',
      url: 'https://example.org/speech/',
      presentationType: 'Keynote address',
      meetingName: '2024 Apsara Conference',
      place: 'Hangzhou',
      extra: [
        'container-title: Eddie Wu at Apsara 2024: An annotated edition',
        'editor: Apsara 2024 Keynote Edition editors',
        'translator: Apsara 2024 Keynote Edition editors',
        'version: 1.0.0',
      ].join('\n'),
    });
  });

  it.each([
    ['part', `${TITLE}, ¶2–¶6 (Thesis 1 — 22 months, and still early in the AGI transformation)`, 'Part “Thesis 1'],
    ['paragraph', `${TITLE}, ¶4`, 'Paragraph 4 of the keynote'],
    ['sentence', `${TITLE}, ¶9.2`, 'Paragraph 9, sentence 2 of the keynote'],
  ] as const)(
    'a %s: the locator in the title and the abstract, its own URL, the rest as the speech',
    (kind, title, abs) => {
      const target = TEST_TARGETS[kind];
      const item = citedItem(testInput(target));
      expect([item.title, item.url]).toEqual([title, target.url]);
      expect(item.abstractNote.startsWith(abs)).toBe(true);
      const speech = citedItem(testInput(TEST_TARGETS.speech));
      const rest = (i: typeof item) => ({ ...i, title: '', abstractNote: '', url: '' });
      expect(rest(item)).toEqual(rest(speech));
    },
  );

  it('has no role a presentation lacks: the speaker is its only creator, the editors are in Extra', () => {
    for (const target of Object.values(TEST_TARGETS)) {
      const item = citedItem(testInput(target));
      expect(item.creators.map((c) => c.creatorType)).toEqual(['presenter']);
    }
  });
});

describe('the edition (the home page)', () => {
  it('is a book edited and translated by its editors, dated and numbered by its version', () => {
    expect(editionItem(TEST_EDITION)).toMatchObject({
      itemType: 'book',
      title: 'Eddie Wu at Apsara 2024: An annotated edition',
      shortTitle: 'Eddie Wu at Apsara 2024',
      creators: [
        { creatorType: 'editor', name: 'Apsara 2024 Keynote Edition editors' },
        { creatorType: 'translator', name: 'Apsara 2024 Keynote Edition editors' },
      ],
      date: '2026-11-29',
      language: 'en',
      url: 'https://example.org/',
      edition: 'Version 1.0.0',
      publisher: 'Apsara 2024 Keynote Edition',
    });
  });
  it('says in its abstract what the edition holds, for the reader of a reference manager', () => {
    expect(editionItem(TEST_EDITION).abstractNote).toBe(
      'An annotated, bilingual reference edition of the keynote Eddie Wu gave at the 2024 Apsara Conference, Hangzhou, on 19 September 2024: the Chinese text verbatim, paragraph by paragraph, with an English translation, notes and a glossary.',
    );
  });
});
