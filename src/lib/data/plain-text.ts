/**
 * The speech as plain text, UTF-8, one paragraph per line, each line starting with the paragraph's
 * number and a tab: "¶4<TAB>…". Three files: the Chinese (each line after the tab is the source
 * line, verbatim), the English (its sentences joined by single spaces) and both interleaved, Chinese
 * then English ("¶4<TAB>zh<TAB>…", "¶4<TAB>en<TAB>…"). Every line ends with a line feed. No header:
 * the /data/ page and the TEI and JSON files say what the files are.
 */
import type { Dataset } from './dataset';

export type PlainTextKind = 'zh' | 'en' | 'zh-en';

export function plainText(d: Dataset, kind: PlainTextKind): string {
  const lines = d.paragraphs.flatMap((p) => {
    switch (kind) {
      case 'zh':
        return [`¶${p.n}\t${p.zh}`];
      case 'en':
        return [`¶${p.n}\t${p.en}`];
      case 'zh-en':
        return [`¶${p.n}\tzh\t${p.zh}`, `¶${p.n}\ten\t${p.en}`];
    }
  });
  return `${lines.join('\n')}\n`;
}

/** Parses a line of any of the three files back: its paragraph number, language (if given) and text. */
export function parsePlainTextLine(line: string): { n: number; lang?: 'zh' | 'en'; text: string } {
  const m = /^¶(\d+)\t(?:(zh|en)\t)?(.*)$/u.exec(line);
  if (!m) throw new Error(`Not a line of the plain-text files: ${JSON.stringify(line.slice(0, 40))}`);
  return { n: Number(m[1]), ...(m[2] ? { lang: m[2] as 'zh' | 'en' } : {}), text: m[3]! };
}
