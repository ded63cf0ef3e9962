import { describe, expect, it } from 'vitest';
import { cite } from './cite';
import type { CiteTarget } from './model';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const { speech, part, paragraph } = TEST_TARGETS;
const targets = TEST_TARGETS;
const input = testInput;

const ABSTRACT =
  'The keynote Eddie Wu gave at the 2024 Apsara Conference, Hangzhou, on 19 September 2024, in the Chinese original with the English translation of the Apsara 2024 Keynote Edition editors (Eddie Wu at Apsara 2024: An annotated edition, version 1.0.0, 29 November 2026).';
const EXTRA = [
  'container-title: Eddie Wu at Apsara 2024: An annotated edition',
  'editor: Apsara 2024 Keynote Edition editors',
  'translator: Apsara 2024 Keynote Edition editors',
  'version: 1.0.0',
];

describe('BibTeX entries', () => {
  it('cite the whole speech as @misc: both titles, the event, an ISO date, the edition’s roles, publisher and language', () => {
    expect(cite('bibtex', input(speech))).toBe(
      '@misc{wu2024apsara,\n' +
        '  author = {Wu, Eddie},\n' +
        '  editor = {{Apsara 2024 Keynote Edition editors}},\n' +
        '  translator = {{Apsara 2024 Keynote Edition editors}},\n' +
        '  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},\n' +
        '  shorttitle = {吴泳铭2024云栖大会主题演讲},\n' +
        '  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou},\n' +
        '  publisher = {Apsara 2024 Keynote Edition},\n' +
        '  year = {2024},\n' +
        '  month = sep,\n' +
        '  date = {2024-09-19},\n' +
        '  language = {english},\n' +
        `  abstract = {${ABSTRACT}},\n` +
        '  note = {In Eddie Wu at Apsara 2024: An annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors},\n' +
        '  url = {https://example.org/speech/},\n' +
        '  urldate = {2026-11-29}\n' +
        '}',
    );
  });
  it.each([
    [
      'part',
      'wu2024apsara-part1',
      ', ¶2–¶6 ({Thesis 1 — 22 months, and still early in the AGI transformation})',
      'Part “Thesis 1 — 22 months, and still early in the AGI transformation”, paragraphs 2–6. ',
    ],
    ['paragraph', 'wu2024apsara-p4', ', ¶4', 'Paragraph 4. '],
    ['sentence', 'wu2024apsara-p9-2', ', ¶9.2', 'Paragraph 9, sentence 2. '],
  ] as const)(
    'cite a %s under its own key, with the locator in the title and first in the note, at its own URL',
    (kind, key, title, locator) => {
      const text = cite('bibtex', input(targets[kind]));
      expect(text.split('\n')[0]).toBe(`@misc{${key},`);
      expect(text).toContain(
        `  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]${title}},`,
      );
      expect(text).toContain(`  note = {${locator}In Eddie Wu at Apsara 2024`);
      expect(text).toContain(`  url = {${targets[kind].url}},`);
    },
  );
});

describe('RIS records', () => {
  // Changed with issue 24: the title, short title, abstract and language of the item every format
  // shares (item.ts); the edition's variables in M1 lines, which Zotero keeps in Extra, instead of a
  // note; still no A4, which Zotero would save as a second presenter.
  it('cite the whole speech as a SLIDE (Zotero: presentation): meeting, place, dates, language, and the edition in M1 (Extra)', () => {
    expect(cite('ris', input(speech))).toBe(
      [
        'TY  - SLIDE',
        'AU  - Wu, Eddie',
        'TI  - 吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference]',
        'ST  - 吴泳铭2024云栖大会主题演讲',
        `AB  - ${ABSTRACT}`,
        'M3  - Keynote address',
        'T2  - 2024 Apsara Conference',
        'CY  - Hangzhou',
        'DA  - 2024/09/19',
        'PY  - 2024',
        'LA  - en',
        'UR  - https://example.org/speech/',
        'Y2  - 2026/11/29',
        ...EXTRA.map((l) => `M1  - ${l}`),
        'ER  - ',
      ].join('\n'),
    );
  });
  it('name no translator (A4) or editor (A2, A3, ED): Zotero would make either a second presenter', () => {
    expect(cite('ris', input(speech))).not.toMatch(/^(A2|A3|A4|ED) {2}-/m);
  });
  it('fold a line break in the input into a space, so that a value stays on its line', () => {
    const lines = cite('ris', input(speech, { ...edition, title: 'Two\nlines' })).split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[13]).toBe('M1  - container-title: Two lines');
  });
});

