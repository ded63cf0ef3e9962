/**
 * A small XML writer for the TEI and TMX downloads: elements are built as a tree and serialised with
 * indentation where an element holds only elements, and exactly as given where it holds text (mixed
 * content), so that no whitespace is ever added inside a sentence.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';

export type XmlNode = XmlElement | string;
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string | number | undefined>>;
  readonly children: readonly XmlNode[];
}

/** An element; attributes whose value is undefined are left out. */
export function el(
  name: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (XmlNode | readonly XmlNode[] | undefined | false)[]
): XmlElement {
  const flat: XmlNode[] = [];
  for (const c of children) {
    if (c === undefined || c === false) continue;
    if (Array.isArray(c)) flat.push(...(c as XmlNode[]));
    else flat.push(c as XmlNode);
  }
  return { name, attrs, children: flat.filter((c) => c !== '') };
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function open(e: XmlElement): string {
  const attrs = Object.entries(e.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  return `<${e.name}${attrs}`;
}

/**
 * Elements that hold phrase-level content (text, possibly wrapped in other elements): always written
 * on one line, even when they happen to hold only elements, so that no whitespace enters their text.
 */
const PHRASE_ELEMENTS = new Set([
  // TEI
  'ab',
  'bibl',
  'catDesc',
  'code',
  'date',
  'desc',
  'edition',
  'gloss',
  'head',
  'hi',
  'idno',
  'label',
  'language',
  'licence',
  'measure',
  'orgName',
  'p',
  'persName',
  'placeName',
  'publisher',
  'ref',
  'resp',
  's',
  'seg',
  'term',
  'title',
]);

function inline(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.children.length === 0) return `${open(node)}/>`;
  return `${open(node)}>${node.children.map(inline).join('')}</${node.name}>`;
}

/** Serialises a tree; two spaces per level. */
export function serialize(node: XmlNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (typeof node === 'string') return pad + escapeText(node);
  const mixed = node.children.some((c) => typeof c === 'string') || PHRASE_ELEMENTS.has(node.name);
  if (node.children.length === 0 || mixed) return pad + inline(node);
  return `${pad}${open(node)}>\n${node.children.map((c) => serialize(c, depth + 1)).join('\n')}\n${pad}</${node.name}>`;
}

/**
 * Markdown (a note's text) → TEI: paragraphs, emphasis, strong, links, code, line breaks, lists and
 * block quotations. Anything else fails the build naming the file, rather than being lost.
 */
export function markdownToTei(
  markdown: string,
  file: string,
  /** The target of a link: e.g. note:slug → #n-slug; the address itself by default. */
  target: (url: string) => string = (url) => url,
): XmlElement[] {
  const tree = fromMarkdown(markdown);
  const phrasing = (nodes: readonly PhrasingContent[]): XmlNode[] =>
    nodes.flatMap((n): XmlNode[] => {
      switch (n.type) {
        case 'text':
          return [n.value.replace(/\n/g, ' ')];
        case 'emphasis':
          return [el('hi', { rend: 'italic' }, phrasing(n.children))];
        case 'strong':
          return [el('hi', { rend: 'bold' }, phrasing(n.children))];
        case 'inlineCode':
          return [el('code', {}, n.value)];
        case 'break':
          return [el('lb')];
        case 'link':
          return [el('ref', { target: target(n.url) }, phrasing(n.children))];
        default:
          throw new Error(`${file}: Markdown ${n.type} is not supported in the data formats.`);
      }
    });
  const block = (n: RootContent): XmlElement[] => {
    switch (n.type) {
      case 'paragraph':
        return [el('p', {}, phrasing(n.children))];
      case 'list':
        return [
          el(
            'list',
            { rend: n.ordered ? 'numbered' : 'bulleted' },
            n.children.map((item) => el('item', {}, item.children.flatMap(block))),
          ),
        ];
      case 'blockquote':
        return [el('quote', {}, n.children.flatMap(block))];
      default:
        throw new Error(`${file}: Markdown ${n.type} is not supported in the data formats.`);
    }
  };
  return tree.children.flatMap(block);
}
