import { describe, expect, it } from 'vitest';
import { formatPath, parseWithFriendlyErrors } from './error-map';
import {
  changesSchema,
  dateField,
  noteSchema,
  partSchema,
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
      `${S}: date: dates are real dates written YYYY-MM-DD, YYYY-MM or YYYY`,
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
  it('writes versions as 1.2.0', () => {
    expect(check(changesSchema, { versions: [version('v1', '2026-11-29')] }, C)).toThrow(
      `${C}: versions[0].version: versions look like 1.2.0`,
    );
  });
});
