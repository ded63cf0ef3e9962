/**
 * The data files of a version and where they live. Pure apart from reading the archive.
 *
 * Addresses: /data/<version>/<name> for every released version (≥ 1.0.0) and /data/latest/<name>
 * for the current one (the first entry of content/changes.yaml). The current version's files are
 * generated from content/ at build time; an earlier version's files are served byte for byte from
 * archive/data/<version>/, where `npm run data:archive` put them while it was current (see the
 * README, "The edition as data"). A version archived while still current is served from the archive
 * too, so its bytes never change once published.
 *
 * The archive does not know where the edition is published (the files name their own URLs): it is
 * written for the root ARCHIVE_ROOT, and the build serves it with the site's own root (origin and base
 * path) in its place, and with the checksums of the files as served. What a version says never changes;
 * only the address it was published at is filled in, the same on every build of one deployment.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_ROOT } from '../site/site-config.mjs';
import type { Dataset, DataLinks, Version } from './dataset';
import { editionJson, editionSchema } from './edition-json';
import { plainText } from './plain-text';
import { tei } from './tei';
import { tmx } from './tmx';

export const LATEST = 'latest';
/** The committed folder holding the files of released versions, one folder per version. */
export const ARCHIVE_DIR = 'archive/data';
export const CHECKSUMS = 'sha256sums.txt';
export { ARCHIVE_ROOT };

export interface DataFormat {
  readonly name: string;
  /** What it is, for the /data/ page's table. */
  readonly format: string;
  readonly mediaType: string;
  /** What it holds: one sentence. */
  readonly holds: string;
  /** The same in Chinese, for the Chinese /zh/data/ page. */
  readonly holdsZh: string;
  /** The format's name in Chinese. */
  readonly formatZh: string;
  /** The group it is listed under on the /data/ page. */
  readonly group: 'TEI P5' | 'TMX 1.4b' | 'JSON' | 'Plain text' | 'Checksums';
}

export const DATA_FORMATS: readonly DataFormat[] = [
  {
    name: 'edition.tei.xml',
    format: 'TEI P5 XML (valid against tei_all)',
    mediaType: 'application/tei+xml',
    group: 'TEI P5',
    holds:
      'The whole edition: header (speech, edition, version, source and its SHA-256, method, languages, versions), the publisher’s frame, the Chinese with ¶N as <p xml:id="pN"> and sentences as <s xml:id="pN.M">, the English linked sentence by sentence, the notes anchored to the words they explain, and the glossary.',
    formatZh: 'TEI P5 XML（可通过tei_all验证）',
    holdsZh:
      '全部内容：文件头（演讲、本版、版本、原文及其SHA-256、编辑方法、语种、历次版本）、发布方导语、中文原文（各段为<p xml:id="pN">，各句为<s xml:id="pN.M">）、逐句对应的英译、锚定在所注字句上的注释（中英文）以及术语表。',
  },
  {
    name: 'edition.tmx',
    format: 'TMX 1.4b',
    mediaType: 'application/x-tmx+xml',
    group: 'TMX 1.4b',
    holds:
      'A parallel corpus: one translation unit per sentence of the speech, Chinese (zh-Hans) and English (en), with the sentence address pN.M as tuid and x-address property.',
    formatZh: 'TMX 1.4b',
    holdsZh: '平行语料：演讲每句一个翻译单元，含中文（zh-Hans）和英文（en），以句子地址pN.M为tuid和x-address属性。',
  },
  {
    name: 'edition.json',
    format: 'JSON',
    mediaType: 'application/json',
    group: 'JSON',
    holds:
      'Paragraphs and sentences (Chinese, English, address, URL), notes with the exact words they explain, glossary entries with their occurrences, the source’s frame and the versions.',
    formatZh: 'JSON',
    holdsZh:
      '段落与句子（中文、英文、地址、URL），附所注原文字句的注释（中英文），附各处出现位置的术语条目（中英文），以及原文导语和历次版本。',
  },
  {
    name: 'edition.schema.json',
    format: 'JSON Schema (2020-12)',
    mediaType: 'application/schema+json',
    group: 'JSON',
    holds: 'The schema that edition.json follows, every field described.',
    formatZh: 'JSON Schema（2020-12）',
    holdsZh: 'edition.json所遵循的模式，逐字段说明。',
  },
  {
    name: 'edition.zh.txt',
    format: 'Plain text, UTF-8',
    mediaType: 'text/plain; charset=utf-8',
    group: 'Plain text',
    holds: 'The Chinese, verbatim: one paragraph per line, “¶N”, a tab, the text.',
    formatZh: '纯文本，UTF-8',
    holdsZh: '中文原文，逐字收录：每段一行，依次为“¶N”、制表符、正文。',
  },
  {
    name: 'edition.en.txt',
    format: 'Plain text, UTF-8',
    mediaType: 'text/plain; charset=utf-8',
    group: 'Plain text',
    holds: 'The English translation: one paragraph per line, “¶N”, a tab, the text.',
    formatZh: '纯文本，UTF-8',
    holdsZh: '英译：每段一行，依次为“¶N”、制表符、正文。',
  },
  {
    name: 'edition.zh-en.txt',
    format: 'Plain text, UTF-8',
    mediaType: 'text/plain; charset=utf-8',
    group: 'Plain text',
    holds:
      'Both, interleaved: for each paragraph a Chinese line then an English line, “¶N”, a tab, zh or en, a tab, the text.',
    formatZh: '纯文本，UTF-8',
    holdsZh: '中英交替：每段先中文行后英文行，依次为“¶N”、制表符、zh或en、制表符、正文。',
  },
  {
    name: CHECKSUMS,
    format: 'SHA-256 checksums',
    mediaType: 'text/plain; charset=utf-8',
    group: 'Checksums',
    holds: 'The SHA-256 of every file above, in the format of sha256sum (check with sha256sum -c).',
    formatZh: 'SHA-256校验值',
    holdsZh: '上列各文件的SHA-256值，格式与sha256sum一致，可用sha256sum -c校验。',
  },
];

