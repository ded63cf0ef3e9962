/**
 * The citation pages, the citation metadata and the citation downloads of the build, read from dist/
 * without a browser:
 *
 * - Every page that describes the speech, a part or a paragraph (/speech/, the part pages, the
 *   citation pages, the /p/N/ short links) and the home page (the edition) carries exactly the
 *   metadata of the item the citation model gives for it (src/lib/cite/item.ts, web.ts), with its
 *   permanent URL as published; no page carries Highwire citation_* tags. What Zotero makes of the
 *   tags is checked with Zotero's own translators by `npm run check:zotero` (README).
 * - Every download (/cite/edition.*, /cite/<part>/citation.*, /cite/pN/citation.*) is what the model
 *   writes for its target, byte for byte, and names the same title and URL as its pages.
 * - A short link leads browsers to its paragraph and keeps Zotero's translation-server on itself.
 * - Every sentence citation names its own sentence, whose anchor exists (the review's m20).
 * - Every part and paragraph links to its citation page, and every citation page offers its own
 *   BibTeX, RIS and CSL-JSON files, and tells the reader what to do about the access date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/lib/cite/cite.ts';
import { citedItem } from '../../src/lib/cite/item.ts';
import { pageMetadata } from '../../src/lib/cite/web.ts';
import { paths } from '../../src/lib/site/addresses.ts';
import { parts, at, sourceParagraphs } from '../site.ts';
import { attr, builtSite, DIST, hasClass, linked, published, text, treeOf } from './built-site.ts';
import { CITED, FILE_FORMATS, inputAtBuild, itemsByPage } from './cite-model.ts';

const PARAGRAPHS = sourceParagraphs().length;

/** The <meta name> tags and <link rel="schema.*"> declarations of a page, in document order. */
function citationTags(path: string): { metas: [string, string][]; schemas: [string, string][] } {
  const metas: [string, string][] = [];
  const schemas: [string, string][] = [];
  visit(treeOf(path), 'element', (el: Element) => {
    const name = el.tagName === 'meta' ? attr(el, 'name') : undefined;
    if (name && /^(DC|z|bib|citation)[._]/.test(name)) metas.push([name, attr(el, 'content') ?? '']);
    const rel = el.tagName === 'link' ? attr(el, 'rel') : undefined;
    if (rel?.startsWith('schema.')) schemas.push([rel, attr(el, 'href') ?? '']);
  });
  return { metas, schemas };
}

const ITEMS = itemsByPage();

describe.each([...ITEMS.keys()])('%s, saved by a reference manager', (page) => {
  it('carries exactly the metadata of the item the citation model gives for it, at its permanent URL', () => {
    expect(citationTags(page)).toEqual(pageMetadata(ITEMS.get(page)!));
  });
});

describe('pages that describe no citable text', () => {
  it('carry no citation metadata, so that a reference manager saves them as web pages', () => {
    const wrong = [...builtSite().keys()].filter((p) => {
      if (ITEMS.has(p)) return false;
      const file = join(DIST, p.endsWith('/') ? `${p}index.html` : p);
      return /<meta name="(citation_|DC\.|z\.|bib\.)/.test(readFileSync(file, 'utf8'));
    });
    expect(wrong).toEqual([]);
  });
  it('no page carries Highwire citation_* tags, whose item types and roles override every other in Zotero', () => {
    const highwire = [...builtSite().keys()].filter((p) =>
      /<meta name="citation_/.test(readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8')),
    );
    expect(highwire).toEqual([]);
  });
});

describe.each(CITED.map((c) => [c.name, c] as const))('%s: the downloads', (_, c) => {
  it.each(Object.entries(FILE_FORMATS))(
    '.%s is what the citation model writes for it, and names its title and URL',
    (format, form) => {
      const file = c.files[format as keyof typeof FILE_FORMATS];
      const written = readFileSync(join(DIST, file), 'utf8');
      expect(written, file).toBe(`${cite(form, inputAtBuild(c.target))}\n`);
      const item = citedItem(inputAtBuild(c.target));
      const title =
        format === 'json'
          ? JSON.parse(written)[0].title
          : format === 'ris'
            ? /^TI {2}- (.*)$/m.exec(written)![1]
            : /^ {2}title = \{(.*)\},$/m.exec(written)![1]!.replace(/[{}]/g, '');
      expect(title, `${file}: one title everywhere`).toBe(item.title);
      expect(written, `${file}: its permanent URL`).toContain(item.url);
    },
  );
});

describe.each(Array.from({ length: PARAGRAPHS }, (_, i) => i + 1))('/p/%i/', (n) => {
  it('leads browsers to its paragraph with a refresh spelled as the HTML standard does, which translation-server does not follow', () => {
    const page = builtSite().get(paths.shortLink(n))!;
    expect(page.refresh).toBe(linked(at.paragraph(n)));
    const html = readFileSync(join(DIST, paths.shortLink(n), 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; URL=${linked(at.paragraph(n))}">`);
    // translation-server follows a refresh only where it finds "url=" in lower case (src/http.js).
    expect(html.split(/;\s*url=/).length).toBe(1);
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
