import { describe, expect, it } from 'vitest';
import { cite, FORMATS, formatsFor, type FormId } from './cite';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const { speech } = TEST_TARGETS;
const input = testInput;

describe('every form', () => {
  it('takes the access date from the input, not from the version', () => {
    const later = (id: FormId) => cite(id, { edition, target: speech, accessed: '2027-01-05' });
    expect(later('mla')).toContain('Accessed 5 Jan. 2027.');
    expect(later('gbt7714-zh')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('gbt7714-en')).toContain('(2026-11-29)[2027-01-05]');
    expect(later('bibtex')).toContain('urldate = {2027-01-05}');
    expect(later('ris')).toContain('Y2  - 2027/01/05');
    expect(JSON.parse(later('csl-json'))[0].accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    // Chicago and APA give no access date to a dated, versioned source.
    for (const id of ['chicago', 'chicago-note', 'apa'] as const) expect(later(id)).toBe(cite(id, input(speech)));
  });
});

describe('the order of the formats on a citation page', () => {
  it('puts GB/T 7714 first for a Chinese reader and keeps every format, each once', () => {
    const ids = (lang: 'en' | 'zh') => formatsFor(lang).map((f) => f.id);
    expect(ids('en')).toEqual(FORMATS.map((f) => f.id));
    expect(ids('zh')[0]).toBe('gbt7714');
    expect([...ids('zh')].sort()).toEqual([...ids('en')].sort());
    expect(ids('zh').slice(1)).toEqual(ids('en').filter((id) => id !== 'gbt7714'));
  });
});
