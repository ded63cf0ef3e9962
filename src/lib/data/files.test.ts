import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changes } from '../content/versions';
import { paths } from '../site/addresses';
import { isMostlyChinese } from '../site/rehype-chinese-lang.mjs';
import {
  ARCHIVE_ROOT,
  CHECKSUMS,
  checksums,
  DATA_FORMATS,
  generateFiles,
  hasDataFiles,
  LATEST,
  readArchive,
  sha256,
  versionFiles,
  type DataFile,
} from './files';
import { dataset, links } from './test-support';

const d = dataset();
const files = generateFiles(d, links);
const ROOT = links.home;
/** The files as archived: written for ARCHIVE_ROOT instead of the site's root. */
const atArchiveRoot = (list: readonly DataFile[]): DataFile[] =>
  list.map((f) => ({
    ...f,
    bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replaceAll(ROOT, ARCHIVE_ROOT)),
  }));
const archivedFiles = (() => {
  const body = atArchiveRoot(files.filter((f) => f.name !== CHECKSUMS)).map((f) => ({ ...f, sha256: sha256(f.bytes) }));
  return [...body, { ...files.at(-1)!, bytes: new TextEncoder().encode(checksums(body)) }];
})();
const v = (version: string, date = '2026-01-01') => ({
  version,
  date,
  changes: [{ kind: 'site' as const, what: 'x x x x x' }],
});

function archive(dir: string, version: string, list: readonly DataFile[]) {
  mkdirSync(join(dir, version), { recursive: true });
  for (const f of list) writeFileSync(join(dir, version, f.name), f.bytes);
}

describe('the data files of a version', () => {
  it('are the seven formats and their checksums, with sizes and SHA-256', () => {
    expect(files.map((f) => f.name)).toEqual(DATA_FORMATS.map((f) => f.name));
    for (const f of files) {
      expect(f.size).toBe(f.bytes.byteLength);
      expect(f.sha256).toBe(sha256(f.bytes));
      expect(f.size).toBeGreaterThan(0);
    }
    const sums = new TextDecoder().decode(files.find((f) => f.name === CHECKSUMS)!.bytes);
    expect(sums).toBe(checksums(files.slice(0, -1)));
    expect(sums.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}edition\.tei\.xml$/);
  });

  it('are listed on the /data/ page with their format, media type, group and contents, in English and Chinese', () => {
    // What each download is served as, in the order the page lists them.
    expect(DATA_FORMATS.map((f) => [f.name, f.mediaType, f.group])).toEqual([
      ['edition.tei.xml', 'application/tei+xml', 'TEI P5'],
      ['edition.tmx', 'application/x-tmx+xml', 'TMX 1.4b'],
      ['edition.json', 'application/json', 'JSON'],
      ['edition.schema.json', 'application/schema+json', 'JSON'],
      ['edition.zh.txt', 'text/plain; charset=utf-8', 'Plain text'],
      ['edition.en.txt', 'text/plain; charset=utf-8', 'Plain text'],
      ['edition.zh-en.txt', 'text/plain; charset=utf-8', 'Plain text'],
      ['sha256sums.txt', 'text/plain; charset=utf-8', 'Checksums'],
    ]);
    // Every row says what the file is and holds, an English sentence on /data/ and a Chinese one on /zh/data/.
    for (const f of DATA_FORMATS) {
      expect(f.format, f.name).not.toBe('');
      expect(f.formatZh, f.name).not.toBe('');
      expect(f.holds, f.name).toMatch(/^[A-Z].*\.$/);
      expect(isMostlyChinese(f.holds), f.name).toBe(false);
      expect(f.holdsZh, f.name).toMatch(/。$/);
      expect(f.holdsZh, f.name).toMatch(/\p{Script=Han}{4}/u);
    }
  });

  it('hold the text as the /data/ page describes it, each generated file with its format', () => {
    const d = dataset();
    const generated = generateFiles(d, links);
    expect(generated).toEqual(DATA_FORMATS.map((f) => expect.objectContaining(f)));
    const lines = (name: string) => new TextDecoder().decode(generated.find((f) => f.name === name)!.bytes).split('\n');
    const [p1, p2] = d.paragraphs;
    expect(lines('edition.zh.txt').slice(0, 2)).toEqual([`¶1\t${p1!.zh}`, `¶2\t${p2!.zh}`]);
    expect(lines('edition.en.txt').slice(0, 2)).toEqual([`¶1\t${p1!.en}`, `¶2\t${p2!.en}`]);
    expect(lines('edition.zh-en.txt').slice(0, 3)).toEqual([
      `¶1\tzh\t${p1!.zh}`,
      `¶1\ten\t${p1!.en}`,
      `¶2\tzh\t${p2!.zh}`,
    ]);
  });

  it('of the current version are also at /data/latest/', () => {
    expect(paths.dataFile(LATEST, 'edition.json')).toBe('/data/latest/edition.json');
  });

  it('exist for versions from 1.0.0 on', () => {
    expect(hasDataFiles('0.1.0')).toBe(false);
    expect(hasDataFiles('1.0.0')).toBe(true);
    expect(hasDataFiles('2.3.1')).toBe(true);
  });

  it('exist for a version whose major number, read as a number, is 1 or more', () => {
    // The schema's /^\d+\.\d+\.\d+$/ lets a major number start with 0.
    expect(hasDataFiles('01.0.0')).toBe(true);
    expect(hasDataFiles('00.9.0')).toBe(false);
  });
});

