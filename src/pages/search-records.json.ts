/**
 * The search records as JSON, read by scripts/build-search-index.ts after the build to write the
 * Pagefind index (and then removed from dist/: readers search through Pagefind).
 */
import { getEditionData } from '../lib/edition-data';
import { getAddresses } from '../lib/text/parts';
import { searchRecords } from '../lib/search/records';

export async function GET(): Promise<Response> {
  const records = searchRecords(await getEditionData(), await getAddresses());
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
}
