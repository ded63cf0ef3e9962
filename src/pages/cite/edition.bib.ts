/** /cite/edition.bib: the edition's BibTeX record (the whole speech), at a permanent address. */
import { cite } from '../../lib/cite/cite';
import { citeInput, speechTarget } from '../../lib/cite/citations';

export function GET(): Response {
  return new Response(`${cite('bibtex', citeInput(speechTarget()))}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
}
