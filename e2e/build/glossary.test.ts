/**
 * The glossary's links in the text, for every entry, read from dist/: each occurrence an entry lists
 * (its keyword-in-context lines) is a link to the entry in that sentence, unless it lies inside the
 * words a note explains; nothing else links to the entry; and links never nest.
 */
import type { Element } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/site/addresses.ts';
import { contentSlugs, parts } from '../site.ts';
import { attr, hasClass, linked, resolve, text, treeOf } from './built-site.ts';

type Key = string; // "p4.2 zh"

/** On the part pages: per sentence and language, the entries its term links lead to, and the text of its marks. */
const sentences = new Map<Key, { links: string[]; marks: string[] }>();
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
    const entry = sentences.get(key) ?? { links: [], marks: [] };
    if (el.tagName === 'a' && hasClass(el, 'ed-term')) entry.links.push(attr(el, 'dataTerm')!);
    if (el.tagName === 'mark') entry.marks.push(text(el));
    sentences.set(key, entry);
  });
}

/** On an entry's page: its occurrences, per sentence and language, with the words matched. */
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
  it('is linked at every occurrence it lists, unless a note’s words hold it, and nowhere else', () => {
    const listed = occurrencesOf(slug);
    expect(listed.size, `${linked(paths.glossaryEntry(slug))} lists no occurrence`).toBeGreaterThan(0);
    const keys = new Set([
      ...listed.keys(),
      ...[...sentences].filter(([, s]) => s.links.includes(slug)).map(([k]) => k),
    ]);
    const wrong = [...keys].flatMap((key) => {
      const matches = listed.get(key) ?? [];
      const s = sentences.get(key) ?? { links: [], marks: [] };
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
