import { describe, expect, it } from 'vitest';
import { formatPath, parseWithFriendlyErrors } from './error-map';
import {
  changesSchema,
  dateField,
  noteSchema,
  noteZhSchema,
  partSchema,
  partZhSchema,
  sourceSchema,
  termSchema,
  translationSchema,
} from './schemas';

// Every schema error reaches editors as "file: field: message". These tests hold the messages the
// schemas write for humans, through the one formatter the build uses.
const check = (schema: Parameters<typeof parseWithFriendlyErrors>[0], data: unknown, file: string) => () =>
  parseWithFriendlyErrors(schema, data, file);

const NOTE = 'content/notes/x.md';
const note = {
  title: 'A note',
  paragraph: 4,
  quote: '推理成本',
  kind: 'context',
  asOf: '2026-11-29',
  sources: [{ title: 'A document', publisher: 'A publisher', date: '2024' }],
};

describe('error messages', () => {
  it('name each field as an editor reads it', () => {
    expect(formatPath(['events', 3, 'date'])).toBe('events[3].date');
    expect(formatPath(['sources', 0])).toBe('sources[0]');
    expect(formatPath([])).toBe('(the file)');
  });

  it('give one line per problem, each with the file', () => {
    expect(check(noteSchema, { ...note, paragraph: 27, asOf: '2026-02-30' }, NOTE)).toThrow(
      new RegExp(
        `^${NOTE}: paragraph: paragraph numbers run from 1 to 26\\n${NOTE}: asOf: dates are real dates written YYYY-MM-DD$`,
      ),
    );
  });
});

describe('a note (content/notes/<slug>.md)', () => {
  it('is accepted when well formed, its occurrence defaulting to 1', () => {
    expect(parseWithFriendlyErrors(noteSchema, note, NOTE).occurrence).toBe(1);
  });
  it('needs a verdict exactly when it is a fact check', () => {
    expect(check(noteSchema, { ...note, kind: 'fact-check' }, NOTE)).toThrow(
      `${NOTE}: verdict: a fact-check note needs a verdict, and only fact-check notes have one`,
    );
    expect(check(noteSchema, { ...note, verdict: 'supported' }, NOTE)).toThrow(`${NOTE}: verdict: a fact-check note`);
  });
  it('needs the date of the later event exactly when it is a later note', () => {
    expect(check(noteSchema, { ...note, kind: 'later' }, NOTE)).toThrow(
      `${NOTE}: laterDate: a later note needs laterDate, and only later notes have one`,
    );
    expect(parseWithFriendlyErrors(noteSchema, { ...note, kind: 'later', laterDate: '2025-07' }, NOTE).laterDate).toBe(
      '2025-07',
    );
  });
  it('needs a source unless it is a translation, analysis or forecast note', () => {
    expect(check(noteSchema, { ...note, sources: [] }, NOTE)).toThrow(
      `${NOTE}: sources: context, later and fact-check notes list at least one source (translation, analysis and forecast notes may cite none)`,
    );
    expect(check(noteSchema, { ...note, kind: 'analysis', sources: [] }, NOTE)).not.toThrow();
    expect(check(noteSchema, { ...note, kind: 'translation', sources: [] }, NOTE)).not.toThrow();
    expect(check(noteSchema, { ...note, kind: 'fact-check', verdict: 'forecast', sources: [] }, NOTE)).not.toThrow();
    expect(check(noteSchema, { ...note, kind: 'fact-check', verdict: 'supported', sources: [] }, NOTE)).toThrow(
      `${NOTE}: sources: context, later and fact-check notes list at least one source`,
    );
  });
  it('refuses a paragraph before the first, saying which numbers there are', () => {
    expect(check(noteSchema, { ...note, paragraph: 0 }, NOTE)).toThrow(
      new Error(`${NOTE}: paragraph: paragraph numbers run from 1 to 26`),
    );
  });
  it('names the document of each source', () => {
    expect(check(noteSchema, { ...note, sources: [{ publisher: 'P' }] }, NOTE)).toThrow(`${NOTE}: sources[0].title: `);
  });
  it('refuses a field it does not know, which is likely a typo', () => {
    expect(check(noteSchema, { ...note, qoute: 'x' }, NOTE)).toThrow(new RegExp(`^${NOTE}: \\(the file\\): .*qoute`));
  });
});

