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
  });
});