export interface DataFile extends DataFormat {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly sha256: string;
}

export interface VersionFiles {
  readonly version: Version;
  /** Generated from content/ at this build, or served from archive/data/<version>/. */
  readonly from: 'build' | 'archive';
  readonly files: readonly DataFile[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function fileOf(format: DataFormat, bytes: Uint8Array): DataFile {
  return { ...format, bytes, size: bytes.byteLength, sha256: sha256(bytes) };
}

/** The format of a file this module names: always one of DATA_FORMATS. */
const formatOf = (name: string) => DATA_FORMATS.find((x) => x.name === name)!;

/** The checksums file: "<sha256>  <name>" per line, as sha256sum writes it. */
export function checksums(files: readonly { name: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.name}\n`).join('');
}

/** The data files of the dataset's version, generated. */
export function generateFiles(d: Dataset, links: DataLinks): DataFile[] {
  const text = (name: string, s: string) => fileOf(formatOf(name), new TextEncoder().encode(s));
  const files = [
    text('edition.tei.xml', tei(d, links)),
    text('edition.tmx', tmx(d, links)),
    text('edition.json', editionJson(d, links)),
    text('edition.schema.json', editionSchema(links, d.version.version)),
    text('edition.zh.txt', plainText(d, 'zh')),
    text('edition.en.txt', plainText(d, 'en')),
    text('edition.zh-en.txt', plainText(d, 'zh-en')),
  ];
  return [...files, text(CHECKSUMS, checksums(files))];
}

/** Versions that have data files: 1.0.0 and later (0.1.0 had no translation, notes or glossary). */
export function hasDataFiles(version: string): boolean {
  return Number(version.split('.')[0]) >= 1;
}

/**
 * The archived files of a version, checked against the archive's checksums file, as served at `root`
 * (the site's origin and base path, "https://example.org/edition/"): ARCHIVE_ROOT replaced by it, and
 * the checksums of the files so served. Undefined if the version is not archived.
 */
export function readArchive(
  version: string,
  root: string,
  dir = join(process.cwd(), ARCHIVE_DIR),
): DataFile[] | undefined {
  const folder = join(dir, version);
  if (!existsSync(folder)) return undefined;
  const present = new Set(readdirSync(folder));
  const missing = DATA_FORMATS.filter((f) => !present.has(f.name)).map((f) => f.name);
  if (missing.length > 0)
    throw new Error(`${ARCHIVE_DIR}/${version}/: missing ${missing.join(', ')}. Archive with npm run data:archive.`);
  const archived = DATA_FORMATS.map((f) => fileOf(f, new Uint8Array(readFileSync(join(folder, f.name)))));
  const sums = new TextDecoder().decode(archived.find((f) => f.name === CHECKSUMS)!.bytes);
  const expected = checksums(archived.filter((f) => f.name !== CHECKSUMS));
  if (sums !== expected)
    throw new Error(
      `${ARCHIVE_DIR}/${version}/${CHECKSUMS} does not match the files beside it: an archived file was changed. Archived files never change.`,
    );
  if (!/^https?:\/\/[^/]+\/(.+\/)?$/.test(root))
    throw new Error(`readArchive(): the root "${root}" is not an origin and base path ending in "/".`);
  const served = archived
    .filter((f) => f.name !== CHECKSUMS)
    .map((f) => fileOf(f, new TextEncoder().encode(new TextDecoder().decode(f.bytes).replaceAll(ARCHIVE_ROOT, root))));
  return [...served, fileOf(formatOf(CHECKSUMS), new TextEncoder().encode(checksums(served)))];
}

/**
 * The files of every version that has them, newest first: the current version's generated (or
 * archived, if it was archived already), earlier ones from the archive. An earlier released version
 * without an archive fails the build: its files were published and must stay reachable.
 */
export function versionFiles(
  versions: readonly Version[],
  generate: () => DataFile[],
  root: string,
  archiveDir?: string,
): VersionFiles[] {
  return versions
    .filter((v) => hasDataFiles(v.version))
    .map((v) => {
      const archived = readArchive(v.version, root, archiveDir);
      if (archived) return { version: v, from: 'archive' as const, files: archived };
      if (v !== versions[0])
        throw new Error(
          `Version ${v.version} is no longer the current version, but ${ARCHIVE_DIR}/${v.version}/ does not exist: its data files were published and must stay reachable. Check out the last commit of ${v.version} and run npm run data:archive there, then copy archive/data/${v.version}/ here (see the README).`,
        );
      return { version: v, from: 'build' as const, files: generate() };
    });
}
