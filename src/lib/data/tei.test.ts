import { describe, expect, it } from 'vitest';
import { NOTE_KINDS, VERDICTS } from '../content/schemas';
import { changes } from '../content/versions';
import { sentencesOf, type Dataset, type DataNote } from './dataset';
import { CC_BY_4 } from './licence';
import { tei, TEI_NS, teiDocument } from './tei';
import { serialize, type XmlElement, type XmlNode } from './xml';
import { dataset, links, slugsOf, sourceLines, translationSentences } from './test-support';
import { all, children, parseXml, text, xmlId, xmlLang } from './xml-test-support';

const d = dataset();
const xml = tei(d, links);
const doc = parseXml(xml);
const root = doc.documentElement!;
const byId = new Map(
  all(doc, '*')
    .map((e) => [xmlId(e), e] as const)
    .filter(([id]) => id),
);
const el = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`no element with xml:id="${id}"`);
  return e;
};

describe('the TEI document', () => {
  it('is a TEI document with a header, a text and a stand-off link group', () => {
    expect(root.localName).toBe('TEI');
    expect(root.namespaceURI).toBe(TEI_NS);
    expect(children(root).map((c) => c.localName)).toEqual(['teiHeader', 'text', 'standOff']);
    expect(children(all(doc, 'fileDesc')[0]!).map((c) => c.localName)).toEqual([
      'titleStmt',
      'editionStmt',
      'extent',
      'publicationStmt',
      'sourceDesc',
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href=')).toBe(true);
  });

  it('holds every paragraph verbatim: the <s> of ¶N join to source line N + 5', () => {
    const lines = sourceLines();
    const paragraphs = children(el('zh')).flatMap((part) => children(part, 'p'));
    expect(paragraphs.map((p) => p.getAttribute('n'))).toEqual(d.paragraphs.map((p) => String(p.n)));
    expect(paragraphs.length).toBe(lines.length - 5);
    for (const p of paragraphs) {
      const n = Number(p.getAttribute('n'));
      expect(xmlId(p)).toBe(`p${n}`);
      const ss = children(p);
      expect(ss.every((s) => s.localName === 's')).toBe(true);
      expect(ss.map(text).join('')).toBe(lines[n + 4]);
      expect(text(p)).toBe(lines[n + 4]);
    }
  });

  it('holds every sentence of the translation, the English linked to its Chinese', () => {
    const expected = translationSentences();
    expect(sentencesOf(d).map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const links = new Set(all(doc, 'link').map((l) => l.getAttribute('target')));
    for (const s of expected) {
      expect(text(el(s.id)), s.id).toBe(s.zh);
      const en = el(`en-${s.id}`);
      expect(text(en), s.id).toBe(s.en);
      expect(en.getAttribute('corresp')).toBe(`#${s.id}`);
      expect(xmlLang(en.parentNode!.parentNode!.parentNode as never)).toBe('en');
      expect(links.has(`#${s.id} #en-${s.id}`), s.id).toBe(true);
    }
    expect(all(doc, 'link').length).toBe(expected.length);
  });

  it('holds every note, pointing to the exact words it explains', () => {
    const notes = all(doc, 'note').filter((n) => n.getAttribute('type') !== 'frame');
    const english = notes.filter((n) => n.getAttribute('xml:lang') === 'en');
    expect(english.map((n) => xmlId(n)!.slice(2)).sort()).toEqual(slugsOf('notes', 'md'));
    for (const dn of d.notes) {
      const n = el(`n-${dn.slug}`);
      expect(n.getAttribute('type')).toBe(dn.kind);
      expect(NOTE_KINDS).toContain(n.getAttribute('type'));
      const ana = n.getAttribute('ana')!.split(' ');
      expect(ana).toContain(`#kind-${dn.kind}`);
      if (dn.verdict) expect(ana).toContain(`#verdict-${dn.verdict}`);
      const [zh, en] = n.getAttribute('target')!.split(' ') as [string, string | undefined];
      const seg = el(zh.slice(1));
      expect(text(seg), dn.slug).toBe(dn.quote);
      expect(xmlId(seg.parentNode as never), dn.slug).toBe(dn.sentence);
      if (dn.quoteEn) expect(text(el(en!.slice(1))), dn.slug).toBe(dn.quoteEn);
      expect(text(children(n, 'label')[0]!)).toBe(dn.title);
      expect(
        all(n, 'date').some((x) => x.getAttribute('type') === 'checked' && x.getAttribute('when') === dn.asOf),
      ).toBe(true);
      expect(all(n, 'bibl').map((b) => text(all(b, 'title')[0]!))).toEqual(dn.sources.map((s) => s.title));
    }
  });

  it('holds each Chinese note beside its English one, in Chinese, pointing to the same words', () => {
    const chinese = all(doc, 'note').filter((n) => n.getAttribute('xml:lang') === 'zh-Hans');
    const twins = d.notes.filter((n) => n.zh);
    expect(chinese.map((n) => xmlId(n)).sort()).toEqual(twins.map((n) => `n-${n.slug}.zh`).sort());
    for (const dn of twins) {
      const zh = el(`n-${dn.slug}.zh`);
      const en = el(`n-${dn.slug}`);
      expect(zh.getAttribute('corresp')).toBe(`#n-${dn.slug}`);
      expect(zh.getAttribute('target')).toBe(en.getAttribute('target'));
      expect(zh.getAttribute('type')).toBe(dn.kind);
      expect(text(children(zh, 'label')[0]!)).toBe(dn.zh!.title);
      expect(all(zh, 'p').map(text).join('')).toMatch(/\p{Script=Han}/u);
      // Right after the English note (the next element; whitespace may come between).
      let next = en.nextSibling;
      while (next && next.nodeType !== 1) next = next.nextSibling;
      expect(next).toBe(zh);
    }
  });

  it('holds every glossary entry, with its terms marked in the text', () => {
    const entries = all(doc, 'list').find((l) => l.getAttribute('type') === 'gloss')!;
    const labels = children(entries, 'label');
    expect(labels.map((l) => xmlId(children(l, 'term')[0]!)!.slice(3)).sort()).toEqual(slugsOf('glossary', 'yaml'));
    const items = children(entries);
    for (const t of d.terms) {
      expect(text(el(`gl-${t.slug}`))).toBe(t.term);
      const item = items[items.indexOf(el(`gl-${t.slug}`).parentNode as never) + 1]!;
      expect(item.localName).toBe('item');
      expect(text(all(item, 'gloss')[0]!)).toBe(t.english);
    }
    const refs = all(el('zh'), 'term').map((t) => t.getAttribute('ref'));
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs).size).toBeGreaterThan(10);
  });

  it('resolves every internal pointer', () => {
    for (const e of all(doc, '*')) {
      for (const attr of ['target', 'corresp', 'ana', 'ref']) {
        for (const p of (e.getAttribute(attr) ?? '').split(' ').filter((x) => x.startsWith('#'))) {
          expect(byId.has(p.slice(1)), `${e.localName} @${attr}="${p}"`).toBe(true);
        }
      }
    }
  });

  it('describes the source with its SHA-256, the version and every change', () => {
    const sha = all(doc, 'idno').find((i) => i.getAttribute('type') === 'SHA-256');
    expect(text(sha!)).toBe(d.source.sha256);
    expect(all(doc, 'edition')[0]!.getAttribute('n')).toBe(changes.versions[0]!.version);
    expect(all(doc, 'change').map((c) => c.getAttribute('n'))).toEqual(changes.versions.map((v) => v.version));
    expect(all(doc, 'language').map((l) => l.getAttribute('ident'))).toEqual(['zh-Hans', 'en', 'zh-Latn-pinyin']);
    expect(all(doc, 'category').map((c) => xmlId(c))).toEqual(
      expect.arrayContaining([...NOTE_KINDS.map((k) => `kind-${k}`), ...VERDICTS.map((k) => `verdict-${k}`)]),
    );
  });

  it('states the declared licence (CC BY 4.0), and says so when none is declared', () => {
    const availability = all(doc, 'availability')[0]!;
    expect(availability.getAttribute('status')).toBe('free');
    expect(all(availability, 'licence')[0]!.getAttribute('target')).toBe(CC_BY_4.url);
    const undeclared = all(parseXml(tei(d, links, { licence: undefined })), 'availability')[0]!;
    expect(undeclared.getAttribute('status')).toBe('unknown');
    expect(all(undeclared, 'licence')).toHaveLength(0);
    // Its statement says so too: no licence is named where none applies.
    expect(text(undeclared)).toContain('No licence for it has been declared yet');
    expect(text(undeclared)).not.toContain('CC-BY-4.0');
  });
});

describe('the TEI document of a dataset', () => {
  it('holds a note that has no Chinese twin yet, in English only', () => {
    const [first] = d.notes;
    const slug = first!.slug;
    const doc = parseXml(
      tei({ ...d, notes: d.notes.map((n) => (n.slug === slug ? { ...n, zh: undefined } : n)) }, links),
    );
    const notes = all(doc, 'note').map((n) => xmlId(n));
    expect(notes).toContain(`n-${slug}`);
    expect(notes).not.toContain(`n-${slug}.zh`);
    expect(notes).toContain(`n-${d.notes[1]!.slug}.zh`);
  });

  it('refuses notes whose words overlap, naming the note and the language', () => {
    const n = d.notes.find((x) => x.range.zh.end - x.range.zh.start > 1)!;
    const shifted = {
      ...n,
      slug: 'overlapping-note',
      range: { zh: { start: n.range.zh.start + 1, end: n.range.zh.end + 1 } },
    };
    expect(() => tei({ ...d, notes: [...d.notes, shifted] }, links)).toThrow(
      'The words of the note "overlapping-note" overlap another note\'s (zh).',
    );
  });
});

/** The first element of a tree, depth first, that matches. */
function find(node: XmlElement, match: (e: XmlElement) => boolean): XmlElement {
  const found = (n: XmlNode): XmlElement | undefined =>
    typeof n === 'string' ? undefined : match(n) ? n : n.children.map(found).find((e) => e !== undefined);
  const e = found(node);
  if (!e) throw new Error('no such element');
  return e;
}
/** An element as the file writes it, line by line. */
const lines = (e: XmlElement) => serialize(e).split('\n');
const named = (name: string) => (e: XmlElement) => e.name === name;
const withId = (id: string) => (e: XmlElement) => e.attrs['xml:id'] === id;

/**
 * A small edition, written out in full, for the tests that read the document element by element: two
 * parts of one paragraph each, notes that share their words, a Chinese twin, a later event, corrections
 * and sources with and without a date and a link, and glossary entries with and without pinyin. In ¶1.2
 * the English puts the words of two notes in the other order from the Chinese.
 */
function smallDataset(): Dataset {
  const source = (publisher: string, title: string, date?: string, url?: string) => ({ publisher, title, date, url });
  const sentence = (id: string, zh: string, en: string) => ({ id, index: Number(id.split('.')[1]), zh, en });
  const range = (text: string, words: string) => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
  });
  const p1 = [
    sentence('p1.1', '大模型很重要。', 'Large models matter.'),
    sentence('p1.2', '算力也重要！', 'What also matters is compute!'),
  ];
  const p2 = [sentence('p2.1', '我们会开源。', 'We will open-source it.')];
  const note = (slug: string, s: (typeof p1)[number], zh: string, en: string | undefined, more: Partial<DataNote>) => ({
    slug,
    title: `On ${slug}`,
    kind: 'context' as const,
    asOf: '2025-01-16',
    corrected: [],
    paragraph: Number(s.id.slice(1, 2)),
    sentence: s.id,
    quote: zh,
    occurrence: 1,
    quoteEn: en,
    range: { zh: range(s.zh, zh), en: en === undefined ? undefined : range(s.en, en) },
    body: `A note on ${slug}.`,
    sources: [],
    part: 'opening',
    number: 1,
    ...more,
  });
  const fileLines = [
    '阿里巴巴谈大模型',
    '“',
    '算力是关键',
    '”',
    '以下为演讲全文',
    '大模型很重要。算力也重要！',
    '我们会开源。',
  ];
  return {
    version: { version: '2.0.0', date: '2025-03-04', changes: [{ kind: 'notes', what: 'Five notes added.' }] },
    versions: [
      { version: '2.0.0', date: '2025-03-04', changes: [{ kind: 'notes', what: 'Five notes added.' }] },
      {
        version: '1.0.0',
        date: '2025-01-02',
        changes: [
          { kind: 'text', what: 'The Chinese text.' },
          { kind: 'translation', what: 'Its English.' },
        ],
      },
    ],
    source: { file: 'speech.zh.txt', sha256: 'ab12cd34', lines: 7, text: fileLines.join('\n') },
    frame: [
      { line: 1, zh: fileLines[0]!, en: 'Alibaba on large models' },
      { line: 2, zh: fileLines[1]! },
      { line: 3, zh: fileLines[2]!, en: 'Compute is key' },
      { line: 4, zh: fileLines[3]! },
      { line: 5, zh: fileLines[4]!, en: 'The full text of the speech follows' },
    ],
    parts: [
      {
        id: 'opening',
        title: 'Opening — the age of large models',
        shortTitle: 'Opening',
        order: 1,
        firstParagraph: 1,
        lastParagraph: 1,
        summary: 'Large models matter, and so does the compute they run on.',
        figures: [],
      },
      {
        id: 'thesis-1',
        title: 'Thesis 1 — open source',
        shortTitle: 'Thesis 1',
        order: 2,
        firstParagraph: 2,
        lastParagraph: 2,
        summary: 'The company will open-source its models.',
        figures: [],
      },
    ],
    paragraphs: [
      {
        n: 1,
        line: 6,
        part: 'opening',
        zh: fileLines[5]!,
        en: 'Large models matter. What also matters is compute!',
        sentences: p1,
      },
      { n: 2, line: 7, part: 'thesis-1', zh: fileLines[6]!, en: 'We will open-source it.', sentences: p2 },
    ],
    notes: [
      note('large-models', p1[0]!, '大模型', 'Large models', {
        kind: 'fact-check',
        verdict: 'supported',
        laterDate: '2025-02-01',
        asOf: '2025-01-15',
        corrected: [{ date: '2025-01-20', what: 'the date of the release' }],
        body: 'Released [in 2023](https://example.com/news/note:2023) ([a wiki](https://example.com/wiki/glossary:qwen)), before [the context](note:large-models-context) and [compute](glossary:compute).',
        zh: {
          title: '关于大模型',
          body: '见[背景](note:large-models-context)。',
          corrected: [{ date: '2025-01-21', what: '发布日期' }],
        },
        sources: [
          source('Alibaba Cloud', 'Qwen', '2024-09-19', 'https://example.com/qwen'),
          source('Example Press', 'Models'),
        ],
      }),
      note('large-models-context', p1[0]!, '大模型', 'Large models', {
        number: 2,
        zh: { title: '背景', body: '背景。', corrected: [] },
      }),
      note('compute', p1[1]!, '算力', 'compute', { kind: 'analysis', number: 3 }),
      note('matters', p1[1]!, '重要', 'matters', { kind: 'translation', number: 4 }),
      note('open-source', p2[0]!, '开源', undefined, { kind: 'later', part: 'thesis-1' }),
    ],
    terms: [
      {
        slug: 'compute',
        term: '算力',
        english: 'compute',
        pinyin: 'suànlì',
        category: 'concept',
        aliases: { zh: [], en: ['computing power'] },
        definition: 'Computing capacity.',
        usage: 'Said of data centres.',
        zh: { definition: '计算能力。', usage: '多用于数据中心。' },
        related: ['large-model'],
        sources: [source('Example Press', 'Compute')],
        occurrences: [
          { sentence: 'p1.2', lang: 'zh', match: '算力' },
          { sentence: 'p1.2', lang: 'en', match: 'compute' },
        ],
        frameOccurrences: [
          { line: 3, lang: 'zh', match: '算力' },
          { line: 3, lang: 'en', match: 'Compute' },
        ],
      },
      {
        slug: 'gpu',
        term: 'GPU',
        english: 'GPU',
        category: 'hardware',
        aliases: { zh: [], en: [] },
        definition: 'A graphics processor.',
        usage: 'Counted in cards.',
        related: [],
        sources: [],
        occurrences: [],
        frameOccurrences: [],
      },
      {
        slug: 'large-model',
        term: '大模型',
        english: 'large model',
        pinyin: 'dà móxíng',
        category: 'technology',
        aliases: { zh: ['大型模型'], en: ['LLM'] },
        definition: 'A model with many parameters.',
        usage: 'The subject of the speech.',
        zh: { definition: '参数众多的模型。', usage: '演讲的主题。' },
        related: ['compute', 'gpu'],
        sources: [],
        occurrences: [
          { sentence: 'p1.1', lang: 'zh', match: '大模型' },
          { sentence: 'p1.1', lang: 'en', match: 'Large models' },
        ],
        frameOccurrences: [{ line: 1, lang: 'zh', match: '大模型' }],
      },
    ],
  };
}

