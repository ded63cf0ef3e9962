import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkedSourceDigest,
  frame,
  paragraph,
  paragraphs,
  paragraphsOf,
  sha256Hex,
  source,
  SOURCE_SHA256,
} from './source';

const file = readFileSync(new URL('../../../content/apsara-2024-keynote.zh.txt', import.meta.url));
const sharedCopy = new URL('../../../../shared/source/apsara-2024-keynote.zh.txt', import.meta.url);

/**
 * The SHA-256 published for the source (README, About page), written here rather than imported from
 * the module under test: changing the text and the module's constant together must also change
 * this line, visibly.
 */
const PUBLISHED_SHA256 = '4b227a220a9247b44e8511661cd926a5519fb51637a6aeb7738a358c3523dbfc';

describe('the verbatim source', () => {
  it('has the SHA-256 published for the source', () => {
    expect(createHash('sha256').update(file).digest('hex')).toBe(PUBLISHED_SHA256);
    expect(SOURCE_SHA256).toBe(PUBLISHED_SHA256);
  });

  it('is loaded into the site byte for byte', async () => {
    expect(Buffer.from(source, 'utf8').equals(file)).toBe(true);
    expect(await sha256Hex(source)).toBe(PUBLISHED_SHA256);
  });

  it('is refused by the build when a single character changes', async () => {
    await expect(checkedSourceDigest(source.replace('工厂', '工场'))).rejects.toThrow(
      /^content\/apsara-2024-keynote\.zh\.txt: SHA-256 is [0-9a-f]{64}, expected 4b227a22/,
    );
    await expect(checkedSourceDigest()).resolves.toBe(PUBLISHED_SHA256);
  });

  // The shared copy sits beside the checkout on the editors' machine, not in a clone or in CI: there
  // the test is reported as skipped, and the published hash above holds the line.
  it.skipIf(!existsSync(sharedCopy))('is the same file as the shared source (../shared/source)', () => {
    expect(readFileSync(sharedCopy).equals(file)).toBe(true);
  });
});

describe('the paragraph split', () => {
  it('gives 26 paragraphs numbered 1 to 26 from source lines 6 to 31', () => {
    expect(paragraphs).toHaveLength(26);
    paragraphs.forEach((p, i) => {
      expect(p.n).toBe(i + 1);
      expect(p.line).toBe(i + 6);
    });
  });

  it('keeps each paragraph equal to its source line', () => {
    const lines = file.toString('utf8').split('\n');
    for (const p of paragraphs) expect(p.zh).toBe(lines[p.line - 1]);
  });

  it('starts with the welcome and ends with the thanks', () => {
    expect(paragraph(1).zh.startsWith('欢迎来到2024云栖大会。')).toBe(true);
    expect(paragraph(2).zh.startsWith('第一,')).toBe(true);
    expect(paragraph(7).zh.startsWith('第二,')).toBe(true);
    expect(paragraph(18).zh.startsWith('第三,')).toBe(true);
    expect(paragraph(26).zh).toBe('谢谢大家。希望大家度过一个充实、愉快的云栖。');
  });

  it('keeps the publisher’s frame (lines 1–5) apart from the speech', () => {
    expect(frame.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(frame[4]?.zh).toBe('以下为演讲全文:');
    expect(paragraphs.some((p) => p.zh.includes('以下为演讲全文'))).toBe(false);
  });

  it('refuses a source with the wrong number of lines', () => {
    expect(() => paragraphsOf('one line')).toThrow(/expected 31 lines, found 1/);
  });

  it('refuses a paragraph number outside 1–26', () => {
    expect(() => paragraph(0)).toThrow(/no paragraph ¶0/);
    expect(() => paragraph(27)).toThrow(/no paragraph ¶27/);
  });
});
