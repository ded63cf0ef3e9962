/**
 * The edition as data, against the build: /data/ lists every file with the size and SHA-256 of what
 * is served; the files hold the source verbatim and every sentence, note and glossary entry that the
 * built pages hold; every data file is a published address; part pages link to the files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, publishedAddresses, rel, sourceParagraphs } from './site';

const versions = () => readdirSync(join(DIST, 'data'), { withFileTypes: true }).filter((d) => d.isDirectory());
const current = () =>
  /Version ([0-9.]+), the current version/.exec(readFileSync(join(DIST, 'data', 'index.html'), 'utf8'))![1]!;
const existsIn = (page: string, needle: string) =>
  readFileSync(join(DIST, page, 'index.html'), 'utf8').includes(needle);
const builtIds = (pattern: RegExp) =>
  new Set(
    builtPages()
      .filter((p) => /^\/speech\/[^/]+\/$/.test(p))
      .flatMap((p) => [...readFileSync(join(DIST, p, 'index.html'), 'utf8').matchAll(pattern)].map((m) => m[1]!)),
  );

test('/data/ lists every file with the size and SHA-256 of what is served', async ({ page }) => {
  await page.goto(rel('/data/'));
  for (const group of ['TEI P5', 'TMX 1.4b', 'JSON', 'Plain text']) {
    await expect(page.getByRole('heading', { level: 3, name: group })).toBeVisible();
  }
  const v = current();
  const names = readdirSync(join(DIST, 'data', v));
  expect(names.length).toBeGreaterThanOrEqual(8);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const name of names) {
    const response = await page.request.get(rel(`/data/${v}/${name}`));
    expect(response.status(), name).toBe(200);
    const body = await response.body();
    expect(text, name).toContain(createHash('sha256').update(body).digest('hex'));
    expect(text, name).toContain(`${new Intl.NumberFormat('en-GB').format(body.byteLength)} bytes`);
    const latest = await (await page.request.get(rel(`/data/latest/${name}`))).body();
    expect(latest.equals(body), `latest/${name}`).toBe(true);
  }
});

test('the files hold the source verbatim and every sentence, note and entry of the build', async ({ page }) => {
  const v = current();
  const get = async (name: string) => (await page.request.get(rel(`/data/${v}/${name}`))).text();
  const source = sourceParagraphs();

  const tei = new DOMParser().parseFromString(await get('edition.tei.xml'), 'application/xml');
  const byId = new Map(Array.from(tei.getElementsByTagName('*')).map((e) => [e.getAttribute('xml:id'), e] as const));
  source.forEach((line, i) => {
    const p = byId.get(`p${i + 1}`)!;
    const joined = Array.from(p.getElementsByTagName('s'))
      .map((s) => s.textContent)
      .join('');
    expect(joined, `¶${i + 1}`).toBe(line);
  });

  const sentences = builtIds(/\sid="(p\d+\.\d+)"/g);
  const tmx = new DOMParser().parseFromString(await get('edition.tmx'), 'application/xml');
  const tuids = Array.from(tmx.getElementsByTagName('tu')).map((tu) => tu.getAttribute('tuid'));
  expect(new Set(tuids)).toEqual(sentences);
  expect(tuids.length).toBe(sentences.size);

  const json = JSON.parse(await get('edition.json'));
  expect(new Set(json.notes.map((n: { address: string }) => n.address))).toEqual(
    builtIds(/<details[^>]*\sid="(n-[a-z0-9-]+)"/g),
  );
  const entries = builtPages()
    .filter((p) => /^\/glossary\/[^/]+\/$/.test(p) && !existsIn(p, 'http-equiv="refresh"'))
    .map((p) => p.split('/')[2]);
  expect(json.glossary.map((t: { slug: string }) => t.slug).sort()).toEqual(entries.sort());
  expect((await get('edition.zh.txt')).split('\n').slice(0, -1)).toEqual(source.map((l, i) => `¶${i + 1}\t${l}`));
});

test('every data file is a published address', () => {
  const listed = new Set(publishedAddresses());
  const missing = versions().flatMap((d) =>
    readdirSync(join(DIST, 'data', d.name))
      .map((name) => `/data/${d.name}/${name}`)
      .filter((a) => !listed.has(a)),
  );
  expect(missing, 'add these to e2e/published-addresses.txt (npm run addresses)').toEqual([]);
});

test('part pages point to the data files with <link rel="alternate">', async ({ page }) => {
  await page.goto(rel('/speech/2/'));
  const links = page.locator('head link[rel="alternate"]');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href))) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

test('the footer and the About page link to /data/', async ({ page }) => {
  await page.goto(rel('/about/'));
  await expect(page.locator('footer').getByRole('link', { name: 'Data' })).toHaveAttribute('href', /\/data\/$/);
  await expect(page.locator('main').getByRole('link', { name: 'data', exact: true })).toHaveAttribute(
    'href',
    /\/data\/$/,
  );
});
