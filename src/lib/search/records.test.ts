import { describe, expect, it, vi } from 'vitest';
import { getEditionData } from '../edition-data';
import { getAddresses } from '../text/parts';
import { firstWords, locationOf, plainText, searchRecords, type SearchRecord } from './records';

vi.mock('astro:content', () => import('../edition-data-test-support').then((m) => m.astroContent));

describe('a paragraph result’s title', () => {
  it('is the whole text when short, else its first words cut at a space past the middle', () => {
    expect(firstWords('  短短一句  ')).toBe('短短一句');
    expect(firstWords('a'.repeat(24))).toBe('a'.repeat(24));
    expect(firstWords('The reader sees the first words of the paragraph')).toBe('The reader sees the…');
    expect(firstWords('one two three four five six', 10)).toBe('one two…');
  });

  it('is cut at the limit where no space falls past the middle, without trailing punctuation', () => {
    expect(firstWords('人工智能最大的想象力，绝对不是在手机屏幕上', 10)).toBe('人工智能最大的想象力…');
    expect(firstWords('一二三四五六七八九，十一二三', 10)).toBe('一二三四五六七八九…');
    expect(firstWords('abcdefghijklmnopqrstuvwxyz and more', 24)).toBe('abcdefghijklmnopqrstuvwx…');
    expect(firstWords('abc defghijklmnopqrstuvwxyz', 24)).toBe('abc defghijklmnopqrstuvw…');
    expect(firstWords('abcdefghijklm, nopqrstuvwxyz', 24)).toBe('abcdefghijklm…');
  });
});

describe('a note’s text for search', () => {
  it('keeps the words of links, images and emphasis, and no Markdown', () => {
    expect(plainText('See [the report](https://example.org/r) and ![a chart](c.png).')).toBe(
      'See the report and a chart.',
    );
    expect(plainText('*Emphasis*, __strong__ and `code`')).toBe('Emphasis, strong and code');
    expect(plainText('  two\n\nparagraphs  ')).toBe('two paragraphs');
  });
});

