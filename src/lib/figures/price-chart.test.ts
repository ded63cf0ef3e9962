import { describe, expect, it } from 'vitest';
import type { PriceData } from './data';
import { AXES, FRAME, formatFall, formatYuan, halvingPrice, percentFall, priceChart } from './price-chart';

// A fixture in the shape of content/figures/price.yaml: a year, a placed start, a cut, a flat end.
const data: PriceData = {
  paragraph: 4,
  model: 'Model',
  unit: 'yuan per 1,000 input tokens',
  window: { start: { date: '2023-09-19', meaning: 'start' }, end: { date: '2024-09-19', meaning: 'end' } },
  prices: [
    { date: '2023-09-19', price: 0.02, meaning: 'placed', dated: false },
    { date: '2024-05-21', price: 0.02, meaning: 'before the cut', dated: true },
    { date: '2024-05-21', price: 0.0005, meaning: 'after the cut', dated: true },
    { date: '2024-09-19', price: 0.0005, meaning: 'the day', dated: true },
  ],
  comparison: { label: 'Halving every two years', halvingYears: 2, description: 'pace' },
  sources: [{ publisher: 'P' }],
};
const chart = priceChart(data);

describe('the price maths', () => {
  it('halves the price every halvingYears', () => {
    expect(halvingPrice(0.02, 2, 2)).toBeCloseTo(0.01, 12);
    expect(halvingPrice(0.02, 1, 2)).toBeCloseTo(0.02 / Math.SQRT2, 12);
    expect(halvingPrice(0.02, 0, 2)).toBe(0.02);
  });
  it('gives a fall as a percentage of the first price', () => {
    expect(percentFall(0.02, 0.0005)).toBeCloseTo(97.5, 10);
    expect(formatFall(97.5)).toBe('−97.5%');
  });
  it('writes yuan to three significant figures at most', () => {
    expect(formatYuan(0.0141421356)).toBe('¥0.0141');
    expect(formatYuan(0.02)).toBe('¥0.02');
    expect(formatYuan(0.5)).toBe('¥0.5');
  });
});

describe('the price chart', () => {
  it('finds the cut and the falls the caption states', () => {
    expect(chart.cut?.date).toBe('2024-05-21');
    expect(chart.startPrice).toBe(0.02);
    expect(chart.endPrice).toBe(0.0005);
    expect(chart.priceFall).toBeCloseTo(97.5, 10);
    // 366 days (2024 is a leap year) at half every two years; the cut, 245 days in, sits at 50 + 245/366 × 240.
    expect(chart.comparisonFall).toBeCloseTo((1 - 0.5 ** (366 / 365.25 / 2)) * 100, 10);
    expect(chart.comparisonAt('2023-09-19')).toBe(0.02);
  });

  it('scales the highest price to the top of the plot and zero to its bottom', () => {
    expect(chart.yTicks.map((t) => t.y)).toEqual([FRAME.bottom, 189.5, 153, 116.5, FRAME.top]);
    expect(chart.yTicks.map((t) => t.base)).toEqual([true, false, false, false, false]);
    expect(chart.yTicks[0]!.labelY).toBe(FRAME.bottom + 4);
    expect(chart.yTicks.at(-1)!.price).toBe(0.02);
  });

  it('ticks the window’s ends and each January, May and September, writing the year under the first and each January', () => {
    expect(chart.xTicks.map((t) => [t.date, t.month, t.year])).toEqual([
      ['2023-09-19', 'Sept', '2023'],
      ['2024-01-01', 'Jan', '2024'],
      ['2024-05-01', 'May', undefined],
      ['2024-09-19', 'Sept', undefined],
    ]);
    expect(chart.xTicks[0]!.x).toBe(FRAME.left);
    expect(chart.xTicks.at(-1)!.x).toBe(FRAME.right);
  });

  it('draws dotted only the segments that touch a placed point, and the cut as a vertical step', () => {
    expect(chart.dottedPath).toBe(`M${FRAME.left} ${FRAME.top}L210.7 ${FRAME.top}`);
    expect(chart.solidPath).toBe(`M210.7 ${FRAME.top}L210.7 222.4M210.7 222.4L${FRAME.right} 222.4`);
    expect(chart.cutNoteX).toBe(204.7);
  });

  it('draws the comparison from the first price to its end in 24 pieces, ending where its dot is', () => {
    const points = chart.comparisonPath.split(/[ML]/).filter(Boolean);
    expect(points).toHaveLength(25);
    expect(points[0]).toBe(`${FRAME.left} ${FRAME.top}`);
    expect(points.at(-1)).toBe(`${FRAME.right} ${chart.comparisonEnd.y}`);
  });

  it('puts the price’s percentage above its end and the comparison’s below, clear of each other', () => {
    expect(chart.priceEnd.fallY).toBeLessThan(chart.priceEnd.y);
    expect(chart.comparisonEnd.fallY).toBeGreaterThan(chart.comparisonEnd.y);
    expect(chart.comparisonEnd.priceY - chart.comparisonEnd.fallY).toBeCloseTo(15, 10);
    expect(AXES.endLabelX).toBeGreaterThan(FRAME.right);
  });

  it('describes the chart in words for the SVG’s title and description', () => {
    expect(chart.title).toBe(
      'Model’s input price fell 97.5% in the year the speech names; halving every two years would have lowered it by 29.3%',
    );
    expect(chart.description).toContain('from 19 September 2023 to 19 September 2024, in yuan per 1,000 input tokens');
    expect(chart.description).toContain('Model: ¥0.02 until the cut of 21 May 2024, then ¥0.0005, a fall of 97.5%.');
  });

  it('refuses a price line without points', () => {
    expect(() => priceChart({ ...data, prices: [] })).toThrow('content/figures/price.yaml: prices is empty.');
  });
});
