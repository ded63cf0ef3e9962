import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { sentencesOf, type Dataset } from './dataset';
import { licenceStatements } from './licence';
import { tmx, tmxDate, TMX_SOURCE_LANG, TMX_TARGET_LANG } from './tmx';
import { dataset, links, translationSentences } from './test-support';
import { children, parseXml, text, xmlLang } from './xml-test-support';

const d = dataset();

/** Reads a TMX file back as a TMX reader would, enforcing the TMX 1.4b rules the file relies on. */
function readTmx(xml: string) {
  const doc = parseXml(xml);
  const root = doc.documentElement!;
  if (root.localName !== 'tmx' || root.getAttribute('version') !== '1.4') throw new Error('not TMX 1.4');
  const [header, body, ...rest] = children(root);
  if (header?.localName !== 'header' || body?.localName !== 'body' || rest.length > 0)
    throw new Error('<tmx> holds <header> then <body>');
  for (const a of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'])
    if (!header.getAttribute(a)) throw new Error(`<header> lacks the required attribute ${a}`);
  const srclang = header.getAttribute('srclang')!;
  const units = children(body).map((tu: Element) => {
    if (tu.localName !== 'tu') throw new Error(`<body> holds only <tu>, found <${tu.localName}>`);
    const kids = children(tu);
    const firstTuv = kids.findIndex((k) => k.localName === 'tuv');
    if (kids.slice(0, firstTuv).some((k) => k.localName !== 'prop' && k.localName !== 'note'))
      throw new Error('<tu> holds <note> and <prop> before its <tuv>');
    const tuvs = kids.slice(firstTuv);
    if (tuvs.some((k) => k.localName !== 'tuv')) throw new Error('<tu> ends with its <tuv>');
    const langs = tuvs.map((t) => xmlLang(t));
    if (new Set(langs).size !== langs.length) throw new Error(`<tu ${tu.getAttribute('tuid')}> repeats a language`);
    const seg = (lang: string) => {
      const tuv = tuvs.find((t) => xmlLang(t) === lang);
      const segs = tuv ? children(tuv, 'seg') : [];
      if (segs.length !== 1) throw new Error(`<tuv xml:lang="${lang}"> holds one <seg>`);
      return text(segs[0]!);
    };
    const props = Object.fromEntries(children(tu, 'prop').map((p) => [p.getAttribute('type'), text(p)]));
    return { tuid: tu.getAttribute('tuid'), langs, props, source: seg(srclang), target: seg(TMX_TARGET_LANG) };
  });
  return { header, units };
}

describe('the TMX parallel corpus', () => {
  const { header, units } = readTmx(tmx(d, links));

  it('has a TMX 1.4b header naming the edition, its version and the source language', () => {
    expect(header.getAttribute('srclang')).toBe('zh-Hans');
    expect(header.getAttribute('segtype')).toBe('sentence');
    expect(header.getAttribute('adminlang')).toBe('en');
    expect(header.getAttribute('datatype')).toBe('plaintext');
    expect(header.getAttribute('creationtoolversion')).toBe(d.version.version);
    expect(header.getAttribute('creationdate')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(tmxDate('2026-11-29')).toBe('20261129T000000Z');
  });

  it('says in its header what the corpus is, whose words it holds, under what licence and from what source', () => {
    const d = dataset();
    const v = d.version.version;
    const head = readTmx(tmx(d, links)).header;
    const props = (h: Element) => children(h, 'prop').map((p) => [p.getAttribute('type'), text(p)]);
    expect(head.getAttribute('o-encoding')).toBe('UTF-8');
    expect(children(head, 'note').map(text)).toEqual([
      `Eddie Wu (吴泳铭), 吴泳铭2024云栖大会主题演讲 [Keynote at the 2024 Apsara Conference], Hangzhou, 19 September 2024. Chinese verbatim from the published transcript; English translation by the editors of Eddie Wu at Apsara 2024 — an annotated edition, version ${v}. One unit per sentence of ¶1–¶26; tuid and x-address are the sentence's permanent address (pN.M).`,
      licenceStatements(undefined).speech,
      'The edition’s own text (the English translation, the editorial notes, the glossary and the introductions) is licensed under the Creative Commons Attribution 4.0 International licence (CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/): it may be shared and adapted, for any purpose, with attribution to the edition and its version.',
    ]);
    expect(props(head)).toEqual([
      ['x-edition', 'Eddie Wu at Apsara 2024 — an annotated edition'],
      ['x-edition-version', v],
      ['x-edition-url', 'https://example.org/'],
      ['x-source-sha256', d.source.sha256],
      ['x-licence', 'https://creativecommons.org/licenses/by/4.0/'],
    ]);
    // No licence declared: the header says so and names none.
    const none = readTmx(tmx(d, links, { licence: undefined })).header;
    expect(text(children(none, 'note')[2]!)).toBe(licenceStatements(undefined).edition);
    expect(props(none)).toEqual(props(head).slice(0, 4));
  });

  it('parses back to the same sentence pairs as the translation files: the 68 sentences of the speech', () => {
    const expected = translationSentences();
    expect(units.map((u) => [u.tuid, u.source, u.target])).toEqual(expected.map((s) => [s.id, s.zh, s.en]));
    expect(units.length).toBe(sentencesOf(d).length);
    expect(units.length).toBe(68); // the figure the issue names; the source text fixes it
  });

  it('has one tuv per language, zh-Hans and en, and the address as a property', () => {
    for (const u of units) {
      expect(u.langs).toEqual([TMX_SOURCE_LANG, TMX_TARGET_LANG]);
      expect(u.props['x-address']).toBe(`#${u.tuid}`);
      expect(u.props['x-paragraph']).toBe(/^p(\d+)\./.exec(u.tuid!)![1]);
      expect(u.props['x-url']).toMatch(
        new RegExp(`^https://example\\.org/speech/[a-z0-9]+/#${u.tuid!.replace('.', '\\.')}$`),
      );
    }
  });

  it('joins the Chinese of each paragraph back to its source line', () => {
    for (const p of d.paragraphs) {
      expect(
        units
          .filter((u) => u.tuid!.startsWith(`p${p.n}.`))
          .map((u) => u.source)
          .join(''),
      ).toBe(p.zh);
    }
  });

  it('escapes markup characters and reads them back unchanged', () => {
    const tricky: Dataset = {
      ...d,
      paragraphs: [
        { ...d.paragraphs[0]!, sentences: [{ id: 'p1.1', index: 1, zh: 'A<B>&"C"\'', en: 'x < y & "z" > w' }] },
      ],
    };
    const back = readTmx(tmx(tricky, links)).units;
    expect(back.map((u) => [u.source, u.target])).toEqual([['A<B>&"C"\'', 'x < y & "z" > w']]);
  });

  it('rejects a unit with two tuv of one language (the reader enforces the rules)', () => {
    const xml = tmx(d, links).replace(
      '<tuv xml:lang="en">',
      '<tuv xml:lang="zh-Hans"><seg>x</seg></tuv><tuv xml:lang="en">',
    );
    expect(() => readTmx(xml)).toThrow(/repeats a language/);
  });
});
