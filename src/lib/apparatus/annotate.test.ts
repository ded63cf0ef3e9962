import { describe, expect, it } from 'vitest';
import type { AlignedParagraph } from '../text/alignment';
import { linkedTextHtml, paragraphHtml, termLinks, type PlacedNote } from './annotate';
import { termPattern, type MatchTerm } from './term-match';

// A synthetic paragraph, two notes and three terms: the HTML every paragraph of the speech is built with.
const paragraph: AlignedParagraph = {
  n: 4,
  en: 'Inference cost fell. AI computing grows.',
  sentences: [
    { id: 'p4.1', index: 1, zh: '推理成本下降。', en: 'Inference cost fell.' },
    { id: 'p4.2', index: 2, zh: 'AI计算增长。', en: 'AI computing grows.' },
  ],
};
const term = (slug: string, zh: string[], en: string[]): MatchTerm => ({ slug, file: `${slug}.yaml`, zh, en });
const terms = [
  term('inference-cost', ['推理成本'], ['inference cost']),
  term('inference', ['推理'], ['inference']),
  term('ai', ['AI'], ['AI']),
  term('ai-computing', ['AI计算'], ['AI computing']),
];
const patterns = { zh: termPattern(terms, 'zh'), en: termPattern(terms, 'en') };
const termHref = (slug: string) => `/glossary/${slug}/`;
const note = (over: Partial<PlacedNote> & Pick<PlacedNote, 'slug'>): PlacedNote => ({
  file: `content/notes/${over.slug}.md`,
  title: `About ${over.slug}`,
  kind: 'context',
  paragraph: 4,
  sentence: 1,
  zh: { start: 0, end: 4 },
  en: undefined,
  number: 1,
  href: `/speech/1/#n-${over.slug}`,
  ...over,
});
const html = (lang: 'zh' | 'en', notes: PlacedNote[] = []) =>
  paragraphHtml(paragraph, lang, notes, patterns[lang], termHref);

