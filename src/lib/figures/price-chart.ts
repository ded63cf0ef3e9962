/**
 * The price chart's numbers and geometry (PriceChart.astro draws them): the documented list price
 * until the cut and from it, as two horizontal bars on a linear scale from zero, the fall between
 * them, the scale's ticks and the words of the SVG's <title> and <desc>, in SVG user units. Pure, so
 * that the maths is tested apart from the markup.
 */
import type { Lang } from '../../constants';
import { inLanguage } from '../content/in-language';
import { formatDate, parseDate, SHORT_MONTHS } from '../site/dates';
import { SPEECH } from '../text/edition';
import { PRICE_FILE, type PriceData } from './data';

/** The fall from one price to another, as a percentage of the first: 20 → 0.5 is 97.5. */
export function percentFall(from: number, to: number): number {
  return (1 - to / from) * 100;
}

/** A number to three significant figures at most: 20 → "20", 0.0141421… → "0.0141"; a tick of the Chinese scale. */
export const formatAmount = (n: number): string => String(Number(n.toPrecision(3)));

/**
 * A price in yuan, to three significant figures at most: 20 → "¥20", 0.5 → "¥0.5", 0.0141421… →
 * "¥0.0141"; in Chinese, as GB/T 15835 writes an amount, "20元", "0.5元".
 */
export function formatYuan(price: number, lang: Lang): string {
  return lang === 'zh' ? `${formatAmount(price)}元` : `¥${formatAmount(price)}`;
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
  /** "Until 21 May 2024"; "From 21 May 2024 (still on 19 Sept 2024)"; "2024年5月21日降价前". */
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
  /** The SVG's <title> and <desc>: what the chart shows, in words, in the page's language. */
  readonly title: string;
  readonly description: string;
  /** The unit, in the page's language (in English where the Chinese is not written yet). */
  readonly unit: { readonly value: string; readonly lang: Lang };
}

/**
 * Everything the price chart draws, from content/figures/price.yaml (checked by priceSchema), in the
 * page's language.
 */
export function priceChart(data: PriceData, lang: Lang = 'en'): PriceChart {
  const i = data.prices.findIndex((p, k) => k > 0 && p.price !== data.prices[k - 1]!.price);
  if (i < 1) throw new Error(`${PRICE_FILE}: the price never changes: there is no cut to draw.`);
  // i ≥ 1, so the point before the cut, the cut and the last point all exist.
  const before = data.prices[i - 1]!;
  const after = data.prices[i]!;
  const last = data.prices.at(-1)!;
  const fall = percentFall(before.price, after.price);
  const cut = after.date;
  const unit = inLanguage(lang, data.unit, data.unitZh, `${PRICE_FILE}: unitZh`);

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
  const yuan = (price: number) => formatYuan(price, lang);
  const onSpeechDay = last.date === SPEECH.date;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ price: f * max, x: r(x(f * max)), base: f === 0 }));
  if (lang === 'zh') {
    const day = formatDate(cut, 'zh');
    const lastDay = formatDate(last.date, 'zh');
    const still = last.date === cut ? '' : `（${lastDay}仍为此价）`;
    return {
      before,
      after,
      last,
      fall,
      bars: [bar(0, `${day}降价前`, before.price), bar(1, `${day}降价后${still}`, after.price)],
      ticks,
      title:
        `${data.model}输入Token的标价：${day}降价前每百万Token为${yuan(before.price)}，降价后为` +
        `${yuan(after.price)}，降幅${fall.toFixed(1)}%`,
      description:
        `条形图，线性刻度从0到${formatAmount(max)}，单位为${unit.value}，只含一个模型：${data.model}。` +
        `${day}降价前：${yuan(before.price)}。${day}降价后` +
        (still ? `，至${lastDay}${onSpeechDay ? '（演讲当天）' : ''}仍为此价` : '') +
        `：${yuan(after.price)}，降幅${fall.toFixed(1)}%。这是价格战中定下的标价，不能用来衡量推理成本。`,
      unit,
    };
  }
  const still = last.date === cut ? '' : ` (still on ${formatShortDate(last.date)})`;
  const bars = [
    bar(0, `Until ${formatDate(cut)}`, before.price),
    bar(1, `From ${formatDate(cut)}${still}`, after.price),
  ] as const;

  const lastDay = `${formatDate(last.date)}${onSpeechDay ? ', the day of the speech' : ''}`;
  return {
    before,
    after,
    last,
    fall,
    bars,
    ticks,
    title:
      `${data.model}’s list price for input tokens: ${yuan(before.price)} per million until ${formatDate(cut)}, ` +
      `${yuan(after.price)} from then, a fall of ${fall.toFixed(1)}%`,
    description:
      `Bar chart, linear scale from ¥0 to ${yuan(max)}, in ${unit.value}, of one model, ${data.model}. ` +
      `Until ${formatDate(cut)}: ${yuan(before.price)}. From ${formatDate(cut)}` +
      (still ? `, and still on ${lastDay}` : '') +
      `: ${yuan(after.price)}, ${fall.toFixed(1)}% less. A list price set in a price war, not a measure of ` +
      `the cost of inference.`,
    unit,
  };
}
