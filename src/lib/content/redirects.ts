/**
 * The redirect map, content/redirects.yaml: moved pages get a generated redirect page; renamed
 * anchors are followed by the reader script. Checked at build time; errors name the file.
 */
import { z } from 'astro/zod';
import { splitAddress } from '../site/addresses';
import { reportIssue } from './error-map';
import { parseYaml, readYaml } from './yaml-file';

export const REDIRECTS_FILE = 'content/redirects.yaml';

const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, { message: 'a site path such as /glossary/token/' });
const address = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[A-Za-z0-9.-]+)?$/, { message: 'a site path, optionally with #anchor' });
const anchor = z.string().regex(/^\/([a-z0-9-]+\/)*#[A-Za-z0-9.-]+$/, { message: 'a site path with #anchor' });

export const redirectsSchema = z
  .object({
    /** Pages: a site path that no longer has a page → the address that replaces it. */
    pages: z.array(z.object({ from: sitePath, to: address }).strict()).default([]),
    /** Anchors: an anchor that was renamed → its new address. */
    anchors: z.array(z.object({ from: anchor, to: address }).strict()).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    for (const kind of ['pages', 'anchors'] as const) {
      data[kind].forEach((r, i) => {
        if (seen.has(r.from)) reportIssue(ctx, [kind, i, 'from'], `"${r.from}" is redirected twice`);
        if (r.from === r.to) reportIssue(ctx, [kind, i, 'to'], `"${r.from}" redirects to itself`);
        seen.add(r.from);
      });
    }
  });

export type Redirects = z.infer<typeof redirectsSchema>;

/** The redirect map in `text`, checked; errors name the file. */
export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirects {
  return parseYaml(file, text, redirectsSchema);
}

export const redirects: Redirects = readYaml(REDIRECTS_FILE, redirectsSchema);

/** The renamed anchors of one page, as { oldAnchor: newAddress }, for the moved-anchor script. */
export function anchorRedirectsFor(path: string): Record<string, string> {
  return Object.fromEntries(
    redirects.anchors.flatMap((r) => {
      const from = splitAddress(r.from);
      return from.path === path && from.fragment !== undefined ? [[from.fragment, r.to]] : [];
    }),
  );
}

/**
 * The old anchors that now lead to `address` (a site path with #anchor), without "#". The page that
 * holds `address` keeps each of them as an empty element beside it, so that an old address of a
 * merged note resolves without JavaScript; the reader script needs no help for these.
 */
export function keptAnchorsFor(address: string, map: Redirects = redirects): string[] {
  return map.anchors.filter((r) => r.to === address).map((r) => splitAddress(r.from).fragment ?? '');
}
