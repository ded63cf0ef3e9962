/**
 * For the data formats' unit tests: the dataset read from content/ (./content.ts), example URLs, and
 * the edition's facts read straight from the files, independently of the code under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { changes } from '../content/versions';
import { anchor, localized, paths, withFragment } from '../site/addresses';
import { loadDatasetFromContent } from './content';
import type { Dataset, DataLinks } from './dataset';

/** The data files' links on an example origin, built from the address contract like the site's own. */
const EXAMPLE = 'https://example.org';
export const links: DataLinks = {
  home: EXAMPLE + paths.home,
  part: (slug) => EXAMPLE + paths.part(slug),
  anchor: (part, id) => EXAMPLE + withFragment(paths.part(part), id),
  note: (part, slug, lang = 'en') => EXAMPLE + withFragment(localized(paths.part(part), lang), anchor.note(slug)),
  term: (slug) => EXAMPLE + paths.glossaryEntry(slug),
  dataPage: EXAMPLE + paths.data,
  dataFile: (version, name) => EXAMPLE + paths.dataFile(version, name),
};

let cached: Dataset | undefined;
export function dataset(): Dataset {
  cached ??= loadDatasetFromContent(changes);
  return cached;
}

const root = process.cwd();

/** The source file's lines; ¶N is line N + 5. */
export const sourceLines = (): string[] =>
  readFileSync(join(root, 'content/apsara-2024-keynote.zh.txt'), 'utf8').split('\n');

/** Every sentence of the translation files, in order: address, Chinese, English. */
export function translationSentences(): { id: string; zh: string; en: string }[] {
  const dir = join(root, 'content/translation');
  return readdirSync(dir)
    .filter((f) => /^p\d\d\.yaml$/.test(f))
    .map(
      (f) =>
        parse(readFileSync(join(dir, f), 'utf8')) as { paragraph: number; sentences: { zh: string; en: string }[] },
    )
    .sort((a, b) => a.paragraph - b.paragraph)
    .flatMap((p) =>
      p.sentences.map((s, i) => ({ id: anchor.sentence(p.paragraph, i + 1), zh: s.zh, en: s.en.trim() })),
    );
}

/** The slugs of content/<dir>/*.<ext>, the English files (not the Chinese twins, *.zh.<ext>). */
export const slugsOf = (dir: string, ext: string): string[] =>
  readdirSync(join(root, 'content', dir))
    .filter((f) => f.endsWith(`.${ext}`) && !f.endsWith(`.zh.${ext}`))
    .map((f) => f.slice(0, -ext.length - 1))
    .sort();
