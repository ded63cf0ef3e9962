import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** robots.txt: everything may be crawled; the sitemap's address is absolute, as the format requires. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
