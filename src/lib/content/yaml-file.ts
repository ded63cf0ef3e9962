/**
 * Reads the YAML files of content/ that are not content collections (figures, changes, redirects,
 * the frame's translation) and checks each against its schema; every error names the file. Paths are
 * resolved from the project root (process.cwd()): once the build has bundled this module,
 * import.meta.url no longer points into src/. Vite has no YAML import, hence node:fs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { parseWithFriendlyErrors } from './error-map';

/** Parses YAML text as the file `file` and checks it against the schema. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseWithFriendlyErrors(schema, data ?? {}, file);
}

/** Reads `file` (a path from the project root, e.g. "content/changes.yaml") and checks it against the schema. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = readFileSync(join(process.cwd(), file), 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseYaml(file, text, schema);
}
