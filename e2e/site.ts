/** Helpers shared by the browser tests: what the build contains and what the source says. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** Site paths ("/", "/speech/1/") of every HTML page in the build, the 404 page excepted. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('There is no build in dist/: run `npm run build` before the browser tests.');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        out.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** Whether the built page is a redirect stub (a /p/N/ short link or a moved address). */
export function isRedirect(path: string): boolean {
  return /<meta http-equiv="refresh"/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
}

/** Reading pages: the ones a reader reads, not the redirect stubs (/p/N/ and moved addresses). */
export function readingPages(): string[] {
  return builtPages().filter((p) => !isRedirect(p));
}

/** The speech's paragraphs ¶1–¶26, straight from the verbatim source (lines 6–31). */
export function sourceParagraphs(): string[] {
  return readFileSync(join(process.cwd(), 'content/apsara-2024-keynote.zh.txt'), 'utf8').split('\n').slice(5);
}

/** The part that holds ¶n, as promised by the URL contract. */
export function partOf(n: number): string {
  if (n === 1) return 'opening';
  if (n <= 6) return '1';
  if (n <= 17) return '2';
  if (n <= 23) return '3';
  return 'closing';
}

/** A site path, relative to Playwright's baseURL (which carries BASE_PATH). */
export function rel(path: string): string {
  return path.replace(/^\//, '');
}

/** The published addresses, one per line, from e2e/published-addresses.txt (# starts a comment). */
export function publishedAddresses(): string[] {
  return readFileSync(join(process.cwd(), 'e2e/published-addresses.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#\s.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The pages that differ in layout or content type: every reading page except that, of the glossary
 * entries and the paragraph citation pages (one template each, many pages), only a few are taken.
 * For the slow per-page checks (axe).
 */
export function representativePages(): string[] {
  const many = readingPages().filter((p) => /^\/glossary\/[^/]+\/$|^\/cite\/p\d+\/$/.test(p));
  const keep = new Set([
    '/glossary/token/',
    '/glossary/agi/',
    '/glossary/inference-cost/',
    many[0],
    '/cite/p4/',
    '/cite/p9/',
  ]);
  return readingPages().filter((p) => !many.includes(p) || keep.has(p));
}
