/**
 * The edition's content collections. Each schema doubles as the editors' manual: every field says
 * what it is for. A malformed entry fails the build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { partSchema, pageSchema } from './lib/schemas';

/** The five parts of the speech: content/parts/<slug>.mdx, the slug being the URL (/speech/<slug>/). */
const parts = defineCollection({
  loader: glob({ base: './content/parts', pattern: '*.mdx' }),
  schema: partSchema,
});

/** Prose pages such as About: content/pages/<slug>.md. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.md' }),
  schema: pageSchema,
});

export const collections = { parts, pages };