describe('a source', () => {
  const S = 'content/figures/price.yaml';
  it('takes a date as YYYY-MM-DD, YYYY-MM or YYYY, also as YAML reads an unquoted one', () => {
    expect(parseWithFriendlyErrors(sourceSchema, { publisher: 'P', date: 1965 }, S).date).toBe('1965');
    expect(parseWithFriendlyErrors(sourceSchema, { publisher: 'P', date: new Date('2024-05-21') }, S).date).toBe(
      '2024-05-21',
    );
    expect(check(sourceSchema, { publisher: 'P', date: '2024-13' }, S)).toThrow(
      new Error(`${S}: date: dates are real dates written YYYY-MM-DD, YYYY-MM or YYYY`),
    );
  });
  it('takes only a well-formed address', () => {
    expect(check(sourceSchema, { publisher: 'P', url: 'example.org/page' }, S)).toThrow(`${S}: url: `);
  });
});

describe('date fields', () => {
  it('say which forms they take', () => {
    expect(check(dateField('day'), '2024-09', 'f')).toThrow('f: (the file): dates are real dates written YYYY-MM-DD');
    expect(check(dateField('day', 'month'), '2024', 'f')).toThrow(
      'f: (the file): dates are real dates written YYYY-MM-DD or YYYY-MM',
    );
  });
});

describe('a glossary entry (content/glossary/<slug>.yaml)', () => {
  const T = 'content/glossary/x.yaml';
  const entry = {
    term: '词元',
    english: 'Token',
    category: 'concept',
    definition: 'A definition.',
    usage: 'How the speech uses it.',
  };
  it('is accepted when well formed, aliases and related defaulting to none', () => {
    expect(parseWithFriendlyErrors(termSchema, entry, T).aliases).toEqual({ zh: [], en: [] });
  });
  it('gives every list a default of none, English aliases alone included, and adds nothing', () => {
    const parsed = parseWithFriendlyErrors(termSchema, { ...entry, aliases: { en: ['word piece'] } }, T);
    expect(parsed).toEqual({ ...entry, aliases: { zh: [], en: ['word piece'] }, related: [], sources: [] });
    expect(parseWithFriendlyErrors(termSchema, { ...entry, aliases: { zh: ['令牌'] } }, T).aliases).toEqual({
      zh: ['令牌'],
      en: [],
    });
  });
  it('takes pinyin only for a term written with Chinese characters', () => {
    expect(parseWithFriendlyErrors(termSchema, { ...entry, pinyin: 'cí yuán' }, T).pinyin).toBe('cí yuán');
    expect(check(termSchema, { ...entry, term: 'AGI', pinyin: 'ēi jī ài' }, T)).toThrow(
      new Error(
        `${T}: pinyin: pinyin is only for terms written with Chinese characters: this term has none, so leave pinyin out (readers would take it for the reading of the Latin term) and name a Chinese equivalent, with its pinyin, in the usage`,
      ),
    );
  });
  it('refuses a category it does not know, and a definition too short to say anything', () => {
    expect(check(termSchema, { ...entry, category: 'idea' }, T)).toThrow(`${T}: category: `);
    expect(check(termSchema, { ...entry, definition: 'Short.' }, T)).toThrow(`${T}: definition: `);
  });
});

describe('a part (content/parts/<slug>.mdx)', () => {
  const P = 'content/parts/1.mdx';
  const part = {
    title: 'Thesis 1',
    shortTitle: 'Thesis 1',
    order: 2,
    firstParagraph: 2,
    lastParagraph: 6,
    summary: 'A summary of forty characters or more, as the schema asks.',
  };
  it('is accepted when well formed, with no figures unless it names them', () => {
    expect(parseWithFriendlyErrors(partSchema, part, P)).toEqual({ ...part, figures: [] });
  });
  it('refuses a range that runs backwards and a paragraph beyond the speech', () => {
    expect(check(partSchema, { ...part, firstParagraph: 6, lastParagraph: 2 }, P)).toThrow(
      `${P}: lastParagraph: firstParagraph must not come after lastParagraph`,
    );
    expect(check(partSchema, { ...part, lastParagraph: 27 }, P)).toThrow(
      `${P}: lastParagraph: paragraph numbers run from 1 to 26`,
    );
  });
});

