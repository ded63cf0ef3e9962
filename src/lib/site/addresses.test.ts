import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addressesFor,
  anchor,
  idOfHash,
  localLink,
  paragraphsOf,
  parseAnchor,
  paths,
  splitAddress,
  withHighlight,
  withTextFragment,
  langOfParam,
  langParam,
  languageOf,
  localized,
  unlocalized,
  languagePaths,
  inEachLanguage,
} from './addresses';
import { absoluteUrl, languageOfUrl, pathWithBase, pathWithoutBase } from './base';

// A fixture shaped like content/parts/*.mdx, not the edition's own table: the lookup must work for any parts.
const parts = [
  { id: 'opening', data: { firstParagraph: 1, lastParagraph: 1 } },
  { id: '1', data: { firstParagraph: 2, lastParagraph: 6 } },
  { id: 'closing', data: { firstParagraph: 7, lastParagraph: 9 } },
];
const at = addressesFor(parts);

describe('the address contract (site paths, without the base path)', () => {
  it('gives the pages their permanent paths, each ending in a slash', () => {
    expect(paths.home).toBe('/');
    expect(paths.speech).toBe('/speech/');
    expect(paths.part('opening')).toBe('/speech/opening/');
    expect(paths.glossaryEntry('token')).toBe('/glossary/token/');
    expect(paths.citePart('1')).toBe('/cite/1/');
    expect(paths.citeParagraph(4)).toBe('/cite/p4/');
    expect(paths.shortLink(4)).toBe('/p/4/');
    expect(paths.citeDownload('bib')).toBe('/cite/edition.bib');
    expect(paths.dataFile('1.0.0', 'edition.tei.xml')).toBe('/data/1.0.0/edition.tei.xml');
    expect(paths.dataFile('latest', 'edition.json')).toBe('/data/latest/edition.json');
    expect(paths.file('favicon.svg')).toBe('/favicon.svg');
  });

  it('puts a paragraph, a sentence and a note on the page of the part that holds the paragraph', () => {
    expect(at.paragraph(1)).toBe('/speech/opening/#p1');
    expect(at.paragraph(4)).toBe('/speech/1/#p4');
    expect(at.sentence(6, 2)).toBe('/speech/1/#p6.2');
    expect(at.note(7, 'price-cut')).toBe('/speech/closing/#n-price-cut');
    expect(at.partOf(9).id).toBe('closing');
  });

  it('refuses a paragraph that no part holds, rather than inventing an address', () => {
    expect(() => at.paragraph(10)).toThrow('No part holds ¶10.');
    expect(() => at.partOf(0)).toThrow('No part holds ¶0.');
  });

  it('names the anchors as the README documents them', () => {
    expect(anchor.paragraph(9)).toBe('p9');
    expect(anchor.sentence(9, 2)).toBe('p9.2');
    expect(anchor.note('token')).toBe('n-token');
    expect(anchor.noteRef('token')).toBe('nr-token');
    expect(localLink(anchor.paragraph(9))).toBe('#p9');
    expect(anchor.version('1.0.0')).toBe('v1.0.0');
  });

  it('reads an anchor back: a paragraph, a sentence, a note, and nothing else', () => {
    expect(parseAnchor('p9')).toEqual({ kind: 'paragraph', paragraph: 9 });
    expect(parseAnchor('p26')).toEqual({ kind: 'paragraph', paragraph: 26 });
    expect(parseAnchor('p9.2')).toEqual({ kind: 'sentence', paragraph: 9, sentence: 2 });
    expect(parseAnchor('p10.12')).toEqual({ kind: 'sentence', paragraph: 10, sentence: 12 });
    expect(parseAnchor('n-price-cut-97')).toEqual({ kind: 'note', slug: 'price-cut-97' });
    for (const id of [
      '',
      'n-',
      'p',
      'p0',
      'p04',
      'p9.',
      'p9.0',
      'p9.2.1',
      'xp9',
      'p9x',
      'n-',
      'n-Token',
      'n-a--b',
      'nr-token',
      // A glossary entry's anchor on its page is not a note.
      'gl-token',
      'v1.0.0',
    ])
      expect(parseAnchor(id), id).toBeUndefined();
    for (const id of [anchor.paragraph(4), anchor.sentence(4, 3), anchor.note('token')])
      expect(parseAnchor(id), id).toBeDefined();
  });

  it('reads the id a fragment points at, decoded', () => {
    expect(idOfHash('#p9.2')).toBe('p9.2');
    expect(idOfHash('#n-token')).toBe('n-token');
    expect(idOfHash('#%E4%B8%AD')).toBe('中');
    expect(idOfHash('')).toBe('');
    expect(idOfHash('p4')).toBe('p4');
  });

  it('lists the paragraphs of a part in order', () => {
    expect(paragraphsOf(parts[1]!)).toEqual([2, 3, 4, 5, 6]);
    expect(paragraphsOf(parts[0]!)).toEqual([1]);
  });

  it('splits an address into path and fragment', () => {
    expect(splitAddress('/speech/1/#p4.2')).toEqual({ path: '/speech/1/', fragment: 'p4.2' });
    expect(splitAddress('/glossary/token/')).toEqual({ path: '/glossary/token/', fragment: undefined });
  });

  it('encodes a search query and the words a result highlights, keeping the fragment last', () => {
    expect(paths.searchFor('推理成本')).toBe('/search/?q=%E6%8E%A8%E7%90%86%E6%88%90%E6%9C%AC');
    expect(paths.searchFor('digital world')).toBe('/search/?q=digital%20world');
    expect(withHighlight('/speech/1/#p4', 'inference cost')).toBe('/speech/1/?hl=inference+cost#p4');
    expect(withHighlight('/glossary/token/', 'Token')).toBe('/glossary/token/?hl=Token');
  });

  it('escapes hyphens in a text fragment, which would otherwise split prefix and suffix', () => {
    expect(withTextFragment('https://example.org/speech/1/', 'p4', 'a-b c')).toBe(
      'https://example.org/speech/1/#p4:~:text=a%2Db%20c',
    );
  });
});

