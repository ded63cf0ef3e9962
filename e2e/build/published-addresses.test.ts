/**
 * The permanence of addresses (README, "Addresses"), read from dist/ without a browser: every
 * address the edition has published still resolves, or redirects to one that does; no address of the
 * last release leaves the list; the build publishes nothing the list lacks; a short link leads to
 * exactly its paragraph. (e2e/short-links.spec.ts follows the short links in a browser.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOf, localized, paths, splitAddress, unlocalized, withFragment } from '../../src/lib/site/addresses.ts';
import { parseRedirects } from '../../src/lib/content/redirects.ts';
import { addressesOfBuild, at, publishedAddresses } from '../site.ts';
import { builtSite, linked, problemWith, resolve } from './built-site.ts';

const RELEASED = 'e2e/released-addresses.txt';
/**
 * The SHA-256 of the last release's list, written here so that editing that list is a visible change
 * to this test too: the list may only be replaced at a release.
 */
const RELEASED_SHA256 = 'c765b77f6377b8164fc31cff4f53badae69ba88cd49bd5e176b3e491cc094d39';

const listed = publishedAddresses();
const released = publishedAddresses(RELEASED);
const redirects = parseRedirects(readFileSync(join(process.cwd(), 'content/redirects.yaml'), 'utf8'));
const redirected = new Map([...redirects.pages, ...redirects.anchors].map((r) => [r.from, r.to]));

describe('the list of published addresses (e2e/published-addresses.txt)', () => {
  it(`keeps every address of the last release (${RELEASED}), which is not edited between releases`, () => {
    expect(
      createHash('sha256')
        .update(readFileSync(join(process.cwd(), RELEASED)))
        .digest('hex'),
    ).toBe(RELEASED_SHA256);
    const dropped = released.filter((a) => !listed.includes(a));
    expect(dropped, 'put these back: a published address stays published, and a removed one redirects').toEqual([]);
  });

  it('lists every page, paragraph, sentence, note and file the build publishes', () => {
    const known = new Set(listed);
    expect(
      addressesOfBuild().filter((a) => !known.has(a)),
      'add these to e2e/published-addresses.txt (npm run addresses)',
    ).toEqual([]);
  });
});

/** The listed addresses, by page: "/speech/1/" → ["p4", "n-token", …]. */
const byPage = new Map<string, string[]>();
for (const address of listed) {
  const { path, fragment } = splitAddress(address);
  byPage.set(path, [...(byPage.get(path) ?? []), ...(fragment === undefined ? [] : [fragment])]);
}
const isShortLink = (path: string) => /^\/p\/\d+\/$/.test(unlocalized(path));

describe.each([...byPage].filter(([path]) => !isShortLink(path)))('%s', (path, fragments) => {
  it('still resolves, with every listed anchor, or redirects to an address that does', () => {
    expect(problemWith(linked(path), paths.home), `${path}: redirect it in content/redirects.yaml`).toBeUndefined();
    const page = builtSite().get(path);
    // A moved page: content/redirects.yaml says where, its stub leads there, and its anchors go with it.
    let landing = path;
    if (page?.refresh !== undefined) {
      expect(redirected.has(path), `${path} redirects, so content/redirects.yaml must say where`).toBe(true);
      expect(problemWith(page.refresh, path), `${path} → ${page.refresh}`).toBeUndefined();
      landing = (resolve(page.refresh, path) as { path: string }).path;
    }
    const missing = fragments.flatMap((id) => {
      if (problemWith(linked(withFragment(landing, id)), paths.home) === undefined) return [];
      // A renamed anchor: content/redirects.yaml says where it went, and that address resolves.
      const to = redirected.get(withFragment(path, id));
      if (to === undefined) return [`#${id} is gone and not redirected in content/redirects.yaml`];
      const problem = problemWith(linked(to), paths.home);
      return problem ? [`#${id} redirects to ${to}: ${problem}`] : [];
    });
    expect(missing).toEqual([]);
  });
});

describe.each([...byPage.keys()].filter(isShortLink))('%s', (path) => {
  it('leads, without JavaScript, to exactly its paragraph on its part page', () => {
    const n = Number(/\d+/.exec(path)![0]);
    const page = builtSite().get(path);
    expect(page, `${path} is not built`).toBeDefined();
    // /zh/p/N/ leads to the paragraph on the Chinese page.
    expect(page!.refresh).toBe(linked(localized(at.paragraph(n), languageOf(path))));
    expect(problemWith(page!.refresh!, path)).toBeUndefined();
  });
});
