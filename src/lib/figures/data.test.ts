import { describe, expect, it } from 'vitest';
import { parseYaml, readYaml } from '../content/yaml-file';
import {
  ARGUMENT_FILE,
  PRICE_FILE,
  TIMELINE_FILE,
  argumentSchemaFor,
  loadArgument,
  loadPrice,
  loadTimeline,
  priceSchemaFor,
  timelineSchemaFor,
} from './data';

// The English shape of each file (its Chinese fields are tested below, in both states of the switch).
const timelineSchema = timelineSchemaFor(false);
const priceSchema = priceSchemaFor(false);
const argumentSchema = argumentSchemaFor(false);

// Each figure file that breaks its schema must fail the build naming the file, the field and what is
// wrong, in words an editor can act on. Fixtures are small YAML texts in the files' own shape.
const fails = (file: string, yaml: string, schema: Parameters<typeof parseYaml>[2]) => () =>
  parseYaml(file, yaml, schema);

const timeline = (
  events: string,
  span = "{ from: '2022-11-30', to: '2024-09-19', label: 'The past 22 months', paragraph: 2 }",
) => `span: ${span}\nevents:\n${events}`;
const ev = (date: string, later = false, extra = '') =>
  `  - { date: '${date}', label: 'An event', later: ${later}, fact: 'F1', sources: [{ publisher: 'P' }]${extra} }\n`;
const goodEvents = ev('2022-11-30') + ev('2024-09-19') + ev('2025-07', true);

describe('content/figures/timeline.yaml', () => {
  const T = 'content/figures/timeline.yaml';
  it('accepts a well-formed file', () => {
    expect(parseYaml(T, timeline(goodEvents), timelineSchema).events).toHaveLength(3);
  });
  it('names an event out of date order', () => {
    expect(fails(T, timeline(ev('2024-09-19') + ev('2022-11-30')), timelineSchema)).toThrow(
      `${T}: events[1].date: events must be in date order: 2022-11-30 comes after 2024-09-19`,
    );
  });
  it('names an event whose "later" contradicts its date', () => {
    expect(fails(T, timeline(ev('2022-11-30') + ev('2024-09-19') + ev('2025-07')), timelineSchema)).toThrow(
      `${T}: events[2].later: "An event" (2025-07) is after the speech (2024-09-19), so later must be true`,
    );
    expect(fails(T, timeline(ev('2022-11-30', true) + ev('2024-09-19') + ev('2025-07', true)), timelineSchema)).toThrow(
      `${T}: events[0].later: "An event" (2022-11-30) is not after the speech (2024-09-19), so later must be false`,
    );
  });
  it('requires an event for the speech, and a bracket that starts and ends at events', () => {
    expect(fails(T, timeline(ev('2022-11-30') + ev('2025-07', true)), timelineSchema)).toThrow(
      `${T}: events: there must be an event for the speech, 2024-09-19`,
    );
    const span = "{ from: '2022-12-01', to: '2024-09-19', label: 'x', paragraph: 2 }";
    expect(fails(T, timeline(goodEvents, span), timelineSchema)).toThrow(
      `${T}: span.from: no event is dated 2022-12-01: the bracket starts and ends at events`,
    );
  });
  it('refuses impossible dates, a missing source and a fact named loosely', () => {
    expect(fails(T, timeline(ev('2024-02-30') + goodEvents), timelineSchema)).toThrow(
      `${T}: events[0].date: dates are real dates written YYYY-MM-DD or YYYY-MM`,
    );
    const noSource = "  - { date: '2024-09-19', label: 'x', later: false, fact: 'F1', sources: [] }\n";
    expect(fails(T, timeline(ev('2022-11-30') + noSource), timelineSchema)).toThrow(
      `${T}: events[1].sources: every event needs at least one source`,
    );
    const looseFact =
      "  - { date: '2024-09-19', label: 'x', later: false, fact: 'fact 6', sources: [{ publisher: 'P' }] }\n";
    expect(fails(T, timeline(ev('2022-11-30') + looseFact), timelineSchema)).toThrow(
      `${T}: events[1].fact: name the facts.md entries as "F6" or "F1, F3"`,
    );
  });
  it('takes the facts as "F6" or "F1, F3" and nothing looser, and keeps a label to one short line', () => {
    const withFact = (fact: string) => () =>
      parseYaml(
        T,
        timeline(
          ev('2022-11-30') +
            `  - { date: '2024-09-19', label: 'x', later: false, fact: '${fact}', sources: [{ publisher: 'P' }] }\n`,
        ),
        timelineSchema,
      );
    expect(withFact('F12, F103')).not.toThrow();
    for (const loose of ['see F6', 'F6 and more', 'F1, F', 'F1,F3']) {
      expect(withFact(loose)).toThrow(`${T}: events[1].fact: name the facts.md entries as "F6" or "F1, F3"`);
    }
    const long = `  - { date: '2024-09-19', label: '${'x'.repeat(101)}', later: false, fact: 'F1', sources: [{ publisher: 'P' }] }\n`;
    expect(fails(T, timeline(ev('2022-11-30') + long), timelineSchema)).toThrow(
      `${T}: events[1].label: keep the label under 100 characters: it is one short line`,
    );
  });
  it('refuses a bracket that ends where it starts, or before', () => {
    const same = "{ from: '2024-09-19', to: '2024-09-19', label: 'x', paragraph: 2 }";
    expect(fails(T, timeline(goodEvents, same), timelineSchema)).toThrow(
      `${T}: span.to: the span must end after it starts`,
    );
    const backwards = "{ from: '2024-09-19', to: '2022-11-30', label: 'x', paragraph: 2 }";
    expect(fails(T, timeline(goodEvents, backwards), timelineSchema)).toThrow(
      `${T}: span.to: the span must end after it starts`,
    );
  });
  it('reports every problem at once, one line each', () => {
    expect(fails(T, timeline(ev('2024-09-19') + ev('2022-11-30', true)), timelineSchema)).toThrow(
      new RegExp(`^${T}: events\\[1\\]\\.date: .*\\n${T}: events\\[1\\]\\.later: .*$`),
    );
  });
});

