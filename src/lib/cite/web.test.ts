import { describe, expect, it } from 'vitest';
import { citedItem, editionItem } from './item';
import { pageMetadata } from './web';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

describe('the item as page metadata (Dublin Core and Zotero’s vocabulary, no Highwire)', () => {
  it('a paragraph: a presentation by Eddie Wu, its fields in Zotero’s terms, at its permanent address', () => {
    const item = citedItem(testInput(TEST_TARGETS.paragraph));
    expect(pageMetadata(item)).toEqual({
      schemas: [
        ['schema.DC', 'http://purl.org/dc/elements/1.1/'],
        ['schema.z', 'http://www.zotero.org/namespaces/export#'],
      ],
      metas: [
        ['DC.title', '吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference], ¶4'],
        ['DC.creator', 'Wu, Eddie'],
        ['DC.date', '2024-09-19'],
        ['DC.language', 'en'],
        ['DC.identifier', 'https://example.org/p/4/'],
        ['DC.type', 'Text'],
        ['DC.format', 'text/html'],
        ['z.itemType', 'presentation'],
        ['z.presenters', 'Wu, Eddie'],
        ['z.shortTitle', '吴泳铭2024云栖大会主题演讲'],
        ['z.presentationType', 'Keynote address'],
        ['z.meetingName', '2024 Apsara Conference'],
        ['z.place', 'Hangzhou'],
        ['z.abstractNote', item.abstractNote],
        ['z.url', 'https://example.org/p/4/'],
        ['z.extra', item.extra],
      ],
    });
  });

  it('the edition: a book whose editors and translators are one body, named in one field', () => {
    const { schemas, metas } = pageMetadata(editionItem(TEST_EDITION));
    expect(schemas.map(([rel]) => rel)).toEqual(['schema.DC', 'schema.z', 'schema.bib']);
    const tags = Object.fromEntries(metas);
    expect(tags).toMatchObject({
      'z.itemType': 'book',
      // The comma tells Zotero's name parser (“Family, Given”) that the name has no given part.
      'bib.editors': 'Apsara 2024 Keynote Edition editors,',
      'z.translators': 'Apsara 2024 Keynote Edition editors,',
      'z.edition': 'Version 1.0.0',
      'DC.publisher': 'Apsara 2024 Keynote Edition',
      'DC.date': '2026-11-29',
    });
    // dc:creator and dc:contributor would become authors of a book in Zotero.
    expect(metas.map(([n]) => n)).not.toContain('DC.creator');
    expect(metas.map(([n]) => n)).not.toContain('DC.contributor');
  });

  it('gives each tag once, and the same tags for the same item wherever it is carried', () => {
    const names = pageMetadata(citedItem(testInput(TEST_TARGETS.part))).metas.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n) => n.startsWith('citation_'))).toBe(false);
  });
});

describe('page metadata from an item with an empty field or two creators of one role', () => {
  it('writes no tag for an empty field, and refuses two presenters (Zotero would read one)', () => {
    const item = citedItem(testInput(TEST_TARGETS.paragraph));
    const names = pageMetadata({ ...item, place: '' }).metas.map(([name]) => name);
    expect(names).not.toContain('z.place');
    expect(names).toContain('z.meetingName');
    const twoPresenters = { ...item, creators: [...item.creators, ...item.creators] };
    expect(() => pageMetadata(twoPresenters)).toThrow('pageMetadata(): one presenter per item, got 2.');
  });
  it('names a presenter that is a body as written, and in Zotero’s form a family name alone', () => {
    const item = citedItem(testInput(TEST_TARGETS.paragraph));
    const body = { ...item, creators: [{ creatorType: 'presenter', name: 'Alibaba Group' }] };
    const metas = new Map(pageMetadata(body).metas);
    expect(metas.get('DC.creator')).toBe('Alibaba Group');
    expect(metas.get('z.presenters')).toBe('Alibaba Group,');
  });
});
