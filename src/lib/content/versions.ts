/**
 * The edition's versions, from content/changes.yaml: the current version and date appear in the
 * footer and in every citation. Read at build time; a malformed file fails the build naming it.
 */
import { changesSchema, type ChangesData } from './schemas';
import { readYaml } from './yaml-file';

export const CHANGES_FILE = 'content/changes.yaml';

export const changes: ChangesData = readYaml(CHANGES_FILE, changesSchema);
export const CURRENT = changes.versions[0]!;