const price = (
  prices: string,
  window = "{ start: { date: '2024-05-21', meaning: 's' }, end: { date: '2024-09-19', meaning: 'e' } }",
  sources = "{ sina: { publisher: P, date: '2024-05-21' } }",
) => `paragraph: 4\nmodel: M\nunit: u\nwindow: ${window}\nprices:\n${prices}sources: ${sources}\n`;
const pt = (date: string, p = 20, source = 'sina') =>
  `  - { date: '${date}', price: ${p}, meaning: m, source: ${source} }\n`;
const good = pt('2024-05-21') + pt('2024-05-21', 0.5) + pt('2024-09-19', 0.5, 'speech');

describe('content/figures/price.yaml', () => {
  const P = 'content/figures/price.yaml';
  it('accepts a well-formed file, with or without a documented point after the cut', () => {
    expect(parseYaml(P, price(good), priceSchema).prices).toHaveLength(3);
    expect(parseYaml(P, price(pt('2024-05-21') + pt('2024-05-21', 0.5)), priceSchema).prices).toHaveLength(2);
    expect(
      parseYaml(P, price(pt('2024-05-21') + pt('2024-05-21', 0.5) + pt('2024-09-01', 0.5)), priceSchema).prices,
    ).toHaveLength(3);
  });
  it('refuses a point without a date, a meaning or a source, and the old undated points', () => {
    const point = (fields: string) => `  - { ${fields} }\n`;
    const rest = pt('2024-05-21', 0.5) + pt('2024-09-19', 0.5, 'speech');
    expect(fails(P, price(point('price: 20, meaning: m, source: sina') + rest), priceSchema)).toThrow(
      `${P}: prices[0].date: `,
    );
    expect(fails(P, price(point("date: '2024-05-21', price: 20, source: sina") + rest), priceSchema)).toThrow(
      `${P}: prices[0].meaning: `,
    );
    expect(fails(P, price(point("date: '2024-05-21', price: 20, meaning: m") + rest), priceSchema)).toThrow(
      `${P}: prices[0].source: `,
    );
    expect(
      fails(
        P,
        price(point("date: '2024-05-21', price: 20, meaning: m, source: sina, dated: false") + rest),
        priceSchema,
      ),
    ).toThrow(new RegExp(`^${P}: prices\\[0\\]: .*dated`));
  });
  it('refuses a point outside the window, naming the window', () => {
    expect(fails(P, price(pt('2023-09-19') + good), priceSchema)).toThrow(
      `${P}: prices[0].date: 2023-09-19 is outside the window (2024-05-21 to 2024-09-19): only points inside it are plotted`,
    );
    expect(fails(P, price(good + pt('2024-10-01', 0.5)), priceSchema)).toThrow(
      `${P}: prices[3].date: 2024-10-01 is outside the window (2024-05-21 to 2024-09-19)`,
    );
  });
  it('refuses points out of date order, and a line that does not start at the window’s start', () => {
    const unsorted = pt('2024-05-21') + pt('2024-07-01', 0.5) + pt('2024-06-01', 0.5) + pt('2024-09-19', 0.5, 'speech');
    expect(fails(P, price(unsorted), priceSchema)).toThrow(
      `${P}: prices[2].date: prices must be in date order: 2024-06-01 comes after 2024-07-01`,
    );
    expect(
      fails(P, price(pt('2024-06-01') + pt('2024-06-01', 0.5) + pt('2024-09-19', 0.5, 'speech')), priceSchema),
    ).toThrow(`${P}: prices[0].date: the first point is at window.start (2024-05-21)`);
  });
  it('requires exactly one change of price: one bar until the cut, one from it', () => {
    expect(fails(P, price(pt('2024-05-21') + pt('2024-05-21') + pt('2024-09-19', 20, 'speech')), priceSchema)).toThrow(
      `${P}: prices: the price must change exactly once (it changes 0 times)`,
    );
    expect(
      fails(P, price(pt('2024-05-21') + pt('2024-05-21', 0.5) + pt('2024-09-19', 0.3, 'speech')), priceSchema),
    ).toThrow(`${P}: prices: the price must change exactly once (it changes 2 times)`);
  });
  it('requires every point’s source to be known and dated no later than the point, and every source used', () => {
    expect(
      fails(P, price(pt('2024-05-21') + pt('2024-05-21', 0.5) + pt('2024-09-19', 0.5, 'moore')), priceSchema),
    ).toThrow(`${P}: prices[2].source: "moore" is neither "speech" nor a key of sources (sina)`);
    const two = "{ sina: { publisher: P, date: '2024-05-21' }, qq: { publisher: Q, date: '2024-05-21' } }";
    expect(
      fails(
        P,
        price(pt('2024-05-21') + pt('2024-05-21', 0.5, 'qq') + pt('2024-09-19', 0.5, 'moore'), undefined, two),
        priceSchema,
      ),
    ).toThrow(`${P}: prices[2].source: "moore" is neither "speech" nor a key of sources (sina, qq)`);
    expect(
      fails(
        P,
        price(pt('2024-05-21', 20, 'speech') + pt('2024-05-21', 0.5) + pt('2024-09-19', 0.5, 'speech')),
        priceSchema,
      ),
    ).toThrow(`${P}: prices[0].source: the speech documents prices on its own day, 2024-09-19, not 2024-05-21`);
    const later = "{ sina: { publisher: P, date: '2024-06-01' } }";
    expect(fails(P, price(good, undefined, later), priceSchema)).toThrow(
      `${P}: prices[0].source: sina (2024-06-01) was published after the point it documents (2024-05-21)`,
    );
    const unused =
      "{ sina: { publisher: P, date: '2024-05-21' }, moore: { publisher: Electronics, date: '1965-04-19' } }";
    expect(fails(P, price(good, undefined, unused), priceSchema)).toThrow(
      `${P}: sources.moore: no point names this source`,
    );
    const undated = '{ sina: { publisher: P } }';
    expect(fails(P, price(good, undefined, undated), priceSchema)).toThrow(`${P}: sources.sina.date: `);
  });
  it('names its sources with lower-case letters, digits and hyphens only', () => {
    const keyed = (key: string) => () =>
      parseYaml(
        P,
        price(
          pt('2024-05-21', 20, key) + pt('2024-05-21', 0.5, key),
          undefined,
          `{ ${key}: { publisher: P, date: '2024-05-21' } }`,
        ),
        priceSchema,
      );
    expect(keyed('sina-2024')).not.toThrow();
    for (const bad of ['Sina', 'sina news', 'news.sina']) {
      expect(keyed(`'${bad}'`)).toThrow(
        `${P}: sources.${bad}: name a source with lower-case letters, digits and hyphens`,
      );
    }
  });
  it('refuses a window that ends before it starts, and a price that is not positive', () => {
    const same = "{ start: { date: '2024-05-21', meaning: 's' }, end: { date: '2024-05-21', meaning: 'e' } }";
    expect(fails(P, price(good, same), priceSchema)).toThrow(
      `${P}: window.end.date: the window must end after it starts`,
    );
    const backwards = "{ start: { date: '2024-09-19', meaning: 's' }, end: { date: '2024-05-21', meaning: 'e' } }";
    expect(fails(P, price(good, backwards), priceSchema)).toThrow(
      `${P}: window.end.date: the window must end after it starts`,
    );
    expect(
      fails(P, price(pt('2024-05-21', 0) + pt('2024-05-21', 0.5) + pt('2024-09-19', 0.5, 'speech')), priceSchema),
    ).toThrow(`${P}: prices[0].price: prices are positive numbers`);
  });
});

