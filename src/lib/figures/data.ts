/**
 * The data behind the edition's figures, content/figures/*.yaml: the schema of each file, which
 * doubles as the editors' manual for it, and its loader. A file that breaks its schema fails the
 * build with the file and every field at fault named (src/lib/content/yaml-file.ts).
 */
import { z } from 'astro/zod';
import { PARAGRAPH_COUNT } from '../../constants';
import { dateValue } from '../site/dates';
import { SPEECH } from '../text/edition';
import { chineseText, dateField, paragraphNumber, sourceSchema } from '../content/schemas';
import { CHINESE_REQUIRED } from '../content/in-language';
import { THESIS_PARAGRAPHS } from '../text/source';
import { readYaml } from '../content/yaml-file';
import { reportIssue } from '../content/error-map';

export const TIMELINE_FILE = 'content/figures/timeline.yaml';
export const PRICE_FILE = 'content/figures/price.yaml';
export const ARGUMENT_FILE = 'content/figures/argument.yaml';

/** Reports each item of a list dated before the one above it. */
function requireDateOrder(ctx: z.RefinementCtx, key: string, items: readonly { date: string }[]): void {
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous && dateValue(item.date) < dateValue(previous.date)) {
      reportIssue(ctx, [key, i, 'date'], `${key} must be in date order: ${item.date} comes after ${previous.date}`);
    }
  });
}

/**
 * A Chinese text beside an English field, for the Chinese pages (/zh/): Chinese prose at most `max`
 * characters long. Optional in the shape; chineseBeside() requires it once CHINESE_REQUIRED.
 */
const chineseLine = (max: number) =>
  chineseText().pipe(z.string().max(max, { message: `keep it to ${max} characters: it is one short line` }));

/**
 * Requires an object's Chinese fields when `required` (the build passes CHINESE_REQUIRED, unit tests
 * either): each missing one fails naming the field and the English it stands beside. While the
 * Chinese is being written a missing one is allowed, and the Chinese page shows the English instead.
 */
function chineseBeside<T extends z.ZodObject>(schema: T, fields: Record<string, string>, required: boolean): T {
  if (!required) return schema;
  return schema.superRefine((value, ctx) => {
    for (const [zh, en] of Object.entries(fields)) {
      if ((value as Record<string, unknown>)[zh] === undefined) {
        reportIssue(ctx, [zh], `the Chinese is missing: write ${zh}, the Chinese of ${en}, for the Chinese pages`);
      }
    }
  });
}

/** A date as "YYYY-MM-DD" or, when only the month is known, "YYYY-MM". */
const eventDate = dateField('day', 'month');

/** A day, "YYYY-MM-DD". */
const dayDate = dateField('day');

/** One event on the timeline; `chinese`: whether its Chinese label is required. */
const timelineEventSchema = (chinese: boolean) =>
  chineseBeside(
    z
      .object({
        /** When it happened: "YYYY-MM-DD", or "YYYY-MM" when only the month is known. */
        date: eventDate,
        /** One short English line; the figure wraps it. */
        label: z.string().min(1).max(100, { message: 'keep the label under 100 characters: it is one short line' }),
        /** The same line in Chinese, for the Chinese pages (about 20–40 characters, 60 at most; the figure wraps it). */
        labelZh: chineseLine(60).optional(),
        /** The paragraph (¶N) of the speech the event bears on, if any. */
        paragraph: paragraphNumber.optional(),
        /** True for what happened after the speech (19 September 2024): drawn apart, labelled "Later". */
        later: z.boolean(),
        /** The research/facts.md entry or entries behind the event ("F6", "F1, F3"). Never shown to readers. */
        fact: z.string().regex(/^F\d+(, F\d+)*$/, { message: 'name the facts.md entries as "F6" or "F1, F3"' }),
        /** Who published the fact. */
        sources: z.array(sourceSchema).min(1, { message: 'every event needs at least one source' }),
      })
      .strict(),
    { labelZh: 'label' },
    chinese,
  );

