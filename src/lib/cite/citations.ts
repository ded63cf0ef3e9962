/**
 * What the edition cites: the whole speech, a part, a paragraph or a sentence, as CiteInput for
 * src/lib/cite/cite.ts, with the permanent URL of each (the part page, /p/N/, or the sentence anchor).
 */
import type { CiteInput, CiteTarget } from './model';
import { EDITION } from '../text/edition';
import { paths, type PartAddresses, type PartSpan } from '../site/addresses';
import { absoluteUrl } from '../site/base';
import { paragraphLabel, sentenceLabel } from '../apparatus/labels';
import { CURRENT } from '../content/versions';

export function citeInput(target: CiteTarget): CiteInput {
  return {
    edition: {
      title: EDITION.title,
      publisher: EDITION.publisher,
      version: CURRENT.version,
      date: CURRENT.date,
      url: absoluteUrl(paths.home),
      speechUrl: absoluteUrl(paths.speech),
    },
    target,
    // A static page cannot know the reader's date: the version's date stands in, the cite script puts
    // in the day the reader copies (src/scripts/copy-citation.ts), and the page says so without it.
    accessed: CURRENT.date,
  };
}

export const speechTarget = (): CiteTarget => ({ kind: 'speech', url: absoluteUrl(paths.speech) });

/** A part, from its content entry (or anything with its slug, title and paragraphs). */
export const partTarget = (part: {
  id: string;
  data: { title: string; firstParagraph: number; lastParagraph: number };
}): CiteTarget => ({
  kind: 'part',
  label: part.data.title,
  url: absoluteUrl(paths.part(part.id)),
  paragraphs: { first: part.data.firstParagraph, last: part.data.lastParagraph },
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
