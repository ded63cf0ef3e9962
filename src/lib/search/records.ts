/**
 * The search records: one per paragraph (Chinese and English together), one per note and one per
 * glossary entry, each with the smallest useful address. Built at build time from the edition data;
 * scripts/build-search-index.ts feeds them to Pagefind.
 */
import type { EditionData } from '../edition-data';
import { KIND_LABELS, paragraphLabel } from '../apparatus/labels';
import { paths, type PartAddresses } from '../site/addresses';
import type { Part } from '../text/parts';

export type SearchKind = 'speech' | 'note' | 'glossary';

export interface SearchRecord {
  /** Site path with fragment, without the base path: "/speech/1/#p4". */
  readonly url: string;
  readonly kind: SearchKind;
  /** The result's heading. */
  readonly title: string;
  /** Where it is: "Thesis 1 · ¶4", "Note · Thesis 1 · ¶4", "Glossary". */
  readonly location: string;
  /** The part's short title, for the part filter ('' for glossary entries). */
  readonly part: string;
  /** The text searched and quoted in snippets. */
  readonly content: string;
  /** Glossary entries: the term, its English and every alias, for "the entry comes first". */
  readonly terms: readonly string[];
  /** Glossary entries: the entry's own pinyin, which wins over the converter's for its term. */
  readonly pinyin?: string;
  /** Glossary entries: the entry's slug (its records in either language share it). */
  readonly entry?: string;
  /** Paragraphs: the paragraph's number, for reading order. */
  readonly paragraph?: number;
}

/** The first words of a text, cut at a word or character boundary: a paragraph result's title. */
export function firstWords(text: string, max = 24): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s,，、;；:：]+$/u, '')}…`;
}

/** Markdown to plain text, enough for notes' bodies (emphasis, links, code). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchRecords(data: EditionData, at: PartAddresses<Part>): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const p of data.aligned) {
    const part = at.partOf(p.n);
    records.push({
      url: at.paragraph(p.n),
      kind: 'speech',
      title: `${paragraphLabel(p.n)} · ${firstWords(p.sentences[0]?.zh ?? '')}`,
      location: `${part.data.shortTitle} · ${paragraphLabel(p.n)}`,
      part: part.data.shortTitle,
      content: `${p.sentences.map((s) => s.zh).join('')}\n${p.en}`,
      terms: [],
      paragraph: p.n,
    });
  }
  for (const { entry, part } of data.notes) {
    const d = entry.data;
    records.push({
      url: at.note(d.paragraph, entry.id),
      kind: 'note',
      title: d.title,
      location: `Note (${KIND_LABELS[d.kind].toLowerCase()}) · ${part.data.shortTitle} · ${paragraphLabel(d.paragraph)}`,
      part: part.data.shortTitle,
      content: `${d.title}\n${d.quote}${d.quoteEn ? ` ${d.quoteEn}` : ''}\n${plainText(entry.body ?? '')}`,
      terms: [],
    });
  }
  for (const t of data.terms) {
    const d = t.data;
    const terms = [d.term, d.english, ...d.aliases.zh, ...d.aliases.en];
    // Each name once, whatever its case ("Token · Tokens · 词元", not "Token · token · Tokens · 词元 · Tokens").
    const names = terms.filter((n, i) => terms.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
    records.push({
      url: paths.glossaryEntry(t.id),
      kind: 'glossary',
      title: d.english.toLowerCase() === d.term.toLowerCase() ? d.term : `${d.english} · ${d.term}`,
      location: 'Glossary',
      part: '',
      content: `${names.join(' · ')}${d.pinyin ? ` · ${d.pinyin}` : ''}\n${d.definition}\n${d.usage}`,
      terms,
      entry: t.id,
      ...(d.pinyin ? { pinyin: d.pinyin } : {}),
    });
  }
  return records;
}