describe('CSL-JSON items', () => {
  const item = (target: CiteTarget) => JSON.parse(cite('csl-json', input(target)))[0];
  // Changed with issue 24: issued was the edition's date (2026), which Zotero saved as the date of the
  // speech and every author-date style printed as “2024/2026” (tools check I2/C1); original-date and
  // event-date, which restated the speech's date, made MLA print it twice.
  it('date the speech by the day it was given (issued), and nothing else', () => {
    const it0 = item(speech);
    expect(it0.issued).toEqual({ 'date-parts': [[2024, 9, 19]] });
    expect([it0['original-date'], it0['event-date']]).toEqual([undefined, undefined]);
  });
  // Changed with issue 24: the translator name variable became a second presenter in Zotero, whose
  // Presentation has no translator (tools check I1); the roles now travel in note (Extra).
  it('name the speaker alone: the editors and translators are no name variable, which Zotero would make a presenter', () => {
    const it0 = item(speech);
    expect(it0.author).toEqual([{ family: 'Wu', given: 'Eddie' }]);
    for (const role of ['editor', 'translator', 'contributor', 'container-author'])
      expect(it0[role], role).toBeUndefined();
  });
  it('carry into Zotero’s Extra what a Presentation lacks, one variable a line: the edition, its roles and version', () => {
    expect(item(paragraph).note).toBe(EXTRA.join('\n'));
  });
  it('give the locator in the title, the one field every style prints, and the passage’s own URL', () => {
    expect([item(paragraph).title, item(paragraph).URL]).toEqual([
      '吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference], ¶4',
      'https://example.org/p/4/',
    ]);
    expect(item(paragraph).section).toBeUndefined();
  });
  it('stays valid JSON when the edition’s title holds quotation marks and a backslash', () => {
    const text = cite('csl-json', input(speech, { ...edition, title: 'A "quoted" \\ title' }));
    expect(JSON.parse(text)[0]['container-title']).toBe('A "quoted" \\ title');
  });
});

describe('BibTeX escaping', () => {
  it('escapes &, %, $, #, _ and braces in the edition’s title and publisher', () => {
    const odd = { ...edition, title: 'Notes & Queries: 100% {new} $5 #1 a_b', publisher: 'R&D {Press' };
    expect(cite('bibtex', input(speech, odd))).toBe(
      String.raw`@misc{wu2024apsara,
  author = {Wu, Eddie},
  editor = {{R\&D \textbraceleft{}Press editors}},
  translator = {{R\&D \textbraceleft{}Press editors}},
  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},
  shorttitle = {吴泳铭2024云栖大会主题演讲},
  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou},
  publisher = {R\&D \textbraceleft{}Press},
  year = {2024},
  month = sep,
  date = {2024-09-19},
  language = {english},
  abstract = {The keynote Eddie Wu gave at the 2024 Apsara Conference, Hangzhou, on 19 September 2024, in the Chinese original with the English translation of the R\&D \textbraceleft{}Press editors (Notes \& Queries: 100\% \textbraceleft{}new\textbraceright{} \$5 \#1 a\_b, version 1.0.0, 29 November 2026).},
  note = {In Notes \& Queries: 100\% \textbraceleft{}new\textbraceright{} \$5 \#1 a\_b, version 1.0.0 (2026-11-29), R\&D \textbraceleft{}Press. English translation by the R\&D \textbraceleft{}Press editors},
  url = {https://example.org/speech/},
  urldate = {2026-11-29}
}`,
    );
  });

  it('escapes a backslash, tilde and caret in a part title without escaping its own replacements', () => {
    const odd = { ...part, label: String.raw`a\b ~c ^d}` };
    expect(cite('bibtex', input(odd))).toContain(
      String.raw`note = {Part “a\textbackslash{}b \textasciitilde{}c \textasciicircum{}d\textbraceright{}”, paragraphs 2–6. In Eddie Wu`,
    );
  });

  it('keeps braces balanced whatever braces the input holds', () => {
    const odd = { ...edition, title: '}}{ unbalanced {', publisher: '{' };
    const text = cite('bibtex', input({ ...part, label: '}' }, odd));
    let depth = 0;
    for (const ch of text) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('keys', () => {
  it('keys a named part by its name: /speech/opening/ is wu2024apsara-opening', () => {
    const opening: CiteTarget = {
      kind: 'part',
      label: 'Opening remarks',
      url: 'https://example.org/speech/opening/',
      paragraphs: { first: 1, last: 1 },
    };
    expect(cite('bibtex', input(opening))).toMatch(/^@misc\{wu2024apsara-opening,\n/);
    expect(JSON.parse(cite('csl-json', input(opening)))[0].id).toBe('wu2024apsara-opening');
  });
  it('keys a part under a sub-path deployment by its own slug', () => {
    const sub: CiteTarget = { ...part, url: 'https://example.org/apsara-2024/speech/2/' };
    expect(cite('bibtex', input(sub))).toMatch(/^@misc\{wu2024apsara-part2,\n/);
  });
  it.each([
    ['12', 'wu2024apsara-part12'],
    ['q-and-a-2', 'wu2024apsara-q-and-a-2'],
    ['2-bis', 'wu2024apsara-2-bis'],
    ['Q&A', 'wu2024apsara-qa'],
  ])(
    'keys a part /speech/%s/ as %s: a number is a part number, a name keeps its letters, digits and hyphens',
    (slug, key) => {
      const named: CiteTarget = { ...part, url: `https://example.org/speech/${slug}/` };
      expect(cite('bibtex', input(named))).toMatch(new RegExp(`^@misc\\{${key},\n`));
    },
  );
});
