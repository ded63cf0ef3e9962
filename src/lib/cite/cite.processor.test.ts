/**
 * cite.ts against an independent processor: the edition's CSL-JSON, rendered by citeproc-js with the
 * official CSL styles (src/lib/cite/fixtures/csl/, CC BY-SA 3.0), compared word by word with what cite.ts
 * writes for the same style. Every difference is listed here with its reason (the A-numbers are those
 * of the citation review, reviews/citation.md); a new difference, or one that disappears, fails the
 * test. The comparison also checks the CSL-JSON itself: the processor's output is only as right as
 * the item it is given (the edition dated by its version, the speech by the speech, no editor).
 */
import { describe, expect, it } from 'vitest';
import { cite, type FormId } from './cite';
import type { CiteInput, CiteTarget } from './model';
import { TEST_EDITION } from './fixtures/cite-edition';
import { bibliography, citation, differences, type Style } from './fixtures/csl/processor';

const edition = TEST_EDITION;
const speech: CiteTarget = { kind: 'speech', url: 'https://example.org/speech/' };
const p9: CiteTarget = { kind: 'paragraph', url: 'https://example.org/p/9/', paragraph: 9 };
const input = (target: CiteTarget): CiteInput => ({ edition, target, accessed: '2026-11-29' });
const item = (target: CiteTarget) => JSON.parse(cite('csl-json', input(target)))[0] as Record<string, unknown>;

interface Difference {
  processor: string;
  site: string;
  why: string;
}

// Reasons that recur.
const TITLE =
  'A1/A6: CSL has no translated title; the site gives the original title with its translation in brackets (Chicago 11.6, MLA 2.2.2), APA a romanisation with it (9.38)';
const EVENT =
  'A2/A9/A11: the CSL layout for a speech in a container puts the event after the container; the site follows each manual’s form for a paper presented at a meeting (Chicago 14.217, APA 10.5, MLA’s event as first container)';
const ORIGINAL =
  'A1: “Originally published as” misdescribes an unpublished speech; the site names the Chinese title in the title element';
const EDITORS =
  'D2: the CSL-JSON has no editor (Zotero would make it a second presenter), so the processor says only “translated by”; the site says what the editors did, with an article before a collective name (A4)';

