import { describe, expect, it } from 'vitest';
import type { TimelineData, TimelineEvent } from './data';
import { GEOMETRY as G, publishersOf, timelineLayout, wrapChinese, wrapText } from './timeline';

const event = (date: string, label: string, later = false): TimelineEvent => ({
  date,
  label,
  later,
  fact: 'F1',
  sources: [{ publisher: 'P' }],
});
// A fixture in the shape of content/figures/timeline.yaml: a long pause, the speech, a later event.
const data: TimelineData = {
  span: { from: '2022-11-30', to: '2024-09-19', label: 'The past 22 months', paragraph: 2 },
  events: [
    event('2022-11-30', 'First'),
    event('2024-06-07', 'A label long enough to need a second line on the timeline'),
    event('2024-09-19', 'The speech'),
    event('2024-12', 'Later', true),
  ],
};
const speech = { date: '2024-09-19', display: '19 September 2024' };
const layout = timelineLayout(data, speech);
// The same in Chinese.
const zhLabels = ['第一件事', '一个长到需要在时间线上折成两行的事件，其中有Qwen2-72B-Instruct', '本次演讲', '后来'];
const zhData: TimelineData = {
  span: { ...data.span, labelZh: '演讲所说的“过去22个月”' },
  events: data.events.map((e, i) => (zhLabels[i] === undefined ? e : { ...e, labelZh: zhLabels[i] })),
};
const speechZh = { date: '2024-09-19', display: '2024年9月19日' };

describe('wrapping a label', () => {
  it('breaks at spaces, never beyond the limit unless a word is longer', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('  spaced   out  ', 20)).toEqual(['spaced out']);
    expect(wrapText('unbreakableword', 5)).toEqual(['unbreakableword']);
    expect(wrapText('', 5)).toEqual([]);
  });
  it('fills a line up to exactly the limit', () => {
    expect(wrapText('one two', 7)).toEqual(['one two']);
    expect(wrapText('one two three', 13)).toEqual(['one two three']);
  });
});

describe('wrapping a Chinese label', () => {
  it('breaks between Han characters, each one em wide', () => {
    expect(wrapChinese('一二三四五六七八', 4)).toEqual(['一二三四', '五六七八']);
    expect(wrapChinese('一二三四五', 4.5)).toEqual(['一二三四', '五']);
  });
  it('counts a Latin letter or digit as 0.7 em, for the widest likely font', () => {
    // "Qwen" is 2.8 ems: with 一二 it needs 4.8.
    expect(wrapChinese('一二Qwen', 4.8)).toEqual(['一二Qwen']);
    expect(wrapChinese('一二Qwen', 4.7)).toEqual(['一二', 'Qwen']);
  });
  it('never breaks inside a Latin word or a number, nor between a number and the word it counts', () => {
    expect(wrapChinese('阿里云推出Qwen-Long模型', 8)).toEqual(['阿里云推出', 'Qwen-Long模', '型']);
    expect(wrapChinese('发布于2024年', 5)).toEqual(['发布于', '2024年']);
  });
  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    expect(wrapChinese('一二三，四五', 3)).toEqual(['一二', '三，四', '五']);
    expect(wrapChinese('一二（ModelScope）', 10)).toEqual(['一二', '（ModelScope）']);
    expect(wrapChinese('一二三“四', 4)).toEqual(['一二三', '“四']);
  });
  it('breaks at spaces inside a Latin name, and keeps them, but not before the number of a name', () => {
    expect(wrapChinese('达到Hugging Face榜首', 20)).toEqual(['达到Hugging Face榜首']);
    expect(wrapChinese('达到Hugging Face榜首', 8)).toEqual(['达到Hugging', 'Face榜首']);
    expect(wrapChinese('达到AlphaGeometry 2水平', 13)).toEqual(['达到', 'AlphaGeometry 2水平']);
    // A space is narrower than a letter: 达到 (2) + Hugging (4.9) + a space (0.3) + Face (2.8) + 榜首 (2) is 12 ems.
    expect(wrapChinese('达到Hugging Face榜首', 12)).toEqual(['达到Hugging Face榜首']);
    // Only a number that starts a word after a name ending in a letter is that name's number.
    expect(wrapChinese('达到Hugging Qwen2榜首', 8)).toEqual(['达到Hugging', 'Qwen2榜首']);
    expect(wrapChinese('用Qwen2 72B', 5)).toEqual(['用Qwen2', '72B']);
  });
  it('keeps a number only with the character right after it, and closing punctuation only after opening', () => {
    expect(wrapChinese('发布于2024年以后', 4)).toEqual(['发布于', '2024年', '以后']);
    expect(wrapChinese('（一）二三', 3)).toEqual(['（一）', '二三']);
    expect(wrapChinese('一二三四50%', 4)).toEqual(['一二三四', '50%']);
  });
  it('fills a line up to exactly its width, and never writes an empty line or a leading space', () => {
    expect(wrapChinese('一二三四', 4)).toEqual(['一二三四']);
    expect(wrapChinese('Qwen-Long', 3)).toEqual(['Qwen-Long']);
    expect(wrapChinese(' 一二', 5)).toEqual(['一二']);
    expect(wrapChinese(' 2024年', 5)).toEqual(['2024年']);
    expect(wrapChinese('', 5)).toEqual([]);
    expect(wrapChinese('  ', 5)).toEqual([]);
  });
});

