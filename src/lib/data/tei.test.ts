import { describe, expect, it } from 'vitest';
import { NOTE_KINDS, VERDICTS } from '../content/schemas';
import { changes } from '../content/versions';
import { sentencesOf } from './dataset';
import { CC_BY_4 } from './licence';
import { tei, TEI_NS } from './tei';
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
