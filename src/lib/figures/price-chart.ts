/**
 * The price chart's numbers and geometry (PriceChart.astro draws them): the documented list price
 * until the cut and from it, as two horizontal bars on a linear scale from zero, the fall between
 * them, the scale's ticks and the words of the SVG's <title> and <desc>, in SVG user units. Pure, so
 * that the maths is tested apart from the markup.
 */
import { formatDate, parseDate, SHORT_MONTHS } from '../site/dates';
import { SPEECH } from '../text/edition';
import { PRICE_FILE, type PriceData } from './data';

/** The fall from one price to another, as a percentage of the first: 20 → 0.5 is 97.5. */
export function percentFall(from: number, to: number): number {
  return (1 - to / from) * 100;
}

/** A price in yuan, to three significant figures at most: 20 → "¥20", 0.5 → "¥0.5", 0.0141421… → "¥0.0141". */
export function formatYuan(price: number): string {
  return `¥${Number(price.toPrecision(3))}`;
}

/** A fall as the chart labels it: 97.5 → "−97.5%". */
export const formatFall = (fall: number): string => `−${fall.toFixed(1)}%`;

/** A day with the month shortened, to fit a bar's label on a phone: "2024-09-19" → "19 Sept 2024". */
export function formatShortDate(iso: string): string {
  const d = parseDate(iso);
  if (d?.month === undefined || d.day === undefined) return formatDate(iso);
  return `${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}`;
}

/** SVG user units, to one decimal, as the positions are written. */
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * The chart's frame: 360 wide, as the timeline, so that it reads at a phone's width. The bars grow
 * from `left` (¥0) to `right` (the highest price); the value labels sit right of their bar.
 */
export const FRAME = { width: 360, height: 160, left: 14, right: 300 } as const;

/** The two rows, top to bottom, and the scale under them. */
export const ROWS = {
  /** The baseline of the first row's label; each row is `step` lower than the one above. */
  labelY: 16,
  step: 62,
  /** The bar starts this far below its label's baseline, and is this high. */
  barOffset: 8,
  barHeight: 26,
} as const;

export const AXIS = {
  /** The gridlines run across each bar, this far above and below it, clear of the labels. */
  gridOverhang: 3,
  /** The axis line under the bars, and its ticks, this long, down from it. */
  tickLength: 4,
  lineY: ROWS.labelY + ROWS.step + ROWS.barOffset + ROWS.barHeight + 6,
  /** The baselines of the tick labels and of the unit under them. */
  tickY: ROWS.labelY + ROWS.step + ROWS.barOffset + ROWS.barHeight + 22,
  unitY: ROWS.labelY + ROWS.step + ROWS.barOffset + ROWS.barHeight + 40,
} as const;

export interface Bar {
  /** "Until 21 May 2024"; "From 21 May 2024 (still on 19 Sept 2024)". */
  readonly label: string;
  readonly price: number;
  /** The baseline of the label above the bar. */
  readonly labelY: number;
  /** The bar's rectangle; it starts at FRAME.left. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where its value ("¥20") starts: just right of the bar. */
  readonly valueX: number;
  readonly valueY: number;
}

export interface Tick {
  readonly price: number;
  readonly x: number;
  /** The zero line, drawn darker. */
  readonly base: boolean;
}

type Point = PriceData['prices'][number];

export interface PriceChart {
  /** The last point before the price changes, and the first after: the cut is `after.date`. */
  readonly before: Point;
  readonly after: Point;
  /** The last point: the price after the cut, still on that day. */
  readonly last: Point;
  /** The fall from `before` to `after`, a percentage, 0–100. */
  readonly fall: number;
  /** Until the cut, then from it. */
  readonly bars: readonly [Bar, Bar];
  readonly ticks: readonly Tick[];
  /** The SVG's <title> and <desc>: what the chart shows, in words. */
  readonly title: string;
  readonly description: string;
}

/** Everything the price chart draws, from content/figures/price.yaml (checked by priceSchema). */
export function priceChart(data: PriceData): PriceChart {
  const i = data.prices.findIndex((p, k) => k > 0 && p.price !== data.prices[k - 1]?.price);
  const before = data.prices[i - 1];
  const after = data.prices[i];
  const last = data.prices.at(-1);
  if (i < 1 || !before || !after || !last)
    throw new Error(`${PRICE_FILE}: the price never changes: there is no cut to draw.`);
  const fall = percentFall(before.price, after.price);
  const cut = after.date;

  const { left, right } = FRAME;
  const max = Math.max(before.price, after.price);
  const x = (price: number) => left + (price / max) * (right - left);
  const bar = (row: number, label: string, price: number): Bar => {
    const labelY = ROWS.labelY + row * ROWS.step;
    const y = labelY + ROWS.barOffset;
    const width = r((price / max) * (right - left));
    return {
      label,
      price,
      labelY,
      y,
      width,
      height: ROWS.barHeight,
      valueX: r(left + width + 6),
      valueY: y + ROWS.barHeight / 2 + 5,
    };
  };
  const still = last.date === cut ? '' : ` (still on ${formatShortDate(last.date)})`;
  const bars = [
    bar(0, `Until ${formatDate(cut)}`, before.price),
    bar(1, `From ${formatDate(cut)}${still}`, after.price),
  ] as const;

  const lastDay = `${formatDate(last.date)}${last.date === SPEECH.date ? ', the day of the speech' : ''}`;
  return {
    before,
    after,
    last,
    fall,
    bars,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ price: f * max, x: r(x(f * max)), base: f === 0 })),
    title:
      `${data.model}’s list price for input tokens: ${formatYuan(before.price)} per million until ${formatDate(cut)}, ` +
      `${formatYuan(after.price)} from then, a fall of ${fall.toFixed(1)}%`,
    description:
      `Bar chart, linear scale from ¥0 to ${formatYuan(max)}, in ${data.unit}, of one model, ${data.model}. ` +
      `Until ${formatDate(cut)}: ${formatYuan(before.price)}. From ${formatDate(cut)}` +
      (still ? `, and still on ${lastDay}` : '') +
      `: ${formatYuan(after.price)}, ${fall.toFixed(1)}% less. A list price set in a price war, not a measure of ` +
      `the cost of inference.`,
  };
}
