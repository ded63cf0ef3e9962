import { describe, expect, it, vi } from 'vitest';
import { linkedTextHtml, paragraphHtml } from './apparatus/annotate';
import { termPattern } from './apparatus/term-match';
import { changes } from './content/versions';
import { loadDatasetFromContent } from './data/content';
import { getEditionData, type EditionData } from './edition-data';
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
    // What the pages ask of it, here too: the data is built once, by the first test that asks for it.
    const first = data.notes[0]!;
    expect(data.noteAddress(first)).toBe(`/speech/${first.part.id}/#n-${first.entry.id}`);
    const token = data.terms.find((t) => t.id === 'token')!;
    expect(data.termText(token, 'zh')).toEqual({ value: token.data.zh, lang: 'zh' });
    const framed = data.frameOccurrences[0]!;
    expect(data.frameOccurrencesOf(framed.slug)).toContainEqual(framed);

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

/** The glossary as the term matcher needs it, read from the entries (as in the test above). */
const matchTermsOf = (data: EditionData) =>
  data.terms.map((t) => ({
    slug: t.id,
    file: t.filePath!,
    zh: [t.data.term, ...t.data.aliases.zh],
    en: [t.data.english, ...t.data.aliases.en],
    href: paths.glossaryEntry(t.id),
  }));

describe('what the pages read from the edition data', () => {
  it('gives each note its address on its part page', async () => {
    const data = await getEditionData();
    for (const n of data.notes) expect(data.noteAddress(n), n.entry.id).toBe(`/speech/${n.part.id}/#n-${n.entry.id}`);
  });

  it('marks the notes on a Chinese page with their Chinese names, leading to the Chinese notes', async () => {
    const data = await getEditionData();
    const terms = matchTermsOf(data);
    const notes = data.notesOf(4);
    expect(notes.length).toBeGreaterThan(1);
    for (const lang of ['zh', 'en'] as const) {
      const markers = notes.map((x) => ({
        ...x.placed,
        href: `/zh/speech/${x.part.id}/#n-${x.entry.id}`,
        label: `注释${x.placed.number}：${x.zh!.data.title}`,
        labelLang: 'zh-Hans',
      }));
      const html = data.html(4, lang, 'zh');
      expect(html, lang).toBe(
        paragraphHtml(data.aligned[3]!, lang, markers, termPattern(terms, lang), (slug) => `/zh/glossary/${slug}/`),
      );
      for (const x of notes) {
        expect(html, x.entry.id).toContain(`href="/zh/speech/${x.part.id}/#n-${x.entry.id}"`);
        expect(html, x.entry.id).toContain(`aria-label="注释${x.placed.number}：${x.zh!.data.title}"`);
      }
      expect(data.html(4, lang, 'en'), lang).not.toContain('注释');
    }
  });

  it('gives a glossary entry’s definition and usage in each language, and names the file when the Chinese is missing', async () => {
    const data = await getEditionData();
    const token = data.terms.find((t) => t.id === 'token')!;
    expect(data.termText(token, 'en')).toEqual({
      value: { definition: token.data.definition, usage: token.data.usage },
      lang: 'en',
    });
    expect(token.data.zh!.definition).toMatch(/^模型切分输入和输出/);
    expect(data.termText(token, 'zh')).toEqual({ value: token.data.zh, lang: 'zh' });
    // Named by its folder and slug when Astro does not give the entry's path.
    const untranslated = { ...token, data: { ...token.data, zh: undefined } };
    delete untranslated.filePath;
    expect(() => data.termText(untranslated, 'zh')).toThrow('content/glossary/token.yaml: zh: the Chinese is missing.');
    expect(data.termText(untranslated, 'en').value.definition).toBe(token.data.definition);
  });

  it('gives each term’s occurrences in the publisher’s frame, and none for an unknown entry', async () => {
    const data = await getEditionData();
    const slugs = [...new Set(data.frameOccurrences.map((o) => o.slug))];
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const found = data.frameOccurrencesOf(slug);
      expect(found.length, slug).toBeGreaterThan(0);
      expect(found, slug).toEqual(data.frameOccurrences.filter((o) => o.slug === slug));
    }
    expect(data.frameOccurrencesOf('no-such-entry')).toEqual([]);
  });

  it('gives each sentence of the publisher’s frame with its terms linked, on each page, and names a sentence that does not exist', async () => {
    const data = await getEditionData();
    const terms = matchTermsOf(data);
    let linked = 0;
    expect(data.frame.length).toBe(5);
    for (const [l, line] of data.frame.entries())
      for (const [i, s] of line.sentences.entries())
        for (const lang of ['zh', 'en'] as const) {
          const at = `line ${l + 1}, sentence ${i + 1}, ${lang}`;
          const html = data.frameHtml(l + 1, i + 1, lang);
          expect(html, at).toBe(linkedTextHtml(s[lang], termPattern(terms, lang), paths.glossaryEntry));
          expect(data.frameHtml(l + 1, i + 1, lang, 'zh'), at).toBe(
            linkedTextHtml(s[lang], termPattern(terms, lang), (slug) => `/zh/glossary/${slug}/`),
          );
          if (html.includes('href="/glossary/')) linked++;
        }
    expect(linked).toBeGreaterThan(0);
    expect(() => data.frameHtml(6, 1, 'zh')).toThrow('Line 6 of the publisher’s frame has no sentence 1.');
    const last = data.frame[0]!.sentences.length;
    expect(() => data.frameHtml(1, last + 1, 'en')).toThrow(
      `Line 1 of the publisher’s frame has no sentence ${last + 1}.`,
    );
  });
});
