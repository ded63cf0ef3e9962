/**
 * The BibTeX and RIS records parsed back by an independent parser, citation-js (@citation-js/core
 * with plugin-bibtex and plugin-ris, the parsers behind many reference tools): every field the site
 * writes must reach the parsed item with its value. Each field is mapped below to where the parser
 * puts it; a field the site adds without a mapping here fails the test, and so does a value the
 * parser loses. Where citation-js itself drops a field, the test says so and checks that the value
 * still reaches the reader through another field.
 */
// @ts-expect-error citation-js ships no types.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { cite } from './cite';
import type { CiteTarget } from './model';
import { TEST_EDITION, TEST_TARGETS } from './fixtures/cite-edition';

const edition = TEST_EDITION;
// The test's four targets; the paragraph is ¶9, as in cite.processor.test.ts.
const targets: Record<string, CiteTarget> = {
  ...TEST_TARGETS,
  paragraph: { kind: 'paragraph', url: 'https://example.org/p/9/', paragraph: 9 },
};
const accessed = '2026-12-01';

type Csl = Record<string, unknown>;
const parse = (text: string): Csl => {
  const items = new Cite(text).data as Csl[];
  expect(items).toHaveLength(1);
  return items[0]!;
};
const day = (iso: string) => ({ 'date-parts': [iso.split(/[-/]/).map(Number)] });

/** The fields of a BibTeX entry as written: name → value without its outer braces. */
function bibFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const m of text.matchAll(/^ {2}(\w+) = (?:\{(.*)\}|(\w+)),?$/gm)) fields.set(m[1]!, m[2] ?? m[3]!);
  return fields;
}

/** The tags of a RIS record as written: tag → its values, in order (M1 occurs once per line of Extra). */
function risFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const m of text.matchAll(/^([A-Z][A-Z0-9]) {2}- (.*)$/gm))
    if (m[1] !== 'ER') fields.set(m[1]!, [...(fields.get(m[1]!) ?? []), m[2]!]);
  return fields;
}

describe.each(Object.entries(targets))('%s: the records parsed back by citation-js', (_, target) => {
  it('BibTeX: every field reaches the parsed item', () => {
    const text = cite('bibtex', { edition, target, accessed });
    const fields = bibFields(text);
    const item = parse(text);
    // Where citation-js puts each field the site writes, and what it must hold there.
    const checks: Record<string, (value: string) => void> = {
      author: () => expect(item['author']).toEqual([{ family: 'Wu', given: 'Eddie' }]),
      // The edition's editors and translators: one name, a body (the braces keep it whole).
      editor: (v) => expect(item['editor']).toEqual([{ family: v.replace(/^\{|\}$/g, '') }]),
      translator: (v) => expect(item['translator']).toEqual([{ family: v.replace(/^\{|\}$/g, '') }]),
      // The braces that protect the English title's capitals are markup, not text.
      title: (v) => expect(item['title']).toBe(v.replace(/[{}]/g, '')),
      shorttitle: (v) => expect(item['title-short']).toBe(v),
      publisher: (v) => expect(item['publisher']).toBe(v),
      // citation-js reads howpublished only as a publisher, and there is one: the event and place
      // still reach the parsed item, in the abstract, which names them.
      howpublished: (v) => {
        expect(item['publisher']).not.toBe(v);
        for (const part of v.split(', ').slice(1)) expect(String(item['abstract'])).toContain(part);
      },
      language: (v) => expect(item['language']).toBe(v),
      abstract: (v) => expect(item['abstract']).toBe(v),
      // year, month and date are one date: the day survives (it did not before date was added, D11).
      year: () => expect(item['issued']).toEqual(day(fields.get('date')!)),
      month: () => expect(item['issued']).toEqual(day(fields.get('date')!)),
      date: (v) => expect(item['issued']).toEqual(day(v)),
      note: (v) => expect(item['note']).toBe(v),
      url: (v) => expect(item['URL']).toBe(v),
      urldate: (v) => expect(item['accessed']).toEqual(day(v)),
    };
    expect(
      [...fields.keys()].filter((f) => !(f in checks)),
      'fields without a check',
    ).toEqual([]);
    for (const [name, value] of fields) checks[name]!(value);
    expect(item['id']).toBe(/^@misc\{([^,]+),/.exec(text)![1]);
  });

  it('RIS: every tag reaches the parsed item', () => {
    const text = cite('ris', { edition, target, accessed });
    const fields = risFields(text);
    const item = parse(text);
    const checks: Record<string, (value: string, all: string[]) => void> = {
      // citation-js maps SLIDE to a CSL motion_picture (Zotero's RIS import makes it a Presentation).
      TY: () => expect(item['type']).toBe('motion_picture'),
      AU: () => expect(item['author']).toEqual([{ family: 'Wu', given: 'Eddie' }]),
      TI: (v) => expect(item['title']).toBe(v),
      ST: (v) => expect(item['title-short']).toBe(v),
      AB: (v) => expect(item['abstract']).toBe(v),
      M3: (v) => expect(item['genre']).toBe(v),
      // citation-js drops T2 for this type (Zotero reads it as the meeting's name): the event still
      // reaches the parsed item, in the abstract, which names it.
      T2: (v) => {
        expect(JSON.stringify(item)).not.toContain('"event-title"');
        expect(String(item['abstract'])).toContain(v);
      },
      // citation-js reads CY as the publisher's place (Zotero: the place of the presentation).
      CY: (v) => expect(item['publisher-place']).toBe(v),
      DA: (v) => expect(item['issued']).toEqual(day(v)),
      PY: (v) => expect((item['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(Number(v)),
      UR: (v) => expect(item['URL']).toBe(v),
      Y2: (v) => expect(item['accessed']).toEqual(day(v)),
      LA: (v) => expect(item['language']).toBe(v),
      // Each M1 line is a line of Zotero's Extra; citation-js keeps them, in order, as the number.
      M1: (_, all) => expect(item['number']).toEqual(all),
    };
    expect(
      [...fields.keys()].filter((f) => !(f in checks)),
      'tags without a check',
    ).toEqual([]);
    for (const [tag, values] of fields) checks[tag]!(values[0]!, values);
  });

  it('CSL-JSON: citation-js reads the item as written', () => {
    const text = cite('csl-json', { edition, target, accessed });
    const written = JSON.parse(text)[0] as Csl;
    const item = parse(text);
    for (const [key, value] of Object.entries(written)) expect(item[key], key).toEqual(value);
  });
});
