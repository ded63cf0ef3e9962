/**
 * /data/<version>/<file> and /data/latest/<file>: the edition as TEI, TMX, JSON and plain text, each
 * at a permanent address naming its version (see src/lib/data/files.ts for the design).
 */
import type { APIRoute } from 'astro';
import { getDataFiles } from '../../../lib/data/build';
import { LATEST, type DataFile } from '../../../lib/data/files';

export async function getStaticPaths() {
  const versions = await getDataFiles();
  const current = versions[0];
  return [
    ...versions.flatMap((v) =>
      v.files.map((file) => ({ params: { version: v.version.version, file: file.name }, props: { file } })),
    ),
    ...(current
      ? current.files.map((file) => ({ params: { version: LATEST, file: file.name }, props: { file } }))
      : []),
  ];
}

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(Buffer.from(props.file.bytes), { headers: { 'Content-Type': props.file.mediaType } });
