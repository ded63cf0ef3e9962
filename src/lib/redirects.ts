/**
 * The redirect map, content/redirects.yaml: moved pages get a generated redirect page; renamed
 * anchors are followed by the reader script. Checked at build time; errors name the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const REDIRECTS_FILE = 'content/redirects.yaml';

const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, { message: 'a site path such as /glossary/token/' });
const address = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[A-Za-z0-9.-]+)?$/, { message: 'a site path, optionally with #anchor' });
const anchor = z.string().regex(/^\/([a-z0-9-]+\/)*#[A-Za-z0-9.-]+$/, { message: 'a site path with #anchor' });

export const redirectsSchema = z
  .object({
    pages: z.array(z.object({ from: sitePath, to: address }).strict()).default([]),
    anchors: z.array(z.object({ from: anchor, to: address }).strict()).default([]),
  })
  .strict();

export type Redirects = z.infer<typeof redirectsSchema>;

export function parseRedirects(text: string, file = REDIRECTS_FILE): Redirects {
  const result = redirectsSchema.safeParse(parse(text) ?? {});
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const seen = new Set<string>();
  for (const r of [...result.data.pages, ...result.data.anchors]) {
    if (seen.has(r.from)) throw new Error(`${file}: "${r.from}" is redirected twice.`);
    if (r.from === r.to) throw new Error(`${file}: "${r.from}" redirects to itself.`);
    seen.add(r.from);
  }
  return result.data;
}

export const redirects: Redirects = parseRedirects(readFileSync(join(process.cwd(), REDIRECTS_FILE), 'utf8'));

/** The renamed anchors of one page, as { oldAnchor: newAddress }, for the reader script. */
export function anchorRedirectsFor(path: string): Record<string, string> {
  return Object.fromEntries(
    redirects.anchors.filter((r) => r.from.startsWith(`${path}#`)).map((r) => [r.from.slice(path.length + 1), r.to]),
  );
}

/**
 * The old anchors that now lead to `address` (a site path with #anchor), without "#". The page that
 * holds `address` keeps each of them as an empty element beside it, so that an old address of a
 * merged note resolves without JavaScript; the reader script needs no help for these.
 */
export function keptAnchorsFor(address: string, map: Redirects = redirects): string[] {
  return map.anchors.filter((r) => r.to === address).map((r) => r.from.slice(r.from.indexOf('#') + 1));
}
