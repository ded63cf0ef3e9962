/**
 * Writes the Pagefind index into dist/pagefind/ from dist/search-records.json (one record per
 * paragraph, note and glossary entry; see src/lib/search-records.ts), through Pagefind's Node API.
 *
 * Why custom records in one index: Pagefind keeps one index per page language and segments Chinese
 * only in a Chinese index. The edition's pages are English pages that hold Chinese text, so indexing
 * the HTML would leave the Chinese unsegmented. Instead every record goes into a single index with
 * `forceLanguage: 'zh'`, so that one search box serves both languages. Pagefind's Chinese segmenter
 * cut the same words differently in a paragraph and in a query (推理成本 was not found in ¶4), so
 * Chinese goes into the index as single characters and the search page asks for every character of
 * a Chinese query; English words, and Latin words inside Chinese (Token, AGI, GPU, Qwen, Huggingface,
 * app), stay whole. The search page then keeps as hits only the texts that hold the whole query
 * (src/lib/search-match.ts), which gives both recall and precision. English words are not stemmed.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { spaceOutChinese } from '../src/lib/search-match.ts';
import type { SearchRecord } from '../src/lib/search-records.ts';

const dist = join(process.cwd(), 'dist');
const recordsFile = join(dist, 'search-records.json');
const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchRecord[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
for (const r of records) {
  const added = await index.addCustomRecord({
    url: r.url,
    // The index holds Chinese as single characters (see spaceOutChinese); meta.text keeps the text as
    // written, for the search page's precision check and snippets.
    content: spaceOutChinese(r.content),
    language: 'zh',
    meta: {
      title: r.title,
      location: r.location,
      kind: r.kind,
      part: r.part,
      terms: r.terms.join('|'),
      text: r.content,
    },
    filters: { kind: [r.kind], ...(r.part ? { part: [r.part] } : {}) },
  });
  if (added.errors.length > 0) throw new Error(`Pagefind rejected the record ${r.url}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
rmSync(recordsFile);
console.log(`Pagefind: indexed ${records.length} records (paragraphs, notes, glossary entries) in dist/pagefind/.`);
