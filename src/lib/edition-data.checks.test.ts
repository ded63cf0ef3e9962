import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditionData } from './edition-data';

/** An entry of a collection as the test support gives it (edition-data-test-support.ts). */
interface Entry {
  readonly id: string;
  readonly filePath?: string | undefined;
  readonly data: Record<string, unknown>;
  readonly body?: string | undefined;
}
type Change = (collection: string, entries: Entry[]) => Entry[];

/**
 * The edition data loaded afresh from content/ as `change` alters it, every entry without a filePath
 * (so every message names the file by its collection's folder, slug and extension), with the
 * Chinese twins required or not.
 */
async function loadWith(change: Change, chineseRequired = true): Promise<EditionData> {
  vi.resetModules();
  vi.doMock('astro:content', async () => {
    const { astroContent } = await import('./edition-data-test-support');
    return {
      getCollection: async (name: string) =>
        change(
          name,
          ((await astroContent.getCollection(name)) as Entry[]).map((e) => ({ ...e, filePath: undefined })),
        ),
    };
  });
  vi.doMock('./content/in-language', async (original) => ({
    ...(await original<typeof import('./content/in-language')>()),
    CHINESE_REQUIRED: chineseRequired,
  }));
  const { getEditionData } = await import('./edition-data');
  return getEditionData();
}

afterEach(() => {
  vi.doUnmock('astro:content');
  vi.doUnmock('./content/in-language');
  vi.resetModules();
});

/** `change` for one collection: each entry through `f`, undefined drops it. */
const inCollection =
  (collection: string, f: (e: Entry) => Entry | undefined): Change =>
  (name, entries) =>
    name === collection ? entries.flatMap((e) => f(e) ?? []) : entries;
const only = (id: string, f: (e: Entry) => Entry | undefined) => (e: Entry) => (e.id === id ? f(e) : e);
const withData = (e: Entry, data: Record<string, unknown>): Entry => ({ ...e, data: { ...e.data, ...data } });
const withoutBody = (e: Entry): Entry => ({ ...e, body: undefined });
const zhOf = (e: Entry) => e.data.zh as { definition: string; usage: string };

describe('the edition data fails the build naming the file and the problem', () => {
  it('in the translation, the glossary and the notes’ quoted words', async () => {
    await expect(
      loadWith(
        inCollection(
          'translation',
          only('p04', (e) =>
            withData(e, {
              sentences: (e.data.sentences as { zh: string }[]).map((s, i) => (i === 0 ? { ...s, zh: `${s.zh}x` } : s)),
            }),
          ),
        ),
      ),
    ).rejects.toThrow('content/translation/p04.yaml: the Chinese sentences of ¶4 do not join to the source line 9');
    await expect(
      loadWith(
        inCollection(
          'glossary',
          only('token', (e) => withData(e, { related: ['no-such-entry'] })),
        ),
      ),
    ).rejects.toThrow(
      'content/glossary/token.yaml: related entry "no-such-entry" does not exist (no content/glossary/no-such-entry.yaml).',
    );
    await expect(
      loadWith(
        inCollection(
          'notes',
          only('22-months', (e) => withData(e, { quote: '过去23个月' })),
        ),
      ),
    ).rejects.toThrow('content/notes/22-months.md: the quoted words "过去23个月" are not in ¶2.');
  });

  it('in a reference of an English note’s body or of a glossary entry’s Chinese', async () => {
    await expect(
      loadWith(
        inCollection(
          'notes',
          only('22-months', (e) => ({ ...e, body: `${e.body} See ¶27.` })),
        ),
      ),
    ).rejects.toThrow('content/notes/22-months.md: refers to ¶27, but the speech has paragraphs ¶1–¶26.');
    await expect(
      loadWith(
        inCollection(
          'glossary',
          only('token', (e) => withData(e, { zh: { ...zhOf(e), definition: `${zhOf(e).definition}见¶27。` } })),
        ),
      ),
    ).rejects.toThrow('content/glossary/token.yaml (zh.definition): refers to ¶27');
    await expect(
      loadWith(
        inCollection(
          'glossary',
          only('token', (e) =>
            withData(e, { zh: { ...zhOf(e), usage: `${zhOf(e).usage}见[注释](note:no-such-note)。` } }),
          ),
        ),
      ),
    ).rejects.toThrow(
      'content/glossary/token.yaml (zh.usage): links to the note "no-such-note", which does not exist (no content/notes/no-such-note.md).',
    );
  });

  it('for a missing Chinese twin of a note, a part, a page or a glossary entry', async () => {
    await expect(
      loadWith(
        inCollection(
          'notesZh',
          only('22-months', () => undefined),
        ),
      ),
    ).rejects.toThrow('content/notes/22-months.md: its Chinese twin content/notes/22-months.zh.md is missing.');
    await expect(
      loadWith(
        inCollection(
          'partsZh',
          only('2', () => undefined),
        ),
      ),
    ).rejects.toThrow('content/parts/2.mdx: its Chinese twin content/parts/2.zh.mdx is missing.');
    await expect(
      loadWith(
        inCollection(
          'pagesZh',
          only('about', () => undefined),
        ),
      ),
    ).rejects.toThrow('content/pages/about.md: its Chinese twin content/pages/about.zh.md is missing.');
    await expect(
      loadWith(
        inCollection(
          'glossary',
          only('token', (e) => withData(e, { zh: undefined })),
        ),
      ),
    ).rejects.toThrow('content/glossary/token.yaml: zh: the entry has no Chinese definition and usage.');
  });

  it('for a Chinese twin whose body is missing or not Chinese', async () => {
    await expect(
      loadWith(
        inCollection(
          'notesZh',
          only('22-months', (e) => ({ ...e, body: 'To be translated.' })),
        ),
      ),
    ).rejects.toThrow('content/notes/22-months.zh.md: the body is not written in Chinese');
    await expect(loadWith(inCollection('notesZh', only('22-months', withoutBody)))).rejects.toThrow(
      'content/notes/22-months.zh.md: the Chinese body is empty.',
    );
    await expect(loadWith(inCollection('partsZh', only('2', withoutBody)))).rejects.toThrow(
      'content/parts/2.zh.mdx: the Chinese body is empty.',
    );
    await expect(loadWith(inCollection('pagesZh', only('about', withoutBody)))).rejects.toThrow(
      'content/pages/about.zh.md: the Chinese body is empty.',
    );
  });
});

describe('while the Chinese apparatus is being written (CHINESE_REQUIRED false)', () => {
  it('builds without the missing twins, and a Chinese page marks a note without its Chinese name by its number', async () => {
    const data = await loadWith(
      (name, entries) =>
        inCollection(
          'notesZh',
          only('22-months', () => undefined),
        )(
          name,
          inCollection(
            'glossary',
            only('token', (e) => withData(e, { zh: undefined })),
          )(name, entries),
        ),
      false,
    );
    const note = data.notes.find((n) => n.entry.id === '22-months')!;
    expect(note.zh).toBeUndefined();
    const html = data.html(2, 'zh', 'zh');
    expect(html).toContain(`aria-label="注释${note.placed.number}"`);
    expect(html).toContain(`href="/zh/speech/${note.part.id}/#n-22-months"`);
    const other = data.notes.find((n) => n.entry.id === 'thesis1-structure')!;
    expect(html).toContain(`aria-label="注释${other.placed.number}：${other.zh!.data.title}"`);
  });
});