export type TimelineEvent = z.infer<ReturnType<typeof timelineEventSchema>>;

/**
 * content/figures/timeline.yaml; `chinese`: whether every Chinese field is required (the build:
 * CHINESE_REQUIRED, see timelineSchema).
 */
export const timelineSchemaFor = (chinese: boolean) =>
  z
    .object({
      /** The bracket beside the axis: the span the speech's "past 22 months" is taken to cover. */
      span: chineseBeside(
        z
          .object({
            /** The date of the event the span starts at. */
            from: dayDate,
            /** The date of the event the span ends at. */
            to: dayDate,
            /** What the bracket says. */
            label: z.string().min(1).max(60),
            /** The same in Chinese, for the Chinese pages. */
            labelZh: chineseLine(30).optional(),
            /** The paragraph that names the span. */
            paragraph: paragraphNumber,
          })
          .strict(),
        { labelZh: 'label' },
        chinese,
      ),
      /** The events, in date order. */
      events: z.array(timelineEventSchema(chinese)).min(2),
    })
    .strict()
    .superRefine((data, ctx) => {
      const speech = dateValue(SPEECH.date);
      requireDateOrder(ctx, 'events', data.events);
      data.events.forEach((event, i) => {
        const after = dateValue(event.date) > speech;
        // An invalid date has its own issue; judging `later` by it would only add noise.
        if (!Number.isNaN(dateValue(event.date)) && event.later !== after) {
          reportIssue(
            ctx,
            ['events', i, 'later'],
            `"${event.label}" (${event.date}) is ${after ? 'after' : 'not after'} the speech (${SPEECH.date}), so later must be ${after}`,
          );
        }
      });
      if (!data.events.some((e) => e.date === SPEECH.date)) {
        reportIssue(ctx, ['events'], `there must be an event for the speech, ${SPEECH.date}`);
      }
      for (const end of ['from', 'to'] as const) {
        if (!data.events.some((e) => e.date === data.span[end])) {
          reportIssue(ctx, ['span', end], `no event is dated ${data.span[end]}: the bracket starts and ends at events`);
        }
      }
      if (dateValue(data.span.to) <= dateValue(data.span.from)) {
        reportIssue(ctx, ['span', 'to'], 'the span must end after it starts');
      }
    });

/** content/figures/timeline.yaml, as the build checks it. */
export const timelineSchema = timelineSchemaFor(CHINESE_REQUIRED);

export type TimelineData = z.infer<typeof timelineSchema>;

/** One end of the price chart's window. */
const windowEndSchema = z
  .object({
    /** The day, "YYYY-MM-DD". */
    date: dayDate,
    /** What this point in time means, for editors. */
    meaning: z.string().min(1),
  })
  .strict();

/** The `source` of a price point that the speech itself documents, on the day of the speech. */
export const SPEECH_SOURCE = 'speech';

/** A source of the price chart: always dated, since it dates the points it documents. */
const datedSource = sourceSchema.required({ date: true });

/** One documented price; `chinese`: whether its Chinese meaning is required. */
const pricePointSchema = (chinese: boolean) =>
  chineseBeside(
    z
      .object({
        /** The day, "YYYY-MM-DD". Two points may share a day: a step, the price until a cut, then after it. */
        date: dayDate,
        /** The price, in the file's unit. */
        price: z.number().positive({ message: 'prices are positive numbers' }),
        /** What the point is, shown in the figure's table. */
        meaning: z.string().min(1),
        /** The same in Chinese, shown in the table on the Chinese pages. */
        meaningZh: chineseText().optional(),
        /** Who documents it: a key of `sources`, or "speech" for the speech itself (¶`paragraph`). */
        source: z.string().min(1),
      })
      .strict(),
    { meaningZh: 'meaning' },
    chinese,
  );

/**
 * content/figures/price.yaml; `chinese`: whether every Chinese field is required (the build:
 * CHINESE_REQUIRED, see priceSchema).
 */
