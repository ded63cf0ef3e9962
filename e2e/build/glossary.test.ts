/**
 * The glossary's links in the text, for every entry, read from dist/: each occurrence an entry lists
 * (its keyword-in-context lines) is a link to the entry in that sentence, unless it lies inside the
 * words a note explains; nothing else links to the entry; links never nest; the publisher's frame on
 * the About page links what the entries list as its occurrences; and every link of the built pages
 * is in the table content/glossary-links.md, and every row of the table is a link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/site/addresses.ts';
import { frameLineLabel, parseLinksTable } from '../../src/lib/apparatus/glossary-links.ts';
import { contentSlugs, parts } from '../site.ts';
import { attr, builtSite, hasClass, linked, published, resolve, text, treeOf } from './built-site.ts';

type Key = string; // "p4.2 zh", or "line-1 zh" for a line of the publisher's frame on the About page

/**
 * On the part pages: per sentence and language, the entries its term links lead to (with their
 * words), and the text of its marks; and the same for the lines of the frame on the About page.
 */
const sentences = new Map<Key, { links: string[]; words: string[]; marks: string[] }>();
const nested: string[] = [];
for (const part of parts) {
  visitParents(treeOf(paths.part(part.id)), 'element', (el: Element, ancestors) => {
    const parents = ancestors.filter((a): a is Element => a.type === 'element');
    if (el.tagName === 'a' && parents.some((p) => p.tagName === 'a' || p.tagName === 'mark'))
      nested.push(
        `${paths.part(part.id)}: a link inside a ${parents.find((p) => p.tagName === 'a' || p.tagName === 'mark')!.tagName}`,
      );
    const sentence = parents.findLast((p) => hasClass(p, 'ed-s'));
    const lang = parents.some((p) => hasClass(p, 'ed-para__zh')) ? 'zh' : 'en';
    if (!sentence) return;
    const key = `${attr(sentence, 'dataS')} ${lang}`;
    const entry = sentences.get(key) ?? { links: [], words: [], marks: [] };
    if (el.tagName === 'a' && hasClass(el, 'ed-term')) {
      entry.links.push(attr(el, 'dataTerm')!);
      entry.words.push(text(el));
    }
    if (el.tagName === 'mark') entry.marks.push(text(el));
    sentences.set(key, entry);
  });
}

visitParents(treeOf(paths.about), 'element', (el: Element, ancestors) => {
  if (el.tagName !== 'a' || !hasClass(el, 'ed-term')) return;
  const parents = ancestors.filter((a): a is Element => a.type === 'element');
  const line = parents.find((p) => p.tagName === 'li' && /^line-\d+$/.test(attr(p, 'id') ?? ''));
  if (!line) return;
  const key = `${attr(line, 'id')} ${parents.some((p) => p.tagName === 'blockquote') ? 'zh' : 'en'}`;
  const entry = sentences.get(key) ?? { links: [], words: [], marks: [] };
  entry.links.push(attr(el, 'dataTerm')!);
  entry.words.push(text(el));
  sentences.set(key, entry);
});

/**
 * On an entry's page: its occurrences, per sentence (or frame line, from the list of the frame's
 * occurrences, which link to the About page: "line-1") and language, with the words matched.
 */
function occurrencesOf(slug: string): Map<Key, string[]> {
  const out = new Map<Key, string[]>();
  visitParents(treeOf(paths.glossaryEntry(slug)), 'element', (el: Element, ancestors) => {
    if (el.tagName !== 'li' || !ancestors.some((a) => a.type === 'element' && hasClass(a, 'ed-kwic'))) return;
    const children = el.children.filter((c): c is Element => c.type === 'element');
    const link = children.find((c) => c.tagName === 'a')!;
    const line = children.find((c) => c.tagName === 'span')!;
    const target = resolve(attr(link, 'href')!, paths.glossaryEntry(slug));
    const sentence = target.kind === 'file' ? target.fragment : `(${attr(link, 'href')} leads nowhere)`;
    const match = line.children.find((c): c is Element => c.type === 'element' && c.tagName === 'strong');
    const key = `${sentence} ${attr(line, 'lang') === 'en' ? 'en' : 'zh'}`;
    out.set(key, [...(out.get(key) ?? []), match ? text(match) : '']);
  });
  return out;
}

