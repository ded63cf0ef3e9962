import sourceText from '../../../content/apsara-2024-keynote.zh.txt?raw';
import { PARAGRAPH_COUNT } from '../../constants';

/** The SHA-256 of the verbatim source, as published in the issue and on the About page. */
export const SOURCE_SHA256 = '4b227a220a9247b44e8511661cd926a5519fb51637a6aeb7738a358c3523dbfc';

/** Source lines 1–5 are the publisher's frame; the speech is lines 6–31. */
export const FRAME_LINE_COUNT = 5;

export interface Paragraph {
  /** The permanent paragraph number, 1–26. */
  readonly n: number;
  /** The 1-based line of the source file it comes from (n + 5). */
  readonly line: number;
  /** The paragraph's Chinese text, byte for byte as in the source. */
  readonly zh: string;
}

export interface FrameLine {
  readonly line: number;
  readonly zh: string;
}

/** Splits the source into its lines; the file has no final newline. */
export function sourceLines(text: string = sourceText): string[] {
  return text.split('\n');
}

/** The speech's paragraphs ¶1–¶26 (source lines 6–31). */
export function paragraphsOf(text: string = sourceText): Paragraph[] {
  const lines = sourceLines(text);
  const expected = FRAME_LINE_COUNT + PARAGRAPH_COUNT;
  if (lines.length !== expected) {
    throw new Error(`content/apsara-2024-keynote.zh.txt: expected ${expected} lines, found ${lines.length}.`);
  }
  return lines.slice(FRAME_LINE_COUNT).map((zh, i) => ({ n: i + 1, line: i + 1 + FRAME_LINE_COUNT, zh }));
}

/** The publisher's frame: news lead, pull quote and "以下为演讲全文:". */
export function frameOf(text: string = sourceText): FrameLine[] {
  return sourceLines(text)
    .slice(0, FRAME_LINE_COUNT)
    .map((zh, i) => ({ line: i + 1, zh }));
}

export const paragraphs: readonly Paragraph[] = paragraphsOf();
export const frame: readonly FrameLine[] = frameOf();
export const source: string = sourceText;

/** The paragraph with number n; throws for a number outside ¶1–¶26. */
export function paragraph(n: number): Paragraph {
  const found = paragraphs[n - 1];
  if (!found || !Number.isInteger(n))
    throw new Error(`There is no paragraph ¶${n}: paragraphs are ¶1–¶${PARAGRAPH_COUNT}.`);
  return found;
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of the source as the build reads it; throws unless it is the published one. */
export async function checkedSourceDigest(text: string = sourceText): Promise<string> {
  const digest = await sha256Hex(text);
  if (digest !== SOURCE_SHA256) {
    throw new Error(
      `content/apsara-2024-keynote.zh.txt: SHA-256 is ${digest}, expected ${SOURCE_SHA256}. The source must stay byte for byte.`,
    );
  }
  return digest;
}

/** The paragraphs that announce the three theses ("第一," "第二," "第三,"). */
export const THESIS_PARAGRAPHS: readonly number[] = [2, 7, 18];
