/**
 * Writes the Pagefind index into dist/pagefind/ from dist/search-records.json (one record per
 * paragraph, note and glossary entry; see src/lib/search/records.ts), through Pagefind's Node API.
 *
 * Why custom records in one index: Pagefind keeps one index per page language and segments Chinese
 * only in a Chinese index. The edition's pages are English pages that hold Chinese text, so indexing
 * the HTML would leave the Chinese unsegmented. Instead every record goes into a single index with
 * `forceLanguage: 'zh'`, so that one search box serves both languages. Pagefind's Chinese segmenter
 * cut the same words differently in a paragraph and in a query (推理成本 was not found in ¶4), so
 * Chinese goes into the index as single characters and the search page asks for every character of
 * a Chinese query; English words, and Latin words inside Chinese (Token, AGI, GPU, Qwen, Huggingface,
 * app), stay whole. The search page then keeps as hits only the texts that hold the whole query
 * (src/lib/search/match.ts), which gives both recall and precision. English words are not stemmed.
 *
 * Index and queries share one normalisation (fold(): NFKC, apostrophes, quotes and dashes folded, case
 * folded). Pinyin: every Han character's reading in context (pinyin-pro, which segments words, so 重要
 * reads zhòng and 调用 diào; the glossary's own pinyin wins for its terms) goes into the record twice:
 * as tokens in the index (py + the toneless syllable: pysuan pyli), so that a pinyin query finds the
 * records, and with tones in meta.pinyin, one reading per Han character of meta.text, so that the
 * search page can tell which Chinese the syllables spell (src/lib/search/pinyin.ts). The browser downloads no
 * dictionary. Last, pagefind/ed-vocabulary.json holds the edition's own words for "Did you mean",
 * glossary aliases and queries that cannot match anything (src/lib/search/vocabulary.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { customPinyin, pinyin } from 'pinyin-pro';
import { fold, spaceOutChinese } from '../src/lib/search/match.ts';
import { PINYIN_TOKEN, syllables, toneless } from '../src/lib/search/pinyin.ts';
import { buildVocabulary } from '../src/lib/search/vocabulary.ts';
import type { SearchRecord } from '../src/lib/search/records.ts';

const dist = join(process.cwd(), 'dist');
const recordsFile = join(dist, 'search-records.json');
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** The toned syllables of a glossary entry's pinyin ("AI jìsuàn" → jì suàn), Latin words of the term left out. */
function tonedSyllables(written: string, term: string): string[] {
  const latin = new Set(term.match(/[A-Za-z]+/g) ?? []);
  const out: string[] = [];
  for (const run of written.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (latin.has(run)) continue;
    const plain = toneless(run);
    const split = plain.length === run.length ? syllables(plain) : undefined;
    if (!split) return [];
    let at = 0;
    for (const s of split) {
      out.push(run.slice(at, at + s.length).toLowerCase());
      at += s.length;
    }
  }
  return out;
}

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

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
for (const r of records) {
  const py = readings(r.content);
  const hanCount = [...r.content].filter((ch) => HAN.test(ch)).length;
  if (py.length !== hanCount) throw new Error(`Pinyin: ${py.length} readings for ${hanCount} characters in ${r.url}`);
  const tokens = [...new Set(py.map((p) => PINYIN_TOKEN + toneless(p)))].join(' ');
  const added = await index.addCustomRecord({
    url: r.url,
    // The index holds Chinese as single characters (see spaceOutChinese), folded as queries are, and the
    // pinyin tokens; meta.text keeps the text as written, for the precision check and snippets.
    content: `${spaceOutChinese(fold(r.content))}\n${tokens}`,
    language: 'zh',
    meta: {
      title: r.title,
      location: r.location,
      kind: r.kind,
      part: r.part,
      terms: r.terms.join('|'),
      text: r.content,
      pinyin: py.join(' '),
    },
    filters: { kind: [r.kind], ...(r.part ? { part: [r.part] } : {}) },
  });
  if (added.errors.length > 0) throw new Error(`Pagefind rejected the record ${r.url}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
writeFileSync(join(dist, 'pagefind', 'ed-vocabulary.json'), JSON.stringify(buildVocabulary(records)));
rmSync(recordsFile);
console.log(`Pagefind: indexed ${records.length} records (paragraphs, notes, glossary entries) in dist/pagefind/.`);
