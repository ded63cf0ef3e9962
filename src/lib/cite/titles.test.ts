import { describe, expect, it } from 'vitest';
import { editionTitle, splitTitle, headlineTitle } from './titles';
import { TEST_EDITION } from './fixtures/cite-edition';

const edition = TEST_EDITION;

describe('the edition’s title in the case each manual asks for', () => {
  it('headline style after a colon (Chicago, MLA), sentence style (APA and the rest)', () => {
    expect(editionTitle('headline', edition.title)).toBe('Eddie Wu at Apsara 2024: An Annotated Edition');
    expect(editionTitle('sentence', edition.title)).toBe('Eddie Wu at Apsara 2024: An annotated edition');
    expect(editionTitle('headline', 'A — the art of war and peace in a time of AI')).toBe(
      'A: The Art of War and Peace in a Time of AI',
    );
  });
});

describe('titles split at their colon or dash, in headline style', () => {
  it('splits a title and its subtitle at the first colon or dash, with or without spaces', () => {
    expect(splitTitle('Thesis 1 — 22 months, and still early')).toEqual({
      main: 'Thesis 1',
      sub: '22 months, and still early',
    });
    expect(splitTitle('Closing—the future')).toEqual({ main: 'Closing', sub: 'the future' });
    expect(splitTitle('Opening')).toEqual({ main: 'Opening', sub: undefined });
  });

  it('capitalises the first and the last word of a subtitle, and every word that is not minor', () => {
    expect(headlineTitle('Eddie Wu at Apsara 2024: An annotated edition')).toBe(
      'Eddie Wu at Apsara 2024: An Annotated Edition',
    );
    expect(headlineTitle('Notes: what the speech is for')).toBe('Notes: What the Speech Is For');
  });
});
