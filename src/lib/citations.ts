/**
 * What the edition cites: the whole speech, a part, a paragraph or a sentence, as CiteInput for
 * src/lib/cite.ts, with the permanent URL of each (the part page, /p/N/, or the sentence anchor).
 */
import type { CiteInput, CiteTarget } from './cite';
import { EDITION } from './edition';
import { absoluteUrl, paths } from './urls';
import { CURRENT } from './versions';

export function citeInput(target: CiteTarget): CiteInput {
  return {
    edition: {
      title: EDITION.title,
      publisher: EDITION.publisher,
      version: CURRENT.version,
      date: CURRENT.date,
      url: absoluteUrl('/'),
    },
    target,
    // A static page cannot know the reader's date: the version's date stands in, and readers may change it.
    accessed: CURRENT.date,
  };
}

export const speechTarget = (): CiteTarget => ({ kind: 'speech', url: absoluteUrl(paths.speech) });

export const partTarget = (slug: string, title: string): CiteTarget => ({
  kind: 'part',
  label: title,
  url: absoluteUrl(paths.part(slug)),
});

export const paragraphTarget = (n: number): CiteTarget => ({
  kind: 'paragraph',
  label: `¶${n}`,
  url: absoluteUrl(paths.paragraphShortLink(n)),
  paragraph: n,
});

export const sentenceTarget = (partSlug: string, n: number, s: number): CiteTarget => ({
  kind: 'sentence',
  label: `¶${n}.${s}`,
  url: absoluteUrl(`${paths.part(partSlug)}#p${n}.${s}`),
  paragraph: n,
  sentence: s,
});