const claim = (n: number) => `      - { paragraph: ${n}, text: 'A claim of twenty characters or more.' }\n`;
const thesis = (n: number, claims: number[]) =>
  `  - paragraph: ${n}\n    statement: 'A thesis statement of twenty characters or more.'\n    claims:\n${claims.map(claim).join('')}`;

describe('content/figures/argument.yaml', () => {
  const A = 'content/figures/argument.yaml';
  const good = `theses:\n${thesis(2, [3, 4, 5])}${thesis(7, [8, 9, 10])}${thesis(18, [19, 20, 21])}`;
  it('accepts a well-formed file', () => {
    expect(parseYaml(A, good, argumentSchema).theses).toHaveLength(3);
  });
  it('names a thesis stated elsewhere, and a claim outside its thesis or out of order', () => {
    const wrong = `theses:\n${thesis(3, [4, 5, 6])}${thesis(7, [9, 8, 10])}${thesis(18, [19, 20, 2])}`;
    const message = () => parseYaml(A, wrong, argumentSchema);
    expect(message).toThrow(`${A}: theses[0].paragraph: thesis 1 is stated in ¶2, not ¶3`);
    expect(message).toThrow(
      `${A}: theses[1].claims[1].paragraph: claims go in paragraph order, once each: ¶8 follows ¶9`,
    );
    expect(message).toThrow(
      `${A}: theses[2].claims[2].paragraph: ¶2 is outside thesis 3, which runs from ¶18 up to ¶26`,
    );
  });
  it('draws each thesis’s stretch from the paragraph after it up to the paragraph before the next, each claim once', () => {
    const at =
      (t1: number[], t2 = [8, 9, 10]) =>
      () =>
        parseYaml(A, `theses:\n${thesis(2, t1)}${thesis(7, t2)}${thesis(18, [19, 20, 21])}`, argumentSchema);
    expect(at([2, 3, 4])).toThrow(
      `${A}: theses[0].claims[0].paragraph: ¶2 is outside thesis 1, which runs from ¶2 up to ¶6`,
    );
    expect(at([3, 4, 7])).toThrow(
      `${A}: theses[0].claims[2].paragraph: ¶7 is outside thesis 1, which runs from ¶2 up to ¶6`,
    );
    expect(at([3, 4, 6])).not.toThrow();
    expect(at([3, 3, 4])).toThrow(
      `${A}: theses[0].claims[1].paragraph: claims go in paragraph order, once each: ¶3 follows ¶3`,
    );
    expect(at([3, 4, 5], [8, 17, 9])).toThrow(`${A}: theses[1].claims[2].paragraph: claims go in paragraph order`);
  });
  it('keeps a claim to one line of 200 characters at most, three theses, at most six claims each', () => {
    const withClaim = (text: string) => () =>
      parseYaml(
        A,
        `theses:\n${thesis(2, [3, 4])}      - { paragraph: 5, text: ${JSON.stringify(text)} }\n${thesis(7, [8, 9, 10])}${thesis(18, [19, 20, 21])}`,
        argumentSchema,
      );
    expect(withClaim('y'.repeat(200))).not.toThrow();
    expect(withClaim('y'.repeat(201))).toThrow(
      `${A}: theses[0].claims[2].text: keep a claim to one line of English (200 characters at most)`,
    );
    expect(withClaim('A claim of twenty characters,\nthen a second line.')).toThrow(
      `${A}: theses[0].claims[2].text: a claim is one line: no line breaks`,
    );
    const many = `theses:\n${thesis(2, [3, 4, 5, 6])}${thesis(7, [8, 9, 10, 11, 12, 13, 14])}${thesis(18, [19, 20, 21])}`;
    expect(() => parseYaml(A, many, argumentSchema)).toThrow(`${A}: theses[1].claims: give each thesis 3 to 6 claims`);
    const two = `theses:\n${thesis(2, [3, 4, 5])}${thesis(7, [8, 9, 10])}`;
    expect(() => parseYaml(A, two, argumentSchema)).toThrow(`${A}: theses: the speech has 3 theses`);
  });
  it('refuses a thesis with too few claims', () => {
    const few = `theses:\n${thesis(2, [3, 4])}${thesis(7, [8, 9, 10])}${thesis(18, [19, 20, 21])}`;
    expect(() => parseYaml(A, few, argumentSchema)).toThrow(`${A}: theses[0].claims: give each thesis 3 to 6 claims`);
  });
});