describe('the timeline layout', () => {
  it('stacks the rows evenly in date order, each as tall as its label', () => {
    const [first, second] = layout.rows;
    expect(first!.top).toBe(G.top);
    expect(first!.lines.map((l) => l.text)).toEqual(['First']);
    // A pause of more than 180 days comes before the second event: a gap marker sits between them.
    expect(layout.gaps).toEqual([
      {
        top: G.top + 12 + G.line + G.rowPad,
        textY: G.top + 12 + G.line + G.rowPad + 22,
        text: '18 months and 8 days later',
        duration: '18 months and 8 days',
        before: '2024-06-07',
      },
    ]);
    expect(second!.top).toBe(layout.gaps[0]!.top + G.gap);
    expect(second!.lines).toHaveLength(2);
    expect(second!.lines[1]!.y - second!.lines[0]!.y).toBe(G.line);
    expect(second!.dotY).toBe(second!.top + 8);
  });

  it('draws the speech’s own dot larger', () => {
    expect(layout.rows.map((r) => r.dotRadius)).toEqual([5, 5, 7, 5]);
  });

  it('opens the "Later" band before the first later event and runs it to the bottom', () => {
    const later = layout.rows[3]!;
    expect(layout.band!.top + G.bandHead).toBe(later.top);
    expect(layout.band!.top + layout.band!.height).toBe(layout.height);
    expect(layout.after.map((r) => r.event.label)).toEqual(['Later']);
    expect(layout.before).toHaveLength(3);
  });

  it('draws the axis solid to the speech, dotted across the pause and dashed through later events', () => {
    const [first, second, theSpeech, later] = layout.rows;
    const gap = layout.gaps[0]!;
    expect(layout.solidAxis).toBe(
      `M${G.axisX} ${first!.dotY}V${gap.top + 4}M${G.axisX} ${gap.top + G.gap}V${theSpeech!.dotY}`,
    );
    expect(layout.pauseAxis).toBe(`M${G.axisX} ${gap.top + 4}V${gap.top + G.gap}`);
    expect(layout.laterAxis).toBe(`M${G.axisX} ${theSpeech!.dotY}V${later!.dotY}`);
    expect(second!.dotY).toBeGreaterThan(gap.top + G.gap);
  });

  it('brackets the span from its first event’s dot to its last’s, its label centred beside it', () => {
    expect(layout.span.from).toBe(layout.rows[0]!.dotY);
    expect(layout.span.to).toBe(layout.rows[2]!.dotY);
    expect(layout.span.labelY).toBe((layout.span.from + layout.span.to) / 2);
    expect(layout.span.labelX).toBeLessThan(G.bracketX);
  });

  it('describes its shape in words', () => {
    expect(layout.description).toBe(
      '4 events in date order, evenly spaced rather than to scale, from 30 November 2022 to December 2024: 3 up to the day ' +
        'of the speech, 19 September 2024, then 1 later events in a separate band. A bracket marks the past 22 months, ' +
        'from 30 November 2022 to 19 September 2024. The axis shows a pause of 18 months and 8 days before 7 June 2024. ' +
        'The table after the figure lists every event.',
    );
  });

  it('names every pause of the axis in its description', () => {
    const two = timelineLayout({ ...data, events: [event('2021-01-04', 'Earliest'), ...data.events] }, speech);
    expect(two.gaps).toHaveLength(2);
    expect(two.description).toMatch(
      /The axis shows a pause of [^.]+ before 30 November 2022 and a pause of 18 months and 8 days before 7 June 2024\. /,
    );
  });

  it('names no pause when the events follow each other closely', () => {
    const close = timelineLayout(
      {
        span: { from: '2024-06-07', to: '2024-09-19', label: 'The summer', paragraph: 2 },
        events: [event('2024-06-07', 'June'), event('2024-09-19', 'The speech')],
      },
      speech,
    );
    expect(close.gaps).toEqual([]);
    expect(close.description).not.toContain('The axis shows');
    expect(close.description).toMatch(
      /from 7 June 2024 to 19 September 2024\. The table after the figure lists every event\.$/,
    );
  });

  it('has no band and no dashed axis when nothing came later', () => {
    const before = timelineLayout({ ...data, events: data.events.slice(0, 3) }, speech);
    expect(before.band).toBeUndefined();
    expect(before.laterAxis).toBe('');
  });

  it('refuses a span that does not start and end at events, naming the file', () => {
    expect(() =>
      timelineLayout({ ...data, span: { ...data.span, from: '2023-01-01' } }, speech, 'timeline.yaml'),
    ).toThrow('timeline.yaml: no event is dated 2023-01-01.');
  });

  it('names each publisher once, in order of first mention', () => {
    expect(publishersOf([{ publisher: 'B' }, { publisher: 'A' }, { publisher: 'B' }])).toEqual(['B', 'A']);
  });
});

