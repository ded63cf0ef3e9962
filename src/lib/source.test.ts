import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frame, paragraph, paragraphs, paragraphsOf, sha256Hex, source, SOURCE_SHA256 } from './source';

const file = readFileSync(new URL('../../content/apsara-2024-keynote.zh.txt', import.meta.url));
const sharedCopy = new URL('../../../shared/source/apsara-2024-keynote.zh.txt', import.meta.url);

describe('the verbatim source', () => {
  it('has the SHA-256 published for the source', () => {
    expect(createHash('sha256').update(file).digest('hex')).toBe(SOURCE_SHA256);
  });

  it('is loaded into the site byte for byte', async () => {
    expect(Buffer.from(source, 'utf8').equals(file)).toBe(true);
    expect(await sha256Hex(source)).toBe(SOURCE_SHA256);
  });

  it('is the same file as the shared source, where that copy is present', () => {
    let shared: Buffer;
    try {
      shared = readFileSync(sharedCopy);
    } catch {
      return; // a clone without ../shared beside it: the SHA-256 test above still holds the line
    }
    expect(shared.equals(file)).toBe(true);
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
