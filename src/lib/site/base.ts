/**
 * The base path and the origin: turns a site path from ./addresses.ts into a link (pathWithBase) or
 * an absolute URL (absoluteUrl), so that a deployment under a sub-path (BASE_PATH) works. The base
 * and the origin are read when called, from Astro's import.meta.env (replaced at build time, also in
 * client scripts), so that unit tests can stub them with vi.stubEnv.
 */
import { DEFAULT_SITE_URL } from './site-config.mjs';
import type { Lang } from '../../constants';
import { languageOf, localized } from './addresses';

function base(): string {
  const b = import.meta.env.BASE_URL;
  return b.endsWith('/') ? b : `${b}/`;
}

/** A site path such as "/speech/1/#p2" → "/base/speech/1/#p2". */
export function pathWithBase(path: string): string {
  if (!path.startsWith('/')) throw new Error(`pathWithBase() takes a site path starting with "/", got "${path}".`);
  return base() + path.slice(1);
}

/** A path as the browser has it ("/base/p4") → the site path ("/p4"); a path outside the base is returned as it is. */
export function pathWithoutBase(pathname: string): string {
  const b = base();
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** A site path → an absolute URL on the configured origin (SITE_URL), for canonical URLs and citations. */
export function absoluteUrl(path: string): string {
  const origin = (import.meta.env.SITE ?? DEFAULT_SITE_URL).replace(/\/$/, '');
  return origin + pathWithBase(path);
}

/** The language of the page at this URL (Astro.url): the Chinese tree under /zh/, else English. */
export function languageOfUrl(url: URL): Lang {
  return languageOf(pathWithoutBase(url.pathname));
}

/** A link to a page of the edition in a language: "/speech/1/#p4", "zh" → "/base/zh/speech/1/#p4". */
export function linkIn(path: string, lang: Lang): string {
  return pathWithBase(localized(path, lang));
}

/** An absolute URL of a page in a language, for canonical and hreflang links. */
export function absoluteUrlIn(path: string, lang: Lang): string {
  return absoluteUrl(localized(path, lang));
}
