import { describe, expect, it } from 'vitest';
import { checkEntries, checkOccurrences } from './glossary';
import { termSchema } from '../content/schemas';
import type { FrameOccurrence, Occurrence } from './term-match';

// Fixture entries in the shape of content/glossary/<slug>.yaml; each guard must fail naming the file.
const entry = (slug: string, over: Record<string, unknown> = {}) => ({
  slug,
  file: `content/glossary/${slug}.yaml`,
  data: termSchema.parse({
    term: `术语${slug}`,
    english: slug,
    category: 'concept',
    definition: 'A definition of ten characters or more.',
    usage: 'How the speech uses the term.',
    ...over,
  }),
});

describe('the glossary’s checks', () => {
  it('turn the entries into what the matcher needs: the term and aliases in each language', () => {
    const [t] = checkEntries([entry('token', { aliases: { zh: ['词元'], en: ['tokens'] } })]);
    expect(t).toEqual({
      slug: 'token',
      file: 'content/glossary/token.yaml',
      zh: ['术语token', '词元'],
      en: ['token', 'tokens'],
    });
  });

  it('refuse a related entry that does not exist', () => {
    expect(() => checkEntries([entry('a', { related: ['b'] })])).toThrow(
      'content/glossary/a.yaml: related entry "b" does not exist (no content/glossary/b.yaml).',
    );
    expect(() => checkEntries([entry('a', { related: ['b'] }), entry('b')])).not.toThrow();
  });

  it('refuse an entry related to itself', () => {
    expect(() => checkEntries([entry('a', { related: ['a'] })])).toThrow(
      'content/glossary/a.yaml: an entry cannot be related to itself.',
    );
  });

  it('refuse a file name that cannot be a permanent address', () => {
    expect(() => checkEntries([entry('Open_Source')])).toThrow(
      'content/glossary/Open_Source.yaml: the file name "Open_Source" is the entry\'s permanent slug and must be lowercase ASCII words joined by hyphens.',
    );
  });

  it('refuse a term that occurs nowhere in the speech', () => {
    const terms = checkEntries([entry('a'), entry('b')]);
    const found = { slug: 'a' } as Occurrence;
    expect(() => checkOccurrences(terms, [found])).toThrow(
      'content/glossary/b.yaml: neither the term nor any alias occurs in the speech (¶1–¶26) or in the publisher’s frame (source lines 1–5), in Chinese or in English.',
    );
    expect(() => checkOccurrences(terms, [found, { ...found, slug: 'b' }])).not.toThrow();
    // An occurrence in the publisher's frame is enough (the speaker's name occurs only there).
    const inFrame: FrameOccurrence = { slug: 'b', line: 1, lang: 'zh', before: '', match: '术语b', after: '' };
    expect(() => checkOccurrences(terms, [found, inFrame])).not.toThrow();
  });
});
