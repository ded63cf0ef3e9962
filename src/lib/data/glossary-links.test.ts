import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignedParagraph } from '../text/alignment';
import { readContent } from './content';
import { collectLinks, linksTable, parseLinksTable } from '../apparatus/glossary-links';
import type { MatchTerm } from '../apparatus/term-match';

const FILE = 'content/glossary-links.md';

describe('the table of glossary links (content/glossary-links.md)', () => {
  // `npm run glossary:links` sets GLOSSARY_LINKS_WRITE and so writes the file instead of checking it.
  it('lists exactly the links the term matcher makes from content/', () => {
    const table = linksTable(collectLinks(readContent()));
    const path = join(process.cwd(), FILE);
    if (process.env.GLOSSARY_LINKS_WRITE) writeFileSync(path, table);
    const saved = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const lines = (text: string) => new Set(text.split('\n'));
    const [now, before] = [lines(table), lines(saved)];
    const changed = [
      ...[...before].filter((l) => !now.has(l)).map((l) => `- ${l}`),
      ...[...now].filter((l) => !before.has(l)).map((l) => `+ ${l}`),
    ];
    expect(
      changed,
      `${FILE} is not the table content/ gives (- in the file, + from content/): run \`npm run glossary:links\`, read the change and commit the file`,
    ).toEqual([]);
    expect(saved).toBe(table);
  });
});

// A synthetic paragraph and frame: what the table shows and how it is read back.
const term = (slug: string, zh: string[], en: string[]): MatchTerm => ({ slug, file: `${slug}.yaml`, zh, en });
const matchTerms = [
  term('token', ['Token', 'Tokens', '词元'], ['token']),
  term('ai', ['AI'], ['AI']),
  term('ai-computing', ['AI计算'], ['AI computing']),
  term('speaker', ['吴泳铭'], ['Eddie Wu']),
];
const terms = matchTerms.map((t) => ({ slug: t.slug, data: { term: t.zh[0]!, english: t.en[0]! } }));
const aligned: AlignedParagraph[] = [
  {
    n: 1,
    en: 'AI computing grows. Tokens, and AI.',
    sentences: [
      { id: 'p1.1', index: 1, zh: 'AI计算增长。', en: 'AI computing grows.' },
      { id: 'p1.2', index: 2, zh: 'Tokens与AI。', en: 'Tokens, and AI.' },
    ],
  },
];
const frame = [
  { line: 1, zh: '吴泳铭说AI。', sentences: [{ zh: '吴泳铭说AI。', en: 'Eddie Wu speaks of AI.' }], en: '' },
  { line: 2, zh: '“', sentences: [], en: undefined },
];
// A note on the words "Tokens" of ¶1.2 in Chinese: the term inside them is not linked.
const notes = [{ placed: { paragraph: 1, sentence: 2, zh: { start: 0, end: 6 }, en: undefined } }];

describe('collecting the links', () => {
  const entries = collectLinks({ terms, matchTerms, aligned, frame, notes });
  const of = (slug: string) => entries.find((e) => e.slug === slug)!;

  it('finds the longest alias, per sentence and language, the frame first', () => {
    expect(of('ai-computing').places).toEqual([
      { where: '¶1.1', zh: ['AI计算'], en: ['AI computing'], held: { zh: [], en: [] } },
    ]);
    expect(of('ai').places.map((p) => p.where)).toEqual(['line 1', '¶1.2']);
    expect(of('speaker').places).toEqual([
      { where: 'line 1', zh: ['吴泳铭'], en: ['Eddie Wu'], held: { zh: [], en: [] } },
    ]);
  });

  it('keeps apart the words a note’s marked words hold, which are not linked', () => {
    expect(of('token').places).toEqual([{ where: '¶1.2', zh: [], en: ['Tokens'], held: { zh: ['Tokens'], en: [] } }]);
  });

  it('writes a table that reads back to the links, without the held words', () => {
    const table = linksTable(entries);
    expect(table).toContain('| ¶1.2 | (Tokens) | Tokens |');
    expect(table).toContain('| line 1 | 吴泳铭 | Eddie Wu |');
    const read = parseLinksTable(table);
    expect(read.get('token')?.get('¶1.2')).toEqual({ zh: [], en: ['Tokens'] });
    expect(read.get('ai')?.get('line 1')).toEqual({ zh: ['AI'], en: ['AI'] });
    expect([...read.keys()]).toEqual(['ai', 'ai-computing', 'speaker', 'token']);
  });

  it('names the entries linked nowhere in a language, or none', () => {
    expect(linksTable(entries)).toContain('No link in the Chinese: `token`. No link in the English: none.');
  });
});

describe('reading the table back (what the check of the built pages compares them with)', () => {
  const read = () =>
    parseLinksTable(
      [
        '# Where each glossary entry links in the text',
        'A line that mentions ## `not-an-entry` in passing.',
        '## `gpu`: GPU · 图形处理器',
        '| where | 中文 | English |',
        '| --- | --- | --- |',
        '| ¶12.3 | GPU | — |',
        '| ¶3.12 | GPU (graphics), (GPUs), (H20) chips | GPU |',
        '| line 10 | 图形处理器 ,  GPU | GPU |',
        '| ¶4.1 | GPU | GPU | stray',
        'x| ¶4.2 | GPU | GPU |',
      ].join('\n'),
    );
  it('reads a heading at the start of a line only as an entry', () => {
    expect([...read().keys()]).toEqual(['gpu']);
  });
  it('reads every row, whatever the paragraph, sentence or line number; “—” as no link; held words left out', () => {
    expect(Object.fromEntries(read().get('gpu')!)).toEqual({
      '¶12.3': { zh: ['GPU'], en: [] },
      '¶3.12': { zh: ['GPU (graphics)', '(H20) chips'], en: ['GPU'] },
      'line 10': { zh: ['图形处理器', 'GPU'], en: ['GPU'] },
    });
  });
});