describe.each(contentSlugs('glossary', '.yaml'))('%s', (slug) => {
  it('names the glossary as the set its term belongs to (JSON-LD)', () => {
    const ld = builtSite()
      .get(paths.glossaryEntry(slug))!
      .jsonLd.find((d) => (d as { '@type'?: string })['@type'] === 'DefinedTerm') as { inDefinedTermSet?: string };
    expect(ld?.inDefinedTermSet).toBe(published(paths.glossary));
  });

  it('is linked at every occurrence it lists (in the speech, and in the frame on the About page), unless a note’s words hold it, and nowhere else', () => {
    const listed = occurrencesOf(slug);
    expect(listed.size, `${linked(paths.glossaryEntry(slug))} lists no occurrence`).toBeGreaterThan(0);
    const keys = new Set([
      ...listed.keys(),
      ...[...sentences].filter(([, s]) => s.links.includes(slug)).map(([k]) => k),
    ]);
    const wrong = [...keys].flatMap((key) => {
      const matches = listed.get(key) ?? [];
      const s = sentences.get(key) ?? { links: [], words: [], marks: [] };
      const links = s.links.filter((l) => l === slug).length;
      // An occurrence that shares words with a note's marked words (inside them, or around them) is not linked.
      const inMarks = matches.filter((m) => s.marks.some((mark) => mark.includes(m) || m.includes(mark))).length;
      // Every listed occurrence is a link or inside a note's marked words; no link is unlisted.
      return links <= matches.length && matches.length <= links + inMarks
        ? []
        : [`${key}: listed ${matches.length} (${matches.join(', ')}), linked ${links}, in notes' words ${inMarks}`];
    });
    expect(wrong).toEqual([]);
  });
});

it('never nests a link inside a link or inside a note’s marked words', () => {
  expect(nested).toEqual([]);
});

describe('the table of glossary links (content/glossary-links.md)', () => {
  it('lists every link of the built pages, and only those', () => {
    const table = parseLinksTable(readFileSync(join(process.cwd(), 'content/glossary-links.md'), 'utf8'));
    // The build's links, in the table's terms: slug → where → the words of each language.
    const built = new Map<string, Map<string, { zh: string[]; en: string[] }>>();
    const put = (slug: string, where: string, lang: 'zh' | 'en', word: string) => {
      const places = built.get(slug) ?? new Map<string, { zh: string[]; en: string[] }>();
      built.set(slug, places);
      const place = places.get(where) ?? { zh: [], en: [] };
      places.set(where, place);
      place[lang].push(word);
    };
    for (const [key, s] of sentences) {
      const [id, lang] = key.split(' ') as [string, 'zh' | 'en'];
      const where = id.startsWith('line-') ? frameLineLabel(Number(id.slice('line-'.length))) : `¶${id.slice(1)}`;
      s.links.forEach((slug, i) => put(slug, where, lang, s.words[i]!));
    }
    const rows = (m: Map<string, Map<string, { zh: string[]; en: string[] }>>) =>
      [...m].flatMap(([slug, places]) =>
        [...places]
          .filter(([, p]) => p.zh.length + p.en.length > 0)
          .map(([where, p]) => `${slug} ${where}: ${p.zh.join(', ')} | ${p.en.join(', ')}`),
      );
    const [inBuild, inTable] = [new Set(rows(built)), new Set(rows(table))];
    expect(
      [
        ...[...inBuild].filter((r) => !inTable.has(r)).map((r) => `built, not in the table: ${r}`),
        ...[...inTable].filter((r) => !inBuild.has(r)).map((r) => `in the table, not built: ${r}`),
      ],
      'content/glossary-links.md differs from the built pages: run `npm run glossary:links`, then `npm run build`',
    ).toEqual([]);
  });
});