describe('the search records', () => {
  it('hold one record per paragraph, note and glossary entry, in that order, each at its address', async () => {
    const data = await getEditionData();
    const at = await getAddresses();
    const records = searchRecords(data, at);
    const of = (kind: SearchRecord['kind']) => records.filter((r) => r.kind === kind && r.lang !== 'zh');
    // The English records (paragraphs hold both languages), then the Chinese notes and entries.
    expect(records.map((r) => `${r.kind} ${r.lang}`)).toEqual([
      ...data.aligned.map(() => 'speech both'),
      ...data.notes.map(() => 'note en'),
      ...data.terms.map(() => 'glossary en'),
      ...data.notes.filter((n) => n.zh).map(() => 'note zh'),
      ...data.terms.filter((t) => t.data.zh).map(() => 'glossary zh'),
    ]);

    const p4 = of('speech')[3]!;
    expect(p4.url).toBe('/speech/1/#p4');
    expect(p4.title).toBe(`¶4 · ${firstWords(data.aligned[3]!.sentences[0]!.zh)}`);
    expect(locationOf(p4, 'en')).toBe('Thesis 1 · ¶4');
    expect(locationOf(p4, 'zh', (p) => (p === 'Thesis 1' ? '论点一' : p))).toBe('论点一 · ¶4');
    expect(p4.part).toBe('Thesis 1');
    expect(p4.paragraph).toBe(4);
    expect(p4.twin).toBeUndefined();
    expect(p4.content).toBe(`${data.aligned[3]!.sentences.map((s) => s.zh).join('')}\n${data.aligned[3]!.en}`);
    expect(p4.terms).toEqual([]);
    expect(of('speech').map((r) => r.url)).toEqual(data.aligned.map((p) => at.paragraph(p.n)));

    const notes = of('note');
    data.notes.forEach(({ entry, part }, i) => {
      const r = notes[i]!;
      const d = entry.data;
      expect(r.url).toBe(`/speech/${part.id}/#n-${entry.id}`);
      expect(r.title).toBe(d.title);
      expect(r.part).toBe(part.data.shortTitle);
      expect(locationOf(r, 'en')).toMatch(
        new RegExp(`^Note \\([a-z ]+\\) · ${part.data.shortTitle} · ¶${d.paragraph}$`),
      );
      expect(r.content.startsWith(`${d.title}\n${d.quote}${d.quoteEn ? ` ${d.quoteEn}` : ''}\n`), entry.id).toBe(true);
      expect(r.terms).toEqual([]);
    });
    const factCheck = data.notes.findIndex((n) => n.entry.data.kind === 'fact-check');
    expect(locationOf(notes[factCheck]!, 'en')).toMatch(/^Note \(fact check\) · /);
    expect(locationOf(notes[factCheck]!, 'zh', () => '论点一')).toBe(
      `注释（事实核查） · 论点一 · ¶${notes[factCheck]!.paragraph}`,
    );
    const withQuoteEn = data.notes.findIndex((n) => n.entry.data.quoteEn);
    expect(notes[withQuoteEn]!.content).toContain(` ${data.notes[withQuoteEn]!.entry.data.quoteEn}\n`);
    // The body as plain text, so that a search finds a note by its words: no Markdown link survives.
    for (const [i, { entry }] of data.notes.entries()) {
      const firstWords = plainText(entry.body ?? '').slice(0, 40);
      expect(firstWords.length, entry.id).toBeGreaterThan(0);
      expect(notes[i]!.content, entry.id).toContain(firstWords);
    }
    expect(notes.filter((r) => /\]\(http/.test(r.content))).toEqual([]);

    const entries = of('glossary');
    expect(entries.map((r) => r.url)).toEqual(data.terms.map((t) => `/glossary/${t.id}/`));
    for (const r of entries) {
      expect(locationOf(r, 'en')).toBe('Glossary');
      expect(locationOf(r, 'zh')).toBe('术语表');
      expect(r.part).toBe('');
    }
    const token = entries[data.terms.findIndex((t) => t.id === 'token')]!;
    expect(token.title).toBe('Token');
    expect(token.terms).toEqual(['Token', 'token', 'Tokens', '词元']);
    expect(token.content.split('\n')[0]).toBe('Token · Tokens · 词元');
    expect(entries[data.terms.findIndex((t) => t.id === 'agi')]!.title).toBe('AGI');
    const cost = data.terms.findIndex((t) => t.id === 'inference-cost');
    expect(entries[cost]!.title).toBe(`${data.terms[cost]!.data.english} · 推理成本`);
    // An entry's own pinyin is kept, and printed after its names; without one there is none.
    const withPinyin = data.terms.findIndex((t) => t.data.pinyin);
    expect(entries[withPinyin]!.pinyin).toBe(data.terms[withPinyin]!.data.pinyin);
    expect(entries[withPinyin]!.content.split('\n')[0]!.endsWith(` · ${data.terms[withPinyin]!.data.pinyin}`)).toBe(
      true,
    );
    const withoutPinyin = data.terms.findIndex((t) => !t.data.pinyin);
    expect('pinyin' in entries[withoutPinyin]!).toBe(false);
    expect(entries[withoutPinyin]!.content.split('\n').slice(1)).toEqual([
      data.terms[withoutPinyin]!.data.definition,
      data.terms[withoutPinyin]!.data.usage,
    ]);
  });
});

