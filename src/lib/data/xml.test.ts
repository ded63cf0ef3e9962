import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeText, markdownToTei, serialize } from './xml';

const tei = (markdown: string) =>
  markdownToTei(markdown, 'content/notes/x.md')
    .map((e) => serialize(e))
    .join('\n');

describe('a note’s Markdown in TEI', () => {
  it('writes paragraphs, emphasis, strong, code, line breaks and links', () => {
    expect(tei('One *two* **three** `four`  \nfive [six](https://example.org/?a=1&b=2).\n\nSeven')).toBe(
      '<p>One <hi rend="italic">two</hi> <hi rend="bold">three</hi> <code>four</code><lb/>five <ref target="https://example.org/?a=1&amp;b=2">six</ref>.</p>\n<p>Seven</p>',
    );
  });

  it('writes bulleted and numbered lists and block quotations, with their paragraphs', () => {
    expect(tei('- a\n- b')).toBe(
      '<list rend="bulleted">\n  <item>\n    <p>a</p>\n  </item>\n  <item>\n    <p>b</p>\n  </item>\n</list>',
    );
    expect(tei('1. a')).toBe('<list rend="numbered">\n  <item>\n    <p>a</p>\n  </item>\n</list>');
    expect(tei('> quoted\n> words')).toBe('<quote>\n  <p>quoted words</p>\n</quote>');
  });

  it('refuses what the formats cannot hold, naming the file, rather than losing it', () => {
    expect(() => tei('# Heading')).toThrow(
      'content/notes/x.md: Markdown heading is not supported in the data formats.',
    );
    expect(() => tei('An ![image](a.png)')).toThrow(
      'content/notes/x.md: Markdown image is not supported in the data formats.',
    );
  });
});

describe('the XML writer', () => {
  it('escapes text and attributes', () => {
    expect(escapeText('a < b & c > d "e"')).toBe('a &lt; b &amp; c &gt; d "e"');
    expect(escapeAttr('a "b"\n\tc & <d>')).toBe('a &quot;b&quot;&#10;&#9;c &amp; &lt;d&gt;');
  });

  it('indents elements that hold only elements, writes mixed content and phrase elements on one line', () => {
    const tree = el(
      'div',
      { n: 1, skip: undefined },
      el('p', {}, 'a ', el('hi', {}, 'b')),
      el('title', {}, el('hi', {}, 'c')),
      el('empty'),
    );
    expect(serialize(tree)).toBe('<div n="1">\n  <p>a <hi>b</hi></p>\n  <title><hi>c</hi></title>\n  <empty/>\n</div>');
    expect(serialize('a & b', 2)).toBe('    a &amp; b');
  });

  it('writes every TEI element that holds phrases on one line, even when it holds only elements', () => {
    const phrases =
      'ab bibl catDesc code date desc edition gloss head hi idno label language licence measure orgName p persName placeName publisher ref resp s seg term title';
    for (const name of phrases.split(' '))
      expect(serialize(el('div', {}, el(name, {}, el('hi', {}, 'a'), el('lb'), el('hi', {}, 'b')))), name).toBe(
        `<div>\n  <${name}><hi>a</hi><lb/><hi>b</hi></${name}>\n</div>`,
      );
  });

  it('writes an element holding text and elements on one line, whatever its name', () => {
    expect(serialize(el('list', {}, el('item', {}, 'a ', el('ref', { target: '#x' }, 'b'), ' c')))).toBe(
      '<list>\n  <item>a <ref target="#x">b</ref> c</item>\n</list>',
    );
  });

  it('leaves out empty strings, undefined and false among children, and flattens arrays', () => {
    expect(el('p', {}, '', undefined, false, ['a', 'b'], 'c').children).toEqual(['a', 'b', 'c']);
  });
});