describe('the archive of released versions', () => {
  it('serves an earlier version from the archive and the current one from the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles);
    const out = versionFiles([v('1.1.0', '2027-01-01'), v('1.0.0'), v('0.1.0', '2025-01-01')], () => files, ROOT, dir);
    expect(out.map((x) => [x.version.version, x.from])).toEqual([
      ['1.1.0', 'build'],
      ['1.0.0', 'archive'],
    ]);
    // Served with the site's own root, byte for byte what was generated for it, checksums included.
    expect(out[1]!.files.map((f) => f.sha256)).toEqual(files.map((f) => f.sha256));
  });

  it('is written for a placeholder root and served at the site’s own root, everything else unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles);
    const json = (list: readonly DataFile[]) =>
      new TextDecoder().decode(list.find((f) => f.name === 'edition.json')!.bytes);
    expect(json(archivedFiles)).toContain(ARCHIVE_ROOT);
    expect(json(archivedFiles)).not.toContain(ROOT);
    const served = readArchive('1.0.0', 'https://mirror.example.net/edition/', dir)!;
    expect(json(served)).not.toContain(ARCHIVE_ROOT);
    expect(json(served)).toContain('"https://mirror.example.net/edition/data/');
    expect(json(served).replaceAll('https://mirror.example.net/edition/', ROOT)).toBe(json(files));
    const sums = new TextDecoder().decode(served.at(-1)!.bytes);
    expect(sums).toBe(checksums(served.slice(0, -1)));
    expect(() => readArchive('1.0.0', 'example.org', dir)).toThrow(/is not an origin and base path/);
  });

  it('serves a version archived while current from the archive, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles);
    const out = versionFiles([v('1.0.0')], () => [], ROOT, dir);
    expect(out[0]!.from).toBe('archive');
    expect(out[0]!.files.length).toBe(files.length);
  });

  it('fails when an earlier released version has no archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    expect(() => versionFiles([v('1.1.0', '2027-01-01'), v('1.0.0')], () => files, ROOT, dir)).toThrow(
      /Version 1\.0\.0 is no longer the current version, but archive\/data\/1\.0\.0\/ does not exist/,
    );
  });

  it('fails when an archived file is missing or was changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles.slice(1));
    expect(() => readArchive('1.0.0', ROOT, dir)).toThrow(
      'archive/data/1.0.0/: missing edition.tei.xml. Archive with npm run data:archive.',
    );
    archive(dir, '1.0.0', archivedFiles);
    writeFileSync(join(dir, '1.0.0', 'edition.zh.txt'), 'changed');
    expect(() => readArchive('1.0.0', ROOT, dir)).toThrow(
      'archive/data/1.0.0/sha256sums.txt does not match the files beside it: an archived file was changed. Archived files never change.',
    );
  });

  it('names every missing file of an archived version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles.slice(2));
    expect(() => readArchive('1.0.0', ROOT, dir)).toThrow(
      'archive/data/1.0.0/: missing edition.tei.xml, edition.tmx. Archive with npm run data:archive.',
    );
  });

  it('is served at an http or https origin and base path ending in "/", and at nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-archive-'));
    archive(dir, '1.0.0', archivedFiles);
    const json = (list: readonly DataFile[]) =>
      new TextDecoder().decode(list.find((f) => f.name === 'edition.json')!.bytes);
    expect(json(readArchive('1.0.0', 'http://localhost:4321/', dir)!)).toContain('"http://localhost:4321/data/');
    for (const root of ['https://example.org/edition', 'see https://example.org/', 'https://example.org'])
      expect(() => readArchive('1.0.0', root, dir), root).toThrow(
        `readArchive(): the root "${root}" is not an origin and base path ending in "/".`,
      );
  });

  it('holds every released version of content/changes.yaml: the current one is built, earlier ones archived', () => {
    const out = versionFiles(changes.versions, () => files, ROOT);
    expect(out.map((x) => x.version.version)).toEqual(
      changes.versions.filter((x) => hasDataFiles(x.version)).map((x) => x.version),
    );
    for (const x of out) expect(x.files.map((f) => f.name)).toEqual(DATA_FORMATS.map((f) => f.name));
    const current = out[0];
    if (current?.from === 'archive') {
      // Archived while current: the edition must not have changed since, or it needs a new version.
      // Compared as JSON without its URLs, which name the site the archive was built for.
      const content = (list: readonly DataFile[]): unknown =>
        JSON.parse(new TextDecoder().decode(list.find((f) => f.name === 'edition.json')!.bytes), (_, value) =>
          typeof value === 'string' && /^https?:\/\//.test(value) ? undefined : value,
        );
      expect(
        content(current.files),
        `content/ changed after ${current.version.version} was archived: add the next version to content/changes.yaml`,
      ).toEqual(content(files));
    }
  });
});
