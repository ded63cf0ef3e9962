/**
 * cite.ts against an independent processor: the edition's CSL-JSON for the speech, a part and a
 * paragraph, rendered by citeproc-js with the official CSL styles (src/lib/cite/fixtures/csl/, CC
 * BY-SA 3.0), compared word by word with what cite.ts writes for the same style. Every difference is
 * listed here with its reason (the A-numbers are those of the citation review, reviews/citation.md; I,
 * C and W those of the tools check, reviews/1.0/tools-check.md); a new difference, or one that
 * disappears, fails the test. The comparison also checks the CSL-JSON itself: the processor's output
 * is only as right as the item it is given, and the same item is what Zotero saves from every page and
 * file (item.ts; `npm run check:zotero` renders Zotero's own items against these).
 *
 * Changed with issue 24: the item is dated by the day of the speech, not by the edition (the processor
 * printed “2024/2026” and “[2024] 2026”, C1), names the speaker alone (no translator, which Zotero made
 * a second presenter, I1), gives the editors' roles as editor and translator in note (“edited and
 * translated by”, C2), one bilingual title (I5) and the locator in the title of a part or paragraph
 * (C3). A citation of the speech with a paragraph locator is the reader's way to cite a passage of a
 * saved speech; a part or paragraph saved as such is cited without one.
 */
import { describe, expect, it } from 'vitest';
import { cite, type FormId } from './cite';
import type { CiteInput, CiteTarget } from './model';
import { TEST_EDITION, TEST_TARGETS } from './fixtures/cite-edition';
import { bibliography, citation, differences, type Style } from './fixtures/csl/processor';

const edition = TEST_EDITION;
const { speech, part } = TEST_TARGETS;
const p9: CiteTarget = { kind: 'paragraph', url: 'https://example.org/p/9/', paragraph: 9 };
const input = (target: CiteTarget): CiteInput => ({ edition, target, accessed: '2026-11-29' });
const item = (target: CiteTarget) => JSON.parse(cite('csl-json', input(target)))[0] as Record<string, unknown>;

const CHICAGO: Style = 'chicago-notes-bibliography-17th-edition';
const GBT: Style = 'china-national-standard-gb-t-7714-2015-numeric';

interface Difference {
  processor: string;
  site: string;
  why: string;
}

// Reasons that recur.
const QUOTES =
  'A1: the item has one title, the original with its translation in brackets (CSL has no translated title); the processor quotes the whole, the site the original alone (Chicago 11.6, MLA 2.2.2)';
const EVENT =
  'A2/A9/A11: the CSL layout for a speech in a container puts the event after the container; the site follows each manual’s form for a paper presented at a meeting (Chicago 14.217, APA 10.5, MLA’s event as first container)';
const ARTICLE = 'A4: “the … editors”, natural English for a collective name';
const VERSION_DATE =
  'the processor dates everything by issued, the day of the speech (Zotero’s one date of a presentation); the site gives the version its own date, 29 November 2026, and the version as its own element (Chicago 14.12, A3)';
const PUBLISHER =
  'the item names no publisher: Zotero gives a presentation’s place to CSL as the publisher’s place too (publisher-place), and the styles would print “Hangzhou: Apsara 2024 Keynote Edition”; the container’s title and editors name the edition';
const PLACE =
  'Zotero exports a presentation’s place as the publisher’s place too, and the CSL-JSON does the same so that a Zotero library and the file render alike; MLA prints it as the container’s place';
const LOCATOR_IN_TITLE =
  'C3: a saved part or paragraph carries its locator in its title (the one field every style prints); the site gives it where each manual puts a locator';
const GBT_STYLE =
  'A16/A18/A19/A21: the style maps a speech to [Z/OL] where the standard’s online texts are [EB/OL], upper-cases a body’s name as a surname, uses Chinese terms (译) in an English record, and prints the editors as the host’s responsible body; the site gives the event as other title information, the version (版本项) and update date the [EB/OL] pattern asks for';

