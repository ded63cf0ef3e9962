/** Labels shown to readers: the content's enumerations, and paragraph and sentence numbers. */
import type { NOTE_KINDS, VERDICTS, TERM_CATEGORIES } from '../content/schemas';

export const KIND_LABELS: Record<(typeof NOTE_KINDS)[number], string> = {
  context: 'Context',
  'fact-check': 'Fact check',
  translation: 'Translation',
  analysis: 'Analysis',
  later: 'Later',
};

export const VERDICT_LABELS: Record<(typeof VERDICTS)[number], string> = {
  supported: 'Supported',
  plausible: 'Plausible, not established',
  'company-figure': 'Company figure, not independently verified',
  overstated: 'Overstated',
  unsupported: 'Unsupported',
  forecast: 'Forecast or opinion',
};

export const CATEGORY_LABELS: Record<(typeof TERM_CATEGORIES)[number], string> = {
  concept: 'Concepts',
  technology: 'Technologies',
  product: 'Products and services',
  organisation: 'Organisations',
  person: 'People',
  hardware: 'Hardware',
  event: 'Events',
  place: 'Places',
};

/** "¶4". */
export const paragraphLabel = (n: number): string => `¶${n}`;

/** "¶9.2": sentence 2 of ¶9. */
export const sentenceLabel = (n: number, s: number): string => `¶${n}.${s}`;

/** "¶2–¶6", or "¶1" for a single paragraph. */
export const paragraphRange = (first: number, last: number): string =>
  first === last ? paragraphLabel(first) : `${paragraphLabel(first)}–${paragraphLabel(last)}`;
