import { describe, expect, it } from 'vitest';
import type { PriceData } from './data';
import {
  FRAME,
  ROWS,
  formatAmount,
  formatFall,
  formatShortDate,
  formatYuan,
  percentFall,
  priceChart,
} from './price-chart';

// A fixture in the shape of content/figures/price.yaml: the price until a cut, after it, and still
// on the day of the speech.
const data: PriceData = {
  paragraph: 4,
  model: 'Model',
  unit: 'yuan per million input tokens (list price)',
  window: { start: { date: '2024-05-21', meaning: 'cut' }, end: { date: '2024-09-19', meaning: 'speech' } },
  prices: [
    { date: '2024-05-21', price: 20, meaning: 'until the cut', source: 's' },
    { date: '2024-05-21', price: 0.5, meaning: 'from the cut', source: 's' },
    { date: '2024-09-19', price: 0.5, meaning: 'the day', source: 'speech' },
  ],
  sources: { s: { publisher: 'P', date: '2024-05-21' } },
};

describe('the price maths', () => {
  it('gives a fall as a percentage of the first price', () => {
    expect(percentFall(20, 0.5)).toBeCloseTo(97.5, 10);
    expect(percentFall(0.02, 0.0005)).toBeCloseTo(97.5, 10);
    expect(formatFall(97.5)).toBe('−97.5%');
  });
  it('writes yuan to three significant figures at most', () => {
    expect(formatYuan(20, 'en')).toBe('¥20');
    expect(formatYuan(0.5, 'en')).toBe('¥0.5');
    expect(formatYuan(0.0141421356, 'en')).toBe('¥0.0141');
    expect(formatYuan(0, 'en')).toBe('¥0');
  });
  it('writes yuan in Chinese as GB/T 15835 writes an amount, and the scale’s numbers bare', () => {
    expect(formatYuan(20, 'zh')).toBe('20元');
    expect(formatYuan(0.5, 'zh')).toBe('0.5元');
    expect(formatYuan(0.0141421356, 'zh')).toBe('0.0141元');
    expect(formatAmount(15)).toBe('15');
    expect(formatAmount(0)).toBe('0');
  });
  it('writes a day with the month shortened', () => {
    expect(formatShortDate('2024-09-19')).toBe('19 Sept 2024');
    expect(formatShortDate('2024-05')).toBe('May 2024');
    expect(() => formatShortDate('2024-13-01')).toThrow('"2024-13-01" is not a date of the form');
  });
});

describe('the price chart', () => {
  it('finds the price before and after the cut, and the fall the caption states', () => {
    const chart = priceChart(data);
    expect(chart.before.price).toBe(20);
    expect(chart.after).toMatchObject({ date: '2024-05-21', price: 0.5 });
    expect(chart.last.date).toBe('2024-09-19');
    expect(chart.fall).toBeCloseTo(97.5, 10);
  });

  it('draws two bars from ¥0 on a linear scale, the higher price across the whole plot', () => {
    const chart = priceChart(data);
    const [until, from] = chart.bars;
    expect(until.label).toBe('Until 21 May 2024');
    expect(from.label).toBe('From 21 May 2024 (still on 19 Sept 2024)');
    expect(until.width).toBe(FRAME.right - FRAME.left);
    // ¥0.5 of ¥20 is 2.5% of the plot's 286 units: 7.15, written to one decimal.
    expect(from.width).toBe(7.2);
    expect(from.valueX).toBeCloseTo(FRAME.left + from.width + 6, 5);
    expect(until.valueX).toBe(FRAME.right + 6);
    expect(from.y - until.y).toBe(ROWS.step);
    expect(until.y).toBe(until.labelY + ROWS.barOffset);
    // Each price's baseline sits in the lower half of its bar's height, so the figures read centred on it.
    for (const b of chart.bars) {
      expect(b.valueY).toBeGreaterThan(b.y + b.height / 2);
      expect(b.valueY).toBeLessThan(b.y + b.height);
    }
  });

  it('ticks the scale at ¥0, ¥5, ¥10, ¥15 and ¥20, the zero line darker', () => {
    const chart = priceChart(data);
    expect(chart.ticks.map((t) => [formatYuan(t.price, 'en'), t.x, t.base])).toEqual([
      ['¥0', FRAME.left, true],
      ['¥5', 85.5, false],
      ['¥10', 157, false],
      ['¥15', 228.5, false],
      ['¥20', FRAME.right, false],
    ]);
  });

  it('keeps every label inside the frame', () => {
    const chart = priceChart(data);
    const last = chart.bars[1];
    expect(last.valueY).toBeLessThan(FRAME.height);
    // "¥20" (about 26 units at 14px) right of the longer bar.
    expect(chart.bars[0].valueX + 26).toBeLessThan(FRAME.width);
  });

  it('describes the chart in words for the SVG’s title and description', () => {
    const chart = priceChart(data);
    expect(chart.title).toBe(
      'Model’s list price for input tokens: ¥20 per million until 21 May 2024, ¥0.5 from then, a fall of 97.5%',
    );
    expect(chart.description).toBe(
      'Bar chart, linear scale from ¥0 to ¥20, in yuan per million input tokens (list price), of one model, Model. ' +
        'Until 21 May 2024: ¥20. From 21 May 2024, and still on 19 September 2024, the day of the speech: ¥0.5, ' +
        '97.5% less. A list price set in a price war, not a measure of the cost of inference.',
    );
  });

  it('labels the second bar without "still" when no later point repeats the price', () => {
    const short = priceChart({ ...data, prices: data.prices.slice(0, 2) });
    expect(short.bars[1].label).toBe('From 21 May 2024');
    expect(short.description).toContain('From 21 May 2024: ¥0.5, 97.5% less.');
  });

  it('names the last documented day without "the day of the speech" when it is another day', () => {
    const earlier = priceChart({
      ...data,
      prices: [...data.prices.slice(0, 2), { date: '2024-09-01', price: 0.5, meaning: 'later', source: 's' }],
    });
    expect(earlier.description).toContain('From 21 May 2024, and still on 1 September 2024: ¥0.5, 97.5% less.');
  });

  it('refuses a price that never changes, naming the file', () => {
    const flat = data.prices.map((p) => ({ ...p, price: 20 }));
    expect(() => priceChart({ ...data, prices: flat })).toThrow(
      'content/figures/price.yaml: the price never changes: there is no cut to draw.',
    );
  });
});

