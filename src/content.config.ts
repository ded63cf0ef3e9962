/**
 * The edition's content collections. Each schema doubles as the editors' manual: every field says
 * what it is for. A malformed entry fails the build with the file and the field named; the checks
 * that need several collections at once (a note's quoted words, a glossary cross-reference) run in
 * src/lib/edition-data.ts and name the file too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodType } from 'astro/zod';
import {
  partSchema,
  partZhSchema,
  pageSchema,
  pageZhSchema,
  translationSchema,
  noteSchema,
  noteZhSchema,
  termSchema,
} from './lib/content/schemas';

/**
 * The files of content/<folder> whose names match the pattern, each checked against the schema. The
 * Chinese apparatus lives beside the English, in twin files named <slug>.zh.md (.zh.mdx): the English
 * collections leave them out, the Chinese ones take only them, with the English slug as id.
 */
const filesOf = <S extends ZodType>(folder: string, pattern: string | string[], schema: S) =>
  defineCollection({ loader: glob({ base: `./content/${folder}`, pattern }), schema });
const ENGLISH = (ext: string) => [`*.${ext}`, `!*.zh.${ext}`];
const twinsOf = <S extends ZodType>(folder: string, ext: string, schema: S) =>
  defineCollection({
    loader: glob({
      base: `./content/${folder}`,
      pattern: `*.zh.${ext}`,
      generateId: ({ entry }) => entry.replace(`.zh.${ext}`, ''),
    }),
    schema,
  });

/** The five parts of the speech: content/parts/<slug>.mdx, the slug being the URL (/speech/<slug>/). */
const parts = filesOf('parts', ENGLISH('mdx'), partSchema);

/** The parts in Chinese: content/parts/<slug>.zh.mdx, titles, summary and the introduction. */
const partsZh = twinsOf('parts', 'mdx', partZhSchema);

/** Prose pages such as About: content/pages/<slug>.md. */
const pages = filesOf('pages', ENGLISH('md'), pageSchema);

/** Prose pages in Chinese: content/pages/<slug>.zh.md. */
const pagesZh = twinsOf('pages', 'md', pageZhSchema);

/** The translation, sentence by sentence: content/translation/pNN.yaml (frame.yaml is read by the About page). */
const translation = filesOf('translation', 'p[0-9][0-9].yaml', translationSchema);

/** Editorial notes: content/notes/<slug>.md; the file name is the permanent anchor #n-<slug>. */
const notes = filesOf('notes', ENGLISH('md'), noteSchema);

/** Notes in Chinese: content/notes/<slug>.zh.md, the twin of <slug>.md (same anchor). */
const notesZh = twinsOf('notes', 'md', noteZhSchema);

/** Glossary entries: content/glossary/<slug>.yaml; the file name is the permanent /glossary/<slug>/. */
const glossary = filesOf('glossary', '*.yaml', termSchema);

export const collections = { parts, partsZh, pages, pagesZh, translation, notes, notesZh, glossary };
