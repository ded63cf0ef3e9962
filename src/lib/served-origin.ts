/**
 * The address a reader should copy: the build writes absolute addresses with SITE_URL (lib/base.ts);
 * when the page is served from another origin (a mirror, a preview, a local copy), links copied in
 * the browser use the origin the page actually came from, with the same path. Pure, so that the
 * client scripts and the unit tests share it.
 */
export function servedUrl(built: string, here: { protocol: string; host: string }): string {
  const url = new URL(built);
  // file: and other schemes have no host a reader could follow: keep the built address.
  if (here.protocol !== 'http:' && here.protocol !== 'https:') return url.href;
  return new URL(`${url.pathname}${url.search}${url.hash}`, `${here.protocol}//${here.host}`).href;
}
