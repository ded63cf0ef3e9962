/**
 * The timeline's layout (Timeline.astro draws it): one row per event, evenly spaced in date order,
 * a gap marker across each long pause, a shaded band for what came after the speech, the axis and
 * the bracket of the span ¶2 names, in SVG user units. Pure, so that the layout is tested apart from
 * the markup.
 */
import type { Lang } from '../../constants';
import { inLanguage, type InLanguage } from '../content/in-language';
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
  /**
   * A Chinese label is broken at this width, in ems of its 14-unit font (wrapChinese): 296 units from
   * textX to paragraphX are 21 ems, less a margin for fonts whose Latin letters run wide.
   */
  labelEms: 20,
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
  for (const word of text.match(/\S+/g) ?? []) {
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

/** A Han character or full-width punctuation: one em wide. */
const WIDE_CHARS = '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff60\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';
const WIDE = new RegExp(`[${WIDE_CHARS}]`, 'u');
/** A label's tokens: a run of spaces, one wide character, or a run of anything else (a Latin word, a number). */
const TOKEN = new RegExp(`\\s+|[${WIDE_CHARS}]|[^\\s${WIDE_CHARS}]+`, 'gu');
/** Punctuation a line may not begin with, and punctuation it may not end with (GB/T 15834's 禁则). */
const NO_LINE_START = /^[，。、；：？！）》”’…—%]/u;
const NO_LINE_END = /[（《“‘]$/u;

/** The width of a Latin letter or digit, in ems, for the widest likely system font, and of a space. */
const LATIN_EM = 0.7;
const SPACE_EM = 0.3;

/**
 * Breaks a Chinese label into lines at most `maxEms` ems wide, a Han character one em, a Latin letter
 * or digit LATIN_EM: between any two Han characters, at spaces, and where Latin text meets Han text,
 * but never inside a Latin word or number, between a number and the word it counts (2024年, 5个) or
 * the name it numbers (AlphaGeometry 2), before closing punctuation or after opening punctuation.
 */
export function wrapChinese(text: string, maxEms: number): string[] {
  // The pieces a line may break between, each knowing whether a space came before it.
  const pieces: { text: string; space: boolean }[] = [];
  let space = false;
  for (const [token] of text.matchAll(TOKEN)) {
    if (/^\s/u.test(token)) {
      space = true;
      continue;
    }
    const last = pieces.at(-1);
    // A number stays with the name it numbers ("AlphaGeometry 2", "Cloud 3.0") and the word it counts.
    const numbered = last !== undefined && space && /^\d/u.test(token) && /[A-Za-z]$/u.test(last.text);
    const glued =
      last !== undefined &&
      !space &&
      (NO_LINE_START.test(token) || NO_LINE_END.test(last.text) || (/\d$/u.test(last.text) && WIDE.test(token)));
    if (numbered) last.text += ` ${token}`;
    else if (glued) last.text += token;
    else pieces.push({ text: token, space });
    space = false;
  }
  const width = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : ch === ' ' ? SPACE_EM : LATIN_EM), 0);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const joined = line === '' ? piece.text : `${line}${piece.space ? ' ' : ''}${piece.text}`;
    if (line === '' || width(joined) <= maxEms + 1e-9) line = joined;
    else {
      lines.push(line);
      line = piece.text;
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
  /** Its label in the page's language, or in English where the Chinese is not written yet. */
  readonly label: InLanguage<string>;
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
  /** "21 months and 20 days later"; "21个月零20天后". */
  readonly text: string;
  /** The pause itself: "21 months and 20 days"; "21个月零20天". */
  readonly duration: string;
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
    /** What it says, in the page's language (or in English where the Chinese is not written yet). */
    readonly label: InLanguage<string>;
    /** Its label runs up beside it, centred. */
    readonly labelX: number;
    readonly labelY: number;
  };
  /** The rows up to the day of the speech, and those after it. */
  readonly before: readonly Row[];
  readonly after: readonly Row[];
  /** The SVG's <desc>: the figure's shape in words; the table under it lists every event. */
  readonly description: string;
}

