/**
 * The citation pages and the citation metadata of the build, read from dist/ without a browser:
 *
 * - What Zotero saves from each page that describes the speech, a part or a paragraph (/speech/, the
 *   part pages, the citation pages), as its Embedded Metadata translator reads the Highwire tags
 *   (zotero/translators, "Embedded Metadata.js", run in the citation review, section 4): the item
 *   type is decided by the last type-giving tag (citation_conference_title: conference paper;
 *   citation_inbook_title, citation_book_title: book section; citation_journal_title: journal
 *   article), a field by the first tag of its name, the URL by citation_abstract_html_url, and
 *   DC.source, read through RDF, would become the proceedings title. Exact values, one tag each.
 * - Every sentence citation names its own sentence, whose anchor exists (the review's m20).
 * - Every part and paragraph links to its citation page, and every citation page offers its own
 *   BibTeX, RIS and CSL-JSON files, and tells the reader what to do about the access date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/site/addresses.ts';
import { parts, at, sourceParagraphs } from '../site.ts';
import { attr, builtSite, DIST, hasClass, linked, published, text, treeOf } from './built-site.ts';

const TITLE_EN = 'Keynote at the 2024 Apsara Conference';
const EDITION_TITLE = 'Eddie Wu at Apsara 2024: An annotated edition';
const PARAGRAPHS = sourceParagraphs().length;

/** The <meta name> tags of a page, in document order. */
function metaTags(path: string): [string, string][] {
  const out: [string, string][] = [];
  visit(treeOf(path), 'element', (el: Element) => {
    const name = el.tagName === 'meta' ? attr(el, 'name') : undefined;
    if (name) out.push([name, attr(el, 'content') ?? '']);
  });
  return out;
}

/** What Zotero's Embedded Metadata translator makes of a page's Highwire and DC tags. */
function zoteroItem(tags: [string, string][]) {
  const first = (name: string) => tags.find(([n]) => n === name)?.[1];
  const TYPES: Record<string, string> = {
    citation_journal_title: 'journalArticle',
    citation_technical_report_institution: 'report',
    citation_conference_title: 'conferencePaper',
    citation_conference: 'conferencePaper',
    citation_book_title: 'bookSection',
    citation_inbook_title: 'bookSection',
    citation_dissertation_institution: 'thesis',
  };
  let itemType = first('citation_title') ? 'journalArticle' : 'webpage';
  for (const [name] of tags) if (TYPES[name]) itemType = TYPES[name]!;
  return {
    itemType,
    creators: tags.filter(([n]) => n === 'citation_author').map(([, v]) => v),
    title: first('citation_title'),
    date: first('citation_publication_date') ?? first('citation_date'),
    conferenceName: first('citation_conference_title'),
    proceedingsTitle: first('citation_inbook_title') ?? first('DC.source'),
    publisher: first('citation_publisher'),
    language: first('citation_language'),
    url: first('citation_abstract_html_url') ?? first('citation_fulltext_html_url'),
  };
}

/** The pages that describe the speech, a part or a paragraph, with the title and URL Zotero must save. */
const described: { page: string; title: string; url: string }[] = [
  { page: paths.speech, title: TITLE_EN, url: paths.speech },
  { page: paths.cite, title: TITLE_EN, url: paths.speech },
  ...parts.flatMap((p) => {
    const { firstParagraph: a, lastParagraph: b } = p.data;
    const title = `${p.data.title} (${TITLE_EN}, ${a === b ? `¶${a}` : `¶${a}–¶${b}`})`;
    return [
      { page: paths.part(p.id), title, url: paths.part(p.id) },
      { page: paths.citePart(p.id), title, url: paths.part(p.id) },
    ];
  }),
  ...Array.from({ length: PARAGRAPHS }, (_, i) => i + 1).map((n) => ({
    page: paths.citeParagraph(n),
    title: `${TITLE_EN}, ¶${n}`,
    url: paths.shortLink(n),
  })),
];

describe.each(described)('$page, saved to Zotero', ({ page, title, url }) => {
  const tags = metaTags(page);
  it('is a conference paper by Eddie Wu alone, 19 September 2024, with its title, the conference, en and its permanent URL', () => {
    expect(zoteroItem(tags)).toEqual({
      itemType: 'conferencePaper',
      creators: ['Wu, Eddie'],
      title,
      date: '2024/09/19',
      conferenceName: '2024 Apsara Conference',
      proceedingsTitle: EDITION_TITLE,
      publisher: 'Apsara 2024 Keynote Edition',
      language: 'en',
      url: published(url),
    });
  });
  it('carries each Highwire and Dublin Core tag once, and no DC.source', () => {
    const names = tags.map(([n]) => n).filter((n) => n.startsWith('citation_') || n.startsWith('DC.'));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names).not.toContain('DC.source');
    expect(Object.fromEntries(tags)['DC.identifier']).toBe(published(url));
    expect(Object.fromEntries(tags)['DC.language']).toBe('en');
  });
});