describe('the TEI document of a small edition, element by element', () => {
  it('declares the tei_all schema of TEI P5 4.9.0, in English', () => {
    expect(tei(smallDataset(), links).split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-model href="https://www.tei-c.org/Vault/P5/4.9.0/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
      '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
    ]);
  });

  it('names the speech, its speaker, the edition, its version, its extent and its addresses', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('titleStmt')))).toEqual([
      '<titleStmt>',
      '  <title type="main" xml:lang="zh-Hans">吴泳铭2024云栖大会主题演讲</title>',
      '  <title type="main" xml:lang="en">Keynote at the 2024 Apsara Conference</title>',
      '  <title type="sub">Eddie Wu at Apsara 2024 — an annotated edition</title>',
      '  <author>',
      '    <persName xml:lang="en">Eddie Wu</persName>',
      '    <persName xml:lang="zh-Hans">吴泳铭</persName>',
      '  </author>',
      '  <editor>',
      '    <orgName>Apsara 2024 Keynote Edition</orgName>',
      '  </editor>',
      '  <respStmt>',
      '    <resp>Edition, English translation, editorial notes and glossary</resp>',
      '    <orgName>The editors of Apsara 2024 Keynote Edition</orgName>',
      '  </respStmt>',
      '</titleStmt>',
    ]);
    expect(lines(find(doc, named('editionStmt')))).toEqual([
      '<editionStmt>',
      '  <edition n="2.0.0">Version 2.0.0, <date when="2025-03-04">4 March 2025</date></edition>',
      '</editionStmt>',
    ]);
    expect(lines(find(doc, named('extent')))).toEqual([
      '<extent>',
      '  <measure unit="paragraph" quantity="2">2 paragraphs</measure>',
      '  <measure unit="sentence" quantity="3">3 sentences</measure>',
      '  <measure unit="note" quantity="5">5 editorial notes</measure>',
      '  <measure unit="entry" quantity="3">3 glossary entries</measure>',
      '</extent>',
    ]);
    const publication = find(doc, named('publicationStmt')).children as XmlElement[];
    expect(publication.filter((e) => e.name !== 'availability').map((e) => serialize(e))).toEqual([
      '<publisher><orgName>Apsara 2024 Keynote Edition</orgName></publisher>',
      '<date when="2025-03-04">4 March 2025</date>',
      '<idno type="URI">https://example.org/data/2.0.0/edition.tei.xml</idno>',
      '<idno type="URI" subtype="latest">https://example.org/data/latest/edition.tei.xml</idno>',
      '<idno type="URI" subtype="edition">https://example.org/</idno>',
    ]);
  });

  it('describes the source: the speech, the file with its lines and SHA-256, and the publisher’s frame', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('sourceDesc')))).toEqual([
      '<sourceDesc>',
      '  <bibl type="transcript"><author><persName xml:lang="en">Eddie Wu</persName><persName xml:lang="zh-Hans">吴泳铭</persName></author>, <title xml:lang="zh-Hans">吴泳铭2024云栖大会主题演讲</title> [<title xml:lang="en" type="translated">Keynote at the 2024 Apsara Conference</title>], keynote at the <name type="event">2024 Apsara Conference</name> (<name type="event" xml:lang="zh-Hans">2024云栖大会</name>), <placeName>Hangzhou</placeName>, <date when="2024-09-19">19 September 2024</date>. Chinese transcript as published with a news lead: <extent>7 lines, UTF-8, no final newline</extent>; file <idno type="filename">speech.zh.txt</idno>, SHA-256 <idno type="SHA-256">ab12cd34</idno>. <note type="frame">Source lines 1–5 are the publisher’s frame, not the speech: a news lead, a pull quote between quotation marks, and the words 以下为演讲全文 (“the full text of the speech follows”). They are given in the front matter (xml:id line1–line5), with the edition’s translation. The speech is source lines 6–7, numbered ¶1–¶2: ¶N is source line N + 5.</note></bibl>',
      '</sourceDesc>',
    ]);
  });

  it('states the project, the editorial method, the addresses and the taxonomies', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('projectDesc')))).toEqual([
      '<projectDesc>',
      '  <p>A reference edition of the keynote: the Chinese text reproduced byte for byte, paragraph by paragraph, with permanent paragraph and sentence numbers, the edition’s own English translation aligned sentence by sentence, editorial notes anchored to the words they explain, and a glossary. Generated at build time from the edition’s sources; the same content is published as HTML at <ref target="https://example.org/">https://example.org/</ref>.</p>',
      '</projectDesc>',
    ]);
    expect(lines(find(doc, named('editorialDecl')))).toEqual([
      '<editorialDecl>',
      '  <correction>',
      '    <p>Nothing in the Chinese is corrected: quirks of the source (Huggingface, Tokens beside Token, app beside APP) are kept, and notes comment on them where they matter.</p>',
      '  </correction>',
      '  <normalization>',
      '    <p>None: the characters are the source’s, including its ASCII commas and colons beside full-width full stops and quotation marks.</p>',
      '  </normalization>',
      '  <segmentation>',
      '    <p>Paragraphs are the source’s lines. A Chinese sentence ends after 。 ! ? ！ or ？ (a run of them stays with its sentence); each is paired with its English rendering.</p>',
      '  </segmentation>',
      '  <interpretation>',
      '    <p>Notes are classified by kind, and fact checks by verdict, in the taxonomies below (@ana on each note, @type its kind). Each note carries the date it was written or last checked; notes on later events carry the date of the event.</p>',
      '  </interpretation>',
      '</editorialDecl>',
    ]);
    expect(lines(find(doc, named('refsDecl')))).toEqual([
      '<refsDecl>',
      '  <p>Addresses, as on the edition’s pages: pN is ¶N (xml:id on the Chinese &lt;p&gt;, the page anchor #pN); pN.M is its sentence M (#pN.M); en-pN and en-pN.M are their English; n-slug is a note (#n-slug on its part page); gl-slug a glossary entry (/glossary/slug/); a-slug and a-slug-en the words a note explains; line1–line5 the publisher’s frame.</p>',
      '</refsDecl>',
    ]);
    expect(find(doc, named('classDecl')).children.map((t) => (t as XmlElement).attrs['xml:id'])).toEqual([
      'note-kinds',
      'verdicts',
      'glossary-categories',
    ]);
  });

  it('states when and where the speech was given, the languages, and every version with its changes', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('profileDesc')))).toEqual([
      '<profileDesc>',
      '  <creation><date when="2024-09-19">19 September 2024</date>, <placeName>Hangzhou</placeName>: delivered at the 2024 Apsara Conference.</creation>',
      '  <langUsage>',
      '    <language ident="zh-Hans">Chinese in simplified characters: the speech and its frame, verbatim; glossary terms.</language>',
      '    <language ident="en">English: the edition’s translation, notes and glossary.</language>',
      '    <language ident="zh-Latn-pinyin">Hanyu Pinyin with tone marks: readings of glossary terms.</language>',
      '  </langUsage>',
      '</profileDesc>',
    ]);
    expect(lines(find(doc, named('revisionDesc')))).toEqual([
      '<revisionDesc>',
      '  <change when="2025-03-04" n="2.0.0">',
      '    <list>',
      '      <item n="notes">Five notes added.</item>',
      '    </list>',
      '  </change>',
      '  <change when="2025-01-02" n="1.0.0">',
      '    <list>',
      '      <item n="text">The Chinese text.</item>',
      '      <item n="translation">Its English.</item>',
      '    </list>',
      '  </change>',
      '</revisionDesc>',
    ]);
  });

  it('gives the publisher’s frame in the front matter, and the lines of it that are words in English', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('front')))).toEqual([
      '<front>',
      '  <div type="frame" xml:lang="zh-Hans">',
      '    <head xml:lang="en">The publisher’s frame (source lines 1–5)</head>',
      '    <ab xml:id="line1" n="1">阿里巴巴谈大模型</ab>',
      '    <ab xml:id="line2" n="2">“</ab>',
      '    <ab xml:id="line3" n="3">算力是关键</ab>',
      '    <ab xml:id="line4" n="4">”</ab>',
      '    <ab xml:id="line5" n="5">以下为演讲全文</ab>',
      '  </div>',
      '  <div type="translation" xml:lang="en">',
      '    <head>The publisher’s frame, translated</head>',
      '    <ab n="1" corresp="#line1">Alibaba on large models</ab>',
      '    <ab n="3" corresp="#line3">Compute is key</ab>',
      '    <ab n="5" corresp="#line5">The full text of the speech follows</ab>',
      '  </div>',
      '</front>',
    ]);
  });

  it('gives the text by parts, in Chinese then in English, with the words of the notes and the terms marked', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('body')))).toEqual([
      '<body>',
      '  <div type="edition" xml:lang="zh-Hans" xml:id="zh">',
      '    <head>吴泳铭2024云栖大会主题演讲</head>',
      '    <div type="part" n="opening" xml:id="part-opening">',
      '      <head xml:lang="en">Opening — the age of large models</head>',
      '      <argument xml:lang="en">',
      '        <p>Large models matter, and so does the compute they run on.</p>',
      '      </argument>',
      '      <p xml:id="p1" n="1"><s xml:id="p1.1"><seg type="annotated" xml:id="a-large-models"><term ref="#gl-large-model">大模型</term></seg>很重要。</s><s xml:id="p1.2"><seg type="annotated" xml:id="a-compute"><term ref="#gl-compute">算力</term></seg>也<seg type="annotated" xml:id="a-matters">重要</seg>！</s></p>',
      '    </div>',
      '    <div type="part" n="thesis-1" xml:id="part-thesis-1">',
      '      <head xml:lang="en">Thesis 1 — open source</head>',
      '      <argument xml:lang="en">',
      '        <p>The company will open-source its models.</p>',
      '      </argument>',
      '      <p xml:id="p2" n="2"><s xml:id="p2.1">我们会<seg type="annotated" xml:id="a-open-source">开源</seg>。</s></p>',
      '    </div>',
      '  </div>',
      '  <div type="translation" xml:lang="en" xml:id="en">',
      '    <head>Keynote at the 2024 Apsara Conference</head>',
      '    <div type="part" n="opening" xml:id="en-part-opening" corresp="#part-opening">',
      '      <head xml:lang="en">Opening — the age of large models</head>',
      '      <p xml:id="en-p1" n="1" corresp="#p1"><s xml:id="en-p1.1" corresp="#p1.1"><seg type="annotated" xml:id="a-large-models-en"><term ref="#gl-large-model">Large models</term></seg> matter.</s> <s xml:id="en-p1.2" corresp="#p1.2">What also <seg type="annotated" xml:id="a-matters-en">matters</seg> is <seg type="annotated" xml:id="a-compute-en"><term ref="#gl-compute">compute</term></seg>!</s></p>',
      '    </div>',
      '    <div type="part" n="thesis-1" xml:id="en-part-thesis-1" corresp="#part-thesis-1">',
      '      <head xml:lang="en">Thesis 1 — open source</head>',
      '      <p xml:id="en-p2" n="2" corresp="#p2"><s xml:id="en-p2.1" corresp="#p2.1">We will open-source it.</s></p>',
      '    </div>',
      '  </div>',
      '</body>',
    ]);
  });

  it('gives the notes in reading order, each in English then in Chinese, with its dates, corrections and sources', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, withId('notes')))).toEqual([
      '<div type="notes" xml:id="notes">',
      '  <head>Editorial notes</head>',
      '  <note xml:id="n-large-models" xml:lang="en" type="fact-check" n="Opening, note 1" target="#a-large-models #a-large-models-en" ana="#kind-fact-check #verdict-supported">',
      '    <label>On large-models</label>',
      '    <ptr type="page" target="https://example.org/speech/opening/#n-large-models"/>',
      '    <p>Released <ref target="https://example.com/news/note:2023">in 2023</ref> (<ref target="https://example.com/wiki/glossary:qwen">a wiki</ref>), before <ref target="#n-large-models-context">the context</ref> and <ref target="#gl-compute">compute</ref>.</p>',
      '    <p>Later event: <date type="event" when="2025-02-01">1 February 2025</date>.</p>',
      '    <p>As of <date type="checked" when="2025-01-15">15 January 2025</date>.</p>',
      '    <list type="corrections">',
      '      <item>Corrected <date type="corrected" when="2025-01-20">20 January 2025</date>: the date of the release</item>',
      '    </list>',
      '    <listBibl>',
      '      <bibl><title>Qwen</title>, <publisher>Alibaba Cloud</publisher>, <date when="2024-09-19">19 September 2024</date>, <ptr target="https://example.com/qwen"/></bibl>',
      '      <bibl><title>Models</title>, <publisher>Example Press</publisher></bibl>',
      '    </listBibl>',
      '  </note>',
      '  <note xml:id="n-large-models.zh" xml:lang="zh-Hans" type="fact-check" n="Opening, note 1" target="#a-large-models #a-large-models-en" ana="#kind-fact-check #verdict-supported" corresp="#n-large-models">',
      '    <label>关于大模型</label>',
      '    <ptr type="page" target="https://example.org/zh/speech/opening/#n-large-models"/>',
      '    <p>见<ref target="#n-large-models-context">背景</ref>。</p>',
      '    <p>后续事件：<date type="event" when="2025-02-01">2025年2月1日</date>。</p>',
      '    <p>截至<date type="checked" when="2025-01-15">2025年1月15日</date>。</p>',
      '    <list type="corrections">',
      '      <item>更正于<date type="corrected" when="2025-01-21">2025年1月21日</date>：发布日期</item>',
      '    </list>',
      '  </note>',
      '  <note xml:id="n-large-models-context" xml:lang="en" type="context" n="Opening, note 2" target="#a-large-models #a-large-models-en" ana="#kind-context">',
      '    <label>On large-models-context</label>',
      '    <ptr type="page" target="https://example.org/speech/opening/#n-large-models-context"/>',
      '    <p>A note on large-models-context.</p>',
      '    <p>As of <date type="checked" when="2025-01-16">16 January 2025</date>.</p>',
      '  </note>',
      '  <note xml:id="n-large-models-context.zh" xml:lang="zh-Hans" type="context" n="Opening, note 2" target="#a-large-models #a-large-models-en" ana="#kind-context" corresp="#n-large-models-context">',
      '    <label>背景</label>',
      '    <ptr type="page" target="https://example.org/zh/speech/opening/#n-large-models-context"/>',
      '    <p>背景。</p>',
      '    <p>截至<date type="checked" when="2025-01-16">2025年1月16日</date>。</p>',
      '  </note>',
      '  <note xml:id="n-compute" xml:lang="en" type="analysis" n="Opening, note 3" target="#a-compute #a-compute-en" ana="#kind-analysis">',
      '    <label>On compute</label>',
      '    <ptr type="page" target="https://example.org/speech/opening/#n-compute"/>',
      '    <p>A note on compute.</p>',
      '    <p>As of <date type="checked" when="2025-01-16">16 January 2025</date>.</p>',
      '  </note>',
      '  <note xml:id="n-matters" xml:lang="en" type="translation" n="Opening, note 4" target="#a-matters #a-matters-en" ana="#kind-translation">',
      '    <label>On matters</label>',
      '    <ptr type="page" target="https://example.org/speech/opening/#n-matters"/>',
      '    <p>A note on matters.</p>',
      '    <p>As of <date type="checked" when="2025-01-16">16 January 2025</date>.</p>',
      '  </note>',
      '  <note xml:id="n-open-source" xml:lang="en" type="later" n="Thesis 1, note 1" target="#a-open-source" ana="#kind-later">',
      '    <label>On open-source</label>',
      '    <ptr type="page" target="https://example.org/speech/thesis-1/#n-open-source"/>',
      '    <p>A note on open-source.</p>',
      '    <p>As of <date type="checked" when="2025-01-16">16 January 2025</date>.</p>',
      '  </note>',
      '</div>',
    ]);
  });

  it('gives the glossary: each term with its readings, aliases, definitions, related entries, occurrences, sources', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, withId('glossary')))).toEqual([
      '<div type="glossary" xml:id="glossary">',
      '  <head>Glossary</head>',
      '  <list type="gloss">',
      '    <label><term xml:id="gl-compute" xml:lang="zh-Hans" ana="#category-concept">算力</term></label>',
      '    <item>',
      '      <gloss xml:lang="en">compute</gloss>',
      '      <ptr type="page" target="https://example.org/glossary/compute/"/>',
      '      <term type="pinyin" xml:lang="zh-Latn-pinyin">suànlì</term>',
      '      <term type="alias" xml:lang="en">computing power</term>',
      '      <desc type="definition" xml:lang="en">Computing capacity.</desc>',
      '      <desc type="usage" xml:lang="en">Said of data centres.</desc>',
      '      <desc type="definition" xml:lang="zh-Hans">计算能力。</desc>',
      '      <desc type="usage" xml:lang="zh-Hans">多用于数据中心。</desc>',
      '      <ptr type="related" target="#gl-large-model"/>',
      '      <ptr type="occurrences" target="#line3 #p1.2 #en-p1.2"/>',
      '      <listBibl>',
      '        <bibl><title>Compute</title>, <publisher>Example Press</publisher></bibl>',
      '      </listBibl>',
      '    </item>',
      '    <label><term xml:id="gl-gpu" xml:lang="zh-Hans" ana="#category-hardware">GPU</term></label>',
      '    <item>',
      '      <gloss xml:lang="en">GPU</gloss>',
      '      <ptr type="page" target="https://example.org/glossary/gpu/"/>',
      '      <desc type="definition" xml:lang="en">A graphics processor.</desc>',
      '      <desc type="usage" xml:lang="en">Counted in cards.</desc>',
      '    </item>',
      '    <label><term xml:id="gl-large-model" xml:lang="zh-Hans" ana="#category-technology">大模型</term></label>',
      '    <item>',
      '      <gloss xml:lang="en">large model</gloss>',
      '      <ptr type="page" target="https://example.org/glossary/large-model/"/>',
      '      <term type="pinyin" xml:lang="zh-Latn-pinyin">dà móxíng</term>',
      '      <term type="alias" xml:lang="zh-Hans">大型模型</term>',
      '      <term type="alias" xml:lang="en">LLM</term>',
      '      <desc type="definition" xml:lang="en">A model with many parameters.</desc>',
      '      <desc type="usage" xml:lang="en">The subject of the speech.</desc>',
      '      <desc type="definition" xml:lang="zh-Hans">参数众多的模型。</desc>',
      '      <desc type="usage" xml:lang="zh-Hans">演讲的主题。</desc>',
      '      <ptr type="related" target="#gl-compute #gl-gpu"/>',
      '      <ptr type="occurrences" target="#line1 #p1.1 #en-p1.1"/>',
      '    </item>',
      '  </list>',
      '</div>',
    ]);
  });

  it('pairs every Chinese sentence with its English in the stand-off links', () => {
    const doc = teiDocument(smallDataset(), links);
    expect(lines(find(doc, named('standOff')))).toEqual([
      '<standOff>',
      '  <linkGrp type="translation">',
      '    <link target="#p1.1 #en-p1.1"/>',
      '    <link target="#p1.2 #en-p1.2"/>',
      '    <link target="#p2.1 #en-p2.1"/>',
      '  </linkGrp>',
      '</standOff>',
    ]);
  });

  it('refuses an alias two glossary entries share, naming the entry’s file', () => {
    const d = smallDataset();
    const gpu = d.terms.find((t) => t.slug === 'gpu')!;
    expect(() => teiDocument({ ...d, terms: [...d.terms, { ...gpu, slug: 'graphics-card' }] }, links)).toThrow(
      'content/glossary/graphics-card.yaml: the alias "GPU" is also an alias of the entry "gpu".',
    );
  });

  it('refuses Markdown it cannot write as TEI, naming the note’s file, English or Chinese', () => {
    const d = smallDataset();
    const withBody = (slug: string, body: string, zh?: boolean) =>
      d.notes.map((n) => (n.slug !== slug ? n : zh ? { ...n, zh: { ...n.zh!, body } } : { ...n, body }));
    expect(() => teiDocument({ ...d, notes: withBody('compute', '# Compute') }, links)).toThrow(
      'content/notes/compute.md: Markdown heading is not supported in the data formats.',
    );
    expect(() => teiDocument({ ...d, notes: withBody('large-models-context', '# 背景', true) }, links)).toThrow(
      'content/notes/large-models-context.zh.md: Markdown heading is not supported in the data formats.',
    );
  });
});
