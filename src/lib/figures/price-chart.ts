/**
 * The price chart's numbers and geometry (PriceChart.astro draws them): the fall of the price the
 * speech cites, the same time at the pace of Moore's law, the scales, the ticks and the lines, in SVG
 * user units. Pure, so that the maths is tested apart from the markup.
 */
import { daysBetween, formatDate, SHORT_MONTHS, yearsBetween } from '../dates';
import type { PriceData } from './data';

/** The price after `years` at a pace that halves it every `halvingYears`: start × 0.5^(years / halvingYears). */
export function halvingPrice(start: number, years: number, halvingYears: number): number {
  return start * 0.5 ** (years / halvingYears);
}

/** The fall from one price to another, as a percentage of the first: 0.02 → 0.0005 is 97.5. */
export function percentFall(from: number, to: number): number {
  return (1 - to / from) * 100;
}

/** A price in yuan, to three significant figures at most: 0.0141421… → "¥0.0141", 0.02 → "¥0.02". */
export function formatYuan(price: number): string {
  return `¥${Number(price.toPrecision(3))}`;
}

/** A fall as the chart labels it: 97.5 → "−97.5%". */
export const formatFall = (fall: number): string => `−${fall.toFixed(1)}%`;

/** SVG user units, to one decimal, as the paths and positions are written. */
const r = (n: number) => Math.round(n * 10) / 10;

/** The chart's frame: 360 wide, as the timeline; the plot runs from left to right and top to bottom. */
export const FRAME = { width: 360, height: 268, left: 50, right: 290, top: 80, bottom: 226 } as const;

/** Where the axes' marks and labels sit. */
export const AXES = {
  /** The x ticks run down from the plot's bottom; the month under them, the year under the month. */
  tickTop: FRAME.bottom,
  tickBottom: FRAME.bottom + 5,
  monthY: FRAME.bottom + 18,
  yearY: FRAME.bottom + 33,
  /** The y labels end just left of the plot. */
  priceLabelX: FRAME.left - 6,
  /** The end labels start just right of it. */
  endLabelX: FRAME.right + 8,
} as const;

/** How many straight pieces draw the comparison curve. */
const SAMPLES = 24;

export interface XTick {
  readonly date: string;
  readonly x: number;
  /** "Jan", "May", "Sept". */
  readonly month: string;
  /** Written under the first tick and under each January. */
  readonly year: string | undefined;
}

export interface YTick {
  readonly price: number;
  readonly y: number;
  /** The baseline of its label. */
  readonly labelY: number;
  /** The zero line, drawn darker. */
  readonly base: boolean;
}

/** Where a line ends at the right edge: its dot, its percentage and its price. */
export interface LineEnd {
  readonly y: number;
  readonly fallY: number;
  readonly priceY: number;
}

export interface PriceChart {
  readonly startPrice: number;
  readonly endPrice: number;
  /** The first point at which the price changes: the cut. */
  readonly cut: PriceData['prices'][number] | undefined;
  /** The comparison line's price on a date. */
  comparisonAt(date: string): number;
  readonly comparisonEndPrice: number;
  /** Percentages, 0–100. */
  readonly priceFall: number;
  readonly comparisonFall: number;
  readonly xTicks: readonly XTick[];
  readonly yTicks: readonly YTick[];
  /** The price line where both ends are observed prices, and where one was placed by the editors. */
  readonly solidPath: string;
  readonly dottedPath: string;
  readonly comparisonPath: string;
  /** Where the two lines end, at the right edge of the plot. */
  readonly priceEnd: LineEnd;
  readonly comparisonEnd: LineEnd;
  /** The x of the note beside the cut ("Price cut, 21 May 2024"), which ends just left of it. */
  readonly cutNoteX: number | undefined;
  /** The SVG's <title> and <desc>: what the chart shows, in words. */
  readonly title: string;
  readonly description: string;
}

/** Month ticks: the window's ends, and 1 January, May and September in between. */
function monthTicks(start: string, end: string, x: (date: string) => number): XTick[] {
  const ticks: XTick[] = [];
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = end.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const year = startYear + Math.floor((startMonth - 1 + i) / 12);
    const month = ((startMonth - 1 + i) % 12) + 1;
    if (year > endYear || (year === endYear && month > endMonth)) break;
    const atEnd = year === endYear && month === endMonth;
    if (i > 0 && !atEnd && month % 4 !== 1) continue;
    const date = i === 0 ? start : atEnd ? end : `${year}-${String(month).padStart(2, '0')}-01`;
    ticks.push({
      date,
      x: r(x(date)),
      month: SHORT_MONTHS[month - 1] ?? '',
      year: i === 0 || month === 1 ? String(year) : undefined,
    });
  }
  return ticks;
}

