import { describe, expect, it } from 'vitest';
import { frontmatter, sourceInfo } from './content';

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
});
