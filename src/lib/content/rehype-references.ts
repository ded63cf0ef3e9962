/**
 * Links between the apparatus's texts, written in Markdown as `[words](note:<slug>)` and
 * `[words](glossary:<slug>)`: this rehype step gives them the address of the note (on its part page)
 * or of the glossary entry, in the language of the file they are written in (a Chinese twin,
 * <slug>.zh.md, links into the /zh/ tree). A slug that names nothing fails the build with the file
 * named; apparatus/chinese.ts checks the same when the collections load. astro.config.mjs runs it on
 * every Markdown and MDX file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';
import { addressesFor, localized, paths } from '../site/addresses';

const frontmatter = (file: string): Record<string, unknown> =>
  (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Record<string, unknown>;

/** The notes' paragraphs and the parts' spans, read from content/ once. */
function lookup(root: string) {
  const dir = (d: string, ext: string) =>
    readdirSync(join(root, d)).filter((f) => f.endsWith(ext) && !f.endsWith(`.zh${ext}`));
  const parts = dir('content/parts', '.mdx').map((f) => {
    const data = frontmatter(join(root, 'content/parts', f));
    return {
      id: f.slice(0, -'.mdx'.length),
      data: { firstParagraph: Number(data['firstParagraph']), lastParagraph: Number(data['lastParagraph']) },
    };
  });
  const at = addressesFor(parts);
  const notes = new Map(
    dir('content/notes', '.md').map((f) => [
      f.slice(0, -'.md'.length),
      Number(frontmatter(join(root, 'content/notes', f))['paragraph']),
    ]),
  );
  const terms = new Set(dir('content/glossary', '.yaml').map((f) => f.slice(0, -'.yaml'.length)));
  return { at, notes, terms };
}

export default function rehypeReferences(options: { base: string; root?: string }) {
  let table: ReturnType<typeof lookup> | undefined;
  return (tree: Root, file: { path?: string }) => {
    const path = file.path ?? '';
    const lang = /\.zh\.mdx?$/.test(path) ? 'zh' : 'en';
    visit(tree, 'element', (node: Element) => {
      // Only Markdown links carry an href here: raw HTML in .md is parsed after the rehype plugins,
      // and in .mdx it is JSX. An element without one reads "undefined", which is no reference.
      const m = /^(note|glossary):(.*)$/.exec(String(node.properties['href']));
      if (!m) return;
      table ??= lookup(options.root ?? process.cwd());
      const [, scheme, slug = ''] = m;
      let address: string;
      if (scheme === 'note') {
        const paragraph = table.notes.get(slug);
        if (paragraph === undefined) throw new Error(`${path}: links to the note "${slug}", which does not exist.`);
        address = table.at.note(paragraph, slug);
      } else {
        if (!table.terms.has(slug))
          throw new Error(`${path}: links to the glossary entry "${slug}", which does not exist.`);
        address = paths.glossaryEntry(slug);
      }
      node.properties = { ...node.properties, href: options.base + localized(address, lang).slice(1) };
    });
  };
}