describe('the price chart in Chinese', () => {
  it('draws the same bars and scale as in English', () => {
    const chart = priceChart(data);
    const zh = priceChart({ ...data, unitZh: '元/百万输入Token（标价）' }, 'zh');
    expect(zh.bars.map((b) => [b.width, b.y, b.valueX])).toEqual(chart.bars.map((b) => [b.width, b.y, b.valueX]));
    expect(zh.ticks).toEqual(chart.ticks);
    expect(zh.fall).toBe(chart.fall);
  });

  it('labels the bars with Chinese dates', () => {
    const zh = priceChart({ ...data, unitZh: '元/百万输入Token（标价）' }, 'zh');
    expect(zh.bars.map((b) => b.label)).toEqual([
      '2024年5月21日降价前',
      '2024年5月21日降价后（2024年9月19日仍为此价）',
    ]);
    expect(priceChart({ ...data, unitZh: '元', prices: data.prices.slice(0, 2) }, 'zh').bars[1].label).toBe(
      '2024年5月21日降价后',
    );
  });

  it('describes the chart in Chinese, in its Chinese unit', () => {
    const zh = priceChart({ ...data, unitZh: '元/百万输入Token（标价）' }, 'zh');
    expect(zh.unit).toEqual({ value: '元/百万输入Token（标价）', lang: 'zh' });
    expect(zh.title).toBe('Model输入Token的标价：2024年5月21日降价前每百万Token为20元，降价后为0.5元，降幅97.5%');
    expect(zh.description).toBe(
      '条形图，线性刻度从0到20，单位为元/百万输入Token（标价），只含一个模型：Model。' +
        '2024年5月21日降价前：20元。2024年5月21日降价后，至2024年9月19日（演讲当天）仍为此价：0.5元，降幅97.5%。' +
        '这是价格战中定下的标价，不能用来衡量推理成本。',
    );
  });

  it('names the last documented day in Chinese, as the day of the speech only when it is', () => {
    const earlier = priceChart(
      {
        ...data,
        unitZh: '元',
        prices: [...data.prices.slice(0, 2), { date: '2024-09-01', price: 0.5, meaning: 'later', source: 's' }],
      },
      'zh',
    );
    expect(earlier.description).toContain('2024年5月21日降价后，至2024年9月1日仍为此价：0.5元，降幅97.5%。');
    const cutOnly = priceChart({ ...data, unitZh: '元', prices: data.prices.slice(0, 2) }, 'zh');
    expect(cutOnly.description).toContain('2024年5月21日降价后：0.5元，降幅97.5%。');
  });

  it('refuses a Chinese chart without its Chinese unit, naming the file and the field', () => {
    const chart = priceChart(data);
    expect(() => priceChart(data, 'zh')).toThrow('content/figures/price.yaml: unitZh: the Chinese is missing.');
    expect(chart.unit).toEqual({ value: data.unit, lang: 'en' });
  });
});
