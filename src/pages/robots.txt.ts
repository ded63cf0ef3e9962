import type { APIRoute } from 'astro';
import { paths } from '../lib/site/addresses';
import { absoluteUrl } from '../lib/site/base';

/** robots.txt: everything may be crawled; the sitemap's address is absolute, as the format requires. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.file('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
