/**
 * Every page of the build, read from dist/ without a browser (which would add nothing here): its
 * internal links, sources and #fragments resolve; its canonical URL, og:url and JSON-LD addresses are
 * the configured SITE_URL + base path + the page's own path. Each failure names the page and the link.
 */
import { EDITION_LICENCE } from '../../src/lib/data/licence.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths, splitAddress, unlocalized } from '../../src/lib/site/addresses.ts';
import { builtSite, DIST, problemWith, published, resolve, ROOT, type BuiltPage } from './built-site.ts';

const pages = [...builtSite().values()];

/** Every `url` and `@id` in a JSON-LD document, with where it sits. */
function ldAddresses(node: unknown, where = ''): { where: string; key: string; value: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => ldAddresses(n, `${where}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    (key === 'url' || key === '@id' || key === 'inDefinedTermSet') && typeof value === 'string'
      ? [{ where: `${where}.${key}`, key, value }]
      : ldAddresses(value, `${where}.${key}`),
  );
}

/** The address a page is canonically at: its own path, or, for a redirect stub, the path it leads to. */
function canonicalOf(page: BuiltPage): string {
  if (page.refresh === undefined) return published(page.path);
  const target = resolve(page.refresh, page.path);
  if (target.kind !== 'file') throw new Error(`${page.path}: its refresh leads nowhere (${page.refresh}).`);
  // A short link's canonical URL is the paragraph itself, anchor and all; a moved page's is the page.
  const withFragment = /^\/p\/\d+\/$/.test(unlocalized(page.path)) && target.fragment;
  return published(withFragment ? `${target.path}#${target.fragment}` : target.path);
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  it('links only to pages, files and anchors that exist', () => {
    const broken = page.links.flatMap((l) => {
      const problem = problemWith(l.value, page.path);
      return problem ? [`${l.where} ${l.value}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('gives as its canonical URL its own address on the configured site', () => {
    expect(page.canonical).toBe(canonicalOf(page));
    // A redirect stub is no page of its own: it has no og:url.
    expect(page.ogUrl, 'og:url').toBe(page.refresh === undefined ? page.canonical : undefined);
  });

  it('describes itself in JSON-LD at its own address, naming only addresses that exist', () => {
    type Node = { '@type'?: string; '@id'?: string; url?: string };
    const nodes = page.jsonLd.flatMap((d) => (d as { '@graph'?: Node[] })['@graph'] ?? [d as Node]);
    const self = nodes.filter((n) => ['WebPage', 'DefinedTerm', 'DefinedTermSet'].includes(n['@type'] ?? ''));
    // Every page describes itself as a WebPage; a redirect stub describes nothing.
    expect(self.some((n) => n['@type'] === 'WebPage')).toBe(page.refresh === undefined);
    for (const n of self) expect([n['@type'], n['@id'], n.url]).toEqual([n['@type'], page.canonical, page.canonical]);
    const wrong = ldAddresses(page.jsonLd).flatMap(({ where, key, value }) => {
      if (!value.startsWith(ROOT)) return [`${where}: ${value} is not on ${ROOT}`];
      // An @id names a node (the edition, the speech), not a place on a page: its page must exist.
      const problem = problemWith(key === '@id' ? splitAddress(value).path : value, page.path);
      return problem ? [`${where}: ${value}: ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('names the licence of the edition’s own text on the edition, where it names the edition', () => {
    type Node = { '@id'?: string; license?: string };
    const nodes = page.jsonLd.flatMap((d) => (d as { '@graph'?: Node[] })['@graph'] ?? [d as Node]);
    const editions = nodes.filter((n) => n['@id']?.endsWith(paths.editionNode) && 'version' in n);
    // Every page describes the edition; a redirect stub describes nothing.
    expect(editions.length > 0).toBe(page.refresh === undefined);
    for (const n of editions) expect(n.license).toBe(EDITION_LICENCE?.url);
  });
});

describe('the stylesheet', () => {
  const files = [...new Set(pages.flatMap((p) => p.stylesheets))];

  it('is one file, linked by every page that is not a redirect', () => {
    expect(files).toHaveLength(1);
    for (const page of pages.filter((p) => p.refresh === undefined)) expect(page.stylesheets, page.path).toEqual(files);
  });

  it('declares the cascade layers in the order global.css gives them', () => {
    const target = resolve(files[0]!, paths.home);
    expect(target.kind).toBe('file');
    const css = readFileSync(join(DIST, (target as { path: string }).path), 'utf8');
    const order = [
      ...new Set([...css.matchAll(/@layer ([a-z, ]+)[{;]/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()))),
    ];
    expect(order).toEqual(['tokens', 'base', 'layout', 'components', 'print']);
  });
});
