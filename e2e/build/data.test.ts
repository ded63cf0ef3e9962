/**
 * The edition as data, as the build serves it (dist/data/), read without a browser:
 * - each version's files say that version: edition.json's `version` and `$schema` (an address the
 *   build serves, where the schema names itself), the TEI's <edition n> and <idno>s, the TMX's
 *   version; the current version is the first entry of content/changes.yaml, and latest/ is a
 *   byte-for-byte copy of it;
 * - the served TEI is valid against tei_all, and the served JSON against the served schema;
 * - /data/ lists every file with the size and SHA-256 of what is served, and sha256sums.txt agrees;
 * - the files hold the source verbatim and every sentence, note and glossary entry of the built pages;
 * - every data file is a published address; part pages point to the files; the footer and /about/ link /data/.
 * The expectations are read from content/ and the variables of the build, not from src/lib/data/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { all, parseXml, teiAllErrors } from '../../src/lib/data/xml-test-support.ts';
import { languageOf, unlocalized } from '../../src/lib/site/addresses.ts';
import { builtPages, publishedAddresses, sourceParagraphs } from '../site.ts';
import { attr, builtSite, DIST, problemWith, published, text, treeOf } from './built-site.ts';

const DATA = join(DIST, 'data');
const LATEST = 'latest';
const current = (parse(readFileSync('content/changes.yaml', 'utf8')) as { versions: { version: string }[] })
  .versions[0]!.version;
const versions = readdirSync(DATA, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== LATEST)
  .map((d) => d.name);
const file = (version: string, name: string) => readFileSync(join(DATA, version, name));
const names = (version: string) => readdirSync(join(DATA, version)).sort();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the data files', () => {
  it(`are served for the current version, ${current} (the first entry of content/changes.yaml), and as latest/`, () => {
    expect(versions).toContain(current);
    expect(names(LATEST)).toEqual(names(current));
    for (const name of names(current))
      expect(file(LATEST, name).equals(file(current, name)), `latest/${name} is ${current}/${name}`).toBe(true);
  });

  it('every data file is a published address', () => {
    const listed = new Set(publishedAddresses());
    const missing = [...versions, LATEST].flatMap((v) =>
      names(v)
        .map((name) => `/data/${v}/${name}`)
        .filter((a) => !listed.has(a)),
    );
    expect(missing, 'add these to e2e/published-addresses.txt (npm run addresses)').toEqual([]);
  });
});

describe.each(versions)('version %s as served', (version) => {
  const json = JSON.parse(file(version, 'edition.json').toString('utf8'));
  const schema = JSON.parse(file(version, 'edition.schema.json').toString('utf8'));
  const tei = parseXml(file(version, 'edition.tei.xml').toString('utf8'));
  const tmx = parseXml(file(version, 'edition.tmx').toString('utf8'));

  it('edition.json says its version and names its schema by the address the build serves it at', () => {
    expect(json.edition.version).toBe(version);
    expect(json.$schema).toBe(published(`/data/${version}/edition.schema.json`));
    expect(problemWith(json.$schema, '/data/')).toBeUndefined();
    expect(schema.$id).toBe(json.$schema);
  });

  it('edition.json is valid against the schema served beside it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the TEI says its version, and its own addresses are the ones it is served at', () => {
    expect(all(tei, 'edition').map((e) => e.getAttribute('n'))).toEqual([version]);
    const uri = (subtype: string | null) =>
      all(tei, 'idno')
        .filter((i) => i.getAttribute('type') === 'URI' && i.getAttribute('subtype') === subtype)
        .map((i) => i.textContent);
    expect(uri(null)).toEqual([published(`/data/${version}/edition.tei.xml`)]);
    expect(uri('latest')).toEqual([published(`/data/${LATEST}/edition.tei.xml`)]);
    expect(uri('edition')).toEqual([published('/')]);
  });

  it('the TEI is valid against TEI P5 tei_all', async () => {
    const errors = await teiAllErrors([
      { fileName: 'edition.tei.xml', contents: file(version, 'edition.tei.xml').toString('utf8') },
    ]);
    expect(errors.get('edition.tei.xml')).toEqual([]);
  }, 180_000);

  it('the TMX says its version', () => {
    const header = all(tmx, 'header')[0]!;
    expect(header.getAttribute('creationtoolversion')).toBe(version);
    const props = all(header, 'prop').filter((p) => p.getAttribute('type') === 'x-edition-version');
    expect(props.map((p) => p.textContent)).toEqual([version]);
  });

  it('sha256sums.txt gives the SHA-256 of every other file', () => {
    const sums = file(version, 'sha256sums.txt')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/).reverse());
    expect(Object.fromEntries(sums)).toEqual(
      Object.fromEntries(
        names(version)
          .filter((n) => n !== 'sha256sums.txt')
          .map((n) => [n, sha256(file(version, n))]),
      ),
    );
  });
});

describe('/data/', () => {
  const main = (() => {
    let found: Element | undefined;
    visit(treeOf('/data/'), 'element', (el: Element) => {
      if (el.tagName === 'main') found = el;
    });
    return text(found!);
  })();

  it('says which version is current', () => {
    expect(main).toContain(`Version ${current}, the current version`);
  });

  it('lists every file of the current version with the size and SHA-256 of what is served', () => {
    for (const group of ['TEI P5', 'TMX 1.4b', 'JSON', 'Plain text']) expect(main).toContain(group);
    expect(names(current).length).toBeGreaterThanOrEqual(8);
    for (const name of names(current)) {
      const bytes = file(current, name);
      expect(main, name).toContain(sha256(bytes));
      expect(main, name).toContain(`${new Intl.NumberFormat('en-GB').format(bytes.byteLength)} bytes`);
    }
  });
});

describe('what the files hold', () => {
  const partPages = builtPages().filter(
    (p) => /^\/speech\/[^/]+\/$/.test(p) && builtSite().get(p)?.refresh === undefined,
  );
  const builtIds = (pattern: RegExp) =>
    new Set(
      partPages.flatMap((p) =>
        [...readFileSync(join(DIST, p, 'index.html'), 'utf8').matchAll(pattern)].map((m) => m[1]!),
      ),
    );
  const get = (name: string) => file(current, name).toString('utf8');
  const source = sourceParagraphs();

  it('the TEI holds the source verbatim, sentence by sentence', () => {
    const tei = parseXml(get('edition.tei.xml'));
    const byId = new Map(all(tei, '*').map((e) => [e.getAttribute('xml:id'), e] as const));
    source.forEach((line, i) => {
      const p = byId.get(`p${i + 1}`)!;
      expect(
        all(p, 's')
          .map((s) => s.textContent)
          .join(''),
        `¶${i + 1}`,
      ).toBe(line);
    });
  });

  it('the TMX holds every sentence of the built pages, once', () => {
    const sentences = builtIds(/\sid="(p\d+\.\d+)"/g);
    const tuids = all(parseXml(get('edition.tmx')), 'tu').map((tu) => tu.getAttribute('tuid'));
    expect(new Set(tuids)).toEqual(sentences);
    expect(tuids.length).toBe(sentences.size);
  });

  it('the JSON holds every note and glossary entry of the built pages', () => {
    const json = JSON.parse(get('edition.json'));
    expect(new Set(json.notes.map((n: { address: string }) => n.address))).toEqual(
      builtIds(/<details[^>]*\sid="(n-[a-z0-9-]+)"/g),
    );
    const entries = builtPages()
      .filter((p) => /^\/glossary\/[^/]+\/$/.test(p) && builtSite().get(p)?.refresh === undefined)
      .map((p) => p.split('/')[2]);
    expect(json.glossary.map((t: { slug: string }) => t.slug).sort()).toEqual(entries.sort());
  });

  it('the Chinese plain text is the source, a paragraph per line', () => {
    expect(get('edition.zh.txt').split('\n').slice(0, -1)).toEqual(source.map((l, i) => `¶${i + 1}\t${l}`));
  });
});

describe('links to the data', () => {
  const linksOf = (path: string, match: (el: Element) => boolean) => {
    const out: string[] = [];
    visit(treeOf(path), 'element', (el: Element) => {
      if (match(el)) out.push(attr(el, 'href') ?? '');
    });
    return out;
  };

  it('part pages point to the data files with <link rel="alternate">', () => {
    for (const part of builtPages().filter(
      (p) => /^\/speech\/[^/]+\/$/.test(unlocalized(p)) && builtSite().get(p)?.refresh === undefined,
    )) {
      // The data files' alternates (typed), not the page in the other languages (hreflang).
      const alternates = linksOf(
        part,
        (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') !== undefined,
      );
      expect(alternates, part).toHaveLength(4);
      for (const href of alternates) expect(problemWith(href, part), `${part}: ${href}`).toBeUndefined();
    }
  });

  /** The links named `name` inside the first <tag> of a page, resolved. */
  const named = (path: string, tag: string, name: string) => {
    const out: string[] = [];
    let seen = false;
    visit(treeOf(path), 'element', (el: Element) => {
      if (el.tagName !== tag || seen) return;
      seen = true;
      visit(el, 'element', (a: Element) => {
        if (a.tagName === 'a' && text(a).trim() === name)
          out.push(new URL(attr(a, 'href') ?? '', published(path)).href);
      });
    });
    return out;
  };

  it('the footer of every page links to /data/ as “Data” (/zh/data/ as “数据”), and the About page’s text as “data”', () => {
    const data = published('/data/');
    for (const [path, page] of builtSite()) {
      if (page.refresh !== undefined) continue;
      const zh = languageOf(path) === 'zh';
      expect(named(path, 'footer', zh ? '数据' : 'Data'), path).toEqual([zh ? published('/zh/data/') : data]);
    }
    expect(named('/about/', 'main', 'data')).toContain(data);
  });
});
