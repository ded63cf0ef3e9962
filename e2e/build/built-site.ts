/**
 * The built site as the static checks read it: every HTML file of dist/, parsed once, with its ids,
 * its links and its metadata; and how a link resolves to a file of dist/ and an id in it. The site is
 * read as it is published: on SITE_URL, under BASE_PATH (the same variables the build used).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isMostlyChinese } from '../../src/lib/site/rehype-chinese-lang.mjs';
import { basePath, siteOrigin } from '../../src/lib/site/site-config.mjs';

export const DIST = join(process.cwd(), 'dist');
export const BASE = basePath(process.env.BASE_PATH);
export const SITE = siteOrigin(process.env.SITE_URL);
/** The site's root as published, e.g. "https://example.org/apsara-2024/". */
export const ROOT = new URL(BASE, SITE).href;

// The checks compute where an address is published from the variables themselves, not with
// src/lib/site/base.ts: a fault there must not be repeated by the expectation.

/** The absolute URL of a site path as published: "/speech/1/" → "https://example.org/base/speech/1/". */
export const published = (sitePath: string): string => new URL(sitePath.replace(/^\//, ''), ROOT).href;

/** A site path as the pages link it: "/speech/1/#p4" → "/base/speech/1/#p4". */
export const linked = (sitePath: string): string => `${BASE}${sitePath.replace(/^\//, '')}`;

/** A link in a page: the attribute it is in and its value as written. */
export interface Link {
  readonly where: string;
  readonly value: string;
}

export interface BuiltPage {
  /** The page's site path: "/speech/1/", "/404.html". */
  readonly path: string;
  readonly ids: ReadonlySet<string>;
  readonly links: readonly Link[];
  readonly canonical: string | undefined;
  readonly ogUrl: string | undefined;
  /** The target of a meta refresh (a /p/N/ short link or a moved address). */
  readonly refresh: string | undefined;
  readonly jsonLd: readonly unknown[];
  readonly stylesheets: readonly string[];
  /** The <head>'s elements in order: the policy of a Content-Security-Policy <meta>, and whether a script runs. */
  readonly head: readonly { readonly tag: string; readonly csp: string | undefined; readonly runs: boolean }[];
  /** The inline scripts that run and the inline <style> elements, as written: the policy must hash each. */
  readonly inlineScripts: readonly string[];
  readonly inlineStyles: readonly string[];
  /** Attributes a policy without 'unsafe-inline' blocks: style="…" and event handlers (onclick="…"). */
  readonly inlineAttributes: readonly string[];
  /** What the page loads as it opens (scripts, stylesheets, icons, images, media, frames), as written. */
  readonly resources: readonly Link[];
  /** Mostly Chinese text (text, alt, title, aria-label) outside an element whose lang is zh-*. */
  readonly chineseWithoutLang: readonly string[];
}

function htmlFiles(dir = DIST): string[] {
  if (!existsSync(DIST)) throw new Error('There is no build in dist/: run `npm run build` before the checks of dist/.');
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The site path of a file of dist/: dist/speech/1/index.html → "/speech/1/", dist/404.html → "/404.html". */
function sitePathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The parsed HTML of a built page, by site path ("/speech/1/"). */
export function treeOf(path: string): Root {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The value of an element's attribute, as written. */
export const attr = (el: Element, name: string): string | undefined => {
  const v = el.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

/** The text inside an element. */
export const text = (el: Element): string =>
  el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

/** Whether an element has a class. */
export const hasClass = (el: Element, name: string): boolean => (attr(el, 'className') ?? '').split(' ').includes(name);

/** A script that runs: not a data block (JSON, JSON-LD, an import map counts as running). */
const runs = (el: Element) => el.tagName === 'script' && !/json/.test(attr(el, 'type') ?? '');

/** The <link rel> values that make the browser fetch or connect. */
const LOADING_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
]);

/** The attributes through which an element loads something, by element (hast property names). */
const LOADING_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
  feImage: ['href', 'xLinkHref'],
};

/** What an element loads as the page opens, as written. */
function loadedBy(el: Element): Link[] {
  const names =
    el.tagName === 'link'
      ? (attr(el, 'rel') ?? '').split(' ').some((r) => LOADING_RELS.has(r.toLowerCase()))
        ? ['href']
        : []
      : (LOADING_ATTRIBUTES[el.tagName] ?? []);
  return names.flatMap((name) => {
    const value = attr(el, name);
    if (value === undefined) return [];
    const values = name === 'srcSet' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : [value];
    return values.map((v) => ({ where: `<${el.tagName} ${name}>`, value: v }));
  });
}

/**
 * Mostly Chinese text and alt, title and aria-label values in the body outside an element whose lang
 * is zh-*: a screen reader would read them with the voice of another language. Left out with reason:
 * the citation formats (pre.ed-cite__text) mix a Chinese title into an English or machine format by design.
 */
function chineseOutsideZh(tree: Root): string[] {
  const out: string[] = [];
  const walk = (el: Element, lang: string) => {
    if (['script', 'style', 'template'].includes(el.tagName) || (el.tagName === 'pre' && hasClass(el, 'ed-cite__text')))
      return;
    const own = attr(el, 'lang') ?? lang;
    const zh = own.toLowerCase().startsWith('zh');
    for (const name of ['alt', 'title', 'ariaLabel']) {
      const value = attr(el, name);
      if (!zh && value !== undefined && isMostlyChinese(value))
        out.push(`<${el.tagName} ${name}="${value.slice(0, 30)}"> (lang ${own})`);
    }
    for (const child of el.children) {
      if (child.type === 'element') walk(child, own);
      else if (child.type === 'text' && !zh && isMostlyChinese(child.value))
        out.push(`${child.value.trim().slice(0, 30)} (lang ${own})`);
    }
  };
  const html = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  const body = html?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'body');
  if (html && body) walk(body, attr(html, 'lang') ?? '');
  return out;
}

function readPage(file: string): BuiltPage {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const head: BuiltPage['head'][number][] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  const inlineAttributes: string[] = [];
  const resources: Link[] = [];
  const ids = new Set<string>();
  const links: Link[] = [];
  const jsonLd: unknown[] = [];
  const stylesheets: string[] = [];
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  let refresh: string | undefined;
  visit(tree, 'element', (el: Element, _, parent) => {
    if (parent?.type === 'element' && parent.tagName === 'head')
      head.push({
        tag: el.tagName,
        csp:
          attr(el, 'httpEquiv')?.toLowerCase() === 'content-security-policy' ? (attr(el, 'content') ?? '') : undefined,
        runs: runs(el),
      });
    if (runs(el) && attr(el, 'src') === undefined) inlineScripts.push(text(el));
    if (el.tagName === 'style') inlineStyles.push(text(el));
    for (const name of Object.keys(el.properties))
      if (name === 'style' || /^on[A-Z]/.test(name)) inlineAttributes.push(`<${el.tagName} ${name}>`);
    resources.push(...loadedBy(el));
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const rel = attr(el, 'rel');
    for (const name of ['href', 'src', 'action'] as const) {
      const value = attr(el, name);
      if (value !== undefined) links.push({ where: `<${el.tagName} ${name}>`, value });
    }
    const srcset = attr(el, 'srcSet');
    if (srcset)
      for (const c of srcset.split(','))
        links.push({ where: `<${el.tagName} srcset>`, value: c.trim().split(/\s+/)[0]! });
    if (el.tagName === 'link' && rel === 'canonical') canonical = attr(el, 'href');
    if (el.tagName === 'link' && rel === 'stylesheet') stylesheets.push(attr(el, 'href') ?? '');
    if (el.tagName === 'meta' && attr(el, 'property') === 'og:url') ogUrl = attr(el, 'content');
    if (el.tagName === 'meta' && attr(el, 'httpEquiv')?.toLowerCase() === 'refresh') {
      refresh = /url=(.+)$/i.exec(attr(el, 'content') ?? '')?.[1];
      if (refresh) links.push({ where: '<meta refresh>', value: refresh });
    }
    if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') jsonLd.push(JSON.parse(text(el)));
  });
  return {
    path: sitePathOf(file),
    ids,
    links,
    canonical,
    ogUrl,
    refresh,
    jsonLd,
    stylesheets,
    head,
    inlineScripts,
    inlineStyles,
    inlineAttributes,
    resources,
    chineseWithoutLang: chineseOutsideZh(tree),
  };
}

let pages: Map<string, BuiltPage> | undefined;
/** Every HTML page of the build, by site path, the 404 page and the redirect stubs included. */
export function builtSite(): ReadonlyMap<string, BuiltPage> {
  pages ??= new Map(
    htmlFiles()
      .map((f) => readPage(f))
      .map((p) => [p.path, p]),
  );
  return pages;
}

export type Resolved =
  | { readonly kind: 'external' }
  | { readonly kind: 'broken'; readonly why: string }
  | { readonly kind: 'file'; readonly path: string; readonly page: BuiltPage | undefined; readonly fragment: string };

/** Where a link on the page at `from` leads: elsewhere, nowhere, or a file of dist/ (a page, if HTML). */
export function resolve(value: string, from: string): Resolved {
  const url = new URL(value, published(from));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'external' };
  if (url.origin !== new URL(SITE).origin) return { kind: 'external' };
  if (!url.pathname.startsWith(BASE)) return { kind: 'broken', why: `outside the base path ${BASE}` };
  const path = decodeURIComponent(`/${url.pathname.slice(BASE.length)}`);
  const fragment = decodeURIComponent(url.hash.slice(1));
  const page = builtSite().get(path);
  if (page) return { kind: 'file', path, page, fragment };
  const file = join(DIST, path);
  if (path.endsWith('/') || !existsSync(file) || statSync(file).isDirectory())
    return { kind: 'broken', why: 'no such page or file' };
  return { kind: 'file', path, page: undefined, fragment };
}

/** Why a link does not lead where it says, or undefined when it does (its page exists and holds its anchor). */
export function problemWith(value: string, from: string): string | undefined {
  const r = resolve(value, from);
  if (r.kind === 'broken') return r.why;
  if (r.kind === 'file' && r.fragment && !r.fragment.startsWith(':~:')) {
    if (!r.page) return `#${r.fragment} on a file that is not a page`;
    if (!r.page.ids.has(r.fragment)) return `no #${r.fragment} on ${r.path}`;
  }
  return undefined;
}
