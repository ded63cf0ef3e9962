import { getCollection, type CollectionEntry } from 'astro:content';
import { PARAGRAPH_COUNT, type Lang } from '../../constants';
import { inLanguage, type InLanguage } from '../content/in-language';
import { addressesFor, type PartAddresses } from '../site/addresses';

export type Part = CollectionEntry<'parts'>;
export type PartZh = CollectionEntry<'partsZh'>;

/** What readers see of a part in a language: its titles and summary. */
export interface PartText {
  readonly title: string;
  readonly shortTitle: string;
  readonly summary: string;
}

/** The part slugs promised to readers: /speech/<slug>/. They never change. */
export const PART_SLUGS = ['opening', '1', '2', '3', 'closing'] as const;

/**
 * Checks that the parts, in order, cover ¶1–¶26 exactly once and use the promised slugs. Throws an
 * error naming the file at fault.
 */
export function checkPartCoverage(
  parts: ReadonlyArray<{
    id: string;
    filePath?: string | undefined;
    data: { order: number; firstParagraph: number; lastParagraph: number };
  }>,
): void {
  const sorted = [...parts].sort((a, b) => a.data.order - b.data.order);
  const slugs = sorted.map((p) => p.id);
  if (slugs.join(',') !== PART_SLUGS.join(',')) {
    throw new Error(
      `content/parts: expected the parts ${PART_SLUGS.join(', ')} in that order, found ${slugs.join(', ')}.`,
    );
  }
  let next = 1;
  for (const part of sorted) {
    const file = part.filePath ?? `content/parts/${part.id}.mdx`;
    if (part.data.firstParagraph !== next) {
      throw new Error(
        `${file}: firstParagraph is ${part.data.firstParagraph}, but the previous part ends at ¶${next - 1}, so this part must start at ¶${next}.`,
      );
    }
    next = part.data.lastParagraph + 1;
  }
  if (next !== PARAGRAPH_COUNT + 1) {
    throw new Error(`content/parts: the parts end at ¶${next - 1}, but the speech has ${PARAGRAPH_COUNT} paragraphs.`);
  }
}

let parts: Promise<Part[]> | undefined;
/** All parts in reading order, checked. */
export function getParts(): Promise<Part[]> {
  parts ??= getCollection('parts').then((entries) => {
    const sorted = entries.sort((a, b) => a.data.order - b.data.order);
    checkPartCoverage(sorted);
    return sorted;
  });
  return parts;
}

let addresses: Promise<PartAddresses<Part>> | undefined;
/** The addresses on part pages (paragraphs, sentences, notes) and the part that holds each paragraph. */
export function getAddresses(): Promise<PartAddresses<Part>> {
  addresses ??= getParts().then((p) => addressesFor(p));
  return addresses;
}

let partsZh: Promise<Map<string, PartZh>> | undefined;
/** The parts in Chinese (content/parts/<slug>.zh.mdx), by slug; checked against the English in edition-data.ts. */
export function getPartsZh(): Promise<Map<string, PartZh>> {
  partsZh ??= getCollection('partsZh').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return partsZh;
}

/** A part's titles and summary in a language (the English where no Chinese is written yet: see inLanguage()). */
export async function getPartText(): Promise<(part: Part, lang: Lang) => InLanguage<PartText>> {
  const zh = await getPartsZh();
  return (part, lang) =>
    inLanguage<PartText>(lang, part.data, zh.get(part.id)?.data, `content/parts/${part.id}.zh.mdx`);
}