const CASES: {
  name: string;
  style: Style;
  form: FormId;
  /** What the processor renders (the item) and what the site prints (for that target). */
  item: CiteTarget;
  site: CiteTarget;
  kind: 'bibliography' | 'citation';
  /** A paragraph locator given to the processor, as a reader citing ¶9 of the speech does. */
  locator?: number;
  expected: Difference[];
}[] = [
  // --- The speech -----------------------------------------------------------------------------------
  {
    name: 'the speech, Chicago 17 bibliography entry',
    style: CHICAGO,
    form: 'chicago',
    item: speech,
    site: speech,
    kind: 'bibliography',
    expected: [
      { processor: '“吴泳铭2024云栖大会主题演讲', site: '“吴泳铭2024云栖大会主题演讲”', why: QUOTES },
      { processor: 'Conference].”', site: 'Conference].', why: QUOTES },
      { processor: 'address.', site: 'address, 2024 Apsara Conference, Hangzhou, September 19, 2024.', why: EVENT },
      { processor: 'version 1.0.0,', site: '', why: VERSION_DATE },
      { processor: '', site: 'the', why: ARTICLE },
      { processor: '2024', site: 'Version 1.0.0.', why: `${EVENT}; ${VERSION_DATE}` },
      {
        processor: 'Conference, Hangzhou, September 19, 2024.',
        site: '2024 Keynote Edition, November 29, 2026.',
        why: `${EVENT}; ${VERSION_DATE}; ${PUBLISHER}`,
      },
    ],
  },
  {
    name: 'the speech, Chicago 17 note with a paragraph locator (¶9)',
    style: CHICAGO,
    form: 'chicago-note',
    item: speech,
    site: p9,
    kind: 'citation',
    locator: 9,
    expected: [
      { processor: '“吴泳铭2024云栖大会主题演讲', site: '“吴泳铭2024云栖大会主题演讲”', why: QUOTES },
      {
        processor: 'Conference],” Keynote',
        site: 'Conference] (keynote',
        why: `${QUOTES}; in a note the meeting goes in parentheses (Chicago 14.217)`,
      },
      { processor: '', site: '2024 Apsara Conference, Hangzhou, September 19, 2024),', why: EVENT },
      { processor: 'version 1.0.0,', site: '', why: VERSION_DATE },
      { processor: '', site: 'the', why: ARTICLE },
      {
        processor: '',
        site: 'version 1.0.0 (Apsara',
        why: `the publication facts of a note in parentheses (Chicago 14.20); ${PUBLISHER}`,
      },
      {
        processor: 'Apsara Conference, Hangzhou, September 19, 2024,',
        site: 'Keynote Edition, November 29, 2026),',
        why: `${EVENT}; ${VERSION_DATE}`,
      },
      {
        processor: 'https://example.org/speech/.',
        site: 'https://example.org/p/9/.',
        why: 'the processor cites the saved speech at its URL; the site’s note names the paragraph’s own address',
      },
    ],
  },
  {
    name: 'the speech, APA 7 reference list entry',
    style: 'apa',
    form: 'apa',
    item: speech,
    site: speech,
    kind: 'bibliography',
    expected: [
      {
        processor: '吴泳铭2024云栖大会主题演讲',
        site: 'Wu Yongming 2024 Yunqi Dahui zhuti yanjiang',
        why: 'A6: APA puts no non-Latin script in a reference list; the site romanizes the title (9.38)',
      },
      {
        processor: '(Apsara 2024 Keynote Edition editors, Trans.)',
        site: '',
        why: 'A7: the style names a translator after the title; the site names the editors and translators once, with the edition',
      },
      { processor: '', site: '2024 Apsara Conference, Hangzhou, China.', why: EVENT },
      {
        processor: '(Ed.),',
        site: '(Eds. & Trans.),',
        why: 'A7: the editors and translators of the edition as of an edited book (APA 10.3); a collective name takes the plural',
      },
      {
        processor: 'edition. 2024',
        site: 'edition (Version 1.0.0).',
        why: `A8: the APA style prints a version only for software and data; the version pins the text cited; ${EVENT}`,
      },
      { processor: 'Conference, Hangzhou.', site: '2024 Keynote Edition.', why: `${EVENT}; ${PUBLISHER}` },
    ],
  },
  {
    name: 'the speech, APA 7 in-text citation with a paragraph locator (¶9)',
    style: 'apa',
    form: 'apa-in-text',
    item: speech,
    site: p9,
    kind: 'citation',
    locator: 9,
    // No “2024/2026” (C1): the item is dated by the speech.
    expected: [],
  },
  {
    name: 'the speech, MLA 9 works-cited entry',
    style: 'modern-language-association',
    form: 'mla',
    item: speech,
    site: speech,
    kind: 'bibliography',
    expected: [
      {
        processor: '“吴泳铭2024云栖大会主题演讲 [Keynote',
        site: '“吴泳铭2024云栖大会主题演讲” [“Keynote',
        why: QUOTES,
      },
      {
        processor: 'Conference].”',
        site: 'Conference”]. 2024 Apsara Conference, 19 Sept. 2024, Hangzhou.',
        why: `${QUOTES}; ${EVENT}`,
      },
      { processor: '', site: 'the', why: ARTICLE },
      { processor: 'Version', site: 'version', why: 'A12: MLA lower-cases the word after a comma' },
      { processor: 'Hangzhou, 2024', site: '', why: `${PLACE}; ${EVENT}` },
      {
        processor: 'Conference, Hangzhou, https://example.org/speech/.',
        site: '2024 Keynote Edition, 29 Nov. 2026, example.org/speech/. Accessed 29 Nov. 2026.',
        why: `${EVENT}; the edition’s date in its container (${VERSION_DATE}); A13: MLA 9 lets the URL drop https://; A14: the optional access date, the day of copying`,
      },
    ],
  },
  {
    name: 'the speech, MLA 9 in-text citation with a paragraph locator (¶9)',
    style: 'modern-language-association',
    form: 'mla-in-text',
    item: speech,
    site: p9,
    kind: 'citation',
    locator: 9,
    expected: [],
  },
  {
    name: 'the speech, GB/T 7714—2015, the English record',
    style: GBT,
    form: 'gbt7714-en',
    item: speech,
    site: speech,
    kind: 'bibliography',
    expected: [
      {
        processor: '吴泳铭2024云栖大会主题演讲 [Keynote',
        site: 'Keynote',
        why: 'A17: the English record gives the English title; the Chinese is the Chinese record’s',
      },
      { processor: 'Conference][Z/OL]. APSARA', site: 'Conference:', why: GBT_STYLE },
      {
        processor: 'KEYNOTE EDITION EDITORS, 译//APSARA',
        site: 'Apsara Conference, Hangzhou, 2024-09-19[EB/OL]. Apsara',
        why: GBT_STYLE,
      },
      {
        processor: 'KEYNOTE EDITION EDITORS.',
        site: 'Keynote Edition editors, trans.//Apsara 2024 Keynote Edition.',
        why: GBT_STYLE,
      },
      {
        processor: 'Hangzhou, 2024[2026-11-29].',
        site: 'Version 1.0.0. (2026-11-29)[2026-11-29].',
        why: `${GBT_STYLE}; A20: no publisher, as in the standard’s [EB/OL] examples; ${PLACE}`,
      },
    ],
  },
  // --- A part ---------------------------------------------------------------------------------------
  {
    name: 'a part, Chicago 17 note',
    style: CHICAGO,
    form: 'chicago-note',
    item: part,
    site: part,
    kind: 'citation',
    expected: [
      { processor: '“吴泳铭2024云栖大会主题演讲', site: '“吴泳铭2024云栖大会主题演讲”', why: QUOTES },
      {
        processor: 'Conference], ¶2–¶6 (Thesis 1 — 22 Months, and Still Early in the AGI Transformation),” Keynote',
        site: 'Conference] (keynote',
        why: `${LOCATOR_IN_TITLE}; the style sets the part’s title, part of the item’s, in headline style; ${QUOTES}`,
      },
      { processor: '', site: '2024 Apsara Conference, Hangzhou, September 19, 2024),', why: EVENT },
      { processor: 'version 1.0.0,', site: '', why: VERSION_DATE },
      { processor: '', site: 'the', why: ARTICLE },
      { processor: '', site: 'version 1.0.0 (Apsara', why: `Chicago 14.20; ${PUBLISHER}` },
      {
        processor: 'Apsara Conference, Hangzhou, September 19, 2024,',
        site: 'Keynote Edition, November 29, 2026), paras. 2–6,',
        why: `${VERSION_DATE}; ${LOCATOR_IN_TITLE}`,
      },
    ],
  },
  {
    name: 'a part, APA 7 in-text citation',
    style: 'apa',
    form: 'apa-in-text',
    item: part,
    site: part,
    kind: 'citation',
    expected: [{ processor: '2024)', site: '2024, paras. 2–6)', why: LOCATOR_IN_TITLE }],
  },
  {
    name: 'a part, GB/T 7714—2015, the English record',
    style: GBT,
    form: 'gbt7714-en',
    item: part,
    site: part,
    kind: 'bibliography',
    expected: [
      { processor: '吴泳铭2024云栖大会主题演讲 [Keynote', site: 'Keynote', why: 'A17' },
      {
        processor: 'Conference], ¶2–¶6 (Thesis',
        site: 'Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19: Thesis',
        why: `${LOCATOR_IN_TITLE}; ${GBT_STYLE}`,
      },
      { processor: 'transformation)[Z/OL]. APSARA', site: 'transformation[EB/OL]. Apsara', why: GBT_STYLE },
      {
        processor: 'KEYNOTE EDITION EDITORS, 译//APSARA',
        site: 'Keynote Edition editors, trans.//Apsara',
        why: GBT_STYLE,
      },
      { processor: 'KEYNOTE EDITION EDITORS.', site: 'Keynote Edition.', why: GBT_STYLE },
      {
        processor: 'Hangzhou, 2024[2026-11-29].',
        site: 'Version 1.0.0. (2026-11-29)[2026-11-29].',
        why: `${GBT_STYLE}; A20; ${PLACE}`,
      },
    ],
  },
  // --- A paragraph ----------------------------------------------------------------------------------
  {
    name: 'a paragraph (¶9), Chicago 17 note',
    style: CHICAGO,
    form: 'chicago-note',
    item: p9,
    site: p9,
    kind: 'citation',
    expected: [
      { processor: '“吴泳铭2024云栖大会主题演讲', site: '“吴泳铭2024云栖大会主题演讲”', why: QUOTES },
      { processor: 'Conference], ¶9,” Keynote', site: 'Conference] (keynote', why: `${LOCATOR_IN_TITLE}; ${QUOTES}` },
      { processor: '', site: '2024 Apsara Conference, Hangzhou, September 19, 2024),', why: EVENT },
      { processor: 'version 1.0.0,', site: '', why: VERSION_DATE },
      { processor: '', site: 'the', why: ARTICLE },
      { processor: '', site: 'version 1.0.0 (Apsara', why: `Chicago 14.20; ${PUBLISHER}` },
      {
        processor: 'Apsara Conference, Hangzhou, September 19, 2024,',
        site: 'Keynote Edition, November 29, 2026), para. 9,',
        why: `${VERSION_DATE}; ${LOCATOR_IN_TITLE}`,
      },
    ],
  },
  {
    name: 'a paragraph (¶9), Chicago 17 bibliography entry',
    style: CHICAGO,
    form: 'chicago',
    item: p9,
    site: p9,
    kind: 'bibliography',
    expected: [
      { processor: '“吴泳铭2024云栖大会主题演讲', site: '“吴泳铭2024云栖大会主题演讲”', why: QUOTES },
      {
        processor: 'Conference], ¶9.”',
        site: 'Conference].',
        why: `${LOCATOR_IN_TITLE}: the site’s bibliography entry describes the speech, whatever is cited (Chicago 14.21)`,
      },
      { processor: 'address.', site: 'address, 2024 Apsara Conference, Hangzhou, September 19, 2024.', why: EVENT },
      { processor: 'version 1.0.0,', site: '', why: VERSION_DATE },
      { processor: '', site: 'the', why: ARTICLE },
      { processor: '2024', site: 'Version 1.0.0.', why: `${EVENT}; ${VERSION_DATE}` },
      {
        processor: 'Conference, Hangzhou, September 19, 2024. https://example.org/p/9/.',
        site: '2024 Keynote Edition, November 29, 2026. https://example.org/speech/.',
        why: `${VERSION_DATE}; the saved paragraph is at its own address, the site’s entry names the speech’s`,
      },
    ],
  },
  {
    name: 'a paragraph (¶9), APA 7 in-text citation',
    style: 'apa',
    form: 'apa-in-text',
    item: p9,
    site: p9,
    kind: 'citation',
    expected: [{ processor: '2024)', site: '2024, para. 9)', why: LOCATOR_IN_TITLE }],
  },
  {
    name: 'a paragraph (¶9), GB/T 7714—2015, the English record',
    style: GBT,
    form: 'gbt7714-en',
    item: p9,
    site: p9,
    kind: 'bibliography',
    expected: [
      { processor: '吴泳铭2024云栖大会主题演讲 [Keynote', site: 'Keynote', why: 'A17' },
      { processor: 'Conference], ¶9[Z/OL]. APSARA', site: 'Conference:', why: `${LOCATOR_IN_TITLE}; ${GBT_STYLE}` },
      {
        processor: 'KEYNOTE EDITION EDITORS, 译//APSARA',
        site: 'Apsara Conference, Hangzhou, 2024-09-19: paragraph 9[EB/OL]. Apsara',
        why: `${GBT_STYLE}; ${LOCATOR_IN_TITLE}`,
      },
      {
        processor: 'KEYNOTE EDITION EDITORS.',
        site: 'Keynote Edition editors, trans.//Apsara 2024 Keynote Edition.',
        why: GBT_STYLE,
      },
      {
        processor: 'Hangzhou, 2024[2026-11-29].',
        site: 'Version 1.0.0. (2026-11-29)[2026-11-29].',
        why: `${GBT_STYLE}; A20; ${PLACE}`,
      },
    ],
  },
];

