/**
 * The edition's content collections. Each schema doubles as the editors' manual: every field says
 * what it is for. A malformed entry fails the build with the file and the field named; the checks
 * that need several collections at once (a note's quoted words, a glossary cross-reference) run in
 * src/lib/edition-data.ts and name the file too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { partSchema, pageSchema, translationSchema, noteSchema, termSchema } from './lib/content/schemas';

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

/** The translation, sentence by sentence: content/translation/pNN.yaml (frame.yaml is read by the About page). */
const translation = defineCollection({
  loader: glob({ base: './content/translation', pattern: 'p[0-9][0-9].yaml' }),
  schema: translationSchema,
});

/** Editorial notes: content/notes/<slug>.md; the file name is the permanent anchor #n-<slug>. */
const notes = defineCollection({
  loader: glob({ base: './content/notes', pattern: '*.md' }),
  schema: noteSchema,
});

/** Glossary entries: content/glossary/<slug>.yaml; the file name is the permanent /glossary/<slug>/. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: termSchema,
});

export const collections = { parts, pages, translation, notes, glossary };
