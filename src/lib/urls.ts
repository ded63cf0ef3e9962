/**
 * The one place that turns a site path into a link. Every internal link goes through href(), so a
 * deployment under a sub-path (BASE_PATH) works; absoluteUrl() adds the origin (SITE_URL) for
 * canonical URLs and citations.
 */
const BASE = import.meta.env.BASE_URL;
const SITE = import.meta.env.SITE;

/** A site path such as "/speech/1/#p2" → "/base/speech/1/#p2". */
export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`href() takes a site path starting with "/", got "${path}".`);
  const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
  return base + path.slice(1);
}

/** A site path → an absolute URL on the configured origin. */
export function absoluteUrl(path: string): string {
  const origin = (SITE ?? 'http://localhost:4321').replace(/\/$/, '');
  return origin + href(path);
}

/** Site paths of the pages, in one place. */
export const paths = {
  home: '/',
  about: '/about/',
  speech: '/speech/',
  part: (slug: string) => `/speech/${slug}/`,
  paragraphShortLink: (n: number) => `/p/${n}/`,
  notes: '/notes/',
  search: '/search/',
  changes: '/about/changes/',
  cite: '/cite/',
  citePart: (slug: string) => `/cite/${slug}/`,
  citeParagraph: (n: number) => `/cite/p${n}/`,
  glossary: '/glossary/',
  glossaryEntry: (slug: string) => `/glossary/${slug}/`,
} as const;
