import { describe, expect, it, vi } from 'vitest';
import { paragraphHtml } from './apparatus/annotate';
import { termPattern } from './apparatus/term-match';
import { changes } from './content/versions';
import { loadDatasetFromContent } from './data/content';
import { getEditionData } from './edition-data';
import { paths } from './site/addresses';
import { paragraphs as sourceParagraphs } from './text/source';
import { getAddresses, getParts, PART_SLUGS } from './text/parts';

vi.mock('astro:content', () => import('./edition-data-test-support').then((m) => m.astroContent));

/**
 * The edition data as the build loads it through Astro's collections (mocked from content/), against
 * the dataset the data formats' tests read from content/ without Astro (data/content.ts): one test,
 * as the data is loaded once and every check below reads the same load.
 */
describe('the edition data the pages are built from', () => {
  it('holds the parts in order, every paragraph aligned, the notes placed, ordered and numbered, the glossary sorted, and each paragraph’s HTML', async () => {
    const data = await getEditionData();
    const dataset = loadDatasetFromContent(changes);
    const at = await getAddresses();

    expect((await getParts()).map((p) => p.id)).toEqual([...PART_SLUGS]);
    expect(data.parts.map((p) => p.id)).toEqual([...PART_SLUGS]);
    expect(at.paragraph(4)).toBe('/speech/1/#p4');

    expect(data.aligned.map((p) => p.n)).toEqual(sourceParagraphs.map((_, i) => i + 1));
    expect(data.aligned.map((p) => p.sentences.map((s) => s.zh).join(''))).toEqual(sourceParagraphs.map((p) => p.zh));
    expect(data.aligned.map((p) => p.en)).toEqual(dataset.paragraphs.map((p) => p.en));

    // Notes in reading order (paragraph, sentence, place in it, then slug), numbered within their part.
    const order = [...data.notes].sort(
      (a, b) =>
        a.placed.paragraph - b.placed.paragraph ||
        a.placed.sentence - b.placed.sentence ||
        a.placed.zh.start - b.placed.zh.start ||
        (a.entry.id < b.entry.id ? -1 : 1),
    );
    expect(data.notes.map((n) => n.entry.id)).toEqual(order.map((n) => n.entry.id));
    expect(data.notes.map((n) => n.entry.id)).toEqual(dataset.notes.map((n) => n.slug));
    expect(data.notes.map((n) => [n.part.id, n.placed.number])).toEqual(dataset.notes.map((n) => [n.part, n.number]));
    for (const n of data.notes) {
      expect(n.part.id, n.entry.id).toBe(at.partOf(n.placed.paragraph).id);
      expect(n.placed.href, n.entry.id).toBe(`/speech/${n.part.id}/#n-${n.entry.id}`);
    }
    expect(data.notesOf(4).map((n) => n.entry.id)).toEqual(
      dataset.notes.filter((n) => n.paragraph === 4).map((n) => n.slug),
    );
    expect(data.notesOf(4).length).toBeGreaterThan(1);

    const english = data.terms.map((t) => t.data.english);
    expect(english).toEqual([...english].sort((a, b) => a.localeCompare(b, 'en')));
    expect(data.terms.map((t) => t.id).sort()).toEqual(dataset.terms.map((t) => t.slug).sort());
    expect(data.occurrences.length).toBe(dataset.terms.reduce((sum, t) => sum + t.occurrences.length, 0));
    expect(data.occurrencesOf('token').length).toBeGreaterThan(0);
    expect(data.occurrencesOf('token').every((o) => o.slug === 'token')).toBe(true);
    expect(data.occurrencesOf('no-such-entry')).toEqual([]);

    // Each paragraph's HTML: its notes marked, its terms linked to their entries.
    const terms = data.terms.map((t) => ({
      slug: t.id,
      file: t.filePath!,
      zh: [t.data.term, ...t.data.aliases.zh],
      en: [t.data.english, ...t.data.aliases.en],
      href: paths.glossaryEntry(t.id),
    }));
    for (const lang of ['zh', 'en'] as const) {
      const html = data.html(4, lang);
      expect(html, lang).toBe(
        paragraphHtml(
          data.aligned[3]!,
          lang,
          data.notesOf(4).map((x) => x.placed),
          termPattern(terms, lang),
          paths.glossaryEntry,
        ),
      );
      expect(html, lang).toContain('href="/glossary/');
      expect(html, lang).toContain('ed-noteref');
      expect(data.html(4, lang), lang).toBe(html);
    }
    expect(data.html(4, 'zh')).not.toBe(data.html(4, 'en'));
    expect(data.html(5, 'zh')).not.toBe(data.html(4, 'zh'));
    expect(() => data.html(27, 'zh')).toThrow('There is no paragraph ¶27.');
  });
});
