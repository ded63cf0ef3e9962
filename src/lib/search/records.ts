/**
 * The search records: one per paragraph (Chinese and English together), and one per note and glossary
 * entry in each apparatus language (the English record at the English page, the Chinese one at the
 * same address under /zh/), each with the smallest useful address. Built at build time from the edition
 * data; scripts/build-search-index.ts feeds them to Pagefind. Where a result is (locationOf) is interface
 * text: the search page writes it in the reader's language from the record's kind, part and paragraph.
 */
import type { Lang } from '../../constants';
import type { EditionData } from '../edition-data';
import { kindLabel, paragraphLabel } from '../apparatus/labels';
import { ui } from '../apparatus/ui-strings';
import { localized, paths, type PartAddresses } from '../site/addresses';
import type { Part } from '../text/parts';
import type { NOTE_KINDS } from '../content/schemas';

export type SearchKind = 'speech' | 'note' | 'glossary';
/** The language of a record: a note's or entry's apparatus language; a paragraph holds both. */
export type SearchLang = Lang | 'both';
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface SearchRecord {
  /** Site path with fragment, without the base path: "/speech/1/#p4", "/zh/glossary/token/". */
  readonly url: string;
  readonly kind: SearchKind;
  readonly lang: SearchLang;
  /** The result's heading. */
  readonly title: string;
  /** The part's short title in English, for the part filter ('' for glossary entries). */
  readonly part: string;
  /** Paragraphs and notes: the paragraph (a paragraph's reading order; where a note is). */
  readonly paragraph?: number;
  /** Notes: the note's kind. */
  readonly noteKind?: NoteKind;
  /** The text searched and quoted in snippets. */
  readonly content: string;
  /** Glossary entries: the term, its English and every alias, for "the entry comes first". */
  readonly terms: readonly string[];
  /** Glossary entries: the entry's own pinyin, which wins over the converter's for its term. */
  readonly pinyin?: string;
  /** Glossary entries: the entry's slug (its records in either language share it). */
  readonly entry?: string;
  /** Notes and entries: the address of the same note or entry in the other language, where it has one. */
  readonly twin?: string;
}

/**
 * Where a result is, in the reader's language: "Thesis 1 · ¶4", "Note (context) · Thesis 1 · ¶4",
 * "Glossary"; "论点一 · ¶4", "注释（背景）· 论点一 · ¶4", "术语表". `partName` gives a part's short
 * title in that language from its English one.
 */
export function locationOf(
  r: Pick<SearchRecord, 'kind' | 'part' | 'paragraph' | 'noteKind'>,
  lang: Lang,
  partName: (english: string) => string = (p) => p,
): string {
  if (r.kind === 'glossary') return ui('nav.glossary', lang);
  const where = `${partName(r.part)} · ${paragraphLabel(r.paragraph ?? 0)}`;
  if (r.kind === 'speech') return where;
  const kind = r.noteKind ? kindLabel(r.noteKind, lang) : '';
  const note = ui('search.note', lang).replace('{kind}', lang === 'en' ? kind.toLowerCase() : kind);
  return `${note} · ${where}`;
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
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each name once, whatever its case ("Token · Tokens · 词元", not "Token · token · Tokens · 词元 · Tokens"). */
const distinctNames = (names: readonly string[]) =>
  names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);

export function searchRecords(data: EditionData, at: PartAddresses<Part>): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const p of data.aligned) {
    const part = at.partOf(p.n);
    records.push({
      url: at.paragraph(p.n),
      kind: 'speech',
      lang: 'both',
      title: `${paragraphLabel(p.n)} · ${firstWords(p.sentences[0]?.zh ?? '')}`,
      part: part.data.shortTitle,
      paragraph: p.n,
      content: `${p.sentences.map((s) => s.zh).join('')}\n${p.en}`,
      terms: [],
    });
  }
  const chinese: SearchRecord[] = [];
  for (const { entry, zh, part } of data.notes) {
    const d = entry.data;
    const url = at.note(d.paragraph, entry.id);
    const zhUrl = localized(url, 'zh');
    const common = {
      kind: 'note',
      part: part.data.shortTitle,
      paragraph: d.paragraph,
      noteKind: d.kind,
      terms: [],
    } as const;
    records.push({
      ...common,
      url,
      lang: 'en',
      title: d.title,
      content: `${d.title}\n${d.quote}${d.quoteEn ? ` ${d.quoteEn}` : ''}\n${plainText(entry.body ?? '')}`,
      ...(zh ? { twin: zhUrl } : {}),
    });
    if (zh)
      chinese.push({
        ...common,
        url: zhUrl,
        lang: 'zh',
        title: zh.data.title,
        content: `${zh.data.title}\n${d.quote}\n${plainText(zh.body ?? '')}`,
        twin: url,
      });
  }
  for (const t of data.terms) {
    const d = t.data;
    const terms = [d.term, d.english, ...d.aliases.zh, ...d.aliases.en];
    const names = distinctNames(terms);
    const heading = `${names.join(' · ')}${d.pinyin ? ` · ${d.pinyin}` : ''}`;
    const url = paths.glossaryEntry(t.id);
    const zhUrl = localized(url, 'zh');
    const same = d.english.toLowerCase() === d.term.toLowerCase();
    const common = {
      kind: 'glossary',
      part: '',
      terms,
      entry: t.id,
      ...(d.pinyin ? { pinyin: d.pinyin } : {}),
    } as const;
    records.push({
      ...common,
      url,
      lang: 'en',
      title: same ? d.term : `${d.english} · ${d.term}`,
      content: `${heading}\n${d.definition}\n${d.usage}`,
      ...(d.zh ? { twin: zhUrl } : {}),
    });
    // The Chinese record holds every name too (term, English, aliases, pinyin): a Chinese, pinyin or
    // English query finds the entry in Chinese.
    if (d.zh)
      chinese.push({
        ...common,
        url: zhUrl,
        lang: 'zh',
        title: same ? d.term : `${d.term} · ${d.english}`,
        content: `${heading}\n${plainText(d.zh.definition)}\n${plainText(d.zh.usage)}`,
        twin: url,
      });
  }
  return [...records, ...chinese];
}
