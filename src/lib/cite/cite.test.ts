import { describe, expect, it } from 'vitest';
import { cite, editionTitle, type CiteEdition, type CiteInput, type CiteTarget, type FormId } from './cite';
import { TEST_EDITION } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const accessed = '2026-11-29';

const speech: CiteTarget = { kind: 'speech', url: 'https://example.org/speech/' };
const part: CiteTarget = {
  kind: 'part',
  label: 'Thesis 1 — 22 months, and still early in the AGI transformation',
  url: 'https://example.org/speech/1/',
  paragraphs: { first: 2, last: 6 },
};
const paragraph: CiteTarget = { kind: 'paragraph', label: '¶4', url: 'https://example.org/p/4/', paragraph: 4 };
const sentence: CiteTarget = {
  kind: 'sentence',
  label: '¶9.2',
  url: 'https://example.org/speech/2/#p9.2',
  paragraph: 9,
  sentence: 2,
};
const targets = { speech, part, paragraph, sentence };

const input = (target: CiteTarget, e: CiteEdition = edition): CiteInput => ({ edition: e, target, accessed });

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

describe('the edition’s title in the case each manual asks for', () => {
  it('headline style after a colon (Chicago, MLA), sentence style (APA and the rest)', () => {
    expect(editionTitle('headline', edition.title)).toBe('Eddie Wu at Apsara 2024: An Annotated Edition');
    expect(editionTitle('sentence', edition.title)).toBe('Eddie Wu at Apsara 2024: An annotated edition');
    expect(editionTitle('headline', 'A — the art of war and peace in a time of AI')).toBe(
      'A: The Art of War and Peace in a Time of AI',
    );
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

describe('every form', () => {
  it('takes the access date from the input, not from the version', () => {
    const later = (id: FormId) => cite(id, { edition, target: speech, accessed: '2027-01-05' });
    expect(later('mla')).toContain('Accessed 5 Jan. 2027.');
    expect(later('gbt7714-zh')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('gbt7714-en')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('bibtex')).toContain('urldate = {2027-01-05}');
    expect(later('ris')).toContain('Y2  - 2027/01/05');
    expect(JSON.parse(later('csl-json'))[0].accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    // Chicago and APA give no access date to a dated, versioned source.
    for (const id of ['chicago', 'chicago-note', 'apa'] as const) expect(later(id)).toBe(cite(id, input(speech)));
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

describe('keys and input checks', () => {
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
  it('refuses a part without its title', () => {
    expect(() => cite('chicago', input({ kind: 'part', url: 'https://example.org/speech/1/' }))).toThrow(
      /a part needs its title/,
    );
    expect(() =>
      cite('chicago', input({ kind: 'part', label: 'Thesis 1', url: 'https://example.org/speech/1/' })),
    ).toThrow(/first and last paragraphs/);
  });
  it('refuses a paragraph or sentence without its numbers', () => {
    expect(() => cite('apa', input({ kind: 'paragraph', url: 'https://example.org/p/4/' }))).toThrow(
      /positive paragraph number/,
    );
    expect(() => cite('apa', input({ ...sentence, sentence: 0 }))).toThrow(/positive paragraph and sentence numbers/);
  });
  it('refuses a relative URL, since a citation must work away from the site', () => {
    expect(() => cite('mla', input({ kind: 'paragraph', url: '/p/4/', paragraph: 4 }))).toThrow(
      /target\.url must be an absolute URL, got "\/p\/4\/"/,
    );
  });
  it('refuses dates that are not YYYY-MM-DD, naming the field', () => {
    expect(() => cite('mla', { edition, target: speech, accessed: '29/11/2026' })).toThrow(
      /accessed must be a YYYY-MM-DD date, got "29\/11\/2026"/,
    );
    expect(() => cite('mla', input(speech, { ...edition, date: '2026-13-01' }))).toThrow(/edition\.date/);
  });
});
