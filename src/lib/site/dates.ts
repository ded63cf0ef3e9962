/**
 * Dates as the edition writes them: "YYYY-MM-DD", or "YYYY-MM" and "YYYY" where only the month or
 * the year is known. Reading them (real calendar dates only), showing them in the edition's house
 * style and in the forms citations and metadata need, and counting between them. Pure: the schemas,
 * the figures, the citations and the pages all use it.
 */

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface CalendarDate {
  readonly year: number;
  /** 1–12, when known. */
  readonly month: number | undefined;
  /** 1–31, when known. */
  readonly day: number | undefined;
  readonly precision: DatePrecision;
  /** The date as written. */
  readonly iso: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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
] as const;

/** Month abbreviations for a figure's axis, in the edition's style (Sept, not Sep). */
export const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** The date written in `iso`, or undefined if it is not a real date of one of the three forms. */
export function parseDate(iso: string): CalendarDate | undefined {
  const m = PATTERN.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  // Date.UTC rolls 31 April over into May, and month 13 into the next year (and reads years 0–99 as
  // 1900–1999): a real date survives the round trip. A day past its month's end always changes the month.
  const t = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== (month ?? 1) - 1) return undefined;
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision, iso };
}

/** Whether `iso` is a real date of one of the allowed precisions. */
export function isDate(iso: string, allowed: readonly DatePrecision[]): boolean {
  const d = parseDate(iso);
  return d !== undefined && allowed.includes(d.precision);
}

function parsed(iso: string, allowed: readonly DatePrecision[] = ['day', 'month', 'year']): CalendarDate {
  const d = parseDate(iso);
  if (!d || !allowed.includes(d.precision)) {
    const forms = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };
    throw new Error(`"${iso}" is not a date of the form ${allowed.map((p) => forms[p]).join(' or ')}.`);
  }
  return d;
}

/** The UTC time of a date, or of the first day of its month or year; NaN if it is not a real date. */
export function dateValue(iso: string): number {
  const d = parseDate(iso);
  return d ? Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) : Number.NaN;
}

/**
 * The edition's house style: "2024-09-19" → "19 September 2024"; "2024-09" → "September 2024"; "2024" →
 * "2024". In Chinese, GB/T 15835's Arabic numerals: "2024年9月19日", "2024年9月", "2024年".
 */
export function formatDate(iso: string, lang: 'en' | 'zh' = 'en'): string {
  const d = parsed(iso);
  if (lang === 'zh')
    return `${d.year}年${d.month === undefined ? '' : `${d.month}月`}${d.day === undefined ? '' : `${d.day}日`}`;
  if (d.month === undefined) return String(d.year);
  const month = MONTHS[d.month - 1]!;
  return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** US order, as Chicago and APA print a day: "2024-09-19" → "September 19, 2024". */
export function formatMonthDayYear(iso: string): string {
  const d = parsed(iso, ['day']);
  return `${MONTHS[d.month! - 1]} ${d.day}, ${d.year}`;
}

/** Slashes, as RIS and Highwire citation_* tags want a day: "2024-09-19" → "2024/09/19". */
export function slashDate(iso: string): string {
  return parsed(iso, ['day']).iso.replaceAll('-', '/');
}

const DAY_MS = 86_400_000;

/** Whole days from a to b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dateValue(b) - dateValue(a)) / DAY_MS);
}

/** Years from a to b, counting a year as 365.25 days. */
export function yearsBetween(a: string, b: string): number {
  return (dateValue(b) - dateValue(a)) / (365.25 * DAY_MS);
}

/** Calendar months and leftover days from a to b: 30 Nov 2022 → 19 Sept 2024 is 21 months, 20 days. */
export function monthsAndDaysBetween(a: string, b: string): { months: number; days: number } {
  const from = new Date(dateValue(a));
  const to = new Date(dateValue(b));
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  // n months after `from`, on the same day of the month or, in a shorter month, on its last day.
  const anchor = (n: number) => {
    const lastDay = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + n + 1, 0)).getUTCDate();
    return Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + n, Math.min(from.getUTCDate(), lastDay));
  };
  if (anchor(months) > to.getTime()) months -= 1;
  return { months, days: Math.round((to.getTime() - anchor(months)) / DAY_MS) };
}
