/**
 * The edition's content collections. Each schema doubles as the editors' manual: every field says
 * what it is for. A malformed entry fails the build with the file and the field named; the checks
 * that need several collections at once (a note's quoted words, a glossary cross-reference) run in
 * src/lib/edition-data.ts and name the file too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import { partSchema, pageSchema, translationSchema, noteSchema, termSchema } from './lib/content/schemas';

/** The files of content/<folder> whose names match the pattern, each checked against the schema. */
const filesOf = <S extends ZodType>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ base: `./content/${folder}`, pattern }), schema });

/** The five parts of the speech: content/parts/<slug>.mdx, the slug being the URL (/speech/<slug>/). */
const parts = filesOf('parts', '*.mdx', partSchema);

/** Prose pages such as About: content/pages/<slug>.md. */
const pages = filesOf('pages', '*.md', pageSchema);

/** The translation, sentence by sentence: content/translation/pNN.yaml (frame.yaml is read by the About page). */
const translation = filesOf('translation', 'p[0-9][0-9].yaml', translationSchema);

/** Editorial notes: content/notes/<slug>.md; the file name is the permanent anchor #n-<slug>. */
const notes = filesOf('notes', '*.md', noteSchema);

/** Glossary entries: content/glossary/<slug>.yaml; the file name is the permanent /glossary/<slug>/. */
const glossary = filesOf('glossary', '*.yaml', termSchema);

export const collections = { parts, pages, translation, notes, glossary };