describe('the timeline in Chinese', () => {
  const zh = timelineLayout(zhData, speechZh, 'timeline.yaml', 'zh');

  it('labels each event in Chinese, and refuses an event without its Chinese, naming the file and the event', () => {
    expect(zh.rows.map((r) => r.label)).toEqual([
      { value: '第一件事', lang: 'zh' },
      { value: zhLabels[1], lang: 'zh' },
      { value: '本次演讲', lang: 'zh' },
      { value: '后来', lang: 'zh' },
    ]);
    const untranslated = {
      ...zhData,
      events: zhData.events.map((e, i) => (i === 3 ? { ...e, labelZh: undefined } : e)),
    };
    expect(() => timelineLayout(untranslated, speechZh, 'timeline.yaml', 'zh')).toThrow(
      'timeline.yaml: events[3].labelZh: the Chinese is missing.',
    );
    expect(zh.rows[1]!.lines.map((l) => l.text)).toEqual([
      '一个长到需要在时间线上折成两行的事件，其',
      '中有Qwen2-72B-Instruct',
    ]);
    expect(zh.span.label).toEqual({ value: '演讲所说的“过去22个月”', lang: 'zh' });
  });

  it('stacks the rows as the English layout does, each as tall as its Chinese label', () => {
    expect(zh.rows.map((r) => r.lines.length)).toEqual([1, 2, 1, 1]);
    expect(zh.rows.map((r) => [r.top, r.dotY])).toEqual(layout.rows.map((r) => [r.top, r.dotY]));
    expect(zh.solidAxis).toBe(layout.solidAxis);
  });

  it('writes the pause and the description in Chinese', () => {
    expect(zh.gaps.map((g) => [g.text, g.duration])).toEqual([['18个月零8天后', '18个月零8天']]);
    expect(zh.description).toBe(
      '共4个事件，按日期先后排列，行距相等，不按时间比例，自2022年11月30日至2024年12月：' +
        '演讲当天（2024年9月19日）及以前3个，此后1个，单列一栏。' +
        '括号标出演讲所说的“过去22个月”，自2022年11月30日至2024年9月19日。' +
        '轴线在2024年6月7日之前标出一段18个月零8天的间隔。图后的表格列出全部事件。',
    );
  });

  it('says a pause of whole months without its days', () => {
    const months = timelineLayout(
      {
        ...zhData,
        events: [zhData.events[0]!, { ...zhData.events[1]!, date: '2023-11-30' }, ...zhData.events.slice(2)],
      },
      speechZh,
      undefined,
      'zh',
    );
    expect(months.gaps[0]!.text).toBe('12个月后');
  });
});

