import { describe, expect, it } from 'vitest';
import { editionTitle } from './titles';
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
