/**
 * Helpers shared by the tests of the build: what the build contains, and what content/ says, read
 * straight from the files so that no test retypes a list of parts, paragraphs or entries.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ID_PREFIX } from '../src/constants.ts';
import { addressesFor, languageOf, unlocalized, withFragment, type PartSpan } from '../src/lib/site/addresses.ts';
import { basePath } from '../src/lib/site/site-config.mjs';

export const DIST = join(process.cwd(), 'dist');

/** Every file of the build outside /_astro/ and /pagefind/ (assets with hashed or generated names), as site paths. */
function builtFiles(): string[] {
  if (!existsSync(DIST))
    throw new Error('There is no build in dist/: run `npm run build` before the tests of the build.');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else out.push(`/${relative(DIST, full).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return out.sort();
}

/** Site paths ("/", "/speech/1/") of every HTML page in the build, the 404 page excepted. */
export function builtPages(): string[] {
  return builtFiles()
    .filter((f) => f.endsWith('/index.html'))
    .map((f) => f.slice(0, -'index.html'.length));
}

/**
 * The other files the build publishes at permanent addresses: the citation downloads, robots.txt,
 * the sitemaps, the favicon and the social card. Not _headers, which is the host's configuration.
 */
export function publishedFiles(): string[] {
  return builtFiles().filter((f) => !f.endsWith('.html') && f !== '/_headers');
}

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** Whether the built page is a redirect stub (a /p/N/ short link or a moved address). */
export function isRedirect(path: string): boolean {
  return /<meta http-equiv="refresh"/.test(html(path));
}

/** Reading pages: the ones a reader reads, not the redirect stubs (/p/N/ and moved addresses). */
export function readingPages(): string[] {
  return builtPages().filter((p) => !isRedirect(p));
}

/** The ids that are addresses (README, "Addresses"): paragraphs, sentences, notes. */
const ADDRESS_ID = new RegExp(`\\sid="(${ID_PREFIX.paragraph}\\d+(?:\\.\\d+)?|${ID_PREFIX.note}[a-z0-9-]+)"`, 'g');

/** Every address the build publishes: each page, each paragraph, sentence and note anchor on it, each file. */
export function addressesOfBuild(): string[] {
  return [
    ...builtPages().flatMap((path) => {
      // A short link is published; the ids on its stub are not addresses of their own.
      if (isRedirect(path)) return [path];
      return [path, ...[...html(path).matchAll(ADDRESS_ID)].map((m) => withFragment(path, m[1]!))];
    }),
    ...publishedFiles(),
  ];
}

/** The speech's paragraphs ¶1–¶26, straight from the verbatim source (lines 6–31). */
export function sourceParagraphs(): string[] {
  return readFileSync(join(process.cwd(), 'content/apsara-2024-keynote.zh.txt'), 'utf8').split('\n').slice(5);
}

const CONTENT = join(process.cwd(), 'content');

/** The English of ¶N as content/translation/pNN.yaml gives it, its sentences joined by a space. */
export function englishParagraph(n: number): string {
  const file = join(CONTENT, 'translation', `p${String(n).padStart(2, '0')}.yaml`);
  return (parse(readFileSync(file, 'utf8')) as { sentences: { en: string }[] }).sentences.map((s) => s.en).join(' ');
}

/** The parts, in reading order, from the frontmatter of content/parts/<slug>.mdx. */
export function readParts(): (PartSpan & { data: { order: number; shortTitle: string; title: string } })[] {
  const dir = join(CONTENT, 'parts');
  // Not the Chinese twins (<slug>.zh.mdx): they are the same parts, and have no order of their own.
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.endsWith('.zh.mdx'))
    .map((f) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
      if (frontmatter === undefined) throw new Error(`content/parts/${f} has no frontmatter.`);
      return { id: basename(f, '.mdx'), data: parse(frontmatter) };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

export const parts = readParts();

/** The addresses on part pages (README, "Addresses"), from the module the site builds them with. */
export const at = addressesFor(parts);

/** The notes of one kind, by slug, from the frontmatter of content/notes/<slug>.md. */
export function noteSlugs(kind: string): string[] {
  return contentSlugs('notes', '.md').filter((slug) => {
    const text = readFileSync(join(CONTENT, 'notes', `${slug}.md`), 'utf8');
    return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '').kind === kind;
  });
}

/** The slugs of the English files in a content/ folder: content/glossary/token.yaml → "token" (not the Chinese twins, *.zh.md). */
export function contentSlugs(folder: string, extension: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith(extension) && !f.endsWith(`.zh${extension}`))
    .map((f) => basename(f, extension))
    .sort();
}

/** The base path the build under test was made for (BASE_PATH), as Playwright's baseURL carries it. */
export const BASE = basePath(process.env.BASE_PATH);

/** A site path, relative to Playwright's baseURL (which carries BASE_PATH). */
export function rel(path: string): string {
  return path.replace(/^\//, '');
}

/** An absolute URL or a path with the base → the site path and fragment, without the query: "/speech/1/#p4". */
export function sitePath(url: string): string {
  const u = new URL(url, 'http://site.invalid');
  if (!u.pathname.startsWith(BASE)) throw new Error(`${url} is outside the base path ${BASE}.`);
  return `/${u.pathname.slice(BASE.length)}${u.hash}`;
}

/** The published addresses, one per line, from e2e/published-addresses.txt or another list (# starts a comment). */
export function publishedAddresses(file = 'e2e/published-addresses.txt'): string[] {
  return readFileSync(join(process.cwd(), file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#\s.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The pages that differ in layout or content type: every reading page except that, of the glossary
 * entries and the paragraph citation pages (one template each, many pages), only a few are taken.
 * For the slow per-page measures (npm run bench); the tests visit every page (everyPage()).
 */
export function representativePages(): string[] {
  // Glossary entries and paragraph citation pages are many of one kind, in each language tree.
  const isMany = (p: string) => /^\/glossary\/[^/]+\/$|^\/cite\/p\d+\/$/.test(unlocalized(p));
  const keep = new Set(['/glossary/token/', '/glossary/agi/', '/glossary/inference-cost/', '/cite/p4/', '/cite/p9/']);
  const first = readingPages().find(isMany);
  return readingPages().filter(
    (p) =>
      !isMany(p) ||
      p === first ||
      (languageOf(p) === 'en' ? keep.has(p) : ['/glossary/token/', '/cite/p4/'].includes(unlocalized(p))),
  );
}

/** Every page a reader can see: the reading pages and the 404 page (dist/404.html). */
export function everyPage(): string[] {
  return [...readingPages(), '/404.html'];
}