describe('the timeline’s rows, pauses and band, drawn exactly', () => {
  it('sets each line of a label one line below the one before, the first one line below the date', () => {
    const rows = timelineLayout(data, speech).rows;
    const two = rows[1]!;
    expect(two.lines.map((l) => l.y)).toEqual([two.dateY + G.line, two.dateY + 2 * G.line]);
    // The row after starts under the last line of the label, and the row's padding.
    expect(rows[2]!.top).toBe(two.dateY + 2 * G.line + G.rowPad);
  });

  it('wraps an English label by its characters, a Chinese one by its width', () => {
    const label = 'Alibaba Cloud cuts its model prices'; // 35 characters, about 24 ems
    const en = timelineLayout({ ...data, events: [event('2022-11-30', label), ...data.events.slice(1)] }, speech);
    expect(en.rows[0]!.lines.map((l) => l.text)).toEqual([label]);
  });

  it('marks a pause of more than 180 days, not one of exactly 180', () => {
    const at = (date: string) =>
      timelineLayout(
        {
          span: { from: date, to: '2024-09-19', label: 'x', paragraph: 2 },
          events: [event(date, 'Before'), event('2024-09-19', 'The speech')],
        },
        speech,
      ).gaps.length;
    expect(at('2024-03-23')).toBe(0);
    expect(at('2024-03-22')).toBe(1);
  });

  it('opens one "Later" band, before the first later event, its label inside it, whatever follows', () => {
    const layout = timelineLayout({ ...data, events: [...data.events, event('2025-03', 'Even later', true)] }, speech);
    const [, , , later, evenLater] = layout.rows;
    expect(layout.band!.top + G.bandHead).toBe(later!.top);
    expect(evenLater!.top).toBe(later!.dateY + G.line + G.rowPad);
    expect(layout.band!.labelY).toBeGreaterThan(layout.band!.top);
    expect(layout.band!.labelY).toBeLessThan(later!.top);
  });

  it('draws each pause of the axis dotted, one after the other, and the bracket’s arms toward the axis', () => {
    const layout = timelineLayout({ ...data, events: [event('2021-01-04', 'Earliest'), ...data.events] }, speech);
    const [a, b] = layout.gaps;
    expect(layout.pauseAxis).toBe(
      `M${G.axisX} ${a!.top + 4}V${a!.top + G.gap}M${G.axisX} ${b!.top + 4}V${b!.top + G.gap}`,
    );
    const { from, to, path } = layout.span;
    expect(path).toBe(`M${G.bracketX + 6} ${from}H${G.bracketX}V${to}H${G.bracketX + 6}`);
    expect(G.bracketX + 6).toBeLessThan(G.axisX);
  });

  it('names the default file in its errors', () => {
    expect(() => timelineLayout({ ...data, span: { ...data.span, from: '2023-01-01' } }, speech)).toThrow(
      'content/figures/timeline.yaml: no event is dated 2023-01-01.',
    );
  });

  it('in Chinese, names every pause, none when there is none, and refuses a span without its Chinese', () => {
    const two = timelineLayout(
      { ...zhData, events: [{ ...event('2021-01-04', 'Earliest'), labelZh: '最早' }, ...zhData.events] },
      speechZh,
      'timeline.yaml',
      'zh',
    );
    expect(two.description).toMatch(
      /轴线在2022年11月30日之前标出一段[^。]+的间隔，在2024年6月7日之前标出一段18个月零8天的间隔。图后/,
    );
    const close = timelineLayout(
      {
        span: { from: '2024-06-07', to: '2024-09-19', label: 'x', labelZh: '夏天', paragraph: 2 },
        events: [
          { ...event('2024-06-07', 'June'), labelZh: '六月' },
          { ...event('2024-09-19', 'The speech'), labelZh: '演讲' },
        ],
      },
      speechZh,
      'timeline.yaml',
      'zh',
    );
    expect(close.description).toMatch(/自2024年6月7日至2024年9月19日。图后的表格列出全部事件。$/);
    expect(() =>
      timelineLayout({ ...zhData, span: { ...zhData.span, labelZh: undefined } }, speechZh, 'timeline.yaml', 'zh'),
    ).toThrow('timeline.yaml: span.labelZh: the Chinese is missing.');
  });
});
