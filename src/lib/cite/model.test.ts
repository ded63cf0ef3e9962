import { describe, expect, it } from 'vitest';
import { cite } from './cite';
import { TEST_EDITION, TEST_TARGETS, testInput } from './fixtures/cite-edition';

const edition = TEST_EDITION;
const { speech, sentence } = TEST_TARGETS;
const input = testInput;

describe('input checks', () => {
  it('refuses a part without its title', () => {
    expect(() => cite('chicago', input({ kind: 'part', url: 'https://example.org/speech/1/' }))).toThrow(
      /a part needs its title/,
    );
    expect(() =>
      cite('chicago', input({ kind: 'part', label: 'Thesis 1', url: 'https://example.org/speech/1/' })),
    ).toThrow(/first and last paragraphs/);
  });
  it('refuses a paragraph or sentence without its numbers', () => {
    expect(() => cite('apa', input({ kind: 'paragraph', url: 'https://example.org/p/4/' }))).toThrow(
      /positive paragraph number/,
    );
    expect(() => cite('apa', input({ ...sentence, sentence: 0 }))).toThrow(/positive paragraph and sentence numbers/);
  });
  it('refuses a relative URL, since a citation must work away from the site', () => {
    expect(() => cite('mla', input({ kind: 'paragraph', url: '/p/4/', paragraph: 4 }))).toThrow(
      /target\.url must be an absolute URL, got "\/p\/4\/"/,
    );
  });
  it('refuses dates that are not YYYY-MM-DD, naming the field', () => {
    expect(() => cite('mla', { edition, target: speech, accessed: '29/11/2026' })).toThrow(
      /accessed must be a YYYY-MM-DD date, got "29\/11\/2026"/,
    );
    expect(() => cite('mla', input(speech, { ...edition, date: '2026-13-01' }))).toThrow(/edition\.date/);
    // A month alone is no day to cite the version by.
    expect(() => cite('mla', input(speech, { ...edition, date: '2026-11' }))).toThrow(
      /edition\.date must be a YYYY-MM-DD date, got "2026-11"/,
    );
  });
  it('refuses a relative speech address, naming the field', () => {
    expect(() => cite('mla', input(speech, { ...edition, speechUrl: '/speech/' }))).toThrow(
      /edition\.speechUrl must be an absolute URL, got "\/speech\/"/,
    );
  });
  const part = (paragraphs: { first: number; last: number }, url = 'https://example.org/speech/1/') =>
    input({ kind: 'part', label: 'Thesis 1', url, paragraphs });
  it('refuses a part whose paragraphs are not whole numbers or run backwards', () => {
    expect(() => cite('chicago', part({ first: 1.5, last: 6 }))).toThrow(/first and last paragraphs/);
    expect(() => cite('chicago', part({ first: 2, last: 6.5 }))).toThrow(/first and last paragraphs/);
    expect(() => cite('chicago', part({ first: 6, last: 2 }))).toThrow(/first and last paragraphs/);
    expect(() => cite('apa', input({ kind: 'paragraph', url: 'https://example.org/p/4/', paragraph: 4.5 }))).toThrow(
      /positive paragraph number/,
    );
  });
  it('refuses a part whose address names no part, since its key comes from there', () => {
    expect(() => cite('bibtex', part({ first: 2, last: 6 }, 'https://example.org/'))).toThrow(
      /cannot find the part's slug in https:\/\/example\.org\//,
    );
  });
});

describe('a part of one paragraph', () => {
  const opening = input({
    kind: 'part',
    label: 'Opening',
    url: 'https://example.org/speech/opening/',
    paragraphs: { first: 1, last: 1 },
  });
  it('is cited by that paragraph, not a range from it to itself', () => {
    expect(cite('bibtex', opening)).toContain('Part “Opening”, paragraph 1. In');
    expect(cite('gbt7714-zh', opening)).toContain(', 2024-09-19: 第1段[EB/OL]');
  });
});
