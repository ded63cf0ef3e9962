/**
 * Zod schemas for the content in content/. Kept apart from content.config.ts so that unit tests can
 * exercise them without Astro's runtime.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_COUNT } from './source';

/** A paragraph number of the speech, ¶1–¶26. */
export const paragraphNumber = z
  .number()
  .int()
  .min(1, { message: `paragraph numbers run from 1 to ${PARAGRAPH_COUNT}` })
  .max(PARAGRAPH_COUNT, { message: `paragraph numbers run from 1 to ${PARAGRAPH_COUNT}` });

export const partSchema = z
  .object({
    /** The part's full title, e.g. "Thesis 1 — 22 months, and still early in the AGI transformation". */
    title: z.string().min(1),
    /** The short label used in navigation: "Opening", "Thesis 1" … "Closing". */
    shortTitle: z.string().min(1).max(20),
    /** Reading order of the part, 1–5. */
    order: z.number().int().min(1),
    /** The first paragraph of the part (¶N). */
    firstParagraph: paragraphNumber,
    /** The last paragraph of the part (¶N), inclusive. */
    lastParagraph: paragraphNumber,
    /** One sentence on what the part argues: used in the contents, on the home page and as the meta description. */
    summary: z.string().min(40).max(300),
  })
  .strict()
  .refine((part) => part.firstParagraph <= part.lastParagraph, {
    message: 'firstParagraph must not come after lastParagraph',
    path: ['lastParagraph'],
  });

export type PartData = z.infer<typeof partSchema>;

export const pageSchema = z
  .object({
    /** The page's title, shown as its heading and in the browser tab. */
    title: z.string().min(1),
  })
  .strict();
