import { afterEach, describe, expect, it, vi } from 'vitest';
import { cite } from './cite';
import { citeInput, paragraphTarget, partTarget, sentenceTarget, speechTarget } from './citations';
import { addressesFor } from '../site/addresses';
import { CURRENT } from '../content/versions';
import { EDITION } from '../text/edition';

// What the pages cite (Metadata.astro, /cite/…, the citation downloads): each target's kind, label and
// permanent URL on the configured origin and base, and the edition around it.
describe('the targets the pages cite', () => {
  afterEach(() => vi.unstubAllEnvs());
  const build = () => {
    vi.stubEnv('SITE', 'https://edition.example');
    vi.stubEnv('BASE_URL', '/apsara-2024/');
  };
  const part = { id: '2', data: { title: 'Thesis 2', firstParagraph: 7, lastParagraph: 12 } };

  it('the speech, a part, a paragraph and a sentence, each at its own permanent address', () => {
    build();
    expect(speechTarget()).toEqual({ kind: 'speech', url: 'https://edition.example/apsara-2024/speech/' });
    expect(partTarget(part)).toEqual({
      kind: 'part',
      label: 'Thesis 2',
      url: 'https://edition.example/apsara-2024/speech/2/',
      paragraphs: { first: 7, last: 12 },
    });
    expect(paragraphTarget(4)).toEqual({
      kind: 'paragraph',
      label: '¶4',
      url: 'https://edition.example/apsara-2024/p/4/',
      paragraph: 4,
    });
    expect(sentenceTarget(addressesFor([part]), 9, 2)).toEqual({
      kind: 'sentence',
      label: '¶9.2',
      url: 'https://edition.example/apsara-2024/speech/2/#p9.2',
      paragraph: 9,
      sentence: 2,
    });
  });

  it('cites them as this edition, at its current version, with the home page and the speech page', () => {
    build();
    const input = citeInput(paragraphTarget(4));
    expect(input).toEqual({
      edition: {
        title: EDITION.title,
        publisher: EDITION.publisher,
        version: CURRENT.version,
        date: CURRENT.date,
        url: 'https://edition.example/apsara-2024/',
        speechUrl: 'https://edition.example/apsara-2024/speech/',
      },
      target: paragraphTarget(4),
      accessed: CURRENT.date,
    });
    // What a reader copies: the paragraph's short link, the version and the edition's publisher.
    const note = cite('chicago-note', input);
    expect(note).toContain('https://edition.example/apsara-2024/p/4/');
    expect(note).toContain(CURRENT.version);
    expect(note).toContain(EDITION.publisher);
    expect(cite('chicago-note', citeInput(partTarget(part)))).toContain('paras. 7–12');
    expect(cite('chicago-note', citeInput(sentenceTarget(addressesFor([part]), 9, 2)))).toContain(
      'https://edition.example/apsara-2024/speech/2/#p9.2',
    );
  });
});
