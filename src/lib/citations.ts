/**
 * What the edition cites: the whole speech, a part, a paragraph or a sentence, as CiteInput for
 * src/lib/cite.ts, with the permanent URL of each (the part page, /p/N/, or the sentence anchor).
 */
import type { CiteInput, CiteTarget } from './cite';
import { EDITION } from './edition';
import { paths, type PartAddresses, type PartSpan } from './addresses';
import { absoluteUrl } from './base';
import { paragraphLabel, sentenceLabel } from './labels';
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
  label: paragraphLabel(n),
  url: absoluteUrl(paths.shortLink(n)),
  paragraph: n,
});

export const sentenceTarget = (at: PartAddresses<PartSpan>, n: number, s: number): CiteTarget => ({
  kind: 'sentence',
  label: sentenceLabel(n, s),
  url: absoluteUrl(at.sentence(n, s)),
  paragraph: n,
  sentence: s,
});
