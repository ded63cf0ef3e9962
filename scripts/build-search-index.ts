/**
 * Writes the Pagefind index into dist/pagefind/ from dist/search-records.json (one record per
 * paragraph, and one per note and glossary entry in each language; see src/lib/search/records.ts),
 * through Pagefind's Node API.
 *
 * Why custom records in one index: Pagefind keeps one index per page language and segments Chinese
 * only in a Chinese index. The edition's pages are English pages that hold Chinese text, so indexing
 * the HTML would leave the Chinese unsegmented. Instead every record goes into a single index with
 * `forceLanguage: 'zh'`, so that one search box serves both languages. Pagefind's Chinese segmenter
 * cut the same words differently in a paragraph and in a query (推理成本 was not found in ¶4), so
 * Chinese goes into the index as single characters (each at its own position: a phrase is a run of
 * consecutive positions) and the search page asks for every character of a Chinese query; English
 * words, and Latin words inside Chinese (Token, AGI, GPU, Qwen, Huggingface, app), stay whole. English
 * words are not stemmed.
 *
 * Each record's content is its text, written so that Pagefind indexes it as described and sends it
 * back as written, followed by index tokens (src/lib/search/indexed.ts): the reading of every Han
 * character in context (pinyin-pro, which segments words, so 重要 reads zhòng and 调用 diào; the
 * glossary's own pinyin wins for its terms), and a token for each glossary entry whose names the text
 * holds. The metadata holds only the title: Pagefind indexes every metadata field, so text there
 * would be indexed twice (where a record is goes into filters, which are not searched). The browser
 * downloads no dictionary. Last,
 * pagefind/ed-vocabulary.json holds the edition's own words for "Did you mean", glossary names and
 * queries that cannot match anything (src/lib/search/vocabulary.ts).
 *
 * Index chunks: Pagefind cuts the word index into files by word, each of about CHUNK_POSITIONS word
 * positions, and a query loads the files of its words. Pagefind's default (20,000 positions, about
 * 25 KB) made a query load 50–100 KB; PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which Pagefind 1.6's indexer
 * reads (its own tests set it; it is not documented), makes them smaller. The build checks that it
 * took effect (CHUNK_BUDGET) and that Pagefind sent every text back as written.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { customPinyin, pinyin } from 'pinyin-pro';
import { isHit, parseQuery } from '../src/lib/search/match.ts';
import { asIndexed, entryToken, indexedContent, readIndexed, readingToken } from '../src/lib/search/indexed.ts';
import { tonedSyllables } from '../src/lib/search/pinyin.ts';
import { buildVocabulary } from '../src/lib/search/vocabulary.ts';
import type { SearchRecord } from '../src/lib/search/records.ts';

/** Word positions per index chunk (Pagefind's default is 20,000): see above. */
const CHUNK_POSITIONS = 2000;
/** What the largest chunk may weigh, compressed; more means Pagefind ignored CHUNK_POSITIONS. */
const CHUNK_BUDGET = 12 * 1024;
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_POSITIONS);

const dist = join(process.cwd(), 'dist');
const out = join(dist, 'pagefind');
const recordsFile = join(dist, 'search-records.json');
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

// The glossary's own pinyin wins: each entry whose pinyin spells its term goes into pinyin-pro's dictionary.
const custom: Record<string, string> = {};
for (const r of records) {
  if (r.kind !== 'glossary' || !r.pinyin) continue;
  const term = r.terms[0]!;
  const runs = term.match(HAN_RUN) ?? [];
  const toned = tonedSyllables(r.pinyin, term);
  if (runs.join('').length !== toned.length || toned.length === 0) continue;
  let at = 0;
  for (const run of runs) {
    custom[run] = toned.slice(at, at + run.length).join(' ');
    at += run.length;
  }
}
customPinyin(custom);

/** The reading of each Han character of the text, in order, in context. */
function readings(text: string): string[] {
  const all = pinyin(text, { type: 'all', nonZh: 'consecutive' }) as { origin: string; pinyin: string }[];
  const out: string[] = [];
  for (const item of all) for (const ch of item.origin) if (HAN.test(ch)) out.push(item.pinyin || '?');
  return out;
}

const vocabulary = buildVocabulary(records);
// An entry's tokens are made of its slug: two slugs must not make the same token.
const tokenOwner = new Map<string, string>();
for (const { entry } of vocabulary.groups) {
  const token = entryToken(entry, 'mention');
  const other = tokenOwner.get(token);
  if (other)
    throw new Error(`Search: the glossary entries ${other} and ${entry} would share the index token ${token}.`);
  tokenOwner.set(token, entry);
}
const names = vocabulary.groups.map((g) => ({ entry: g.entry, forms: g.names.map((n) => parseQuery(n)) }));