describe('a translation (content/translation/pNN.yaml)', () => {
  const F = 'content/translation/p02.yaml';
  it('needs the English of every sentence', () => {
    expect(check(translationSchema, { paragraph: 2, sentences: [{ zh: '一。', en: '  ' }] }, F)).toThrow(
      `${F}: sentences[0].en: every sentence needs its English rendering`,
    );
  });
});

describe('the versions (content/changes.yaml)', () => {
  const C = 'content/changes.yaml';
  const version = (v: string, date: string) => ({ version: v, date, changes: [{ kind: 'site', what: 'Something.' }] });
  it('lists the versions newest first', () => {
    expect(
      check(changesSchema, { versions: [version('1.0.0', '2026-11-28'), version('1.1.0', '2026-11-29')] }, C),
    ).toThrow(
      `${C}: versions[1].date: versions must be listed newest first: 1.1.0 (2026-11-29) is newer than 1.0.0 (2026-11-28)`,
    );
  });
  it('takes two versions of one day, newer first', () => {
    const versions = [version('1.0.1', '2026-11-29'), version('1.0.0', '2026-11-29')];
    expect(parseWithFriendlyErrors(changesSchema, { versions }, C)).toEqual({ versions });
  });
  it('writes versions as 1.2.0, with numbers of any length and nothing before or after', () => {
    expect(check(changesSchema, { versions: [version('v1', '2026-11-29')] }, C)).toThrow(
      `${C}: versions[0].version: versions look like 1.2.0`,
    );
    expect(
      parseWithFriendlyErrors(changesSchema, { versions: [version('10.12.100', '2026-11-29')] }, C).versions[0]
        ?.version,
    ).toBe('10.12.100');
    const wrong = ['v1.2.0', '1.2.0-beta', '1.2'].map((v) => version(v, '2026-11-29'));
    expect(check(changesSchema, { versions: wrong }, C)).toThrow(
      new Error([0, 1, 2].map((i) => `${C}: versions[${i}].version: versions look like 1.2.0`).join('\n')),
    );
  });
});

describe('the Chinese twin of a part (content/parts/<slug>.zh.mdx)', () => {
  const P = 'content/parts/1.zh.mdx';
  it('is accepted when well formed, its fields as written without the spaces and line ends around them', () => {
    const twin = {
      title: '论点一：二十二个月',
      shortTitle: '论点一',
      summary: '二十二个月过去了，AGI 的变革仍在早期阶段。',
    };
    expect(
      parseWithFriendlyErrors(
        partZhSchema,
        { title: ` ${twin.title}\n`, shortTitle: `  ${twin.shortTitle}  `, summary: `${twin.summary}\n` },
        P,
      ),
    ).toEqual(twin);
  });
  it('keeps the short title and the summary short, and the summary a sentence at least', () => {
    expect(
      check(partZhSchema, { title: '论点一', shortTitle: '论点一二三四五六七', summary: '论'.repeat(201) }, P),
    ).toThrow(
      new Error(
        `${P}: shortTitle: keep the short title to 8 characters\n` +
          `${P}: summary: keep the summary to one sentence (200 characters at most)`,
      ),
    );
    expect(check(partZhSchema, { title: '论点一', shortTitle: '论点一', summary: '太短的摘要。' }, P)).toThrow(
      new Error(`${P}: summary: write it in Chinese (at least 20 characters)`),
    );
  });
  it('is written in Chinese: a placeholder with a Chinese word in it is not', () => {
    for (const title of ['TODO 待写', '……', 'Thesis 1'])
      expect(check(partZhSchema, { title, shortTitle: '论点一', summary: '论'.repeat(20) }, P), title).toThrow(
        new Error(`${P}: title: write it in Chinese: this reads as English or as a placeholder`),
      );
    expect(
      parseWithFriendlyErrors(partZhSchema, { title: '开源的 Open', shortTitle: '论点一', summary: '论'.repeat(20) }, P)
        .title,
    ).toBe('开源的 Open');
  });
});

describe('the Chinese twin of a note (content/notes/<slug>.zh.md)', () => {
  it('keeps its heading to 60 characters', () => {
    const N = 'content/notes/x.zh.md';
    expect(parseWithFriendlyErrors(noteZhSchema, { title: '注'.repeat(60) }, N)).toEqual({ title: '注'.repeat(60) });
    expect(check(noteZhSchema, { title: '注'.repeat(61) }, N)).toThrow(
      new Error(`${N}: title: keep the heading to 60 characters`),
    );
  });
});
