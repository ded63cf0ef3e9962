/**
 * The edition's title in the case each manual asks for (headline or sentence style), for the prose
 * styles and the machine formats alike.
 */
import { EDITION } from '../text/edition';

// The edition's title, in the case each manual asks for. The edition spells it "Eddie Wu at Apsara
// 2024 — an annotated edition"; Chicago (8.159), APA (6.17) and MLA (1.2.1) all put a colon before a
// subtitle whatever the source prints, and capitalise it: headline style in Chicago and MLA, sentence
// style (first word and proper nouns) in APA. The machine formats take the sentence-style form, which
// CSL styles that want headline style convert themselves.

/** Words headline style leaves in lower case inside a title (Chicago 8.159; MLA 1.2.1). */
export const MINOR_WORDS = new Set(
  'a an the and but for nor or so yet as at by in of off on per to up via with from into onto over'.split(' '),
);

export function splitTitle(title: string): { main: string; sub: string | undefined } {
  const m = /^(.*?)\s*(?:—|:)\s*(.*)$/.exec(title);
  return m ? { main: m[1]!, sub: m[2]! } : { main: title, sub: undefined };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The edition's title in headline style (Chicago, MLA) or sentence style (APA, GB/T, machine formats). */
export function editionTitle(style: 'headline' | 'sentence', title: string = EDITION.title): string {
  return style === 'headline' ? headlineTitle(title) : sentenceTitle(title);
}

/** "Eddie Wu at Apsara 2024: An Annotated Edition" (Chicago, MLA). */
export function headlineTitle(title: string): string {
  const { main, sub } = splitTitle(title);
  if (sub === undefined) return main;
  const words = sub.split(' ');
  const last = words.length - 1;
  const cased = words.map((w, i) => (i === 0 || i === last || !MINOR_WORDS.has(w) ? capitalise(w) : w));
  return `${main}: ${cased.join(' ')}`;
}

/** "Eddie Wu at Apsara 2024: An annotated edition" (APA, GB/T and the machine formats). */
export function sentenceTitle(title: string): string {
  const { main, sub } = splitTitle(title);
  return sub === undefined ? main : `${main}: ${capitalise(sub)}`;
}
