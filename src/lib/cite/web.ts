/**
 * The item of ./item.ts as metadata in a page's <head>, for reference managers that save the page
 * (Zotero's Connector and translation-server run its "Embedded Metadata" translator on it):
 *
 * - Dublin Core (`DC.*`), declared with `<link rel="schema.DC">` as DCMI's DC-HTML asks, for any tool:
 *   title, creator, contributor, date, language, identifier (the permanent URL), type, publisher.
 * - Zotero's own RDF vocabulary (`z.*`, declared with `<link rel="schema.z">`), which the Embedded
 *   Metadata translator passes to Zotero's RDF translator: the item type, the presenter, and the
 *   fields Dublin Core has no term for (presentation type, meeting, place, short title, abstract, URL,
 *   Extra); for the edition, its editors (`bib.editors`, the biblio vocabulary) and translators.
 *
 * No Highwire `citation_*` tags: they describe articles, books, theses, conference papers and reports,
 * none a speech, and in Zotero their type (the last type-giving tag) overrides every other, and
 * `citation_author` replaces every other creator and role (README, "Citation, metadata, versions").
 *
 * The tags describe the cited item, not the page: the same target gives the same tags on every page
 * and in every language (a /zh/ page carries exactly the tags of its English counterpart).
 */
import type { ZoteroCreator, ZoteroItem } from './item';

/** The vocabularies, as <link rel="schema.X" href="…"> declares them. */
export const SCHEMAS = {
  DC: 'http://purl.org/dc/elements/1.1/',
  z: 'http://www.zotero.org/namespaces/export#',
  bib: 'http://purl.org/net/biblio#',
} as const;

export interface PageMetadata {
  /** <link rel="schema.X" href> declarations. */
  schemas: [rel: string, href: string][];
  /** <meta name content> tags, in order, each name once. */
  metas: [name: string, content: string][];
}

/**
 * A creator as Zotero's name parser reads it from a page: "Family, Given" for a person, and for a body
 * its name followed by a comma, which the parser (ZU.cleanAuthor, "Family, Given") reads as a family
 * name with no given name, so that Zotero stores it in one field instead of splitting it at its last
 * space ("Apsara 2024 Keynote Edition" / "editors").
 */
export function creatorName(c: ZoteroCreator): string {
  return 'name' in c ? `${c.name},` : `${c.lastName}, ${c.firstName}`;
}

const namesOf = (item: ZoteroItem, type: string): string[] =>
  item.creators.filter((c) => c.creatorType === type).map(creatorName);

export function pageMetadata(item: ZoteroItem): PageMetadata {
  const metas: [string, string][] = [];
  const add = (name: string, content: string | undefined) => {
    if (content !== undefined && content !== '') metas.push([name, content]);
  };
  const plain = (c: ZoteroCreator) => ('name' in c ? c.name : `${c.lastName}, ${c.firstName}`);
  const uses = new Set<keyof typeof SCHEMAS>(['DC', 'z']);

  // Dublin Core, for every reader. Zotero's RDF import reads dc:creator and dc:contributor only as
  // authors, a role neither item has, so they are given only where the item has an author-like role
  // to state in words (the presenter); the edition's roles are Zotero's own below.
  add('DC.title', item.title);
  if (item.itemType === 'presentation') {
    add('DC.creator', item.creators.map(plain).find(Boolean));
  }
  add('DC.date', item.date);
  add('DC.language', item.language);
  add('DC.identifier', item.url);
  add('DC.type', 'Text');
  add('DC.format', 'text/html');
  add('DC.publisher', item.publisher);

  // Zotero's vocabulary.
  add('z.itemType', item.itemType);
  for (const [type, name] of [
    ['presenter', 'z.presenters'],
    ['editor', 'bib.editors'],
    ['translator', 'z.translators'],
  ] as const) {
    const names = namesOf(item, type);
    if (names.length > 1) throw new Error(`pageMetadata(): one ${type} per item, got ${names.length}.`);
    if (names[0]) {
      add(name, names[0]);
      if (name.startsWith('bib.')) uses.add('bib');
    }
  }
  add('z.shortTitle', item.shortTitle);
  add('z.presentationType', item.presentationType);
  add('z.meetingName', item.meetingName);
  add('z.place', item.place);
  add('z.edition', item.edition);
  add('z.abstractNote', item.abstractNote);
  add('z.url', item.url);
  add('z.extra', item.extra);

  const schemas = [...uses].map((p): [string, string] => [`schema.${p}`, SCHEMAS[p]]);
  return { schemas, metas };
}
