import { describe, expect, it } from 'vitest';
import { cite, FORMATS, type CiteEdition, type CiteInput, type CiteTarget, type FormatId } from './cite';

const edition: CiteEdition = {
  title: 'Eddie Wu at Apsara 2024 — an annotated edition',
  publisher: 'Apsara 2024 Keynote Edition',
  version: '1.0.0',
  date: '2026-11-29',
  url: 'https://example.org/',
};
const accessed = '2026-11-29';

const speech: CiteTarget = { kind: 'speech', url: 'https://example.org/speech/' };
const part: CiteTarget = {
  kind: 'part',
  label: 'Thesis 1 — 22 months, and still early in the AGI transformation',
  url: 'https://example.org/speech/1/',
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
const formatIds = FORMATS.map((f) => f.id);

describe('Chicago bibliography entries', () => {
  const head =
    'Wu, Eddie. “吴泳铭2024云栖大会主题演讲” [Keynote at the 2024 Apsara Conference]. Keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024.';
  const inEdition =
    'In Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors. Version 1.0.0. Apsara 2024 Keynote Edition, November 29, 2026.';

  it('cite the whole speech as a keynote in the edition, with version, date and /speech/ URL, and no access date', () => {
    expect(cite('chicago', input(speech))).toBe(
      'Wu, Eddie. “吴泳铭2024云栖大会主题演讲” [Keynote at the 2024 Apsara Conference]. Keynote address, 2024 Apsara Conference, Hangzhou, September 19, 2024. In Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors. Version 1.0.0. Apsara 2024 Keynote Edition, November 29, 2026. https://example.org/speech/.',
    );
  });
  it('cite a part by its title, the period inside the quotation marks', () => {
    expect(cite('chicago', input(part))).toBe(
      `${head} Part “Thesis 1 — 22 months, and still early in the AGI transformation.” ${inEdition} https://example.org/speech/1/.`,
    );
  });
  it('cite a paragraph by number at its /p/N/ address', () => {
    expect(cite('chicago', input(paragraph))).toBe(`${head} Paragraph 4. ${inEdition} https://example.org/p/4/.`);
  });
  it('cite a sentence by paragraph and sentence at its anchor', () => {
    expect(cite('chicago', input(sentence))).toBe(
      `${head} Paragraph 9, sentence 2. ${inEdition} https://example.org/speech/2/#p9.2.`,
    );
  });
});

describe('APA references', () => {
  it('cite the whole speech as a keynote address with a romanized title and its translation, the URL unpunctuated', () => {
    expect(cite('apa', input(speech))).toBe(
      'Wu, E. (2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote at the 2024 Apsara Conference] [Keynote address]. 2024 Apsara Conference, Hangzhou, China. In Apsara 2024 Keynote Edition editors (Eds. & Trans.), Eddie Wu at Apsara 2024 — an annotated edition (Version 1.0.0). Apsara 2024 Keynote Edition. https://example.org/speech/',
    );
  });
  it('cite a part as a named section beside the version', () => {
    expect(cite('apa', input(part))).toBe(
      'Wu, E. (2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote at the 2024 Apsara Conference] [Keynote address]. 2024 Apsara Conference, Hangzhou, China. In Apsara 2024 Keynote Edition editors (Eds. & Trans.), Eddie Wu at Apsara 2024 — an annotated edition (Version 1.0.0, “Thesis 1 — 22 months, and still early in the AGI transformation” section). Apsara 2024 Keynote Edition. https://example.org/speech/1/',
    );
  });
  it('cite a paragraph with para. and its /p/N/ address', () => {
    expect(cite('apa', input(paragraph))).toBe(
      'Wu, E. (2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote at the 2024 Apsara Conference] [Keynote address]. 2024 Apsara Conference, Hangzhou, China. In Apsara 2024 Keynote Edition editors (Eds. & Trans.), Eddie Wu at Apsara 2024 — an annotated edition (Version 1.0.0, para. 4). Apsara 2024 Keynote Edition. https://example.org/p/4/',
    );
  });
  it('cite a sentence with para. and sentence', () => {
    expect(cite('apa', input(sentence))).toBe(
      'Wu, E. (2024, September 19). Wu Yongming 2024 Yunqi Dahui zhuti yanjiang [Keynote at the 2024 Apsara Conference] [Keynote address]. 2024 Apsara Conference, Hangzhou, China. In Apsara 2024 Keynote Edition editors (Eds. & Trans.), Eddie Wu at Apsara 2024 — an annotated edition (Version 1.0.0, para. 9, sentence 2). Apsara 2024 Keynote Edition. https://example.org/speech/2/#p9.2',
    );
  });
});

describe('MLA works-cited entries', () => {
  it('cite the whole speech in two containers, with abbreviated months, a URL without https:// and an access date', () => {
    expect(cite('mla', input(speech))).toBe(
      'Wu, Eddie. “吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference].” 2024 Apsara Conference, 19 Sept. 2024, Hangzhou. Keynote address. Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors, version 1.0.0, Apsara 2024 Keynote Edition, 29 Nov. 2026, example.org/speech/. Accessed 29 Nov. 2026.',
    );
  });
  it('cite a part by its title before the URL, the comma inside the quotation marks', () => {
    expect(cite('mla', input(part))).toBe(
      'Wu, Eddie. “吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference].” 2024 Apsara Conference, 19 Sept. 2024, Hangzhou. Keynote address. Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors, version 1.0.0, Apsara 2024 Keynote Edition, 29 Nov. 2026, part “Thesis 1 — 22 months, and still early in the AGI transformation,” example.org/speech/1/. Accessed 29 Nov. 2026.',
    );
  });
  it('cite a paragraph with par. before its /p/N/ address', () => {
    expect(cite('mla', input(paragraph))).toBe(
      'Wu, Eddie. “吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference].” 2024 Apsara Conference, 19 Sept. 2024, Hangzhou. Keynote address. Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors, version 1.0.0, Apsara 2024 Keynote Edition, 29 Nov. 2026, par. 4, example.org/p/4/. Accessed 29 Nov. 2026.',
    );
  });
  it('cite a sentence with par. and sentence', () => {
    expect(cite('mla', input(sentence))).toBe(
      'Wu, Eddie. “吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference].” 2024 Apsara Conference, 19 Sept. 2024, Hangzhou. Keynote address. Eddie Wu at Apsara 2024 — an annotated edition, edited and translated by the Apsara 2024 Keynote Edition editors, version 1.0.0, Apsara 2024 Keynote Edition, 29 Nov. 2026, par. 9, sentence 2, example.org/speech/2/#p9.2. Accessed 29 Nov. 2026.',
    );
  });
});

describe('GB/T 7714—2015 references', () => {
  it('cite the whole speech as [EB/OL] in the edition, in Chinese and then in English with the translators', () => {
    expect(cite('gbt7714', input(speech))).toBe(
      '吴泳铭. 吴泳铭2024云栖大会主题演讲: 2024云栖大会, 杭州, 2024-09-19[EB/OL]//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. 1.0.0版. (2026-11-29)[2026-11-29]. https://example.org/speech/.\n' +
        'WU E. Keynote at the 2024 Apsara Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. Version 1.0.0. (2026-11-29)[2026-11-29]. https://example.org/speech/.',
    );
  });
  it('cite a part by its title as other title information', () => {
    expect(cite('gbt7714', input(part))).toBe(
      '吴泳铭. 吴泳铭2024云栖大会主题演讲: 2024云栖大会, 杭州, 2024-09-19: Thesis 1 — 22 months, and still early in the AGI transformation[EB/OL]//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. 1.0.0版. (2026-11-29)[2026-11-29]. https://example.org/speech/1/.\n' +
        'WU E. Keynote at the 2024 Apsara Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19: Thesis 1 — 22 months, and still early in the AGI transformation[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. Version 1.0.0. (2026-11-29)[2026-11-29]. https://example.org/speech/1/.',
    );
  });
  it('cite a paragraph as 第N段 at its /p/N/ address', () => {
    expect(cite('gbt7714', input(paragraph))).toBe(
      '吴泳铭. 吴泳铭2024云栖大会主题演讲: 2024云栖大会, 杭州, 2024-09-19: 第4段[EB/OL]//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. 1.0.0版. (2026-11-29)[2026-11-29]. https://example.org/p/4/.\n' +
        'WU E. Keynote at the 2024 Apsara Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19: paragraph 4[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. Version 1.0.0. (2026-11-29)[2026-11-29]. https://example.org/p/4/.',
    );
  });
  it('cite a sentence as 第N段第M句', () => {
    expect(cite('gbt7714', input(sentence))).toBe(
      '吴泳铭. 吴泳铭2024云栖大会主题演讲: 2024云栖大会, 杭州, 2024-09-19: 第9段第2句[EB/OL]//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. 1.0.0版. (2026-11-29)[2026-11-29]. https://example.org/speech/2/#p9.2.\n' +
        'WU E. Keynote at the 2024 Apsara Conference: 2024 Apsara Conference, Hangzhou, 2024-09-19: paragraph 9, sentence 2[EB/OL]. Apsara 2024 Keynote Edition editors, trans.//Apsara 2024 Keynote Edition. Eddie Wu at Apsara 2024 — an annotated edition. Version 1.0.0. (2026-11-29)[2026-11-29]. https://example.org/speech/2/#p9.2.',
    );
  });
});

describe('BibTeX entries', () => {
  const bib = (key: string, note: string, url: string) =>
    [
      `@misc{${key},`,
      '  author = {Wu, Eddie},',
      '  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},',
      '  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024},',
      '  year = {2024},',
      '  month = sep,',
      `  note = {${note}},`,
      `  url = {${url}},`,
      '  urldate = {2026-11-29}',
      '}',
    ].join('\n');
  const inEdition =
    'In Eddie Wu at Apsara 2024 — an annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors';

  it('cite the whole speech as @misc{wu2024apsara} with both titles, the event, the edition and the translators', () => {
    expect(cite('bibtex', input(speech))).toBe(
      '@misc{wu2024apsara,\n' +
        '  author = {Wu, Eddie},\n' +
        '  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},\n' +
        '  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024},\n' +
        '  year = {2024},\n' +
        '  month = sep,\n' +
        '  note = {In Eddie Wu at Apsara 2024 — an annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors},\n' +
        '  url = {https://example.org/speech/},\n' +
        '  urldate = {2026-11-29}\n' +
        '}',
    );
  });
  it('cite a part under the key wu2024apsara-part1', () => {
    expect(cite('bibtex', input(part))).toBe(
      bib(
        'wu2024apsara-part1',
        `Part “Thesis 1 — 22 months, and still early in the AGI transformation.” ${inEdition}`,
        'https://example.org/speech/1/',
      ),
    );
  });
  it('cite a paragraph under the key wu2024apsara-p4', () => {
    expect(cite('bibtex', input(paragraph))).toBe(
      bib('wu2024apsara-p4', `Paragraph 4. ${inEdition}`, 'https://example.org/p/4/'),
    );
  });
  it('cite a sentence under the key wu2024apsara-p9-2, its URL with the # left as it is', () => {
    expect(cite('bibtex', input(sentence))).toBe(
      bib('wu2024apsara-p9-2', `Paragraph 9, sentence 2. ${inEdition}`, 'https://example.org/speech/2/#p9.2'),
    );
  });

  it('escapes &, %, $, #, _ and braces in the edition’s title and publisher', () => {
    const odd = { ...edition, title: 'Notes & Queries: 100% {new} $5 #1 a_b', publisher: 'R&D {Press' };
    expect(cite('bibtex', input(speech, odd))).toBe(
      String.raw`@misc{wu2024apsara,
  author = {Wu, Eddie},
  title = {吴泳铭2024云栖大会主题演讲 [{Keynote at the 2024 Apsara Conference}]},
  howpublished = {Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024},
  year = {2024},
  month = sep,
  note = {In Notes \& Queries: 100\% \textbraceleft{}new\textbraceright{} \$5 \#1 a\_b, version 1.0.0 (2026-11-29), R\&D \textbraceleft{}Press. English translation by the R\&D \textbraceleft{}Press editors},
  url = {https://example.org/speech/},
  urldate = {2026-11-29}
}`,
    );
  });

  it('escapes a backslash, tilde and caret in a part title without escaping its own replacements', () => {
    const odd = { ...part, label: String.raw`a\b ~c ^d}` };
    expect(cite('bibtex', input(odd))).toContain(
      String.raw`note = {Part “a\textbackslash{}b \textasciitilde{}c \textasciicircum{}d\textbraceright{}.” In Eddie Wu`,
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

describe('RIS records', () => {
  const ris = (url: string, locator: string) =>
    [
      'TY  - SLIDE',
      'AU  - Wu, Eddie',
      'TI  - 吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference]',
      'M3  - Keynote address',
      'T2  - 2024 Apsara Conference',
      'CY  - Hangzhou',
      'DA  - 2024/09/19',
      'PY  - 2024',
      `UR  - ${url}`,
      'Y2  - 2026/11/29',
      `N1  - Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. ${locator}In Eddie Wu at Apsara 2024 — an annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors.`,
      'ER  - ',
    ].join('\n');

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
        'N1  - Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. In Eddie Wu at Apsara 2024 — an annotated edition, version 1.0.0 (2026-11-29), Apsara 2024 Keynote Edition. English translation by the Apsara 2024 Keynote Edition editors.',
        'ER  - ',
      ].join('\n'),
    );
  });
  it('cite a part with its title in the note', () => {
    expect(cite('ris', input(part))).toBe(
      ris('https://example.org/speech/1/', 'Part “Thesis 1 — 22 months, and still early in the AGI transformation.” '),
    );
  });
  it('cite a paragraph at its /p/N/ address', () => {
    expect(cite('ris', input(paragraph))).toBe(ris('https://example.org/p/4/', 'Paragraph 4. '));
  });
  it('cite a sentence at its anchor', () => {
    expect(cite('ris', input(sentence))).toBe(ris('https://example.org/speech/2/#p9.2', 'Paragraph 9, sentence 2. '));
  });

  it('consist only of "TAG  - value" lines and end with ER, for every target', () => {
    for (const target of Object.values(targets)) {
      const lines = cite('ris', input(target)).split('\n');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines.at(-1)).toBe('ER  - ');
    }
  });
  it('fold a line break in the input into a space, so that a value stays on its line', () => {
    const lines = cite('ris', input(speech, { ...edition, title: 'Two\nlines' })).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toContain('In Two lines, version 1.0.0');
  });
});

describe('CSL-JSON items', () => {
  function csl(id: string, section: string | undefined, url: string): string {
    return `[
  {
    "id": "${id}",
    "type": "speech",
    "title": "Keynote at the 2024 Apsara Conference",
    "original-title": "吴泳铭2024云栖大会主题演讲",
    "author": [
      {
        "family": "Wu",
        "given": "Eddie"
      }
    ],
    "genre": "Keynote address",
    "event-title": "2024 Apsara Conference",
    "event-place": "Hangzhou",
    "event-date": {
      "date-parts": [
        [
          2024,
          9,
          19
        ]
      ]
    },
    "issued": {
      "date-parts": [
        [
          2024,
          9,
          19
        ]
      ]
    },
    "container-title": "Eddie Wu at Apsara 2024 — an annotated edition",
    "editor": [
      {
        "literal": "Apsara 2024 Keynote Edition editors"
      }
    ],
    "translator": [
      {
        "literal": "Apsara 2024 Keynote Edition editors"
      }
    ],
    "version": "1.0.0",
    "publisher": "Apsara 2024 Keynote Edition",${section === undefined ? '' : `\n    "section": "${section}",`}
    "URL": "${url}",
    "accessed": {
      "date-parts": [
        [
          2026,
          11,
          29
        ]
      ]
    },
    "note": "Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. English translation by the Apsara 2024 Keynote Edition editors, version 1.0.0 (2026-11-29)."
  }
]`;
  }

  it('cite the whole speech as one speech item, English title with the Chinese as original-title, and no section', () => {
    expect(cite('csl-json', input(speech))).toBe(`[
  {
    "id": "wu2024apsara",
    "type": "speech",
    "title": "Keynote at the 2024 Apsara Conference",
    "original-title": "吴泳铭2024云栖大会主题演讲",
    "author": [
      {
        "family": "Wu",
        "given": "Eddie"
      }
    ],
    "genre": "Keynote address",
    "event-title": "2024 Apsara Conference",
    "event-place": "Hangzhou",
    "event-date": {
      "date-parts": [
        [
          2024,
          9,
          19
        ]
      ]
    },
    "issued": {
      "date-parts": [
        [
          2024,
          9,
          19
        ]
      ]
    },
    "container-title": "Eddie Wu at Apsara 2024 — an annotated edition",
    "editor": [
      {
        "literal": "Apsara 2024 Keynote Edition editors"
      }
    ],
    "translator": [
      {
        "literal": "Apsara 2024 Keynote Edition editors"
      }
    ],
    "version": "1.0.0",
    "publisher": "Apsara 2024 Keynote Edition",
    "URL": "https://example.org/speech/",
    "accessed": {
      "date-parts": [
        [
          2026,
          11,
          29
        ]
      ]
    },
    "note": "Keynote address, 2024 Apsara Conference, Hangzhou, 19 September 2024. English translation by the Apsara 2024 Keynote Edition editors, version 1.0.0 (2026-11-29)."
  }
]`);
  });
  it('cite a part with its title as section', () => {
    expect(cite('csl-json', input(part))).toBe(
      csl(
        'wu2024apsara-part1',
        'Thesis 1 — 22 months, and still early in the AGI transformation',
        'https://example.org/speech/1/',
      ),
    );
  });
  it('cite a paragraph with "paragraph 4" as section', () => {
    expect(cite('csl-json', input(paragraph))).toBe(csl('wu2024apsara-p4', 'paragraph 4', 'https://example.org/p/4/'));
  });
  it('cite a sentence with "paragraph 9, sentence 2" as section', () => {
    expect(cite('csl-json', input(sentence))).toBe(
      csl('wu2024apsara-p9-2', 'paragraph 9, sentence 2', 'https://example.org/speech/2/#p9.2'),
    );
  });

  it('parses as an array of one item of type speech, with the speaker, the event date and the access date', () => {
    for (const target of Object.values(targets)) {
      const items = JSON.parse(cite('csl-json', input(target)));
      expect(items).toHaveLength(1);
      expect(items[0].type).toBe('speech');
      expect(items[0].author).toEqual([{ family: 'Wu', given: 'Eddie' }]);
      expect(items[0].issued).toEqual({ 'date-parts': [[2024, 9, 19]] });
      expect(items[0].accessed).toEqual({ 'date-parts': [[2026, 11, 29]] });
      expect(items[0].URL).toBe(target.url);
    }
  });
  it('stays valid JSON when the edition’s title holds quotation marks and a backslash', () => {
    const text = cite('csl-json', input(speech, { ...edition, title: 'A "quoted" \\ title' }));
    expect(JSON.parse(text)[0]['container-title']).toBe('A "quoted" \\ title');
  });
});

describe('every format', () => {
  it('names the permanent URL of what is cited, the version and the speaker, for every target', () => {
    for (const id of formatIds) {
      for (const target of Object.values(targets)) {
        const text = cite(id, input(target));
        // MLA drops the scheme from URLs; every other format keeps the URL whole.
        expect(text).toContain(id === 'mla' ? target.url.replace('https://', '') : target.url);
        expect(text).toContain('1.0.0');
        expect(text).toMatch(/Wu/);
      }
    }
  });
  it('takes the access date from the input, not from the version', () => {
    const later = (id: FormatId) => cite(id, { edition, target: speech, accessed: '2027-01-05' });
    expect(later('mla')).toContain('Accessed 5 Jan. 2027.');
    expect(later('gbt7714')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('bibtex')).toContain('urldate = {2027-01-05}');
    expect(later('ris')).toContain('Y2  - 2027/01/05');
    expect(JSON.parse(later('csl-json'))[0].accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    // Chicago and APA give no access date to a dated, versioned source.
    expect(later('chicago')).toBe(cite('chicago', input(speech)));
    expect(later('apa')).toBe(cite('apa', input(speech)));
  });
});

describe('FORMATS', () => {
  it('lists the seven formats once each, Chicago first, each with a MIME type and a file extension', () => {
    expect(formatIds).toEqual(['chicago', 'apa', 'mla', 'gbt7714', 'bibtex', 'ris', 'csl-json']);
    for (const f of FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(f.fileExtension).toMatch(/^[a-z]+$/);
    }
  });
  it('labels APA with a name that starts with "APA", as the copy button announces it', () => {
    expect(FORMATS.find((f) => f.id === 'apa')?.label).toMatch(/^APA/);
  });
});

describe('keys and input checks', () => {
  it('keys a named part by its name: /speech/opening/ is wu2024apsara-opening', () => {
    const opening: CiteTarget = { kind: 'part', label: 'Opening remarks', url: 'https://example.org/speech/opening/' };
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