// The two records of each note and entry: pair i sorts as 2i (English) and 2i + 1 (Chinese) by the key
// `t`, so that the page learns from one search without words which records are twins and which is in
// which language (src/scripts/search-page.ts).
const byUrl = new Map(records.map((r) => [r.url, r]));
const twinOrder = new Map<string, number>();
for (const r of records) {
  if (r.lang !== 'en' || r.twin === undefined) continue;
  const twin = byUrl.get(r.twin);
  if (!twin || twin.twin !== r.url || twin.lang !== 'zh')
    throw new Error(`Search: ${r.url} names ${r.twin} as its Chinese record, which does not name it back.`);
  twinOrder.set(r.url, twinOrder.size * 2);
  twinOrder.set(twin.url, twinOrder.get(r.url)! + 1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
/** What Pagefind must send back for each record: its text (as indexed) and how many tokens. */
const expected = new Map<string, { text: string; tokens: number }>();
for (const r of records) {
  const py = readings(r.content);
  const hanCount = [...r.content].filter((ch) => HAN.test(ch)).length;
  if (py.length !== hanCount) throw new Error(`Pinyin: ${py.length} readings for ${hanCount} characters in ${r.url}`);
  // The entries this text names, as the search page matches a name (isHit), and the entry's own record.
  const entries = names.filter((n) => n.forms.some((f) => f.words.length > 0 && isHit(r.content, f)));
  const tokens = [
    ...py.map(readingToken),
    ...entries.map((n) => entryToken(n.entry, 'mention')),
    ...(r.entry ? [entryToken(r.entry, 'self')] : []),
  ];
  let content: string;
  try {
    content = indexedContent(r.content, tokens);
  } catch (e) {
    throw new Error(`Search: ${r.url}: ${(e as Error).message}`);
  }
  expected.set(r.url, { text: asIndexed(r.content), tokens: tokens.length });
  const added = await index.addCustomRecord({
    url: r.url,
    content,
    language: 'zh',
    // Where the record is (its kind, part, paragraph and note kind) goes into filters, which Pagefind
    // returns with the record's data but does not index as words: the page writes it in the reader's
    // language (locationOf in src/lib/search/records.ts).
    meta: { title: r.title },
    filters: {
      kind: [r.kind],
      lang: [r.lang],
      ...(r.part ? { part: [r.part] } : {}),
      ...(r.paragraph !== undefined ? { at: [String(r.paragraph)] } : {}),
      ...(r.noteKind ? { note: [r.noteKind] } : {}),
    },
    // Reading order of the paragraphs, which records are glossary entries, and the twins: the page learns
    // them for every record at once, from a search without words sorted by each key.
    sort: {
      ...(r.kind === 'speech' ? { p: String(r.paragraph) } : r.kind === 'glossary' ? { g: '0' } : {}),
      ...(twinOrder.has(r.url) ? { t: String(twinOrder.get(r.url)) } : {}),
    },
  });
  if (added.errors.length > 0) throw new Error(`Pagefind rejected the record ${r.url}: ${added.errors.join('; ')}`);
}
rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();

/** A file Pagefind wrote: gzip, then a signature, then the data. */
const unpack = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
for (const name of readdirSync(join(out, 'fragment'))) {
  const fragment = JSON.parse(unpack(join(out, 'fragment', name)).toString('utf8')) as { url: string; content: string };
  const want = expected.get(fragment.url);
  const got = readIndexed(fragment.content);
  if (!want || got.text !== want.text || got.tokens.length !== want.tokens)
    throw new Error(
      `Search: Pagefind changed the text of ${fragment.url}, which the search page shows as written (src/lib/search/indexed.ts).`,
    );
  expected.delete(fragment.url);
}
if (expected.size > 0) throw new Error(`Search: Pagefind wrote no data for ${[...expected.keys()].join(', ')}.`);
const chunks = readdirSync(join(out, 'index')).map((f) => statSync(join(out, 'index', f)).size);
const largest = Math.max(...chunks);
if (largest > CHUNK_BUDGET)
  throw new Error(
    `Search: an index chunk weighs ${(largest / 1024).toFixed(1)} KB (at most ${CHUNK_BUDGET / 1024} KB): Pagefind ignored PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (see scripts/build-search-index.ts).`,
  );
writeFileSync(join(out, 'ed-vocabulary.json'), JSON.stringify(vocabulary));
rmSync(recordsFile);
console.log(
  `Pagefind: indexed ${records.length} records (paragraphs; notes and glossary entries in English and Chinese) in dist/pagefind/: ${chunks.length} index chunks, the largest ${(largest / 1024).toFixed(1)} KB.`,
);
