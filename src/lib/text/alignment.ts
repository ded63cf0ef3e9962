/**
 * The sentence alignment of the translation: each paragraph is stored as its Chinese sentences, each
 * paired with its English. Joining the Chinese must give back the source line byte for byte.
 */
import { PARAGRAPH_COUNT } from '../../constants';
import { anchor } from '../site/addresses';
import { splitSentences } from './sentences';
import type { FrameTranslationData, TranslationData } from '../content/schemas';

export interface AlignedSentence {
  /** The sentence anchor, e.g. "p9.2". */
  readonly id: string;
  /** 1-based position in the paragraph. */
  readonly index: number;
  readonly zh: string;
  readonly en: string;
}

export interface AlignedParagraph {
  readonly n: number;
  readonly sentences: readonly AlignedSentence[];
  /** The English of the whole paragraph: the sentences joined by single spaces. */
  readonly en: string;
}

export interface TranslationFile {
  /** The file, for error messages, e.g. "content/translation/p04.yaml". */
  readonly file: string;
  readonly data: TranslationData;
}

/** Checks one paragraph's file against the source; throws an error naming the file. */
export function alignParagraph({ file, data }: TranslationFile, sourceZh: string): AlignedParagraph {
  const joined = data.sentences.map((s) => s.zh).join('');
  if (joined !== sourceZh) {
    const at = [...joined].findIndex((ch, i) => ch !== [...sourceZh][i]);
    throw new Error(
      `${file}: the Chinese sentences of ¶${data.paragraph} do not join to the source line ${data.paragraph + 5} (first difference at character ${at === -1 ? Math.min(joined.length, sourceZh.length) : at}). The zh fields must be the source, verbatim.`,
    );
  }
  const expected = splitSentences(sourceZh);
  data.sentences.forEach((s, i) => {
    if (s.zh !== expected[i]) {
      throw new Error(
        `${file}: sentence ${i + 1} of ¶${data.paragraph} should be ${JSON.stringify(expected[i])} (sentences end after 。!?！？), found ${JSON.stringify(s.zh)}.`,
      );
    }
  });
  const sentences = data.sentences.map((s, i) => ({
    id: anchor.sentence(data.paragraph, i + 1),
    index: i + 1,
    zh: s.zh,
    en: s.en.trim(),
  }));
  return { n: data.paragraph, sentences, en: sentences.map((s) => s.en).join(' ') };
}

/** Checks the whole set: every paragraph ¶1–¶26 exactly once, each aligned with the source. */
export function alignAll(files: readonly TranslationFile[], sourceParagraphs: readonly string[]): AlignedParagraph[] {
  const byN = new Map<number, TranslationFile>();
  for (const f of files) {
    const other = byN.get(f.data.paragraph);
    if (other) throw new Error(`${f.file}: ¶${f.data.paragraph} is already translated in ${other.file}.`);
    byN.set(f.data.paragraph, f);
  }
  const out: AlignedParagraph[] = [];
  for (let n = 1; n <= PARAGRAPH_COUNT; n++) {
    const f = byN.get(n);
    if (!f)
      throw new Error(
        `content/translation: ¶${n} has no translation file (expected p${String(n).padStart(2, '0')}.yaml).`,
      );
    out.push(alignParagraph(f, sourceParagraphs[n - 1] ?? ''));
  }
  return out;
}

/** A line of the publisher's frame (source lines 1–5) with this edition's translation, where it has one. */
export interface AlignedFrameLine {
  /** The source line, 1–5. */
  readonly line: number;
  /** The line, verbatim. */
  readonly zh: string;
  /** Its sentences with their English (lines 1, 3 and 5); none for lines 2 and 4, a quotation mark each. */
  readonly sentences: readonly { readonly zh: string; readonly en: string }[];
  /** The English of the line, its sentences joined by single spaces; undefined where it has none. */
  readonly en: string | undefined;
}

/**
 * The publisher's frame with its translation (content/translation/frame.yaml), after checking that
 * each translated line's Chinese sentences join to that line of the source; errors name the file.
 */
export function alignFrame(
  file: string,
  data: FrameTranslationData,
  frame: readonly { line: number; zh: string }[],
): AlignedFrameLine[] {
  for (const l of data.lines) {
    if (l.sentences.map((s) => s.zh).join('') !== frame[l.line - 1]?.zh) {
      throw new Error(`${file}: the Chinese of line ${l.line} does not match the source.`);
    }
  }
  return frame.map(({ line, zh }) => {
    const sentences = (data.lines.find((l) => l.line === line)?.sentences ?? []).map((s) => ({
      zh: s.zh,
      en: s.en.trim(),
    }));
    return { line, zh, sentences, en: sentences.length > 0 ? sentences.map((s) => s.en).join(' ') : undefined };
  });
}
