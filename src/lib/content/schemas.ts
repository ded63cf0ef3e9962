/**
 * Zod schemas for the content in content/. Kept apart from content.config.ts so that unit tests can
 * exercise them without Astro's runtime.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_COUNT } from '../../constants';
import { isDate, type DatePrecision } from '../site/dates';
import { reportIssue } from './error-map';

/** A paragraph number of the speech, ¶1–¶26. */
export const paragraphNumber = z
  .number()
  .int()
  .min(1, { message: `paragraph numbers run from 1 to ${PARAGRAPH_COUNT}` })
  .max(PARAGRAPH_COUNT, { message: `paragraph numbers run from 1 to ${PARAGRAPH_COUNT}` });

const DATE_FORMS: Record<DatePrecision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

/**
 * A date field: "YYYY-MM-DD", or, where allowed, "YYYY-MM" or "YYYY" when only the month or the year
 * is known; a real calendar date. YAML may read an unquoted date as a date or a number: it is read
 * back as written.
 */
export function dateField(...allowed: [DatePrecision, ...DatePrecision[]]) {
  const forms = allowed.map((p) => DATE_FORMS[p]);
  const list = forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms.at(-1)}`;
  return z
    .union([z.string(), z.date(), z.number()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
    .refine((d) => isDate(d, allowed), { message: `dates are real dates written ${list}` });
}

/**
 * Whether a text is written in Chinese: more Han characters than half its Latin letters, so at least
 * one even where it has no Latin letter.
 */
export function isChineseText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han * 2 > latin;
}

/**
 * A field of the Chinese apparatus: Chinese prose (a Latin name or an English title inside it is
 * fine), so that no English placeholder passes as Chinese.
 */
export function chineseText(min = 1) {
  return z
    .string()
    .trim()
    .min(min, { message: `write it in Chinese (at least ${min} characters)` })
    .refine(isChineseText, { message: 'write it in Chinese: this reads as English or as a placeholder' });
}

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
    /**
     * The figures shown after the part's text, in this order (content/figures/: `timeline`,
     * `price`). After the text, not in the introduction: a reading page's first screen stays within
     * 14 KiB (README, "The Chinese apparatus"); the introduction says where they are.
     */
    figures: z.array(z.enum(['timeline', 'price'])).default([]),
  })
  .strict()
  .refine((part) => part.firstParagraph <= part.lastParagraph, {
    message: 'firstParagraph must not come after lastParagraph',
    path: ['lastParagraph'],
  });

export type PartData = z.infer<typeof partSchema>;

/** content/parts/<slug>.zh.mdx: the Chinese twin of a part: its titles, its summary and, as the body, the introduction. */
export const partZhSchema = z
  .object({
    /** The part's full title in Chinese. */
    title: chineseText(),
    /** The short label used in navigation: 开场、论点一 … 结语. */
    shortTitle: chineseText().pipe(z.string().max(8, { message: 'keep the short title to 8 characters' })),
    /** One sentence on what the part argues, in Chinese. */
    summary: chineseText(20).pipe(
      z.string().max(200, { message: 'keep the summary to one sentence (200 characters at most)' }),
    ),
  })
  .strict();

export type PartZhData = z.infer<typeof partZhSchema>;

export const pageSchema = z
  .object({
    /** The page's title, shown as its heading and in the browser tab. */
    title: z.string().min(1),
  })
  .strict();

/** content/pages/<slug>.zh.md: the Chinese twin of a prose page. */
export const pageZhSchema = z
  .object({
    /** The page's title in Chinese. */
    title: chineseText(),
  })
  .strict();

/** One sentence of the speech: its Chinese, verbatim, and this edition's English. */
const alignedSentence = z
  .object({
    /** The Chinese sentence exactly as in the source (sentences end after 。!?！？). */
    zh: z.string().min(1),
    /** This edition's English rendering of that sentence alone. */
    en: z.string().trim().min(1, { message: 'every sentence needs its English rendering' }),
  })
  .strict();

/** content/translation/pNN.yaml: one paragraph, sentence by sentence. */
export const translationSchema = z
  .object({
    paragraph: paragraphNumber,
    sentences: z.array(alignedSentence).min(1),
  })
  .strict();

export type TranslationData = z.infer<typeof translationSchema>;

/** content/translation/frame.yaml: the publisher's frame (source lines 1, 3 and 5). */
export const frameTranslationSchema = z
  .object({
    lines: z.array(
      z.object({ line: z.number().int().min(1).max(5), sentences: z.array(alignedSentence).min(1) }).strict(),
    ),
  })
  .strict();

export type FrameTranslationData = z.infer<typeof frameTranslationSchema>;

/**
 * Where a fact was published: a note's, a glossary entry's or a figure's source. Readers see it as
 * src/components/Source.astro prints it: author, title (linked), publisher, date.
 */
export const sourceSchema = z
  .object({
    /** The publisher as readers know it: "OpenAI", "People’s Daily English". */
    publisher: z.string().min(1),
    /** The document's author, where it is a person's work. */
    author: z.string().min(1).optional(),
    /** The document's title, only where it has been checked. Notes and glossary entries name one always. */
    title: z.string().min(1).optional(),
    /** When it was published: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
    date: dateField('day', 'month', 'year').optional(),
    /** Only a real, checked address; never a guess. */
    url: z.url().optional(),
  })
  .strict();

/** A source of a note or a glossary entry, which always names the document. */
const titledSource = sourceSchema.required({ title: true });

export type SourceData = z.infer<typeof sourceSchema>;

export const NOTE_KINDS = ['context', 'fact-check', 'translation', 'analysis', 'later'] as const;
/**
 * Fact-check verdicts: supported (independent sources confirm it); plausible (consistent with the
 * evidence there is, not established); company-figure (the company's own, not independently
 * verified); overstated (goes beyond a true core, which the note names); unsupported (no evidence
 * for it was found); forecast (a forecast or opinion, not checkable).
 */
export const VERDICTS = ['supported', 'plausible', 'company-figure', 'overstated', 'unsupported', 'forecast'] as const;

/** content/notes/<slug>.md: one editorial note; its file name is its permanent slug (#n-<slug>). */
export const noteSchema = z
  .object({
    /** A short heading, in English. */
    title: z.string().min(1).max(120),
    /** The paragraph it annotates, ¶1–¶26. */
    paragraph: paragraphNumber,
    /** The exact words it explains: a substring of the paragraph's Chinese, inside one sentence. */
    quote: z.string().min(1),
    /** Which occurrence of `quote` in the paragraph, when it occurs more than once (default 1). */
    occurrence: z.number().int().min(1).default(1),
    /** Optionally, the words of this edition's English that it explains. */
    quoteEn: z.string().min(1).optional(),
    kind: z.enum(NOTE_KINDS),
    /** Fact checks only: the verdict shown as a label. */
    verdict: z.enum(VERDICTS).optional(),
    /** Later notes only: the date of the later event (YYYY-MM-DD, or YYYY-MM where only the month is known). */
    laterDate: dateField('day', 'month').optional(),
    /** When the note was written or last checked. */
    asOf: dateField('day'),
    /** When a published note was corrected: the date and what changed. */
    corrected: z.array(z.object({ date: dateField('day'), what: z.string().min(1) }).strict()).optional(),
    sources: z.array(titledSource).default([]),
  })
  .strict()
  .refine((n) => (n.kind === 'fact-check') === (n.verdict !== undefined), {
    message: 'a fact-check note needs a verdict, and only fact-check notes have one',
    path: ['verdict'],
  })
  .refine((n) => (n.kind === 'later') === (n.laterDate !== undefined), {
    message: 'a later note needs laterDate, and only later notes have one',
    path: ['laterDate'],
  })
  .refine(
    (n) => n.sources.length > 0 || n.kind === 'translation' || n.kind === 'analysis' || n.verdict === 'forecast',
    {
      message:
        'context, later and fact-check notes list at least one source (translation, analysis and forecast notes may cite none)',
      path: ['sources'],
    },
  );

export type NoteData = z.infer<typeof noteSchema>;

/**
 * content/notes/<slug>.zh.md: the Chinese twin of a note, written for a reader of the original (see
 * EDITORIAL.md). The body is the note in Chinese; paragraph, quoted words, kind, verdict, dates and
 * sources are the English file's and are not repeated.
 */
export const noteZhSchema = z
  .object({
    /** A short heading, in Chinese. */
    title: chineseText().pipe(z.string().max(60, { message: 'keep the heading to 60 characters' })),
    /**
     * The English file's correction records in Chinese: one for each, with the same date, in the same
     * order. Only when the English note has `corrected`.
     */
    corrected: z.array(z.object({ date: dateField('day'), what: chineseText(4) }).strict()).optional(),
  })
  .strict();

export type NoteZhData = z.infer<typeof noteZhSchema>;

export const TERM_CATEGORIES = [
  'concept',
  'technology',
  'product',
  'organisation',
  'person',
  'hardware',
  'event',
  'place',
] as const;

/** content/glossary/<slug>.yaml: one glossary entry; its file name is its permanent slug. */
export const termSchema = z
  .object({
    /** The Chinese term as it appears in the speech. */
    term: z.string().min(1),
    /** The standard English rendering. */
    english: z.string().min(1),
    /**
     * Hanyu Pinyin with tone marks (GB/T 16159-2012) of the term as the speech writes it; only for a
     * term written with Chinese characters. A Latin-script term (AGI, GPU, Token) has none: give a
     * Chinese equivalent, with its pinyin, in the usage instead.
     */
    pinyin: z.string().min(1).optional(),
    category: z.enum(TERM_CATEGORIES),
    aliases: z
      .object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
      .strict()
      .default({ zh: [], en: [] }),
    /** One sentence. */
    definition: z.string().min(10),
    /** How the speech uses it. */
    usage: z.string().min(10),
    related: z.array(z.string()).default([]),
    sources: z.array(titledSource).default([]),
    /** The entry in Chinese, for the Chinese pages: its definition and how the speech uses it. */
    zh: z
      .object({
        /** One sentence, in Chinese. */
        definition: chineseText(10),
        /** How the speech uses it, in Chinese, with ¶N. */
        usage: chineseText(10),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((t) => t.pinyin === undefined || /\p{Script=Han}/u.test(t.term), {
    message:
      'pinyin is only for terms written with Chinese characters: this term has none, so leave pinyin out (readers would take it for the reading of the Latin term) and name a Chinese equivalent, with its pinyin, in the usage',
    path: ['pinyin'],
  });

export type TermData = z.infer<typeof termSchema>;

export const CHANGE_KINDS = ['text', 'translation', 'notes', 'glossary', 'site'] as const;

/** content/changes.yaml: the edition's versions, newest first; the first is the current one. */
export const changesSchema = z
  .object({
    versions: z
      .array(
        z
          .object({
            /** Semantic version: a text fix bumps the patch, new notes the minor. */
            version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'versions look like 1.2.0' }),
            date: dateField('day'),
            changes: z
              .array(
                z
                  .object({
                    kind: z.enum(CHANGE_KINDS),
                    /** What changed, in English. */
                    what: z.string().min(5),
                    /** The same in Chinese, for the Chinese page. */
                    zh: chineseText(5).optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    data.versions.forEach((v, i) => {
      const newer = data.versions[i - 1];
      if (newer && v.date > newer.date) {
        reportIssue(
          ctx,
          ['versions', i, 'date'],
          `versions must be listed newest first: ${v.version} (${v.date}) is newer than ${newer.version} (${newer.date})`,
        );
      }
    });
  });

export type ChangesData = z.infer<typeof changesSchema>;
