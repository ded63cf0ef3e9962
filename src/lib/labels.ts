/** Labels shown to readers for the content's enumerations, and the edition's date format. */
import type { NOTE_KINDS, VERDICTS, TERM_CATEGORIES } from './schemas';

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

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-09-19" → "19 September 2024"; "2024-09" → "September 2024"; "2024" → "2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
