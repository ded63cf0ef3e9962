import { describe, expect, it, vi } from 'vitest';
import { changes } from '../content/versions';
import { getDataFiles, siteLinks } from './build';
import { loadDatasetFromContent } from './content';
import { generateFiles } from './files';

vi.mock('astro:content', () => import('../edition-data-test-support').then((m) => m.astroContent));
// Whether the current version is archived or not, the files the build would generate are compared.
vi.mock('./files', async (original) => ({
  ...(await original<typeof import('./files')>()),
  versionFiles: (versions: typeof changes.versions, generate: () => unknown) => [
    { version: versions[0], from: 'build', files: generate() },
  ],
}));

describe('the data files of the build', () => {
  it('are, byte for byte, the files of the dataset read from content/ without Astro, on the site’s addresses', async () => {
    const [current] = await getDataFiles();
    expect(current!.version).toEqual(changes.versions[0]);
    const expected = generateFiles(loadDatasetFromContent(changes), siteLinks);
    expect(current!.files.map((f) => f.name)).toEqual(expected.map((f) => f.name));
    for (const [i, f] of current!.files.entries())
      expect(new TextDecoder().decode(f.bytes), f.name).toBe(new TextDecoder().decode(expected[i]!.bytes));
    expect(await getDataFiles()).toBe(await getDataFiles());
  });

  it('name the site’s own addresses', () => {
    const o = (import.meta.env.SITE ?? 'http://localhost:4321').replace(/\/$/, '');
    expect(siteLinks.home).toBe(`${o}/`);
    expect(siteLinks.part('1')).toBe(`${o}/speech/1/`);
    expect(siteLinks.anchor('1', 'p4')).toBe(`${o}/speech/1/#p4`);
    expect(siteLinks.note('1', 'price-cut-97')).toBe(`${o}/speech/1/#n-price-cut-97`);
    expect(siteLinks.term('token')).toBe(`${o}/glossary/token/`);
    expect(siteLinks.dataPage).toBe(`${o}/data/`);
    expect(siteLinks.dataFile('1.0.0', 'edition.json')).toBe(`${o}/data/1.0.0/edition.json`);
  });
});
