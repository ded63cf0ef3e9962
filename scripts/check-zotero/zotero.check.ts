/**
 * `npm run check:zotero`: the built site (dist/) as Zotero saves and imports it, with Zotero's own
 * translation-server and translators (servers.ts says where they come from; without a checkout the
 * check skips and says why). For every page that describes a citable item (the home page, /speech/,
 * the parts, the citation pages, the /p/N/ short links) it does what "Save to Zotero" does (POST /web)
 * and for every citation download what an import does (POST /import), turns the answer into the item
 * a library holds (saved.ts), and compares it field by field with the item the citation model gives
 * (src/lib/cite/item.ts, e2e/build/cite-model.ts). Last, it renders the items Zotero saved from the
 * speech, a part and a paragraph with citeproc-js and the official styles (Zotero's CSL-JSON export)
 * and compares them with the rendering of the site's own CSL-JSON.
 *
 * Not part of `npm test`: it needs the Zotero repositories and the npm registry (once per checkout).
 * Ports: ZOTERO_SITE_PORT (default 4399) and ZOTERO_SERVER_PORT (default 1969). The report is printed
 * and written to zotero-check.txt in the current folder.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZoteroItem } from '../../src/lib/cite/item.ts';
import { editorsOf } from '../../src/lib/cite/model.ts';
import { paths } from '../../src/lib/site/addresses.ts';
import { bibliography, citation, type Style } from '../../src/lib/cite/fixtures/csl/processor.ts';
import { citedItem } from '../../src/lib/cite/item.ts';
import { BASE, DIST } from '../../e2e/build/built-site.ts';
import { CITED, EDITION_AT_BUILD, inputAtBuild, itemsByPage } from '../../e2e/build/cite-model.ts';
import {
  checkoutFromEnvironment,
  schemaOf,
  serveSite,
  startTranslationServer,
  type Checkout,
  type Running,
} from './servers.ts';
import { differences, saved, type ApiItem, type Schema } from './saved.ts';

const environment = checkoutFromEnvironment();
if (environment.missing) console.log(environment.missing);

const SITE_PORT = Number(process.env['ZOTERO_SITE_PORT'] ?? 4399);
const SERVER_PORT = Number(process.env['ZOTERO_SERVER_PORT'] ?? 1969);

let checkout: Checkout;
let schema: Schema;
let site: Running;
let server: Running;
const report: string[] = [];

/**
 * fetch(), once more if the connection was closed under it: translation-server closes idle
 * keep-alive connections, and a request can meet one closing.
 */
