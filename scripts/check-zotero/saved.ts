/**
 * From what translation-server answers to what a Zotero library holds, and how that compares with
 * the item the edition means (src/lib/cite/item.ts).
 *
 * translation-server returns a translator's item as Zotero's API JSON, before it is saved. Saving
 * changes one thing that matters here: a creator whose role the item type does not have becomes the
 * type's primary creator (Zotero.Item.prototype.setCreator, chrome/content/zotero/xpcom/data/item.js
 * in zotero/zotero: "isn't valid for … -- changing to primary creator"), so an author or a translator
 * of a presentation is saved as a presenter. A date is kept as written and read as a date, so
 * "2024/09/19" and "September 19, 2024" are the same date.
 */
export type ApiItem = Record<string, unknown> & { itemType: string; creators?: Record<string, string>[] };

export interface Schema {
  itemTypes: { itemType: string; creatorTypes: { creatorType: string; primary?: boolean }[] }[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A date as Zotero reads it, as YYYY-MM-DD (or the text, if it is none of the forms met here). */
export function dateOf(text: string): string {
  const two = (n: number | string) => String(n).padStart(2, '0');
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(text);
  if (m) return `${m[1]}-${two(m[2]!)}-${two(m[3]!)}`;
  m = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(text);
  if (m && MONTHS.includes(m[1]!.toLowerCase()))
    return `${m[3]}-${two(MONTHS.indexOf(m[1]!.toLowerCase()) + 1)}-${two(m[2]!)}`;
  return text;
}

/** The item as Zotero saves it. */
export function saved(item: ApiItem, schema: Schema): ApiItem {
  const type = schema.itemTypes.find((t) => t.itemType === item.itemType);
  const roles = new Set(type?.creatorTypes.map((c) => c.creatorType));
  const primary = type?.creatorTypes.find((c) => c.primary)?.creatorType;
  const out: ApiItem = { ...item };
  if (item.creators)
    out.creators = item.creators.map((c) =>
      roles.has(c['creatorType']!) || !primary ? c : { ...c, creatorType: primary },
    );
  for (const field of ['date', 'accessDate'])
    if (typeof out[field] === 'string') out[field] = dateOf(String(out[field]).replace(/T.*$/, ''));
  return out;
}

/** Fields the comparison leaves aside: Zotero's bookkeeping, and where and when the item was saved. */
const BOOKKEEPING = new Set(['key', 'version', 'tags', 'libraryCatalog', 'accessDate', 'attachments', 'notes']);

/** JSON with every object's keys in order, so that equal values compare equal whatever their key order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** Where a saved item differs from the one expected: "field: expected … got …", in field order. */
export function differences(expected: Record<string, unknown>, got: ApiItem): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
  for (const [field, value] of Object.entries(expected))
    if (canonical(got[field]) !== canonical(value))
      out.push(`${field}: expected ${show(value)}, got ${show(got[field])}`);
  for (const field of Object.keys(got))
    if (!(field in expected) && !BOOKKEEPING.has(field)) out.push(`${field}: not expected, got ${show(got[field])}`);
  return out;
}
