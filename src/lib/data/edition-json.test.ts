import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, NOTE_KINDS, TERM_CATEGORIES, VERDICTS } from '../content/schemas';
import { changes } from '../content/versions';
import { withoutReferences } from '../apparatus/chinese';
import { readContent } from './content';
import { buildDataset } from './dataset';
import { editionJson, editionSchema } from './edition-json';
import { licenceStatements } from './licence';
import schemaSource from './edition.schema.json';
import { dataset, links, slugsOf, sourceLines, translationSentences } from './test-support';

const d = dataset();
const json = JSON.parse(editionJson(d, links));
const schema = JSON.parse(editionSchema(links, d.version.version));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('edition.json', () => {
  it('matches its JSON Schema', () => {
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is rejected by the schema when a field is wrong or unknown', () => {
    const broken = structuredClone(json);
    broken.notes[0].kind = 'gossip';
    broken.paragraphs[0].sentences[0].extra = 1;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/notes/0/kind', '/paragraphs/0/sentences/0']),
    );
  });

  it('names its schema, and the schema its own address', () => {
    expect(json.$schema).toBe(`https://example.org/data/${d.version.version}/edition.schema.json`);
    expect(schema.$id).toBe(json.$schema);
  });

  it('holds every paragraph verbatim and every sentence of the translation', () => {
    const lines = sourceLines();
    expect(json.paragraphs.length).toBe(lines.length - 5);
    for (const p of json.paragraphs) {
      expect(p.zh).toBe(lines[p.n + 4]);
      expect(p.sourceLine).toBe(p.n + 5);
      expect(p.sentences.map((s: { zh: string }) => s.zh).join('')).toBe(lines[p.n + 4]);
    }
    expect(
      json.paragraphs
        .flatMap((p: { sentences: unknown[] }) => p.sentences)
        .map((s: { address: string; zh: string; en: string }) => ({ id: s.address, zh: s.zh, en: s.en })),
    ).toEqual(translationSentences());
  });

  it('holds every note, its range giving back the quoted words', () => {
    expect(json.notes.map((n: { slug: string }) => n.slug).sort()).toEqual(slugsOf('notes', 'md'));
    const sentences = new Map(
      json.paragraphs.flatMap((p: { sentences: { address: string }[] }) => p.sentences.map((s) => [s.address, s])),
    );
    for (const n of json.notes) {
      const s = sentences.get(n.sentence) as { zh: string; en: string };
      expect([...s.zh].slice(n.range.zh.start, n.range.zh.end).join(''), n.slug).toBe(n.quote);
      if (n.quoteEn) expect([...s.en].slice(n.range.en.start, n.range.en.end).join(''), n.slug).toBe(n.quoteEn);
      expect(n.text.length).toBeGreaterThan(0);
    }
  });

  it('holds every glossary entry and every version', () => {
    expect(json.glossary.map((t: { slug: string }) => t.slug).sort()).toEqual(slugsOf('glossary', 'yaml'));
    for (const t of json.glossary) expect(t.occurrences.length + t.frameOccurrences.length, t.slug).toBeGreaterThan(0);
    expect(json.versions).toEqual(changes.versions);
    expect(json.edition.version).toBe(changes.versions[0]!.version);
  });

  it('states the licence of the edition’s own text, or that none is declared, and names its two languages', () => {
    const d = dataset();
    const declared = JSON.parse(editionJson(d, links)).edition;
    expect(declared.languages).toEqual(['zh-Hans', 'en']);
    expect(declared.licence).toEqual({
      declared: true,
      name: 'Creative Commons Attribution 4.0 International',
      id: 'CC-BY-4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      statement: licenceStatements(declared.licence).edition,
    });
    expect(JSON.parse(editionJson(d, links, { licence: undefined })).edition.licence).toEqual({
      declared: false,
      statement: licenceStatements(undefined).edition,
    });
  });

  it('gives the frame’s English, a note’s verdict, later date, English words and Chinese, a term’s pinyin and Chinese, where they exist', () => {
    const d = dataset();
    const json = JSON.parse(editionJson(d, links));
    // Lines 2 and 4 of the frame are quotation marks, not translated.
    expect(json.source.frame.map((l: { line: number; en?: string }) => [l.line, l.en])).toEqual(
      d.frame.map((l) => [l.line, l.en]),
    );
    expect(json.source.frame.filter((l: object) => 'en' in l).map((l: { line: number }) => l.line)).toEqual([1, 3, 5]);
    const notes = new Map(json.notes.map((n: { slug: string }) => [n.slug, n]));
    for (const n of d.notes) {
      const { verdict, laterDate, quoteEn, zh } = notes.get(n.slug) as Record<string, unknown>;
      expect({ verdict, laterDate, quoteEn, zh }, n.slug).toEqual({
        verdict: n.verdict,
        laterDate: n.laterDate,
        quoteEn: n.quoteEn,
        zh: { title: n.zh!.title, text: n.zh!.body, corrected: n.zh!.corrected },
      });
    }
    const terms = new Map(json.glossary.map((t: { slug: string }) => [t.slug, t]));
    for (const t of d.terms) {
      const { pinyin, zh } = terms.get(t.slug) as Record<string, unknown>;
      expect({ pinyin, zh }, t.slug).toEqual({
        pinyin: t.pinyin,
        zh: { definition: withoutReferences(t.zh!.definition), usage: withoutReferences(t.zh!.usage) },
      });
    }
    // Some have them and some do not, so both cases are checked.
    expect(d.notes.some((n) => n.verdict) && d.notes.some((n) => !n.verdict)).toBe(true);
    expect(d.notes.some((n) => n.laterDate) && d.notes.some((n) => !n.laterDate)).toBe(true);
    expect(d.notes.some((n) => n.quoteEn) && d.notes.some((n) => !n.quoteEn)).toBe(true);
    expect(d.terms.some((t) => t.pinyin) && d.terms.some((t) => !t.pinyin)).toBe(true);
  });

  it('gives each note’s text without the blank lines around it, and the glossary in English alphabetical order', () => {
    const json = JSON.parse(editionJson(dataset(), links));
    for (const n of json.notes) {
      expect(n.text, n.slug).toBe(n.text.trim());
      expect(n.zh.text, n.slug).toBe(n.zh.text.trim());
    }
    const english = json.glossary.map((t: { english: string }) => t.english);
    expect(english).toEqual([...english].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    expect(english.slice(0, 3)).toEqual(['0.5 yuan', '100,000 accelerator cards', 'AGI']);
  });

  it('gives each glossary entry its own occurrences in the publisher’s frame, and no other entry’s', () => {
    const json = JSON.parse(editionJson(dataset(), links));
    const frame = (slug: string) => json.glossary.find((t: { slug: string }) => t.slug === slug).frameOccurrences;
    expect(frame('agi')).toEqual([
      { line: 3, lang: 'zh', match: 'AGI' },
      { line: 3, lang: 'en', match: 'AGI' },
    ]);
    expect(frame('wu-mao')).toEqual([]);
  });

  it('its schema lists the same kinds, verdicts and categories as the content schemas', () => {
    const props = schemaSource.properties;
    expect(props.notes.items.properties.kind.enum).toEqual([...NOTE_KINDS]);
    expect(props.notes.items.properties.verdict.enum).toEqual([...VERDICTS]);
    expect(props.glossary.items.properties.category.enum).toEqual([...TERM_CATEGORIES]);
    expect(props.versions.items.properties.changes.items.properties.kind.enum).toEqual([...CHANGE_KINDS]);
  });
});