/** A pause in words: "18 months and 8 days"; "18个月零8天". */
function pauseIn(lang: Lang, months: number, days: number): { duration: string; text: string } {
  if (lang === 'zh') {
    const duration = days === 0 ? `${months}个月` : `${months}个月零${days}天`;
    return { duration, text: `${duration}后` };
  }
  const duration = `${months} months and ${days} days`;
  return { duration, text: `${duration} later` };
}

/**
 * Lays out the timeline of content/figures/timeline.yaml around the speech, given its date and as
 * readers see it, in the page's language: labels, gap markers and the description in Chinese on the
 * Chinese pages (an event whose Chinese is not written yet keeps its English label, marked as such).
 */
export function timelineLayout(
  data: TimelineData,
  speech: { date: string; display: string },
  file = 'content/figures/timeline.yaml',
  lang: Lang = 'en',
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
      gaps.push({ top: y, textY: y + 22, ...pauseIn(lang, months, days), before: event.date });
      y += G.gap;
    }
    if (event.later && bandTop === undefined) {
      bandTop = y;
      y += G.bandHead;
    }
    const isSpeech = event.date === speech.date;
    const dateY = y + 12;
    const label = inLanguage(lang, event.label, event.labelZh, `${file}: events[${i}].labelZh`);
    const wrapped = label.lang === 'zh' ? wrapChinese(label.value, G.labelEms) : wrapText(label.value, G.labelChars);
    const lines = wrapped.map((text, k) => ({
      text,
      y: dateY + G.line * (k + 1),
    }));
    rows.push({ event, label, top: y, dotY: y + 8, dotRadius: isSpeech ? 7 : 5, isSpeech, dateY, lines });
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
  // dotOf() has found the speech's row, so there is a first row.
  let cursor = rows[0]!.dotY;
  for (const gap of gaps) {
    solid.push(`M${G.axisX} ${cursor}V${gap.top + 4}`);
    dotted.push(`M${G.axisX} ${gap.top + 4}V${gap.top + G.gap}`);
    cursor = gap.top + G.gap;
  }
  solid.push(`M${G.axisX} ${cursor}V${speechY}`);

  const from = dotOf(data.span.from);
  const to = dotOf(data.span.to);
  const spanLabel = inLanguage(lang, data.span.label, data.span.labelZh, `${file}: span.labelZh`);
  const before = rows.filter((r) => !r.event.later);
  const after = rows.filter((r) => r.event.later);
  const date = (iso: string) => formatDate(iso, lang);
  const first = date(rows[0]!.event.date);
  const lastDate = date(rows.at(-1)!.event.date);
  const description =
    lang === 'zh'
      ? `共${data.events.length}个事件，按日期先后排列，行距相等，不按时间比例，自${first}至${lastDate}：` +
        `演讲当天（${speech.display}）及以前${before.length}个，此后${after.length}个，单列一栏。` +
        `括号标出${spanLabel.value}，自${date(data.span.from)}至${date(data.span.to)}。` +
        (gaps.length > 0
          ? `轴线在${gaps.map((g) => `${date(g.before)}之前标出一段${g.duration}的间隔`).join('，在')}。`
          : '') +
        '图后的表格列出全部事件。'
      : `${data.events.length} events in date order, evenly spaced rather than to scale, from ${first} to ${lastDate}: ` +
        `${before.length} up to the day of the speech, ${speech.display}, then ${after.length} later events in a ` +
        `separate band. A bracket marks ${spanLabel.value.charAt(0).toLowerCase()}${spanLabel.value.slice(1)}, from ${date(data.span.from)} to ` +
        `${date(data.span.to)}.` +
        (gaps.length > 0
          ? ` The axis shows ${gaps.map((g) => `a pause of ${g.duration} before ${date(g.before)}`).join(' and ')}.`
          : '') +
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
      label: spanLabel,
      labelX: G.bracketX - 8,
      labelY: (from + to) / 2,
    },
    before,
    after,
    description,
  };
}
