import { describe, expect, it } from 'vitest';
import { cite } from './cite';
import type { CiteTarget } from './model';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const { speech, part, paragraph } = TEST_TARGETS;
const targets = TEST_TARGETS;
const input = testInput;

describe('BibTeX entries', () => {
  it('cite the whole speech as @misc with both titles, the event without a repeated date, and an ISO date', () => {
    expect(cite('bibtex', input(speech))).toBe(
      '@misc{wu2024apsara,\n' +
        '  author = {Wu, Eddie},\n' +
        '  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},\n' +
        '  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou},\n' +
        '  year = {2024},\n' +
        '  month = sep,\n' +
        '  date = {2024-09-19},\n' +
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
      'Part “Thesis 1 — 22 months, and still early in the AGI transformation”, paragraphs 2–6. ',
    ],
    ['paragraph', 'wu2024apsara-p4', 'Paragraph 4. '],
    ['sentence', 'wu2024apsara-p9-2', 'Paragraph 9, sentence 2. '],
  ] as const)('cite a %s under its own key, the locator first in the note, at its own URL', (kind, key, locator) => {
    const text = cite('bibtex', input(targets[kind]));
    expect(text.split('\n')[0]).toBe(`@misc{${key},`);
    expect(text).toContain(`  note = {${locator}In Eddie Wu at Apsara 2024`);
    expect(text).toContain(`  url = {${targets[kind].url}},`);
  });
});

describe('RIS records', () => {
  it('cite the whole speech as a SLIDE (Zotero: presentation) with meeting, place, dates and the edition in a note', () => {
    expect(cite('ris', input(speech))).toBe(
      [
        'TY  - SLIDE',
        'AU  - Wu, Eddie',
        'TI  - 吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference]',
        'M3  - Keynote address',
        'T2  - 2024 Apsara Conference',
        'CY  - Hangzhou',
        'DA  - 2024/09/19',
        'PY  - 2024',
        'UR  - https://example.org/speech/',
        'Y2  - 2026/11/29',
        'N1  - Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. In Eddie Wu at Apsara 2024: An annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors.',
        'ER  - ',
      ].join('\n'),
    );
  });
  it('fold a line break in the input into a space, so that a value stays on its line', () => {
    const lines = cite('ris', input(speech, { ...edition, title: 'Two\nlines' })).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toContain('In Two lines, version 1.0.0');
  });
});

describe('CSL-JSON items', () => {
  const item = (target: CiteTarget) => JSON.parse(cite('csl-json', input(target)))[0];
  it('date the edition by its version (issued) and the speech by the speech (original-date, event-date)', () => {
    const it0 = item(speech);
    expect([it0.issued, it0['original-date'], it0['event-date']]).toEqual([
      { 'date-parts': [[2026, 11, 29]] },
      { 'date-parts': [[2024, 9, 19]] },
      { 'date-parts': [[2024, 9, 19]] },
    ]);
  });
  it('name the editors as translator only: Zotero would make an editor a second presenter', () => {
    const it0 = item(speech);
    expect(it0.author).toEqual([{ family: 'Wu', given: 'Eddie' }]);
    expect(it0.translator).toEqual([{ literal: 'Apsara 2024 Keynote Edition editors' }]);
    expect(it0.editor).toBeUndefined();
  });
  it('carry into Zotero’s Extra what a Presentation lacks, one variable a line, then the locator and the edition', () => {
    expect(item(paragraph).note).toBe(
      [
        'original-title: 吴泳铭2024云栖大会主题演讲',
        'original-date: 2024-09-19',
        'event-date: 2024-09-19',
        'container-title: Eddie Wu at Apsara 2024: An annotated edition',
        'publisher: Apsara 2024 Keynote Edition',
        'version: 1.0.0',
        'section: paragraph 4',
        'Paragraph 4. In Eddie Wu at Apsara 2024: An annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors, from the Chinese of the keynote address at the 2024 Apsara Conference, Hangzhou, 19 September 2024.',
      ].join('\n'),
    );
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
  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},
  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou},
  year = {2024},
  month = sep,
  date = {2024-09-19},
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
});
