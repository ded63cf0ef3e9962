/**
 * The timeline's layout (Timeline.astro draws it): one row per event, evenly spaced in date order,
 * a gap marker across each long pause, a shaded band for what came after the speech, the axis and
 * the bracket of the span ¶2 names, in SVG user units. Pure, so that the layout is tested apart from
 * the markup.
 */
import { daysBetween, formatDate, monthsAndDaysBetween } from '../site/dates';
import type { TimelineData, TimelineEvent } from './data';

/**
 * Geometry in SVG user units. The viewBox is 360 wide, about the width of a phone's text column, so
 * 14-unit labels stay near 13px there.
 */
export const GEOMETRY = {
  width: 360,
  bracketX: 26,
  axisX: 46,
  textX: 62,
  /** The right edge of a row's ¶ number. */
  paragraphX: 358,
  /** SVG text does not wrap: labels are broken at this many characters, set for the widest likely system font. */
  labelChars: 38,
  /** One line of a label. */
  line: 18,
  /** Space under a row. */
  rowPad: 12,
  /** The first row's top. */
  top: 8,
  /** A gap marker's height. */
  gap: 36,
  /** The head of the "Later" band. */
  bandHead: 34,
} as const;

/** A pause longer than this many days between two events gets a gap marker. */
export const LONG_PAUSE_DAYS = 180;

/**
 * Breaks a label into lines of at most `maxChars` characters, at spaces. SVG text does not wrap, and
 * the figures are drawn at build time, when the text cannot be measured.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The publishers of some sources, each once, in order of first mention. */
export function publishersOf(sources: ReadonlyArray<{ publisher: string }>): string[] {
  return [...new Set(sources.map((s) => s.publisher))];
}

export interface Row {
  readonly event: TimelineEvent;
  readonly top: number;
  /** The centre of the event's dot on the axis, and its radius: the speech's own event is drawn larger. */
  readonly dotY: number;
  readonly dotRadius: number;
  readonly isSpeech: boolean;
  /** The baseline of the date (and of the ¶ number). */
  readonly dateY: number;
  /** The label, broken into lines, each with its baseline. */
  readonly lines: readonly { readonly text: string; readonly y: number }[];
}

export interface Gap {
  readonly top: number;
  /** The baseline of its text. */
  readonly textY: number;
  /** "21 months and 20 days later". */
  readonly text: string;
  /** The date of the event after the pause. */
  readonly before: string;
}

export interface TimelineLayout {
  readonly rows: readonly Row[];
  readonly gaps: readonly Gap[];
  /** The "Later" band, if any event came after the speech: from its top to the bottom of the figure. */
  readonly band: { readonly top: number; readonly height: number; readonly labelY: number } | undefined;
  readonly height: number;
  /** The axis: solid up to the speech, dotted across long pauses, dashed through later events ('' for none). */
  readonly solidAxis: string;
  readonly pauseAxis: string;
  readonly laterAxis: string;
  /** The bracket beside the axis, from the span's first event to its last. */
  readonly span: {
    readonly from: number;
    readonly to: number;
    readonly path: string;
    /** Its label runs up beside it, centred. */
    readonly labelX: number;
    readonly labelY: number;
  };
  readonly before: readonly TimelineEvent[];
  readonly after: readonly TimelineEvent[];
  /** The SVG's <desc>: the figure's shape in words; the table under it lists every event. */
  readonly description: string;
}

/** Lays out the timeline of content/figures/timeline.yaml around the speech, given its date and as readers see it. */
export function timelineLayout(
  data: TimelineData,
  speech: { date: string; display: string },
  file = 'content/figures/timeline.yaml',
): TimelineLayout {
  const G = GEOMETRY;
  const rows: Row[] = [];
  const gaps: Gap[] = [];
  let bandTop: number | undefined;
  let y = G.top;
  data.events.forEach((event, i) => {
    const previous = data.events[i - 1];
    if (previous && daysBetween(previous.date, event.date) > LONG_PAUSE_DAYS) {
      const { months, days } = monthsAndDaysBetween(previous.date, event.date);
      gaps.push({ top: y, textY: y + 22, text: `${months} months and ${days} days later`, before: event.date });
      y += G.gap;
    }
    if (event.later && bandTop === undefined) {
      bandTop = y;
      y += G.bandHead;
    }
    const isSpeech = event.date === speech.date;
    const dateY = y + 12;
    const lines = wrapText(event.label, G.labelChars).map((text, k) => ({ text, y: dateY + G.line * (k + 1) }));
    rows.push({ event, top: y, dotY: y + 8, dotRadius: isSpeech ? 7 : 5, isSpeech, dateY, lines });
    y = dateY + G.line * lines.length + G.rowPad;
  });

  const dotOf = (date: string) => {
    const row = rows.find((r) => r.event.date === date);
    if (!row) throw new Error(`${file}: no event is dated ${date}.`);
    return row.dotY;
  };
  const speechY = dotOf(speech.date);
  const last = rows.at(-1);
  const solid: string[] = [];
  const dotted: string[] = [];
  let cursor = rows[0]?.dotY ?? 0;
  for (const gap of gaps) {
    solid.push(`M${G.axisX} ${cursor}V${gap.top + 4}`);
    dotted.push(`M${G.axisX} ${gap.top + 4}V${gap.top + G.gap}`);
    cursor = gap.top + G.gap;
  }
  solid.push(`M${G.axisX} ${cursor}V${speechY}`);

  const from = dotOf(data.span.from);
  const to = dotOf(data.span.to);
  const before = data.events.filter((e) => !e.later);
  const after = data.events.filter((e) => e.later);
  const pauses = gaps.map((g) => `a pause of ${g.text.replace(/ later$/, '')} before ${formatDate(g.before)}`);
  const first = data.events[0]?.date ?? speech.date;
  const lastDate = data.events.at(-1)?.date ?? speech.date;
  const description =
    `${data.events.length} events in date order, evenly spaced rather than to scale, from ` +
    `${formatDate(first)} to ${formatDate(lastDate)}: ` +
    `${before.length} up to the day of the speech, ${speech.display}, then ${after.length} later events in a ` +
    `separate band. A bracket marks ${data.span.label.charAt(0).toLowerCase()}${data.span.label.slice(1)}, from ${formatDate(data.span.from)} to ` +
    `${formatDate(data.span.to)}.` +
    (pauses.length > 0 ? ` The axis shows ${pauses.join(' and ')}.` : '') +
    ' The table after the figure lists every event.';

  return {
    rows,
    gaps,
    band: bandTop === undefined ? undefined : { top: bandTop, height: y - bandTop, labelY: bandTop + 22 },
    height: y,
    solidAxis: solid.join(''),
    pauseAxis: dotted.join(''),
    laterAxis: last && last.dotY > speechY ? `M${G.axisX} ${speechY}V${last.dotY}` : '',
    span: {
      from,
      to,
      path: `M${G.bracketX + 6} ${from}H${G.bracketX}V${to}H${G.bracketX + 6}`,
      labelX: G.bracketX - 8,
      labelY: (from + to) / 2,
    },
    before,
    after,
    description,
  };
}
