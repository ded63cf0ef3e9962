/**
 * For the unit tests of the code that runs inside Astro's build (edition-data.ts, text/parts.ts,
 * data/build.ts, search/records.ts): `astro:content` as its getCollection gives the collections of
 * content.config.ts, read from content/ and checked with the same schemas. A test file mocks the
 * module with it:
 *
 *   vi.mock('astro:content', () => import('../edition-data-test-support').then((m) => m.astroContent));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  noteSchema,
  noteZhSchema,
  pageSchema,
  pageZhSchema,
  partSchema,
  partZhSchema,
  termSchema,
  translationSchema,
} from './content/schemas';

interface Entry {
  readonly id: string;
  readonly collection: string;
  readonly filePath: string;
  readonly data: unknown;
  readonly body?: string;
}

/** The collections of content.config.ts: folder, file pattern, schema, and whether files have a Markdown body. */
const COLLECTIONS: Record<string, { folder: string; pattern: RegExp; schema: z.ZodType; markdown: boolean }> = {
  parts: { folder: 'parts', pattern: /^(?!.*\.zh\.mdx$).*\.mdx$/, schema: partSchema, markdown: true },
  partsZh: { folder: 'parts', pattern: /\.zh\.mdx$/, schema: partZhSchema, markdown: true },
  pages: { folder: 'pages', pattern: /^(?!.*\.zh\.md$).*\.md$/, schema: pageSchema, markdown: true },
  pagesZh: { folder: 'pages', pattern: /\.zh\.md$/, schema: pageZhSchema, markdown: true },
  translation: { folder: 'translation', pattern: /^p[0-9][0-9]\.yaml$/, schema: translationSchema, markdown: false },
  notes: { folder: 'notes', pattern: /^(?!.*\.zh\.md$).*\.md$/, schema: noteSchema, markdown: true },
  notesZh: { folder: 'notes', pattern: /\.zh\.md$/, schema: noteZhSchema, markdown: true },
  glossary: { folder: 'glossary', pattern: /\.yaml$/, schema: termSchema, markdown: false },
};

function read(name: string): Entry[] {
  const c = COLLECTIONS[name];
  if (!c) throw new Error(`no collection "${name}" in content.config.ts`);
  const dir = join(process.cwd(), 'content', c.folder);
  return readdirSync(dir)
    .filter((f) => c.pattern.test(f))
    .map((f) => {
      const filePath = `content/${c.folder}/${f}`;
      const text = readFileSync(join(dir, f), 'utf8');
      const m = c.markdown ? /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) : null;
      const data = c.schema.parse(parse(m ? m[1]! : text));
      return { id: f.replace(/(\.zh)?\.[^.]+$/, ''), collection: name, filePath, data, ...(m ? { body: m[2]! } : {}) };
    });
}

/** The module `astro:content`, as far as src/lib uses it. */
export const astroContent = {
  getCollection: async (name: string): Promise<Entry[]> => read(name),
};