async function request(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** POST a body to translation-server; the items it answers, notes included. */
async function translate(endpoint: string, body: string, type = 'text/plain'): Promise<ApiItem[]> {
  const res = await request(`${server.url}${endpoint}`, { method: 'POST', headers: { 'Content-Type': type }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${endpoint} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as ApiItem[];
}

/** The parent item of an answer, saved; and how many child notes came with it. */
function parent(items: ApiItem[]): { item: ApiItem; notes: number } {
  const top = items.filter((i) => i.itemType !== 'note');
  expect(top, 'one item').toHaveLength(1);
  return { item: saved(top[0]!, schema), notes: items.length - top.length };
}

/** Records a comparison in the report and fails on a difference. */
function record(what: string, expected: Record<string, unknown>, got: ApiItem, extra = ''): void {
  const found = differences(expected, got);
  report.push(
    found.length
      ? `DIFFERS ${what}\n${found.map((d) => `    ${d}`).join('\n')}`
      : `OK      ${what}: ${got.itemType} “${String(got['title'])}”${extra}`,
  );
  expect(found, what).toEqual([]);
}

/** Zotero's BibTeX import has no presentation: @misc is a Document, by the speaker, edited and translated. */
function bibtexDocument(item: ZoteroItem): Record<string, unknown> {
  const editors = editorsOf(EDITION_AT_BUILD);
  return {
    itemType: 'document',
    title: item.title,
    shortTitle: item.shortTitle,
    abstractNote: item.abstractNote,
    creators: [
      { creatorType: 'author', firstName: 'Eddie', lastName: 'Wu' },
      { creatorType: 'editor', name: editors },
      { creatorType: 'translator', name: editors },
    ],
    date: item.date,
    language: 'english',
    url: item.url,
    publisher: EDITION_AT_BUILD.publisher,
    extra: `Published: ${item.presentationType}, ${item.meetingName}, ${item.place}`,
  };
}

const siteUrl = (path: string) => `${site.url}${path}`;

describe.skipIf(!environment.checkout)('the build in Zotero (translation-server)', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    checkout = environment.checkout!();
    schema = schemaOf(checkout);
    site = await serveSite(DIST, BASE, SITE_PORT);
    server = await startTranslationServer(checkout, SERVER_PORT);
    report.push(`Zotero: ${checkout.versions}`, `Site: ${DIST} served at ${site.url}/`, '');
  }, 900_000);

  afterAll(() => {
    server?.stop();
    site?.stop();
    const text = report.join('\n');
    console.log(text);
    writeFileSync('zotero-check.txt', `${text}\n`);
  });

  describe('Save to Zotero, every page that describes a citable item', () => {
    const pages = [...itemsByPage()];
    it.each(pages.map(([page]) => page))('%s', async (page) => {
      const expected = itemsByPage().get(page)!;
      const { item, notes } = parent(await translate('/web', siteUrl(page)));
      record(`save ${page}`, { ...expected }, item);
      expect(notes).toBe(0);
      expect(item['accessDate'], 'an access date').toBeTruthy();
    });
  });

  describe('import, every citation download', () => {
    const files = CITED.flatMap((c) => Object.entries(c.files).map(([format, file]) => ({ c, format, file })));
    it.each(files.map((f) => [f.file, f] as const))('%s', async (file, { c, format }) => {
      const body = await (await request(siteUrl(file))).text();
      const { item, notes } = parent(await translate('/import', body));
      const expected = citedItem(inputAtBuild(c.target));
      const want = format === 'bib' ? bibtexDocument(expected) : { ...expected };
      record(`import ${file}`, want, item, notes ? ` (+${notes} child note)` : '');
      // A download is dated by the version: the access date of a static page.
      expect(item['accessDate']).toBe(EDITION_AT_BUILD.date);
      expect(notes).toBe(format === 'bib' ? 1 : 0);
    });
  });

  describe('citeproc-js renders what Zotero saved as it renders the site’s CSL-JSON', () => {
    const STYLES: Style[] = [
      'chicago-notes-bibliography-17th-edition',
      'apa',
      'modern-language-association',
      'china-national-standard-gb-t-7714-2015-numeric',
    ];
    const cases = [
      CITED.find((c) => c.target.kind === 'speech')!,
      CITED.find((c) => c.target.kind === 'part')!,
      CITED.find((c) => c.target.kind === 'paragraph' && c.target.paragraph === 4)!,
    ];
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
      const [page] = c.pages;
      const web = (await translate('/web', siteUrl(page!))).filter((i) => i.itemType !== 'note');
      const exported = (await (
        await request(`${server.url}/export?format=csljson`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(web),
        })
      ).json()) as Record<string, unknown>[];
      // The access date is when and where the item was saved (today, or the version's date in a file).
      const undated = (i: Record<string, unknown>): Record<string, unknown> => ({ ...i, accessed: undefined });
      const own = undated(JSON.parse(await (await request(siteUrl(c.files.json))).text())[0]);
      const fromZotero = undated(exported[0]!);
      const zotero = { ...fromZotero, id: `zotero-${String(own['id'])}` };
      for (const style of STYLES) {
        // The speech is cited with a paragraph locator, a part or paragraph, which is its own locator, without.
        const locator = c.target.kind === 'speech' ? 9 : undefined;
        const pairs = [
          [bibliography(style, zotero), bibliography(style, own)],
          [citation(style, zotero, locator), citation(style, own, locator)],
        ];
        for (const [fromZotero, fromSite] of pairs) {
          report.push(`${fromZotero === fromSite ? 'OK     ' : 'DIFFERS'} render ${name}, ${style}: ${fromZotero}`);
          if (fromZotero !== fromSite) report.push(`    the site's CSL-JSON: ${fromSite}`);
          expect(fromZotero, `${name}, ${style}`).toBe(fromSite);
        }
      }
    });
  });

  it('covers the home page, the speech, every part and every paragraph', () => {
    const pages = [...itemsByPage().keys()];
    expect(pages).toContain(paths.home);
    expect(pages).toContain(paths.shortLink(4));
    expect(CITED.length).toBeGreaterThan(26);
  });
});

// Without a checkout the suite is skipped, and says so: this keeps `vitest run` self-contained.
it.skipIf(!environment.missing)('is skipped without a Zotero checkout', () => {
  expect(environment.missing).toMatch(/ZOTERO_MIRROR/);
});