describe('the Chinese records', () => {
  it('hold a record for each note at its /zh/ address: the title and body of its .zh.md twin', async () => {
    const data = await getEditionData();
    const records = searchRecords(data, await getAddresses());
    const byUrl = new Map(records.map((r) => [r.url, r]));
    // Every note has its Chinese twin (content/notes/<slug>.zh.md).
    expect(data.notes.filter((n) => !n.zh).map((n) => n.entry.id)).toEqual([]);
    for (const note of data.notes) {
      const en = byUrl.get(data.noteAddress(note))!;
      const zh = byUrl.get(`/zh${data.noteAddress(note)}`)!;
      expect(zh, note.entry.id).toBeDefined();
      expect(zh.url).toBe(`/zh/speech/${note.part.id}/#n-${note.entry.id}`);
      expect(zh.lang).toBe('zh');
      expect(zh.title).toBe(note.zh!.data.title);
      expect(zh.content).toBe(`${note.zh!.data.title}\n${note.entry.data.quote}\n${plainText(note.zh!.body ?? '')}`);
      expect([zh.kind, zh.part, zh.paragraph, zh.noteKind]).toEqual([en.kind, en.part, en.paragraph, en.noteKind]);
      // Each names the other.
      expect([en.twin, zh.twin]).toEqual([zh.url, en.url]);
    }
  });

  it('hold each glossary entry’s Chinese definition and usage, with every name and the pinyin', async () => {
    const data = await getEditionData();
    const records = searchRecords(data, await getAddresses());
    for (const t of data.terms) {
      const zh = records.find((r) => r.url === `/zh/glossary/${t.id}/`)!;
      expect(zh, t.id).toBeDefined();
      expect(zh.lang).toBe('zh');
      expect(zh.entry).toBe(t.id);
      expect(zh.twin).toBe(`/glossary/${t.id}/`);
      const [names, definition, usage] = zh.content.split('\n');
      expect(definition).toBe(plainText(t.data.zh!.definition));
      expect(usage).toBe(plainText(t.data.zh!.usage));
      // Chinese, English and pinyin queries find the Chinese record: it holds the term, the English, the aliases.
      for (const name of [t.data.term, ...t.data.aliases.zh])
        expect(names!.toLowerCase(), t.id).toContain(name.toLowerCase());
      expect(names!.toLowerCase(), t.id).toContain(t.data.english.toLowerCase());
      if (t.data.pinyin) expect(names!.endsWith(` · ${t.data.pinyin}`)).toBe(true);
    }
    const token = records.find((r) => r.url === '/zh/glossary/token/')!;
    expect(token.title).toBe('Token');
    expect(token.content).toContain('模型切分输入和输出时使用的基本单位');
    expect(token.content.split('\n')[0]).toBe('Token · Tokens · 词元');
    const cost = records.find((r) => r.url === '/zh/glossary/inference-cost/')!;
    expect(cost.title.startsWith('推理成本 · ')).toBe(true);
    // Markdown links are plain text in the record.
    expect(records.filter((r) => /\]\((?:note|glossary):/.test(r.content))).toEqual([]);
  });
});

describe('records at the edges', () => {
  it('cuts a title at the limit when the last space falls exactly at the middle, and drops a run of punctuation', () => {
    expect(firstWords('abcde fghijklmn', 10)).toBe('abcde fghi…');
    expect(firstWords('abcdef ghijklmn', 10)).toBe('abcdef…');
    expect(firstWords('一二三四五六七八，、九十一二', 10)).toBe('一二三四五六七八…');
  });

  it('links an English entry to its Chinese record', async () => {
    const data = await getEditionData();
    const records = searchRecords(data, await getAddresses());
    const token = records.find((r) => r.url === '/glossary/token/')!;
    expect(token.twin).toBe('/zh/glossary/token/');
  });

  it('holds no Chinese record, and no link to one, for a note or entry without its Chinese', async () => {
    const data = await getEditionData();
    const [first] = data.notes;
    const untranslated = {
      ...data,
      notes: data.notes.map((n) => (n === first ? { ...n, zh: undefined } : n)),
      terms: data.terms.map((t) => (t.id === 'token' ? { ...t, data: { ...t.data, zh: undefined } } : t)),
    };
    const records = searchRecords(untranslated, await getAddresses());
    const noteUrl = data.noteAddress(first!);
    expect(records.find((r) => r.url === noteUrl)?.twin).toBeUndefined();
    expect(records.find((r) => r.url === `/zh${noteUrl}`)).toBeUndefined();
    expect(records.find((r) => r.url === '/glossary/token/')?.twin).toBeUndefined();
    expect(records.find((r) => r.url === '/zh/glossary/token/')).toBeUndefined();
    expect(records.length).toBe(searchRecords(data, await getAddresses()).length - 2);
  });
});
