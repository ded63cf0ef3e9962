/**
 * The edition's content collections. Each schema doubles as the editors' manual: every field says
 * what it is for. A malformed entry fails the build with the file and the field named; the checks
 * that need several collections at once (a note's quoted words, a glossary cross-reference) run in
 * src/lib/edition-data.ts and name the file too.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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
 * The Chinese apparatus lives beside the English, in twin files named <slug>.zh.md (.zh.mdx): the
 * English collections leave them out, the Chinese ones take only them, with the English slug as id.
 */
const ENGLISH = (ext: string) => [`*.${ext}`, `!*.zh.${ext}`];
const chinese = (base: string, ext: string) =>
  glob({ base, pattern: `*.zh.${ext}`, generateId: ({ entry }) => entry.replace(`.zh.${ext}`, '') });

/** The five parts of the speech: content/parts/<slug>.mdx, the slug being the URL (/speech/<slug>/). */
const parts = defineCollection({
  loader: glob({ base: './content/parts', pattern: ENGLISH('mdx') }),
  schema: partSchema,
});

/** The parts in Chinese: content/parts/<slug>.zh.mdx, titles, summary and the introduction. */
const partsZh = defineCollection({ loader: chinese('./content/parts', 'mdx'), schema: partZhSchema });

/** Prose pages such as About: content/pages/<slug>.md. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: ENGLISH('md') }),
  schema: pageSchema,
});

/** Prose pages in Chinese: content/pages/<slug>.zh.md. */
const pagesZh = defineCollection({ loader: chinese('./content/pages', 'md'), schema: pageZhSchema });

/** The translation, sentence by sentence: content/translation/pNN.yaml (frame.yaml is read by the About page). */
const translation = defineCollection({
  loader: glob({ base: './content/translation', pattern: 'p[0-9][0-9].yaml' }),
  schema: translationSchema,
});

/** Editorial notes: content/notes/<slug>.md; the file name is the permanent anchor #n-<slug>. */
const notes = defineCollection({
  loader: glob({ base: './content/notes', pattern: ENGLISH('md') }),
  schema: noteSchema,
});

/** Notes in Chinese: content/notes/<slug>.zh.md, the twin of <slug>.md (same anchor). */
const notesZh = defineCollection({ loader: chinese('./content/notes', 'md'), schema: noteZhSchema });

/** Glossary entries: content/glossary/<slug>.yaml; the file name is the permanent /glossary/<slug>/. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: termSchema,
});

export const collections = { parts, partsZh, pages, pagesZh, translation, notes, notesZh, glossary };
