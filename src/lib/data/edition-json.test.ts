import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, NOTE_KINDS, TERM_CATEGORIES, VERDICTS } from '../content/schemas';
import { changes } from '../content/versions';
import { buildDataset } from './dataset';
import { editionJson, editionSchema } from './edition-json';
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