/** What the processor writes for a case. */
const rendered = (c: (typeof CASES)[number]) =>
  c.kind === 'bibliography' ? bibliography(c.style, item(c.item)) : citation(c.style, item(c.item), c.locator);

describe('cite.ts against citeproc-js and the official CSL styles', { timeout: 180_000 }, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: only the listed differences', (_, c) => {
    const processor = rendered(c);
    const site = cite(c.form, input(c.site));
    const found = differences(processor, site);
    expect(found, `processor: ${processor}\nsite:      ${site}`).toEqual(
      c.expected.map(({ processor, site }) => ({ processor, site })),
    );
    for (const d of c.expected) expect(d.why).not.toBe('');
  });

  it('dates the speech 2024 and names the speaker alone, in every style (no “2024/2026”, no second author)', () => {
    for (const c of CASES) {
      const processor = rendered(c);
      expect(processor, c.name).not.toMatch(/2026\b(?!-)|\/2026|\[2024\]/);
      // The speaker, and only he, opens every entry and citation.
      expect(processor, c.name).toMatch(/^(Wu, Eddie\. “|Eddie Wu, “|Wu, E\. \(2024|WU E\. 吴|\(Wu[,)])/);
    }
  });

  it('the processor puts no locator into a bibliography entry of the speech, as the site does not', () => {
    for (const style of [CHICAGO, 'apa', 'modern-language-association'] as const)
      expect(bibliography(style, item(speech))).not.toMatch(/para|par\.|¶/);
  });
});
