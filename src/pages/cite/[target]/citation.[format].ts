/**
 * /cite/<part>/citation.{bib,ris,json} and /cite/pN/citation.{bib,ris,json}: the record of what a
 * citation page cites, for reference managers (public/_headers gives each its media type, so that a
 * click imports it). The whole speech's are /cite/edition.{bib,ris,json}.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cite, type FormatId } from '../../../lib/cite/cite';
import { citeInput, paragraphTarget, partTarget } from '../../../lib/cite/citations';
import { anchor, type CiteFileFormat } from '../../../lib/site/addresses';
import { getEditionData } from '../../../lib/edition-data';
import type { CiteTarget } from '../../../lib/cite/model';

const FILES: Record<CiteFileFormat, { format: FormatId; type: string }> = {
  bib: { format: 'bibtex', type: 'application/x-bibtex; charset=utf-8' },
  ris: { format: 'ris', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { format: 'csl-json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

export const getStaticPaths = (async () => {
  const data = await getEditionData();
  // The route's segment is the last segment of paths.citePart() and paths.citeParagraph().
  const targets: [string, CiteTarget][] = [
    ...data.parts.map((part): [string, CiteTarget] => [part.id, partTarget(part)]),
    ...data.aligned.map((p): [string, CiteTarget] => [anchor.paragraph(p.n), paragraphTarget(p.n)]),
  ];
  return targets.flatMap(([target, cited]) =>
    (Object.keys(FILES) as CiteFileFormat[]).map((format) => ({ params: { target, format }, props: { cited } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cited: CiteTarget }, { target: string; format: CiteFileFormat }> = ({ props, params }) => {
  const file = FILES[params.format];
  return new Response(`${cite(file.format, citeInput(props.cited))}\n`, { headers: { 'Content-Type': file.type } });
};
