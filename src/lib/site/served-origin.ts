/**
 * The served origin: the addresses the build writes are on SITE_URL (./base.ts, absoluteUrl), but a
 * page may be read from another origin (a preview, a mirror, a host not yet on its final name). What
 * a reader copies from the page (a citation, a paragraph's link) must lead back to where they read
 * it, so client scripts move an absolute URL of the build's origin to the page's own origin. Pure
 * apart from its default argument; pages never call it at build time.
 */
import { absoluteUrl } from './base';

/**
 * An absolute URL of the edition, on the origin the page is served from: unchanged when that is the
 * build's origin, when the URL is not on the build's origin (a link to elsewhere), or when the page
 * has no web origin (a saved file: file: has no host a reader could follow).
 */
export function servedUrl(url: string, here: { origin: string; protocol: string } = location): string {
  const built = new URL(absoluteUrl('/')).origin;
  const u = new URL(url);
  if (u.origin !== built || here.origin === built) return url;
  if (here.protocol !== 'http:' && here.protocol !== 'https:') return url;
  return `${here.origin}${u.pathname}${u.search}${u.hash}`;
}