describe.each([
  ['/', 'http://localhost:4321'],
  ['/apsara-2024/', 'https://example.org'],
])('under the base path %s on %s', (base, site) => {
  afterEach(() => vi.unstubAllEnvs());
  const stub = () => {
    vi.stubEnv('BASE_URL', base);
    vi.stubEnv('SITE', site);
  };

  it('links every kind of address under the base path', () => {
    stub();
    expect(pathWithBase(paths.home)).toBe(base);
    expect(pathWithBase(at.paragraph(4))).toBe(`${base}speech/1/#p4`);
    expect(pathWithBase(at.note(7, 'x'))).toBe(`${base}speech/closing/#n-x`);
    expect(pathWithBase(paths.shortLink(26))).toBe(`${base}p/26/`);
    expect(pathWithBase(withHighlight(at.sentence(2, 1), 'AGI'))).toBe(`${base}speech/1/?hl=AGI#p2.1`);
  });

  it('makes absolute URLs on the configured origin', () => {
    stub();
    expect(absoluteUrl(paths.speech)).toBe(`${site}${base}speech/`);
    expect(absoluteUrl(paths.speechNode)).toBe(`${site}${base}#speech`);
  });

  it('reads a browser path back as a site path', () => {
    stub();
    expect(pathWithoutBase(`${base}p4`)).toBe('/p4');
    expect(pathWithoutBase(base)).toBe('/');
  });

  it('tells a page’s language from its URL: the Chinese tree under /zh/, every other page English', () => {
    stub();
    expect(languageOfUrl(new URL(`${site}${base}zh/speech/1/`))).toBe('zh');
    expect(languageOfUrl(new URL(`${site}${base}zh/`))).toBe('zh');
    expect(languageOfUrl(new URL(`${site}${base}speech/1/`))).toBe('en');
    expect(languageOfUrl(new URL(`${site}${base}glossary/zhipu/`))).toBe('en');
  });

  it('refuses a path that is not a site path', () => {
    stub();
    expect(() => pathWithBase('speech/')).toThrow(/site path starting with "\/"/);
  });
});

describe('a base path without its final slash', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('is read as if it had one', () => {
    vi.stubEnv('BASE_URL', '/apsara-2024');
    expect(pathWithBase('/about/')).toBe('/apsara-2024/about/');
  });
});

describe('the Chinese page tree', () => {
  it.each([
    ['/', '/zh/'],
    ['/speech/1/#p4', '/zh/speech/1/#p4'],
    ['/glossary/token/', '/zh/glossary/token/'],
    ['/p/4/', '/zh/p/4/'],
    ['/search/?q=Token', '/zh/search/?q=Token'],
  ])('puts %s under /zh/ and back', (en, zh) => {
    expect(localized(en, 'zh')).toBe(zh);
    expect(localized(en, 'en')).toBe(en);
    expect(localized(zh, 'en')).toBe(en);
    expect(localized(zh, 'zh')).toBe(zh);
    expect(languageOf(en)).toBe('en');
    expect(languageOf(zh)).toBe('zh');
    expect(unlocalized(zh)).toBe(en);
  });

  it('does not take a page whose name starts with zh for Chinese', () => {
    expect(languageOf('/zhongwen/')).toBe('en');
    expect(languageOf('/zh')).toBe('zh');
    expect(unlocalized('/zh')).toBe('/');
  });

  it('names each language by its route parameter', () => {
    expect(langParam('en')).toBeUndefined();
    expect(langParam('zh')).toBe('zh');
    expect(langOfParam(undefined)).toBe('en');
    expect(langOfParam('zh')).toBe('zh');
    expect(() => langOfParam('fr')).toThrow('No language has the address prefix "/fr/".');
  });

  it('refuses an address that is not a site path', () => {
    expect(() => localized('speech/1/', 'zh')).toThrow(/site path starting with/);
  });
});

describe('an origin written with its final slash', () => {
  afterEach(() => vi.unstubAllEnvs());
  it('gives absolute URLs with one slash after the origin', () => {
    vi.stubEnv('BASE_URL', '/');
    vi.stubEnv('SITE', 'https://example.org/');
    expect(absoluteUrl(paths.speech)).toBe('https://example.org/speech/');
  });
});

describe('each page in both language trees', () => {
  it('builds the English page at its published address and its Chinese twin under /zh/', () => {
    expect(languagePaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'zh' }, props: { lang: 'zh' } },
    ]);
    expect(inEachLanguage([{ params: { slug: 'token' }, props: { title: 'Token' } }])).toEqual([
      { params: { slug: 'token', lang: undefined }, props: { title: 'Token', lang: 'en' } },
      { params: { slug: 'token', lang: 'zh' }, props: { title: 'Token', lang: 'zh' } },
    ]);
  });
});
