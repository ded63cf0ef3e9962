/**
 * The glossary's own checks, each failing the build with the entry's file named: the slug (its
 * permanent address), the related entries, and that the term or an alias occurs in the speech or in
 * the publisher's frame. Pure: src/lib/edition-data.ts runs them on the collection.
 */
import { SLUG } from '../site/addresses';
import type { TermData } from '../content/schemas';
import type { MatchTerm } from './term-match';

export interface GlossaryFile {
  readonly slug: string;
  /** The file, for error messages: "content/glossary/token.yaml". */
  readonly file: string;
  readonly data: TermData;
}

/** Checks every entry's slug and related entries; returns the entries as the term matcher needs them. */
export function checkEntries(entries: readonly GlossaryFile[]): MatchTerm[] {
  const slugs = new Set(entries.map((e) => e.slug));
  return entries.map(({ slug, file, data }) => {
    if (!SLUG.test(slug))
      throw new Error(
        `${file}: the file name "${slug}" is the entry's permanent slug and must be lowercase ASCII words joined by hyphens.`,
      );
    for (const r of data.related) {
      if (!slugs.has(r))
        throw new Error(`${file}: related entry "${r}" does not exist (no content/glossary/${r}.yaml).`);
      if (r === slug) throw new Error(`${file}: an entry cannot be related to itself.`);
    }
    return { slug, file, zh: [data.term, ...data.aliases.zh], en: [data.english, ...data.aliases.en] };
  });
}

/**
 * Fails for an entry whose term and aliases occur nowhere in the speech nor in the publisher's frame
 * (source lines 1–5, shown on the About page): it would list no occurrence and link nothing.
 */
export function checkOccurrences(terms: readonly MatchTerm[], occurrences: readonly { slug: string }[]): void {
  const found = new Set(occurrences.map((o) => o.slug));
  for (const t of terms) {
    if (!found.has(t.slug))
      throw new Error(
        `${t.file}: neither the term nor any alias occurs in the speech (¶1–¶26) or in the publisher’s frame (source lines 1–5), in Chinese or in English.`,
      );
  }
}
