/** /cite/edition.ris: the edition's RIS record (the whole speech), at a permanent address. */
import { cite } from '../../lib/cite/cite';
import { citeInput, speechTarget } from '../../lib/cite/citations';

export function GET(): Response {
  return new Response(`${cite('ris', citeInput(speechTarget()))}\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
}
