/**
 * The edition's versions, from content/changes.yaml: the current version and date appear in the
 * footer and in every citation. Read at build time; a malformed file fails the build naming it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { changesSchema, type ChangesData } from './schemas';

export const CHANGES_FILE = 'content/changes.yaml';

export function parseChanges(text: string, file = CHANGES_FILE): ChangesData {
  const result = changesSchema.safeParse(parse(text));
  if (!result.success) {
    throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const dates = result.data.versions.map((v) => v.date);
  if (dates.some((d, i) => i > 0 && d > dates[i - 1]!))
    throw new Error(`${file}: versions must be listed newest first.`);
  return result.data;
}

export const changes: ChangesData = parseChanges(readFileSync(join(process.cwd(), CHANGES_FILE), 'utf8'));
export const CURRENT = changes.versions[0]!;
