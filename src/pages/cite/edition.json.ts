/** /cite/edition.json: the edition's CSL-JSON record (the whole speech), at a permanent address. */
import { cite } from '../../lib/cite/cite';
import { citeInput, speechTarget } from '../../lib/cite/citations';

export function GET(): Response {
  return new Response(`${cite('csl-json', citeInput(speechTarget()))}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
}