export const priceSchemaFor = (chinese: boolean) =>
  chineseBeside(
    z
      .object({
        /** The paragraph that cites the price (¶4). */
        paragraph: paragraphNumber,
        /** The model whose price is charted: its own name, the same on both pages ("Qwen-Long"). */
        model: z.string().min(1),
        /** What a price means: "yuan per million input tokens (list price)". */
        unit: z.string().min(1),
        /** The same in Chinese, for the chart's scale and table on the Chinese pages: "元/百万输入Token（标价）". */
        unitZh: chineseLine(40).optional(),
        /** The time the documented points may cover: nothing outside it is plotted. */
        window: z.object({ start: windowEndSchema, end: windowEndSchema }).strict(),
        /**
         * The documented prices, in date order, from window.start, and no later than window.end. The price
         * changes exactly once: the chart draws one bar until the cut and one from it. A later point is
         * plotted only where a dated source documents it: the chart does not carry a price forward.
         */
        prices: z.array(pricePointSchema(chinese)).min(2),
        /** The sources the points name, by key; each is named under the chart. */
        sources: z.record(z.string(), datedSource),
      })
      .strict(),
    { unitZh: 'unit' },
    chinese,
  ).superRefine((data, ctx) => {
    const { start, end } = data.window;
    const from = dateValue(start.date);
    const to = dateValue(end.date);
    if (to <= from) {
      reportIssue(ctx, ['window', 'end', 'date'], 'the window must end after it starts');
    }
    requireDateOrder(ctx, 'prices', data.prices);
    data.prices.forEach((point, i) => {
      const at = dateValue(point.date);
      if (at < from || at > to) {
        reportIssue(
          ctx,
          ['prices', i, 'date'],
          `${point.date} is outside the window (${start.date} to ${end.date}): only points inside it are plotted`,
        );
      }
      if (point.source === SPEECH_SOURCE) {
        if (point.date !== SPEECH.date) {
          reportIssue(
            ctx,
            ['prices', i, 'source'],
            `the speech documents prices on its own day, ${SPEECH.date}, not ${point.date}`,
          );
        }
      } else if (!Object.hasOwn(data.sources, point.source)) {
        reportIssue(
          ctx,
          ['prices', i, 'source'],
          `"${point.source}" is neither "${SPEECH_SOURCE}" nor a key of sources (${Object.keys(data.sources).join(', ')})`,
        );
      } else if (dateValue(data.sources[point.source]!.date) > at) {
        reportIssue(
          ctx,
          ['prices', i, 'source'],
          `${point.source} (${data.sources[point.source]!.date}) was published after the point it documents (${point.date})`,
        );
      }
    });
    const first = data.prices[0];
    if (first && first.date !== start.date) {
      reportIssue(ctx, ['prices', 0, 'date'], `the first point is at window.start (${start.date})`);
    }
    const changes = data.prices.filter((p, i) => i > 0 && p.price !== data.prices[i - 1]!.price).length;
    if (changes !== 1) {
      reportIssue(
        ctx,
        ['prices'],
        `the price must change exactly once (it changes ${changes} times): the chart draws one bar until the cut and one from it`,
      );
    }
    for (const key of Object.keys(data.sources)) {
      // Checked here, not by the record's key schema: zod reports a bad key as "Invalid key in record".
      if (!/^[a-z0-9-]+$/.test(key)) {
        reportIssue(ctx, ['sources', key], 'name a source with lower-case letters, digits and hyphens');
      }
      if (!data.prices.some((p) => p.source === key)) {
        reportIssue(
          ctx,
          ['sources', key],
          'no point names this source: remove it, or name it as the source of a point',
        );
      }
    }
  });

/** content/figures/price.yaml, as the build checks it. */
export const priceSchema = priceSchemaFor(CHINESE_REQUIRED);

export type PriceData = z.infer<typeof priceSchema>;

