/**
 * The data files as the build publishes them: the dataset filled from the checked edition data
 * (src/lib/edition-data.ts), the site's absolute URLs, and every version's files, loaded once per
 * build for the /data/ page, the file routes and the part pages' <link rel="alternate">.
 */
import { getEditionData } from '../edition-data';
import { anchor, paths, withFragment } from '../site/addresses';
import { absoluteUrl } from '../site/base';
import { changes } from '../content/versions';
import { frameWithTranslation, sourceInfo } from './content';
import { buildDataset, type DataLinks } from './dataset';
import { generateFiles, versionFiles, type VersionFiles } from './files';

export const siteLinks: DataLinks = {
  home: absoluteUrl(paths.home),
  part: (slug) => absoluteUrl(paths.part(slug)),
  anchor: (part, id) => absoluteUrl(withFragment(paths.part(part), id)),
  note: (part, slug) => absoluteUrl(withFragment(paths.part(part), anchor.note(slug))),
  term: (slug) => absoluteUrl(paths.glossaryEntry(slug)),
  dataPage: absoluteUrl(paths.data),
  dataFile: (version, name) => absoluteUrl(paths.dataFile(version, name)),
};

async function load(): Promise<VersionFiles[]> {
  const data = await getEditionData();
  const dataset = buildDataset({
    parts: data.parts,
    aligned: data.aligned,
    notes: data.notes.map((n) => ({
      slug: n.entry.id,
      data: n.entry.data,
      body: n.entry.body ?? '',
      placed: n.placed,
    })),
    terms: data.terms.map((t) => ({ slug: t.id, data: t.data })),
    occurrences: data.occurrences,
    frameOccurrences: data.frameOccurrences,
    changes,
    frame: frameWithTranslation(),
    source: sourceInfo(),
  });
  return versionFiles(changes.versions, () => generateFiles(dataset, siteLinks), siteLinks.home);
}

let files: Promise<VersionFiles[]> | undefined;
/** Every version's data files, newest first; the first is the current version's. */
export function getDataFiles(): Promise<VersionFiles[]> {
  files ??= load();
  return files;
}