describe('the HTML of a paragraph', () => {
  it('is, exactly, one span per sentence with its anchor, its terms linked and its notes marked', () => {
    const cost = note({ slug: 'cost', zh: { start: 2, end: 4 }, en: { start: 10, end: 14 } });
    expect(html('zh', [cost])).toBe(
      '<span class="ed-s" id="p4.1" data-s="p4.1" data-p="4">推理<mark class="ed-annot" data-notes="cost">成本</mark>' +
        '<a class="ed-noteref" href="/speech/1/#n-cost" data-note="cost" data-n="1" data-kind="context" aria-label="note 1: About cost" id="nr-cost"></a>下降。</span>' +
        '<span class="ed-s" id="p4.2" data-s="p4.2" data-p="4"><a class="ed-term" href="/glossary/ai-computing/" data-term="ai-computing">AI计算</a>增长。</span>',
    );
    expect(html('en', [cost])).toBe(
      '<span class="ed-s" data-s="p4.1" data-p="4">Inference <mark class="ed-annot" data-notes="cost">cost</mark>' +
        '<a class="ed-noteref" href="/speech/1/#n-cost" data-note="cost" data-n="1" data-kind="context" aria-label="note 1: About cost"></a> fell.</span> ' +
        '<span class="ed-s" data-s="p4.2" data-p="4"><a class="ed-term" href="/glossary/ai-computing/" data-term="ai-computing">AI computing</a> grows.</span>',
    );
  });

  it('gives the anchors (#p4.1, #nr-slug) to the Chinese only, so that each id is on the page once', () => {
    const en = html('en', [note({ slug: 'x' })]);
    expect(en).not.toMatch(/ id="/);
    expect(html('zh', [note({ slug: 'x' })])).toContain('id="nr-x"');
  });

  it('finds the links a text gets, with the entry of each, leaving out those in marked words', () => {
    expect(termLinks('AI计算与推理成本。', patterns.zh)).toEqual([
      { start: 0, end: 4, match: 'AI计算', slug: 'ai-computing' },
      { start: 5, end: 9, match: '推理成本', slug: 'inference-cost' },
    ]);
    expect(termLinks('AI计算与推理成本。', patterns.zh, [{ start: 5, end: 7 }]).map((l) => l.slug)).toEqual([
      'ai-computing',
    ]);
  });

  it('links the terms of a text outside the speech (the publisher’s frame), and nothing else', () => {
    expect(linkedTextHtml('AI & inference cost.', patterns.en, termHref)).toBe(
      '<a class="ed-term" href="/glossary/ai/" data-term="ai">AI</a> &#x26; <a class="ed-term" href="/glossary/inference-cost/" data-term="inference-cost">inference cost</a>.',
    );
  });

  it('links the longest term: AI计算, not AI inside it', () => {
    expect(html('zh')).toContain('data-term="ai-computing">AI计算</a>');
    expect(html('zh')).not.toContain('data-term="ai"');
  });

  it('never puts a term link inside a note’s marked words or inside another link', () => {
    const marked = html('zh', [note({ slug: 'whole', zh: { start: 0, end: 7 } })]);
    expect(marked).toContain('<mark class="ed-annot" data-notes="whole">推理成本下降。</mark>');
    expect(marked).not.toContain('data-term="inference-cost"');
    expect(marked).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /);
  });

  it('links a term outside the marked words of the same sentence', () => {
    expect(html('zh', [note({ slug: 'fell', zh: { start: 4, end: 6 } })])).toContain(
      '<a class="ed-term" href="/glossary/inference-cost/" data-term="inference-cost">推理成本</a><mark',
    );
  });

  it('links no term across a note’s words, nor a shorter term in its place', () => {
    // 推理成本 (inference cost) is a term, 推理 (inference) another, and a note marks 成本: 推理成本 is
    // the longest match, and it overlaps the note's words, so nothing there is linked.
    const zh = html('zh', [note({ slug: 'cost', zh: { start: 2, end: 4 } })]);
    expect(zh).toContain('<span class="ed-s" id="p4.1" data-s="p4.1" data-p="4">推理<mark');
    expect(zh).not.toContain('data-term="inference');
    expect(html('en', [note({ slug: 'cost', en: { start: 10, end: 14 } })])).not.toContain('data-term="inference');
  });

  it('lets notes on the same words share one mark, with a marker for each', () => {
    const a = note({ slug: 'a', number: 1 });
    const b = note({ slug: 'b', number: 2 });
    const zh = html('zh', [a, b]);
    expect(zh).toContain(
      '<mark class="ed-annot" data-notes="a b">推理成本</mark><a class="ed-noteref" href="/speech/1/#n-a"',
    );
    expect(zh.match(/class="ed-noteref( ed-noteref--next)?"/g)).toEqual([
      'class="ed-noteref"',
      'class="ed-noteref ed-noteref--next"',
    ]);
  });

  it('marks words that only translation notes explain as such (中文 mode hides their underline), and no others', () => {
    const marks = (notes: PlacedNote[]) => html('zh', notes).match(/<mark [^>]*>/g);
    const translation = note({ slug: 't', kind: 'translation' });
    expect(marks([translation])).toEqual(['<mark class="ed-annot ed-annot--translation" data-notes="t">']);
    expect(marks([translation, note({ slug: 'c', number: 2 })])).toEqual(['<mark class="ed-annot" data-notes="t c">']);
  });

  it('marks a marker that follows another with nothing or a stop between, and only then', () => {
    // Two notes on the whole English sentence: their markers stand side by side after the stop.
    const en = html('en', [note({ slug: 'x', number: 1 }), note({ slug: 'y', number: 2 })]);
    expect(en).toMatch(
      /fell\.<a class="ed-noteref" href="\/speech\/1\/#n-x"[^>]*><\/a><a class="ed-noteref ed-noteref--next"/,
    );
    // A note on the last words and one on the whole sentence: only the stop stands between them.
    const stop = html('en', [
      note({ slug: 'x', number: 1, en: { start: 15, end: 19 } }),
      note({ slug: 'y', number: 2 }),
    ]);
    expect(stop).toMatch(/fell<\/mark><a class="ed-noteref"[^>]*><\/a>\.<a class="ed-noteref ed-noteref--near"/);
    // Words between two markers keep them apart.
    const words = html('en', [
      note({ slug: 'x', number: 1, en: { start: 0, end: 9 } }),
      note({ slug: 'y', number: 2 }),
    ]);
    expect(words).not.toMatch(/ed-noteref--(next|near)/);
  });

  it('puts the marker of a note that quotes no English at the end of the English sentence', () => {
    expect(html('en', [note({ slug: 'x' })])).toMatch(/fell\.<a class="ed-noteref" href="\/speech\/1\/#n-x"/);
  });

  it('refuses notes whose words overlap, naming the file', () => {
    const a = note({ slug: 'a', zh: { start: 0, end: 4 } });
    const b = note({ slug: 'b', zh: { start: 2, end: 6 } });
    expect(() => html('zh', [a, b])).toThrow(
      'content/notes/b.md: its words overlap those of the note "a" in ¶4 (zh). Notes in one paragraph must quote separate words, or exactly the same words.',
    );
  });

  it('refuses words that run past the end of their sentence, naming the file', () => {
    expect(() => html('zh', [note({ slug: 'long', zh: { start: 5, end: 12 } })])).toThrow(
      'content/notes/long.md: its words run past the end of their sentence.',
    );
  });

  it('marks words that only touch, or start or end alike, as what they are: apart, or overlapping', () => {
    const marks = (h: string) => [...h.matchAll(/data-notes="([^"]+)">([^<]+)</g)].map((m) => `${m[1]}:${m[2]}`);
    // Side by side, and given out of order: two marks, in the order of the text.
    const side = [note({ slug: 'b', zh: { start: 2, end: 4 } }), note({ slug: 'a', zh: { start: 0, end: 2 } })];
    expect(marks(html('zh', side))).toEqual(['a:推理', 'b:成本']);
    expect(
      marks(html('zh', [note({ slug: 'a', zh: { start: 0, end: 1 } }), note({ slug: 'b', zh: { start: 3, end: 4 } })])),
    ).toEqual(['a:推', 'b:本']);
    // The same start or the same end, but not the same words: an overlap.
    for (const [x, y] of [
      [
        { start: 0, end: 4 },
        { start: 0, end: 2 },
      ],
      [
        { start: 0, end: 4 },
        { start: 2, end: 4 },
      ],
    ])
      expect(() => html('zh', [note({ slug: 'a', zh: x! }), note({ slug: 'b', zh: y! })])).toThrow(
        /overlap those of the note "a"/,
      );
  });

  it('links a term that begins right where a note’s words end, and one that ends right where they begin', () => {
    const p: AlignedParagraph = {
      n: 13,
      en: 'x',
      sentences: [{ id: 'p13.2', index: 2, zh: '成本推理AI增长', en: 'x' }],
    };
    const out = paragraphHtml(
      p,
      'zh',
      [
        note({ slug: 'c', paragraph: 13, zh: { start: 0, end: 2 } }),
        note({ slug: 'g', paragraph: 13, zh: { start: 6, end: 8 } }),
      ],
      patterns.zh,
      termHref,
    );
    expect(out).toContain('data-term="inference">推理</a>');
    expect(out).toContain('data-term="ai">AI</a>');
    // The paragraph's number, with two digits, from the sentence's address.
    expect(out).toContain('data-s="p13.2" data-p="13"');
  });
});

describe('a sentence without a sentence address', () => {
  it('is refused, naming the id', () => {
    const p: AlignedParagraph = { n: 4, en: 'x', sentences: [{ id: 'p4', index: 1, zh: '推理', en: 'x' }] };
    expect(() => paragraphHtml(p, 'zh', [], patterns.zh, termHref)).toThrow(
      '"p4" is not a sentence\'s address (pN.M).',
    );
  });
  it('is refused, naming the id, when the id is no address at all', () => {
    const p: AlignedParagraph = { n: 4, en: 'x', sentences: [{ id: 'intro', index: 1, zh: '推理', en: 'x' }] };
    expect(() => paragraphHtml(p, 'zh', [], patterns.zh, termHref)).toThrow(
      '"intro" is not a sentence\'s address (pN.M).',
    );
  });
});