describe('pages that describe no citable text', () => {
  it('carry no Highwire tags, so that Zotero does not save them as the speech', () => {
    const citable = new Set(described.map((d) => d.page));
    const wrong = [...builtSite().keys()].filter((p) => {
      if (citable.has(p)) return false;
      const file = join(DIST, p.endsWith('/') ? `${p}index.html` : p);
      return /<meta name="citation_/.test(readFileSync(file, 'utf8'));
    });
    expect(wrong).toEqual([]);
  });
});

/** The <pre> citations of a page, grouped by the .ed-cite block they are in, each by its form. */
function citeBlocks(page: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  visit(treeOf(page), 'element', (el: Element) => {
    if (!hasClass(el, 'ed-cite')) return;
    const forms = new Map<string, string>();
    visit(el, 'element', (pre: Element) => {
      if (pre.tagName === 'pre' && hasClass(pre, 'ed-cite__text')) forms.set(attr(pre, 'dataForm') ?? '', text(pre));
    });
    blocks.push(forms);
  });
  return blocks;
}

/** The forms that name the cited passage's own URL (the reference entries name the speech's). */
const OWN_URL = ['chicago-note', 'gbt7714-zh', 'gbt7714-en', 'bibtex', 'ris', 'csl-json'];

describe.each(Array.from({ length: PARAGRAPHS }, (_, i) => i + 1))('/cite/p%i/', (n) => {
  const page = paths.citeParagraph(n);
  const blocks = citeBlocks(page);
  it('cites the paragraph at /p/N/ and each sentence at its own anchor, which exists', () => {
    const [paragraph, ...sentences] = blocks;
    for (const form of OWN_URL) expect(paragraph!.get(form), form).toContain(published(paths.shortLink(n)));
    expect(sentences.length).toBeGreaterThan(0);
    sentences.forEach((forms, i) => {
      const address = at.sentence(n, i + 1);
      for (const form of OWN_URL) expect(forms.get(form), `sentence ${i + 1}, ${form}`).toContain(published(address));
      const [path, id] = address.split('#');
      expect(builtSite().get(path!)?.ids.has(id!), address).toBe(true);
    });
    for (const forms of blocks)
      for (const form of ['chicago', 'apa', 'mla'])
        expect(forms.get(form), form).toContain(published(paths.speech).replace(/^https?:\/\//, ''));
  });
  it('offers the paragraph’s own BibTeX, RIS and CSL-JSON, and says what to do about the access date', () => {
    const links = builtSite()
      .get(page)!
      .links.map((l) => l.value);
    for (const f of ['bib', 'ris', 'json'] as const) {
      const file = paths.citeDownloadOf(`p${n}`, f);
      expect(links).toContain(linked(file));
      expect(existsSync(join(DIST, file)), file).toBe(true);
    }
    expect(citeNote(page)).toMatch(/Put in the day you read it\.$/);
  });
});

/** The access-date note of a citation page, without JavaScript. */
function citeNote(page: string): string {
  let note = '';
  visit(treeOf(page), 'element', (el: Element) => {
    if (!note && attr(el, 'dataAccessNote') !== undefined) note = text(el).replace(/\s+/g, ' ').trim();
  });
  return note;
}

describe.each(parts.map((p) => [p.id, p] as const))('part %s', (id, part) => {
  it('links to its citation page, and each of its paragraphs to theirs', () => {
    const links = builtSite()
      .get(paths.part(id))!
      .links.map((l) => l.value);
    expect(links).toContain(linked(paths.citePart(id)));
    const tree = treeOf(paths.part(id));
    for (let n = part.data.firstParagraph; n <= part.data.lastParagraph; n++) {
      let found = false;
      visit(tree, 'element', (el: Element) => {
        if (attr(el, 'id') !== `p${n}`) return;
        visit(el, 'element', (a: Element) => {
          if (a.tagName === 'a' && attr(a, 'href') === linked(paths.citeParagraph(n))) found = true;
        });
      });
      expect(found, `¶${n} links to its citation page`).toBe(true);
    }
  });
  it('has a citation page offering its own files and the access-date note', () => {
    const page = paths.citePart(id);
    const links = builtSite()
      .get(page)!
      .links.map((l) => l.value);
    for (const f of ['bib', 'ris', 'json'] as const) {
      expect(links).toContain(linked(paths.citeDownloadOf(id, f)));
      expect(existsSync(join(DIST, paths.citeDownloadOf(id, f)))).toBe(true);
    }
    expect(citeNote(page)).toMatch(/Put in the day you read it\.$/);
    const [forms] = citeBlocks(page);
    expect(forms!.get('gbt7714-zh')).toContain(
      `: 第${part.data.firstParagraph === part.data.lastParagraph ? part.data.firstParagraph : `${part.data.firstParagraph}—${part.data.lastParagraph}`}段[EB/OL]`,
    );
  });
});
