import { describe, expect, it } from 'vitest';
import { cite, type FormId } from './cite';
import type { CiteTarget } from './model';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const { speech, part, paragraph, sentence } = TEST_TARGETS;
const targets = TEST_TARGETS;
const input = testInput;

// The reference entries describe the speech, whatever is cited (the locator goes into the note or
// in-text citation): one entry per style, held here as an exact string.
const REFERENCE: Record<'chicago' | 'apa' | 'mla', string> = {
  chicago:
    'Wu, Eddie. “吴泳铭2024云栖大会主题演讲” [Keynote at the 2024 Apsara Conference]. Keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024. In Eddie Wu at Apsara 2024: An Annotated Edition, edited and translated by the Apsara 2024 Keynote Edition editors. Version 1.0.0. Apsara 2024 Keynote Edition, November 29, 2026. https://example.org/speech/.',
  apa: 'Wu, E. (2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote at the 2024 Apsara Conference] [Keynote address]. 2024 Apsara Conference, Hangzhou, China. In Apsara 2024 Keynote Edition editors (Eds. & Trans.), Eddie Wu at Apsara 2024: An annotated edition (Version 1.0.0). Apsara 2024 Keynote Edition. https://example.org/speech/',
  mla: 'Wu, Eddie. “吴泳铭2024云栖大会主题演讲” [“Keynote at the 2024 Apsara Conference”]. 2024 Apsara Conference, 19 Sept. 2024, Hangzhou. Keynote address. Eddie Wu at Apsara 2024: An Annotated Edition, edited and translated by the Apsara 2024 Keynote Edition editors, version 1.0.0, Apsara 2024 Keynote Edition, 29 Nov. 2026, example.org/speech/. Accessed 29 Nov. 2026.',
};

describe('reference entries (Chicago bibliography, APA reference list, MLA works cited)', () => {
  it.each(Object.entries(REFERENCE))('%s: one entry for the speech, at /speech/', (style, expected) => {
    expect(cite(style as FormId, input(speech))).toBe(expected);
  });
  it.each(['chicago', 'apa', 'mla'] as const)(
    '%s: the same entry for a part, a paragraph and a sentence, so that a paper lists the speech once',
    (style) => {
      for (const target of [part, paragraph, sentence]) expect(cite(style, input(target))).toBe(REFERENCE[style]);
    },
  );
  it('MLA: a container title ending in a quotation takes its comma inside the quotation marks', () => {
    const quoted = { ...TEST_EDITION, title: 'Readings of “Apsara”' };
    expect(cite('mla', input(speech, quoted))).toContain(' Readings of “Apsara,” edited and translated by ');
  });
  it('MLA: the location is the speech page without its scheme, http:// as https://', () => {
    const local = { ...TEST_EDITION, speechUrl: 'http://localhost:4321/speech/' };
    expect(cite('mla', input(speech, local))).toContain(', 29 Nov. 2026, localhost:4321/speech/. Accessed');
  });
});

const NOTE_HEAD =
  'Eddie Wu, “吴泳铭2024云栖大会主题演讲” [Keynote at the 2024 Apsara Conference] (keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024), in Eddie Wu at Apsara 2024: An Annotated Edition, ed. and trans. the Apsara 2024 Keynote Edition editors, version 1.0.0 (Apsara 2024 Keynote Edition, November 29, 2026),';

describe('the forms that carry the locator', () => {
  it.each([
    ['speech', `${NOTE_HEAD} https://example.org/speech/.`],
    ['part', `${NOTE_HEAD} paras. 2–6, https://example.org/speech/1/.`],
    ['paragraph', `${NOTE_HEAD} para. 4, https://example.org/p/4/.`],
    ['sentence', `${NOTE_HEAD} para. 9, sentence 2, https://example.org/speech/2/#p9.2.`],
  ] as const)('Chicago note, %s: the passage and its own URL', (kind, expected) => {
    expect(cite('chicago-note', input(targets[kind]))).toBe(expected);
  });
  it.each([
    ['speech', 'Wu, “吴泳铭2024云栖大会主题演讲.”', '(Wu, 2024)', '(Wu)'],
    ['part', 'Wu, “吴泳铭2024云栖大会主题演讲,” paras. 2–6.', '(Wu, 2024, paras. 2–6)', '(Wu, pars. 2–6)'],
    ['paragraph', 'Wu, “吴泳铭2024云栖大会主题演讲,” para. 4.', '(Wu, 2024, para. 4)', '(Wu, par. 4)'],
    [
      'sentence',
      'Wu, “吴泳铭2024云栖大会主题演讲,” para. 9, sentence 2.',
      '(Wu, 2024, para. 9, sentence 2)',
      '(Wu, par. 9, sentence 2)',
    ],
  ] as const)('%s: Chicago short note, APA and MLA in-text citations', (kind, short, apa, mla) => {
    const t = targets[kind];
    expect([
      cite('chicago-short-note', input(t)),
      cite('apa-in-text', input(t)),
      cite('mla-in-text', input(t)),
    ]).toEqual([short, apa, mla]);
  });
  it('a part of one paragraph is cited by that paragraph', () => {
    const opening: CiteTarget = {
      ...part,
      url: 'https://example.org/speech/opening/',
      paragraphs: { first: 1, last: 1 },
    };
    expect(cite('apa-in-text', input(opening))).toBe('(Wu, 2024, para. 1)');
  });
});

describe('GB/T 7714—2015 records', () => {
  const zh = (locator: string, url: string) =>
    `吴泳铭. 吴泳铭2024云栖大会主题演讲: 2024云栖大会, 杭州, 2024-09-19${locator}[EB/OL]//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024: An annotated edition. 1.0.0版. (2026-11-29)[2026-11-29]. ${url}.`;
  const en = (locator: string, url: string) =>
    `WU E. Keynote at the 2024 Apsara Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19${locator}[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024: An annotated edition. Version 1.0.0. (2026-11-29)[2026-11-29]. ${url}.`;
  it.each([
    ['speech', '', '', 'https://example.org/speech/'],
    [
      'part',
      ': 第2—6段',
      ': Thesis 1 — 22 months, and still early in the AGI transformation',
      'https://example.org/speech/1/',
    ],
    ['paragraph', ': 第4段', ': paragraph 4', 'https://example.org/p/4/'],
    ['sentence', ': 第9段第2句', ': paragraph 9, sentence 2', 'https://example.org/speech/2/#p9.2'],
  ] as const)('%s: the Chinese record (a Chinese locator), then the English one', (kind, zhLoc, enLoc, url) => {
    const t = targets[kind];
    expect(cite('gbt7714-zh', input(t))).toBe(zh(zhLoc, url));
    expect(cite('gbt7714-en', input(t))).toBe(en(enLoc, url));
    expect(cite('gbt7714', input(t))).toBe(`${zh(zhLoc, url)}\n${en(enLoc, url)}`);
  });
});
