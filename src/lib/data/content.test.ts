import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { frontmatter, readContent, sourceInfo } from './content';

describe('reading content/ without Astro', () => {
  it('splits a Markdown file into its frontmatter and body, and names a file without frontmatter', () => {
    expect(frontmatter('---\ntitle: A\n---\nBody\n', 'f.md')).toEqual({ data: { title: 'A' }, body: 'Body\n' });
    expect(frontmatter('---\r\ntitle: A\r\n---\r\nBody', 'f.md')).toEqual({ data: { title: 'A' }, body: 'Body' });
    expect(() => frontmatter('title: A\n', 'content/notes/x.md')).toThrow('content/notes/x.md: no frontmatter.');
    expect(frontmatter('---\ntitle: A\n---', 'f.md')).toEqual({ data: { title: 'A' }, body: '' });
    expect(() => frontmatter('Intro\n---\ntitle: A\n---\nBody', 'f.md')).toThrow('f.md: no frontmatter.');
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

  it('reads the content files and nothing beside them: a backup copy changes nothing', () => {
    const real = readContent();
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    for (const d of ['parts', 'translation', 'notes', 'glossary'])
      cpSync(join('content', d), join(dir, 'content', d), { recursive: true });
    const stray = 'not a content file';
    for (const f of [
      'parts/2.mdx.orig',
      'translation/p01.yaml.orig',
      'translation/old-p01.yaml',
      'notes/22-months.md.orig',
      'notes/22-months.zh.md.orig',
      'glossary/agi.yaml.orig',
    ])
      writeFileSync(join(dir, 'content', f), stray);
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(dir);
    try {
      expect(readContent()).toEqual(real);
      // A part or note file whose name only contains .zh. is not a Chinese twin: it is read, not skipped.
      writeFileSync(join(dir, 'content/notes/x.zh.md.md'), stray);
      expect(() => readContent()).toThrow('content/notes/x.zh.md.md: no frontmatter.');
      rmSync(join(dir, 'content/notes/x.zh.md.md'));
      writeFileSync(join(dir, 'content/parts/x.zh.mdx.mdx'), stray);
      expect(() => readContent()).toThrow('content/parts/x.zh.mdx.mdx: no frontmatter.');
      rmSync(join(dir, 'content/parts/x.zh.mdx.mdx'));
      // Every paragraph must belong to a part.
      rmSync(join(dir, 'content/parts/closing.mdx'));
      expect(() => readContent()).toThrow(/^content\/parts: /);
    } finally {
      cwd.mockRestore();
    }
  });
});
