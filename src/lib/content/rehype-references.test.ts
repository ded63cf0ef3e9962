import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it, onTestFinished } from 'vitest';
import rehypeReferences from './rehype-references';

/**
 * A small content/ tree: two parts, two notes and a glossary entry, each with its Chinese twin (which,
 * as the real ones, names no paragraphs), and an editor's backup copy of a part left beside it.
 */
const CONTENT: Record<string, string> = {
  'content/parts/opening.mdx': '---\ntitle: "Opening"\nfirstParagraph: 1\nlastParagraph: 1\n---\n\nIntro.\n',
  'content/parts/opening.zh.mdx': '---\ntitle: "开场"\n---\n',
  'content/parts/1.mdx': '---\r\ntitle: "Thesis 1"\r\nfirstParagraph: 2\r\nlastParagraph: 6\r\n---\r\n',
  'content/parts/1.zh.mdx': '---\ntitle: "论点一"\n---\n',
  'content/parts/1.mdx~': '---\ntitle: "Thesis 1 (old)"\nfirstParagraph: 1\nlastParagraph: 6\n---\n',
  'content/notes/price-cut.md': '---\ntitle: "The price cut"\nparagraph: 4\n---\n\nA note.\n',
  'content/notes/price-cut.zh.md': '---\ntitle: "降价"\n---\n\n注。\n',
  'content/notes/welcome.md': '---\ntitle: "Welcome"\nparagraph: 1\n---\n',
  'content/notes/welcome.zh.md': '---\ntitle: "欢迎"\n---\n',
  'content/glossary/inference.yaml': 'term: inference\n',
  'content/glossary/inference.zh.yaml': 'term: 推理\n',
};

/**
 * Writes CONTENT into a fresh folder (or into `sub` inside it), removed when the test ends, and returns
 * its path, to give the step as its root.
 */
function contentRoot(sub = ''): string {
  const folder = mkdtempSync(join(tmpdir(), 'rehype-references-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const root = join(folder, sub);
  for (const [file, text] of Object.entries(CONTENT)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

/** The HTML of a Markdown file after the step, as Astro runs it on the file at `path`. */
function render(html: string, path: string | undefined, options: { base: string; root?: string }): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeReferences(options)(tree, path === undefined ? {} : { path });
  return toHtml(tree);
}

const LINKS =
  '<p>See <a href="note:price-cut" class="x">the cut</a>, <a href="note:welcome">the welcome</a> and ' +
  '<a href="glossary:inference">inference</a>.</p>';

describe('note: and glossary: links', () => {
  it('lead to the note on the page of the part that holds its paragraph, and to the glossary entry, under the base path', () => {
    const root = contentRoot();
    expect(render(LINKS, join(root, 'content/notes/welcome.md'), { base: '/apsara/', root })).toBe(
      '<p>See <a href="/apsara/speech/1/#n-price-cut" class="x">the cut</a>, ' +
        '<a href="/apsara/speech/opening/#n-welcome">the welcome</a> and ' +
        '<a href="/apsara/glossary/inference/">inference</a>.</p>',
    );
  });

  it('lead into the Chinese pages from a Chinese twin, .zh.md or .zh.mdx', () => {
    const root = contentRoot();
    const zh =
      '<p>See <a href="/apsara/zh/speech/1/#n-price-cut" class="x">the cut</a>, ' +
      '<a href="/apsara/zh/speech/opening/#n-welcome">the welcome</a> and ' +
      '<a href="/apsara/zh/glossary/inference/">inference</a>.</p>';
    expect(render(LINKS, join(root, 'content/notes/welcome.zh.md'), { base: '/apsara/', root })).toBe(zh);
    expect(render(LINKS, join(root, 'content/parts/1.zh.mdx'), { base: '/apsara/', root })).toBe(zh);
  });

  it('stay English in an English file whatever the folders above it are called', () => {
    const root = contentRoot('drafts.zh.md/site');
    expect(
      render('<a href="glossary:inference">t</a>', join(root, 'content/notes/welcome.md'), { base: '/', root }),
    ).toBe('<a href="/glossary/inference/">t</a>');
  });

  it('leave every other link as written, an address that merely contains "note:" too', () => {
    const root = contentRoot();
    const html =
      '<p><a href="https://example.org/search?q=note:price-cut">out</a> <a href="#p4">¶4</a> ' +
      '<a href="mailto:glossary:inference@example.org">mail</a> <a>no address</a> <img src="note:price-cut" alt=""></p>';
    expect(render(html, join(root, 'content/notes/welcome.md'), { base: '/apsara/', root })).toBe(html);
  });

  it('read the content of the working directory by default: the edition’s own notes and entries', () => {
    expect(
      render('<a href="note:22-months">22</a><a href="glossary:open-source">t</a>', 'content/notes/agi.zh.md', {
        base: '/',
      }),
    ).toBe('<a href="/zh/speech/1/#n-22-months">22</a><a href="/zh/glossary/open-source/">t</a>');
  });

  it('fail the build naming the file and the slug that names nothing, a Chinese twin’s file name included', () => {
    const root = contentRoot();
    const file = join(root, 'content/notes/welcome.zh.md');
    const fails = (html: string) => () => render(html, file, { base: '/', root });
    expect(fails('<a href="note:nowhere">x</a>')).toThrow(
      new Error(`${file}: links to the note "nowhere", which does not exist.`),
    );
    expect(fails('<a href="note:price-cut.zh">x</a>')).toThrow(
      new Error(`${file}: links to the note "price-cut.zh", which does not exist.`),
    );
    expect(fails('<a href="glossary:nowhere">x</a>')).toThrow(
      new Error(`${file}: links to the glossary entry "nowhere", which does not exist.`),
    );
    expect(fails('<a href="glossary:inference.zh">x</a>')).toThrow(
      new Error(`${file}: links to the glossary entry "inference.zh", which does not exist.`),
    );
    expect(fails('<a href="note:">x</a>')).toThrow(new Error(`${file}: links to the note "", which does not exist.`));
  });

  it('fail with only the problem for a text that comes from no file, read as English', () => {
    const root = contentRoot();
    expect(render('<a href="note:welcome">w</a>', undefined, { base: '/', root })).toBe(
      '<a href="/speech/opening/#n-welcome">w</a>',
    );
    expect(() => render('<a href="note:nowhere">x</a>', undefined, { base: '/', root })).toThrow(
      new Error(': links to the note "nowhere", which does not exist.'),
    );
  });
});
