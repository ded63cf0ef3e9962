/**
 * The data behind the edition's figures, content/figures/*.yaml: the schema of each file, which
 * doubles as the editors' manual for it, and its loader. A file that breaks its schema fails the
 * build with the file and every field at fault named (src/lib/content/yaml-file.ts).
 */
import { z } from 'astro/zod';
import { PARAGRAPH_COUNT } from '../../constants';
import { dateValue } from '../site/dates';
import { SPEECH } from '../text/edition';
import { dateField, paragraphNumber, sourceSchema } from '../content/schemas';
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

/** A date as "YYYY-MM-DD" or, when only the month is known, "YYYY-MM". */
const eventDate = dateField('day', 'month');

/** A day, "YYYY-MM-DD". */
const dayDate = dateField('day');

/** One event on the timeline. */
const timelineEventSchema = z
  .object({
    /** When it happened: "YYYY-MM-DD", or "YYYY-MM" when only the month is known. */
    date: eventDate,
    /** One short English line; the figure wraps it. */
    label: z.string().min(1).max(100, { message: 'keep the label under 100 characters: it is one short line' }),
    /** The paragraph (¶N) of the speech the event bears on, if any. */
    paragraph: paragraphNumber.optional(),
    /** True for what happened after the speech (19 September 2024): drawn apart, labelled "Later". */
    later: z.boolean(),
    /** The research/facts.md entry or entries behind the event ("F6", "F1, F3"). Never shown to readers. */
    fact: z.string().regex(/^F\d+(, F\d+)*$/, { message: 'name the facts.md entries as "F6" or "F1, F3"' }),
    /** Who published the fact. */
    sources: z.array(sourceSchema).min(1, { message: 'every event needs at least one source' }),
  })
  .strict();

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** content/figures/timeline.yaml. */
export const timelineSchema = z
  .object({
    /** The bracket beside the axis: the span the speech's "past 22 months" is taken to cover. */
    span: z
      .object({
        /** The date of the event the span starts at. */
        from: dayDate,
        /** The date of the event the span ends at. */
        to: dayDate,
        /** What the bracket says. */
        label: z.string().min(1).max(60),
        /** The paragraph that names the span. */
        paragraph: paragraphNumber,
      })
      .strict(),
    /** The events, in date order. */
    events: z.array(timelineEventSchema).min(2),
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

/** One documented price. */
const pricePointSchema = z
  .object({
    /** The day, "YYYY-MM-DD". Two points may share a day: a step, the price until a cut, then after it. */
    date: dayDate,
    /** The price, in the file's unit. */
    price: z.number().positive({ message: 'prices are positive numbers' }),
    /** What the point is, shown in the figure's table. */
    meaning: z.string().min(1),
    /** Who documents it: a key of `sources`, or "speech" for the speech itself (¶`paragraph`). */
    source: z.string().min(1),
  })
  .strict();

/** content/figures/price.yaml. */
export const priceSchema = z
  .object({
    /** The paragraph that cites the price (¶4). */
    paragraph: paragraphNumber,
    /** The model whose price is charted. */
    model: z.string().min(1),
    /** What a price means: "yuan per million input tokens (list price)". */
    unit: z.string().min(1),
    /** The time the documented points may cover: nothing outside it is plotted. */
    window: z.object({ start: windowEndSchema, end: windowEndSchema }).strict(),
    /**
     * The documented prices, in date order, from window.start, and no later than window.end. The price
     * changes exactly once: the chart draws one bar until the cut and one from it. A later point is
     * plotted only where a dated source documents it: the chart does not carry a price forward.
     */
    prices: z.array(pricePointSchema).min(2),
    /** The sources the points name, by key; each is named under the chart. */
    sources: z.record(
      z.string().regex(/^[a-z0-9-]+$/, { message: 'name a source with lower-case letters, digits and hyphens' }),
      datedSource,
    ),
  })
  .strict()
  .superRefine((data, ctx) => {
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
      if (!data.prices.some((p) => p.source === key)) {
        reportIssue(
          ctx,
          ['sources', key],
          'no point names this source: remove it, or name it as the source of a point',
        );
      }
    }
  });

export type PriceData = z.infer<typeof priceSchema>;

/** One claim a thesis rests on. */
const claimSchema = z
  .object({
    /** The paragraph (¶N) that makes the claim; the map links to it. */
    paragraph: paragraphNumber,
    /** One line: what the paragraph says, summarized faithfully, with no verdict. */
    text: z
      .string()
      .min(20)
      .max(200, { message: 'keep a claim to one line of English (200 characters at most)' })
      .refine((t) => !t.includes('\n'), { message: 'a claim is one line: no line breaks' }),
  })
  .strict();

/** One thesis and what it rests on. */
const thesisSchema = z
  .object({
    /** The paragraph that states the thesis: ¶2, ¶7, ¶18. */
    paragraph: paragraphNumber,
    /** The thesis in one English sentence, as the speaker puts it. */
    statement: z.string().min(20).max(200),
    /** The claims it rests on, in paragraph order, 3–6. */
    claims: z
      .array(claimSchema)
      .min(3, { message: 'give each thesis 3 to 6 claims' })
      .max(6, { message: 'give each thesis 3 to 6 claims' }),
  })
  .strict();

/** content/figures/argument.yaml. */
export const argumentSchema = z
  .object({
    /** The three theses, in the speech's order. */
    theses: z.array(thesisSchema).length(THESIS_PARAGRAPHS.length, {
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
