import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignAll, alignFrame, alignParagraph } from './alignment';
import { translationSchema, frameTranslationSchema } from '../content/schemas';
import { paragraphs, frame } from './source';
import { splitSentences } from './sentences';
import { readYaml } from '../content/yaml-file';

const dir = join(process.cwd(), 'content/translation');
const files = readdirSync(dir)
  .filter((f) => /^p\d\d\.yaml$/.test(f))
  .map((f) => ({
    file: `content/translation/${f}`,
    data: readYaml(`content/translation/${f}`, translationSchema),
  }));
const sourceZh = paragraphs.map((p) => p.zh);

describe('the translation', () => {
  it('has one file for each of the 26 paragraphs', () => {
    expect(files.map((f) => f.data.paragraph).sort((a, b) => a - b)).toEqual(paragraphs.map((p) => p.n));
  });

  it.each(paragraphs.map((p) => [p.n, p.zh] as const))(
    '¶%i: the Chinese sentences join to the source line exactly',
    (n, zh) => {
      const file = files.find((f) => f.data.paragraph === n);
      expect(file).toBeDefined();
      expect(file!.data.sentences.map((s) => s.zh).join('')).toBe(zh);
      expect(file!.data.sentences.map((s) => s.zh)).toEqual(splitSentences(zh));
      for (const s of file!.data.sentences) expect(s.en.trim().length).toBeGreaterThan(0);
    },
  );

  it('aligns every paragraph and gives each sentence its anchor', () => {
    const aligned = alignAll(files, sourceZh);
    expect(aligned[8]!.sentences.map((s) => s.id)).toEqual(['p9.1', 'p9.2']);
    expect(aligned.flatMap((p) => p.sentences).length).toBe(sourceZh.flatMap((z) => splitSentences(z)).length);
  });

  it('aligns the frame line by line: lines 2 and 4, a quotation mark each, have no sentences', () => {
    const data = readYaml('content/translation/frame.yaml', frameTranslationSchema);
    const lines = alignFrame('content/translation/frame.yaml', data, frame);
    expect(lines.map((l) => [l.line, l.sentences.length > 0, l.en !== undefined])).toEqual([
      [1, true, true],
      [2, false, false],
      [3, true, true],
      [4, false, false],
      [5, true, true],
    ]);
    const wrong = { lines: [{ line: 1, sentences: [{ zh: '刚刚', en: 'x' }] }] };
    expect(() => alignFrame('content/translation/frame.yaml', wrong, frame)).toThrow(
      'content/translation/frame.yaml: the Chinese of line 1 does not match the source.',
    );
  });

  it('translates the publisher’s frame, lines 1, 3 and 5', () => {
    const data = readYaml('content/translation/frame.yaml', frameTranslationSchema);
    expect(data.lines.map((l) => l.line)).toEqual([1, 3, 5]);
    for (const l of data.lines) expect(l.sentences.map((s) => s.zh).join('')).toBe(frame[l.line - 1]!.zh);
  });
});