// The Chinese beside the English (issue 23): optional while the Chinese apparatus is being written,
// required once CHINESE_REQUIRED is true. The schemas take the switch, so both states are tested here.
describe('the figures’ Chinese fields', () => {
  const T = 'content/figures/timeline.yaml';
  const P = 'content/figures/price.yaml';
  const A = 'content/figures/argument.yaml';
  const zhSpan =
    "{ from: '2022-11-30', to: '2024-09-19', label: 'The past 22 months', labelZh: '过去22个月', paragraph: 2 }";
  const zhEv = (date: string, later = false) => ev(date, later, ", labelZh: '一件事'");
  const zhEvents = zhEv('2022-11-30') + zhEv('2024-09-19') + zhEv('2025-07', true);

  it('accepts a file without its Chinese while the Chinese is optional', () => {
    expect(parseYaml(T, timeline(goodEvents), timelineSchemaFor(false)).events[0]!.labelZh).toBeUndefined();
    expect(parseYaml(P, price(good), priceSchemaFor(false)).unitZh).toBeUndefined();
  });

  it('accepts a file with all its Chinese when the Chinese is required', () => {
    expect(parseYaml(T, timeline(zhEvents, zhSpan), timelineSchemaFor(true)).events[2]!.labelZh).toBe('一件事');
  });

  it('names each missing Chinese field, and the English it stands beside, when the Chinese is required', () => {
    const missing = () =>
      parseYaml(T, timeline(zhEv('2022-11-30') + ev('2024-09-19') + zhEv('2025-07', true)), timelineSchemaFor(true));
    expect(missing).toThrow(
      `${T}: span.labelZh: the Chinese is missing: write labelZh, the Chinese of label, for the Chinese pages`,
    );
    expect(missing).toThrow(`${T}: events[1].labelZh: the Chinese is missing: write labelZh, the Chinese of label`);
    const prices = () => parseYaml(P, price(good), priceSchemaFor(true));
    expect(prices).toThrow(
      `${P}: unitZh: the Chinese is missing: write unitZh, the Chinese of unit, for the Chinese pages`,
    );
    expect(prices).toThrow(
      `${P}: prices[0].meaningZh: the Chinese is missing: write meaningZh, the Chinese of meaning`,
    );
    expect(prices).toThrow(`${P}: prices[2].meaningZh: the Chinese is missing`);
    const claims = `theses:\n${thesis(2, [3, 4, 5])}${thesis(7, [8, 9, 10])}${thesis(18, [19, 20, 21])}`;
    expect(() => parseYaml(A, claims, argumentSchemaFor(true))).toThrow(
      `${A}: theses[0].claims[0].textZh: the Chinese is missing: write textZh, the Chinese of text, for the Chinese pages`,
    );
    expect(() => parseYaml(A, claims, argumentSchemaFor(false))).not.toThrow();
  });

  it('refuses English, or an overlong line, in a Chinese field', () => {
    expect(() =>
      parseYaml(T, timeline(ev('2022-11-30', false, ", labelZh: 'An event'") + ev('2024-09-19')), timelineSchema),
    ).toThrow(`${T}: events[0].labelZh: write it in Chinese: this reads as English or as a placeholder`);
    const long = '很'.repeat(61);
    expect(() =>
      parseYaml(T, timeline(ev('2022-11-30', false, `, labelZh: '${long}'`) + ev('2024-09-19')), timelineSchema),
    ).toThrow(`${T}: events[0].labelZh: keep it to 60 characters: it is one short line`);
    const claimZh = `      - { paragraph: 3, text: 'A claim of twenty characters or more.', textZh: '${'很'.repeat(101)}' }\n`;
    const file = `theses:\n  - paragraph: 2\n    statement: 'A thesis statement of twenty characters or more.'\n    claims:\n${claimZh}${claim(4)}${claim(5)}${thesis(7, [8, 9, 10])}${thesis(18, [19, 20, 21])}`;
    expect(() => parseYaml(A, file, argumentSchema)).toThrow(
      `${A}: theses[0].claims[0].textZh: keep a claim to one line of Chinese (100 characters at most)`,
    );
  });

  it('finds every Chinese text of the edition’s figures written, as the build will require', () => {
    expect(() => readYaml(TIMELINE_FILE, timelineSchemaFor(true))).not.toThrow();
    expect(() => readYaml(PRICE_FILE, priceSchemaFor(true))).not.toThrow();
    expect(() => readYaml(ARGUMENT_FILE, argumentSchemaFor(true))).not.toThrow();
  });
});

describe('the figures’ files', () => {
  it('load, checked, from content/figures/', () => {
    expect(loadTimeline().events.length).toBeGreaterThan(2);
    expect(loadPrice().prices.length).toBeGreaterThan(1);
    expect(loadArgument().theses).toHaveLength(3);
  });
});
