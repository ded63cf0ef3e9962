/**
 * The base path and the origin: turns a site path from ./addresses.ts into a link (pathWithBase) or
 * an absolute URL (absoluteUrl), so that a deployment under a sub-path (BASE_PATH) works. The base
 * and the origin are read when called, from Astro's import.meta.env (replaced at build time, also in
 * client scripts), so that unit tests can stub them with vi.stubEnv.
 */
import { DEFAULT_SITE_URL } from './site-config.mjs';

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