describe('alignment errors name the file and the problem', () => {
  const good = { paragraph: 2, sentences: [{ zh: sourceZh[1]!, en: 'x' }] };
  it('trims the English of each sentence, so the paragraph reads with single spaces', () => {
    const two = { paragraph: 2, sentences: splitSentences(sourceZh[1]!).map((zh, i) => ({ zh, en: ` S${i + 1}.\n` })) };
    const aligned = alignParagraph({ file: 'p02.yaml', data: two }, sourceZh[1]!);
    expect(aligned.sentences[0]!.en).toBe('S1.');
    expect(aligned.en).toBe(aligned.sentences.map((_, i) => `S${i + 1}.`).join(' '));
  });
  it('rejects a changed Chinese sentence', () => {
    expect(() =>
      alignParagraph(
        {
          file: 'content/translation/p02.yaml',
          data: { ...good, sentences: [{ zh: sourceZh[1]!.replace('AI', 'A I'), en: 'x' }] },
        },
        sourceZh[1]!,
      ),
    ).toThrow(/content\/translation\/p02\.yaml: the Chinese sentences of ¶2 do not join/);
  });
  it('says where the Chinese first differs from the source line, counting characters, and which line', () => {
    const differ = (zh: string, source: string) => () =>
      alignParagraph({ file: 'p.yaml', data: { paragraph: 3, sentences: [{ zh, en: 'x' }] } }, source);
    expect(differ('同时模型', '同时,模型')).toThrow(
      'p.yaml: the Chinese sentences of ¶3 do not join to the source line 8 (first difference at character 2). The zh fields must be the source, verbatim.',
    );
    // A character outside the Basic Multilingual Plane counts once.
    expect(differ('𠀀同时模型', '𠀀同时,模型')).toThrow('(first difference at character 3)');
    expect(differ('同时', '同时,模型')).toThrow('(first difference at character 2)');
    expect(differ('同时,模型。', '同时,模型')).toThrow('(first difference at character 5)');
    expect(differ('不同', '同时')).toThrow('(first difference at character 0)');
  });
  it('rejects Chinese that joins to the source but is split at the wrong place, naming the sentence', () => {
    const source = '第一句。第二句!第三句';
    expect(() =>
      alignParagraph(
        {
          file: 'content/translation/p02.yaml',
          data: {
            paragraph: 2,
            sentences: [
              { zh: '第一句。第二句!', en: 'x' },
              { zh: '第三句', en: 'y' },
            ],
          },
        },
        source,
      ),
    ).toThrow(
      'content/translation/p02.yaml: sentence 1 of ¶2 should be "第一句。" (sentences end after 。!?！？), found "第一句。第二句!".',
    );
  });
  it('rejects a paragraph translated twice', () => {
    const file = (name: string) => ({ file: `content/translation/${name}`, data: good });
    expect(() => alignAll([file('p02.yaml'), file('p02-copy.yaml')], sourceZh)).toThrow(
      'content/translation/p02-copy.yaml: ¶2 is already translated in content/translation/p02.yaml.',
    );
  });
  it('rejects a missing paragraph', () => {
    expect(() => alignAll([{ file: 'content/translation/p02.yaml', data: good }], sourceZh)).toThrow(
      'content/translation: ¶1 has no translation file (expected p01.yaml).',
    );
  });
  it('rejects an empty English rendering in the schema', () => {
    expect(() => translationSchema.parse({ paragraph: 2, sentences: [{ zh: 'a', en: '  ' }] })).toThrow(
      /English rendering/,
    );
  });
});

describe('the English of the publisher’s frame', () => {
  const frameLines = [
    { line: 1, zh: '新闻导语。' },
    { line: 3, zh: '“引语”' },
  ];
  const data = {
    lines: [
      {
        line: 1,
        sentences: [
          { zh: '新闻', en: ' A lead ' },
          { zh: '导语。', en: 'in two. ' },
        ],
      },
      { line: 3, sentences: [{ zh: '“引语”', en: 'A quote' }] },
    ],
  };
  it('gives each line’s English, its sentences joined by a space', () => {
    const frame = [frameLines[0]!, { line: 2, zh: 'x' }, frameLines[1]!];
    expect(alignFrame('f.yaml', data, frame).map((l) => [l.line, l.en])).toEqual([
      [1, 'A lead in two.'],
      [2, undefined],
      [3, 'A quote'],
    ]);
  });
  it('refuses a line whose Chinese is not the source’s, or that the source does not have, naming the file', () => {
    expect(() =>
      alignFrame('f.yaml', data, [{ line: 1, zh: '新闻导语' }, { line: 2, zh: 'x' }, frameLines[1]!]),
    ).toThrow('f.yaml: the Chinese of line 1 does not match the source.');
    expect(() => alignFrame('f.yaml', data, [frameLines[0]!])).toThrow(
      'f.yaml: the Chinese of line 3 does not match the source.',
    );
  });
});