const CASES: {
  name: string;
  style: Style;
  form: FormId;
  target: CiteTarget;
  kind: 'bibliography' | 'citation';
  expected: Difference[];
}[] = [
  {
    name: 'Chicago 17, bibliography entry',
    style: 'chicago-notes-bibliography-17th-edition',
    form: 'chicago',
    target: speech,
    kind: 'bibliography',
    expected: [
      { processor: '“Keynote', site: '“吴泳铭2024云栖大会主题演讲” [Keynote', why: TITLE },
      {
        processor: 'Conference.”',
        site: 'Conference]. Keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024.',
        why: EVENT,
      },
      {
        processor: 'Keynote address, version 1.0.0,',
        site: 'edited and',
        why: `${EDITORS}; A3: the version after the editors`,
      },
      { processor: '', site: 'the', why: 'A4: “the … editors”, natural English for a collective' },
      {
        processor: '2024 Apsara Conference, September 19, 2024, Hangzhou.',
        site: 'Version 1.0.0.',
        why: `${EVENT}; A3: Chicago gives the version as its own element`,
      },
      {
        processor: 'Originally published as 吴泳铭2024云栖大会主题演讲 (September 19, 2024).',
        site: '',
        why: ORIGINAL,
      },
    ],
  },
  {
    name: 'Chicago 17, note with a paragraph locator',
    style: 'chicago-notes-bibliography-17th-edition',
    form: 'chicago-note',
    target: p9,
    kind: 'citation',
    expected: [
      { processor: '“Keynote', site: '“吴泳铭2024云栖大会主题演讲” [Keynote', why: TITLE },
      {
        processor: 'Conference,”',
        site: 'Conference] (keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024),',
        why: `${EVENT}; in a note the meeting goes in parentheses (Chicago 14.217)`,
      },
      { processor: 'Keynote address, version 1.0.0,', site: 'ed. and', why: EDITORS },
      { processor: '', site: 'the', why: 'A4' },
      {
        processor: '2024 Apsara Conference, September 19, 2024, Hangzhou, Apsara',
        site: 'version 1.0.0 (Apsara',
        why: `${EVENT}; the publication facts of a note in parentheses (Chicago 14.20)`,
      },
      {
        processor: '2026; originally published as 吴泳铭2024云栖大会主题演讲 (September 19, 2024),',
        site: '2026),',
        why: ORIGINAL,
      },
    ],
  },
  {
    name: 'APA 7, reference list entry',
    style: 'apa',
    form: 'apa',
    target: speech,
    kind: 'bibliography',
    expected: [
      {
        processor: '(2026, November 29). Keynote',
        site: '(2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote',
        why: `A10: the site dates a conference presentation by the day it was given (APA 10.5); the processor dates the item by the edition (issued), APA’s form for a republished translation. ${TITLE}`,
      },
      {
        processor: 'Conference (Apsara',
        site: 'Conference] [Keynote address].',
        why: 'A6/A7: the description follows the title (APA 10.5)',
      },
      { processor: '', site: 'Apsara Conference, Hangzhou, China. In Apsara 2024', why: EVENT },
      {
        processor: 'editors, Trans.). In',
        site: 'editors (Eds. & Trans.),',
        why: 'A7: the editors and translators of the edition as of an edited book (APA 10.3)',
      },
      {
        processor: '[Keynote address].',
        site: '(Version 1.0.0).',
        why: 'A8: the APA style prints a version only for software and data; the version pins the text cited',
      },
      { processor: '2024 Apsara Conference, Hangzhou, September 19, 2024.', site: '', why: EVENT },
      {
        processor: '(Original work published as 吴泳铭2024云栖大会主题演讲, 2024)',
        site: '',
        why: 'A6: “(Original work published as <title>)” is no APA element',
      },
    ],
  },
  {
    name: 'APA 7, in-text citation with a paragraph locator',
    style: 'apa',
    form: 'apa-in-text',
    target: p9,
    kind: 'citation',
    expected: [
      {
        processor: '2024/2026,',
        site: '2024,',
        why: 'A10: the reference is dated by the speech, so the citation is too; the processor’s 2024/2026 follows from dating the CSL item by the edition (D1)',
      },
    ],
  },
  {
    name: 'MLA 9, works-cited entry',
    style: 'modern-language-association',
    form: 'mla',
    target: speech,
    kind: 'bibliography',
    expected: [
      { processor: '“Keynote', site: '“吴泳铭2024云栖大会主题演讲” [“Keynote', why: TITLE },
      { processor: 'Conference.”', site: 'Conference”]. 2024 Apsara Conference,', why: `${TITLE}; ${EVENT}` },
      {
        processor: '',
        site: 'Hangzhou.',
        why: 'A15: the description after the event, one of the places MLA allows for it',
      },
      { processor: '', site: 'edited and', why: EDITORS },
      { processor: '', site: 'the', why: 'A4' },
      { processor: 'Version', site: 'version', why: 'A12: MLA lower-cases the word after a comma' },
      {
        processor:
          '2024 Apsara Conference, 19 Sept. 2024, Hangzhou, https://example.org/speech/. Originally published as 吴泳铭2024云栖大会主题演讲.',
        site: '29 Nov. 2026, example.org/speech/. Accessed 29 Nov. 2026.',
        why: `${EVENT}; the edition’s date in its container; A13: MLA 9 lets the URL drop https://; A14: the optional access date, the day of copying; ${ORIGINAL}`,
      },
    ],
  },
  {
    name: 'MLA 9, in-text citation with a paragraph locator',
    style: 'modern-language-association',
    form: 'mla-in-text',
    target: p9,
    kind: 'citation',
    expected: [],
  },
  {
    name: 'GB/T 7714—2015, the English record',
    style: 'china-national-standard-gb-t-7714-2015-numeric',
    form: 'gbt7714-en',
    target: speech,
    kind: 'bibliography',
    expected: [
      {
        processor: 'Conference[Z/OL]. APSARA',
        site: 'Conference:',
        why: 'A16: [EB/OL], as the standard’s examples of online texts, where the style maps a speech to Z; A21: the event as other title information',
      },
      {
        processor: 'KEYNOTE EDITION EDITORS, 译//Eddie',
        site: 'Apsara Conference, Hangzhou, 2024-09-19[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie',
        why: 'A21: the event; A18: the style upper-cases a body’s name as a surname; A19: English terms in the English record; the host’s responsible body before its title (4.2)',
      },
      {
        processor: 'Apsara 2024 Keynote Edition, 2026[2026-11-29].',
        site: 'Version 1.0.0. (2026-11-29)[2026-11-29].',
        why: 'A20: the version (版本项) and the update date (更新或修改日期) that the [EB/OL] pattern asks for; no publisher, as in the standard’s [EB/OL] examples',
      },
    ],
  },
];

describe('cite.ts against citeproc-js and the official CSL styles', { timeout: 180_000 }, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: only the listed differences', (_, c) => {
    const csl = item(c.target);
    const processor = c.kind === 'bibliography' ? bibliography(c.style, csl) : citation(c.style, csl, p9.paragraph);
    const site = cite(c.form, input(c.target));
    const found = differences(processor, site);
    expect(found, `processor: ${processor}\nsite:      ${site}`).toEqual(
      c.expected.map(({ processor, site }) => ({ processor, site })),
    );
    for (const d of c.expected) expect(d.why).not.toBe('');
  });

  it('the processor puts no locator into a bibliography entry, as the site does not', () => {
    for (const style of ['chicago-notes-bibliography-17th-edition', 'apa', 'modern-language-association'] as const)
      expect(bibliography(style, item(p9))).not.toMatch(/para|par\./);
  });
});