describe('the dataset the formats are written from', () => {
  const input = () => {
    const d = dataset();
    return {
      parts: d.parts.map(({ id, ...data }) => ({ id, data })),
      aligned: d.paragraphs.map((p) => ({
        n: p.n,
        en: p.en,
        sentences: p.sentences.map((s) => ({ id: s.id, index: s.index, zh: s.zh, en: s.en })),
      })),
      notes: [],
      terms: [],
      occurrences: [],
      frameOccurrences: [],
      changes,
      frame: d.frame,
      source: d.source,
    };
  };

  it('lists the glossary in English alphabetical order, as an English reader expects it, then by slug', () => {
    const [t] = readContent().terms;
    const terms = ['Pangu', 'Ōtsuka', 'apple', 'AI', 'AI'].map((english, i) => ({
      slug: `t${5 - i}`,
      data: { ...t!.data, english },
    }));
    expect(buildDataset({ ...input(), terms }).terms.map((x) => [x.english, x.slug])).toEqual([
      ['AI', 't1'],
      ['AI', 't2'],
      ['apple', 't3'],
      ['Ōtsuka', 't4'],
      ['Pangu', 't5'],
    ]);
  });

  it('refuses a paragraph no part holds, sentences that do not join to the source line, and no version', () => {
    const base = input();
    expect(() => buildDataset({ ...base, parts: base.parts.slice(1) })).toThrow('No part holds ¶1.');
    const changed = base.aligned.map((p) =>
      p.n === 2 ? { ...p, sentences: p.sentences.map((s, i) => (i === 0 ? { ...s, zh: `${s.zh}x` } : s)) } : p,
    );
    expect(() => buildDataset({ ...base, aligned: changed })).toThrow(
      '¶2: the sentences do not join to source line 7.',
    );
    const short = { ...base.source, text: base.source.text.split('\n').slice(0, 10).join('\n') };
    expect(() => buildDataset({ ...base, source: short })).toThrow('¶6: the sentences do not join to source line 11.');
    expect(() => buildDataset({ ...base, changes: { versions: [] } })).toThrow(
      'content/changes.yaml lists no version.',
    );
  });
});