/** One claim a thesis rests on; `chinese`: whether its Chinese text is required. */
const claimSchema = (chinese: boolean) =>
  chineseBeside(
    z
      .object({
        /** The paragraph (¶N) that makes the claim; the map links to it. */
        paragraph: paragraphNumber,
        /** One line: what the paragraph says, summarized faithfully, with no verdict. */
        text: z
          .string()
          .min(20)
          .max(200, { message: 'keep a claim to one line of English (200 characters at most)' })
          .refine((t) => !t.includes('\n'), { message: 'a claim is one line: no line breaks' }),
        /**
         * The same claim in Chinese, for the map on the Chinese home page: as attributed as the English
         * (演讲者称……, 据阿里巴巴统计……), no stronger, no weaker.
         */
        textZh: chineseText(10)
          .pipe(z.string().max(100, { message: 'keep a claim to one line of Chinese (100 characters at most)' }))
          .optional(),
      })
      .strict(),
    { textZh: 'text' },
    chinese,
  );

/**
 * One thesis and what it rests on. The Chinese pages show the thesis in the speaker's own words (its
 * paragraph of the speech), so it has no Chinese field of its own.
 */
const thesisSchema = (chinese: boolean) =>
  z
    .object({
      /** The paragraph that states the thesis: ¶2, ¶7, ¶18. */
      paragraph: paragraphNumber,
      /** The thesis in one English sentence, as the speaker puts it. */
      statement: z.string().min(20).max(200),
      /** The claims it rests on, in paragraph order, 3–6. */
      claims: z
        .array(claimSchema(chinese))
        .min(3, { message: 'give each thesis 3 to 6 claims' })
        .max(6, { message: 'give each thesis 3 to 6 claims' }),
    })
    .strict();

/**
 * content/figures/argument.yaml; `chinese`: whether every Chinese field is required (the build:
 * CHINESE_REQUIRED, see argumentSchema).
 */
export const argumentSchemaFor = (chinese: boolean) =>
  z
    .object({
      /** The three theses, in the speech's order. */
      theses: z.array(thesisSchema(chinese)).length(THESIS_PARAGRAPHS.length, {
        message: `the speech has ${THESIS_PARAGRAPHS.length} theses`,
      }),
    })
    .strict()
    .superRefine((data, ctx) => {
      data.theses.forEach((thesis, i) => {
        const expected = THESIS_PARAGRAPHS[i];
        if (thesis.paragraph !== expected) {
          reportIssue(
            ctx,
            ['theses', i, 'paragraph'],
            `thesis ${i + 1} is stated in ¶${expected}, not ¶${thesis.paragraph}`,
          );
        }
        // A claim belongs to its thesis's stretch of the speech: after the thesis, before the next one.
        const next = THESIS_PARAGRAPHS[i + 1] ?? PARAGRAPH_COUNT + 1;
        thesis.claims.forEach((claim, j) => {
          if (claim.paragraph <= thesis.paragraph || claim.paragraph >= next) {
            reportIssue(
              ctx,
              ['theses', i, 'claims', j, 'paragraph'],
              `¶${claim.paragraph} is outside thesis ${i + 1}, which runs from ¶${thesis.paragraph} up to ¶${next - 1}`,
            );
          }
          const previous = thesis.claims[j - 1];
          if (previous && claim.paragraph <= previous.paragraph) {
            reportIssue(
              ctx,
              ['theses', i, 'claims', j, 'paragraph'],
              `claims go in paragraph order, once each: ¶${claim.paragraph} follows ¶${previous.paragraph}`,
            );
          }
        });
      });
    });

/** content/figures/argument.yaml, as the build checks it. */
export const argumentSchema = argumentSchemaFor(CHINESE_REQUIRED);

export type ArgumentData = z.infer<typeof argumentSchema>;

/** The timeline's events, checked. */
export function loadTimeline(): TimelineData {
  return readYaml(TIMELINE_FILE, timelineSchema);
}

/** The price chart's data, checked. */
export function loadPrice(): PriceData {
  return readYaml(PRICE_FILE, priceSchema);
}

/** The argument map's theses and claims, checked. */
export function loadArgument(): ArgumentData {
  return readYaml(ARGUMENT_FILE, argumentSchema);
}