/** Everything the price chart draws, from content/figures/price.yaml. */
export function priceChart(data: PriceData): PriceChart {
  const { start, end } = data.window;
  const first = data.prices[0];
  const last = data.prices.at(-1);
  if (!first || !last) throw new Error('content/figures/price.yaml: prices is empty.');
  const startPrice = first.price;
  const { halvingYears, label } = data.comparison;
  const comparisonAt = (date: string) => halvingPrice(startPrice, yearsBetween(start.date, date), halvingYears);
  const comparisonEnd = comparisonAt(end.date);
  const priceFall = percentFall(startPrice, last.price);
  const comparisonFall = percentFall(startPrice, comparisonEnd);
  const cut = data.prices.find((p, i) => i > 0 && p.price !== data.prices[i - 1]?.price);

  const { left, right, top, bottom } = FRAME;
  const yMax = Math.max(...data.prices.map((p) => p.price));
  const span = daysBetween(start.date, end.date);
  const xOfDays = (days: number) => left + (days / span) * (right - left);
  const x = (date: string) => xOfDays(daysBetween(start.date, date));
  const y = (price: number) => bottom - (price / yMax) * (bottom - top);

  // The price line: dotted where a segment touches a point placed rather than observed.
  const solid: string[] = [];
  const dotted: string[] = [];
  data.prices.forEach((p, i) => {
    const next = data.prices[i + 1];
    if (!next) return;
    const segment = `M${r(x(p.date))} ${r(y(p.price))}L${r(x(next.date))} ${r(y(next.price))}`;
    (p.dated && next.dated ? solid : dotted).push(segment);
  });
  const comparisonPath = Array.from({ length: SAMPLES + 1 }, (_, i) => {
    const days = (span * i) / SAMPLES;
    const price = halvingPrice(startPrice, days / 365.25, halvingYears);
    return `${i === 0 ? 'M' : 'L'}${r(xOfDays(days))} ${r(y(price))}`;
  }).join('');

  const description =
    `Line chart, linear scale, from ${formatDate(start.date)} to ${formatDate(end.date)}, in ${data.unit}. ` +
    `${data.model}: ${formatYuan(startPrice)}` +
    (cut
      ? ` until the cut of ${formatDate(cut.date)}, then ${formatYuan(cut.price)}`
      : ` to ${formatYuan(last.price)}`) +
    `, a fall of ${priceFall.toFixed(1)}%. ${label} from ${formatYuan(startPrice)} over the same time ` +
    `gives ${formatYuan(comparisonEnd)}, a fall of ${comparisonFall.toFixed(1)}%. The price before the cut is drawn ` +
    `dotted from the start of the year: the sources date only the cut.`;

  const priceEndY = y(last.price);
  const comparisonEndY = y(comparisonEnd);
  return {
    startPrice,
    endPrice: last.price,
    cut,
    comparisonAt,
    comparisonEndPrice: comparisonEnd,
    priceFall,
    comparisonFall,
    xTicks: monthTicks(start.date, end.date, x),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((f) => {
      const price = f * yMax;
      return { price, y: r(y(price)), labelY: r(y(price)) + 4, base: f === 0 };
    }),
    solidPath: solid.join(''),
    dottedPath: dotted.join(''),
    comparisonPath,
    // The price's percentage sits above its end, the comparison's below: the price falls further.
    priceEnd: { y: r(priceEndY), fallY: r(priceEndY - 6), priceY: r(priceEndY + 10) },
    comparisonEnd: { y: r(comparisonEndY), fallY: r(comparisonEndY + 5), priceY: r(comparisonEndY + 20) },
    cutNoteX: cut && r(x(cut.date) - 6),
    title:
      `${data.model}’s input price fell ${priceFall.toFixed(1)}% in the year the speech names; ` +
      `${label.toLowerCase()} would have lowered it by ${comparisonFall.toFixed(1)}%`,
    description,
  };
}
