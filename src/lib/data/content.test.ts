import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { frontmatter, readContent, sourceInfo } from './content';

describe('reading content/ without Astro', () => {
  it('splits a Markdown file into its frontmatter and body, and names a file without frontmatter', () => {
    expect(frontmatter('---\ntitle: A\n---\nBody\n', 'f.md')).toEqual({ data: { title: 'A' }, body: 'Body\n' });
    expect(frontmatter('---\r\ntitle: A\r\n---\r\nBody', 'f.md')).toEqual({ data: { title: 'A' }, body: 'Body' });
    expect(() => frontmatter('title: A\n', 'content/notes/x.md')).toThrow('content/notes/x.md: no frontmatter.');
  });

  it('describes the source file: its name, its SHA-256 and its 31 lines', () => {
    const s = sourceInfo();
    expect(s.file).toBe('apsara-2024-keynote.zh.txt');
    expect(s.sha256).toMatch(/^4b227a22[0-9a-f]{52}dbfc$/);
    expect(s.lines).toBe(31);
    expect(s.text.split('\n')).toHaveLength(31);
  });

  it('names the file and the field that its schema refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(dir, 'content/parts'), { recursive: true });
    const part = readFileSync('content/parts/2.mdx', 'utf8');
    expect(part).toMatch(/^summary: /m);
    writeFileSync(join(dir, 'content/parts/2.mdx'), part.replace(/^summary: .*\n/m, ''));
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(dir);
    try {
      expect(() => readContent()).toThrow(/^content\/parts\/2\.mdx: [\s\S]*"summary"/);
    } finally {
      cwd.mockRestore();
    }
  });
});
