/**
 * The edition's address contract (README, "Addresses"): every page, anchor and short link the
 * edition publishes, built here and nowhere else. Addresses are site paths ("/speech/1/#p4"), free of
 * the base path, which pathWithBase() in ./base.ts adds for a link and absoluteUrl() for a canonical
 * URL. Pure and free of Astro: pages, components, client scripts, the search records and the tests
 * all build addresses with it.
 */
import { ID_PREFIX, LANGS, QUERY, type Lang } from '../../constants.ts';

/** A note's or a glossary entry's slug, its file name: lowercase ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The files a reference manager imports: BibTeX, RIS and CSL-JSON. */
export type CiteFileFormat = 'bib' | 'ris' | 'json';

/** The ids that are also fragments of addresses. */
export const anchor = {
  /** "p4": a paragraph, on its part page and on /speech/. */
  paragraph: (n: number): string => `${ID_PREFIX.paragraph}${n}`,
  /** "p9.2": sentence 2 of ¶9, on the Chinese sentence. */
  sentence: (n: number, s: number): string => `${ID_PREFIX.paragraph}${n}.${s}`,
  /** "n-<slug>": an editorial note, on its part page. */
  note: (slug: string): string => `${ID_PREFIX.note}${slug}`,
  /** "nr-<slug>": a note's marker in the Chinese text, where the note links back to. */
  noteRef: (slug: string): string => `${ID_PREFIX.noteRef}${slug}`,
  /** "v1.0.0": a version's section, on /about/changes/ and on /data/. */
  version: (version: string): string => `v${version}`,
  /** "line-1": a line of the publisher's frame (source lines 1–5), on /about/. */
  frameLine: (line: number): string => `line-${line}`,
} as const;

/** What an id that is an address names: a paragraph, a sentence of one, or a note; undefined for any other id. */
export type Anchored =
  | { readonly kind: 'paragraph'; readonly paragraph: number }
  | { readonly kind: 'sentence'; readonly paragraph: number; readonly sentence: number }
  | { readonly kind: 'note'; readonly slug: string };

const PARAGRAPH_ID = new RegExp(`^${ID_PREFIX.paragraph}([1-9]\\d*)(?:\\.([1-9]\\d*))?$`);

/** The inverse of `anchor`: "p4" → ¶4, "p9.2" → sentence 2 of ¶9, "n-token-price" → that note. */
export function parseAnchor(id: string): Anchored | undefined {
  const m = PARAGRAPH_ID.exec(id);
  if (m) {
    const paragraph = Number(m[1]);
    return m[2] === undefined
      ? { kind: 'paragraph', paragraph }
      : { kind: 'sentence', paragraph, sentence: Number(m[2]) };
  }
  if (id.startsWith(ID_PREFIX.note) && SLUG.test(id.slice(ID_PREFIX.note.length)))
    return { kind: 'note', slug: id.slice(ID_PREFIX.note.length) };
  return undefined;
}

/** The addresses that need no lookup: pages, entries, citation pages, short links, files. */
export const paths = {
  home: '/',
  about: '/about/',
  changes: '/about/changes/',
  speech: '/speech/',
  notes: '/notes/',
  glossary: '/glossary/',
  search: '/search/',
  cite: '/cite/',
  /** The edition as data: every file of every version. */
  data: '/data/',
  /** The page a host serves for an address that has none. */
  notFound: '/404.html',
  /** "/speech/1/": a part, by its slug (opening, 1, 2, 3, closing). */
  part: (slug: string): string => `/speech/${slug}/`,
  /** "/glossary/token/": a glossary entry, by its slug. */
  glossaryEntry: (slug: string): string => `/glossary/${slug}/`,
  /** "/cite/1/": the citation page of a part. */
  citePart: (slug: string): string => `/cite/${slug}/`,
  /** "/cite/p4/": the citation page of a paragraph and its sentences. */
  citeParagraph: (n: number): string => `/cite/${anchor.paragraph(n)}/`,
  /** "/p/4/": the short link to ¶4, a redirect to its place on its part page. */
  shortLink: (n: number): string => `/p/${n}/`,
  /** "/cite/edition.bib": the edition's record for reference managers (the whole speech). */
  citeDownload: (format: CiteFileFormat): string => `/cite/edition.${format}`,
  /** "/cite/p4/citation.bib": the record of what a citation page cites, by the page's slug ("1", "p4"). */
  citeDownloadOf: (page: string, format: CiteFileFormat): string => `/cite/${page}/citation.${format}`,
  /** "/data/1.0.0/edition.tei.xml": a data file of a version; "latest" names the current version's copy. */
  dataFile: (version: string, name: string): string => `/data/${version}/${name}`,
  /** "/search/?q=words". */
  searchFor: (words: string): string => `/search/?${QUERY.search}=${encodeURIComponent(words)}`,
  /** The JSON-LD node ids of the edition and of the speech: identifiers on the home page, not anchors. */
  editionNode: '/#edition',
  speechNode: '/#speech',
  /** A file at the root of the site: "favicon.svg" → "/favicon.svg". */
  file: (name: string): string => `/${name.replace(/^\//, '')}`,
} as const;

/** "#p4": a link to an anchor on the same page. */
export const localLink = (id: string): string => `#${id}`;

/** An address with a fragment: "/speech/1/", "p4" → "/speech/1/#p4". */
export const withFragment = (path: string, id: string): string => `${path}${localLink(id)}`;

/** The id a URL's fragment points at, decoded: "#p9.2" → "p9.2", "" → "" (location.hash, URL.hash). */
export const idOfHash = (hash: string): string => decodeURIComponent(hash.replace(/^#/, ''));

/** An address split into its site path and fragment: "/speech/1/#p4" → { path: "/speech/1/", fragment: "p4" }. */
export function splitAddress(address: string): { path: string; fragment: string | undefined } {
  const at = address.indexOf('#');
  return at === -1
    ? { path: address, fragment: undefined }
    : { path: address.slice(0, at), fragment: address.slice(at + 1) };
}

/** An address with a query, before its fragment: "/speech/2/#p15", { mode: "en" } → "/speech/2/?mode=en#p15". */
export function withQuery(address: string, query: Record<string, string>): string {
  const { path, fragment } = splitAddress(address);
  return `${path}?${new URLSearchParams(query)}${fragment === undefined ? '' : localLink(fragment)}`;
}

/** A search result's target, carrying the words to highlight there: "/speech/1/#p4" → "/speech/1/?hl=…#p4". */
export const withHighlight = (address: string, words: string): string =>
  withQuery(address, { [QUERY.highlight]: words });

/**
 * A link to words inside an anchored element with a text fragment (#p4:~:text=…), for "Copy link to
 * selection". Takes the page's absolute URL without query or fragment. Hyphens are escaped: in a
 * text fragment they separate prefix and suffix.
 */
export function withTextFragment(pageUrl: string, id: string, text: string): string {
  return `${pageUrl}${localLink(id)}:~:text=${encodeURIComponent(text).replace(/-/g, '%2D')}`;
}

/**
 * What the part lookup needs of a part: its slug (the file name of content/parts/<slug>.mdx) and the
 * paragraphs it holds, in the shape of a content-collection entry, so that Astro's entries and the
 * tests' own reading of the frontmatter both fit.
 */
export interface PartSpan {
  readonly id: string;
  readonly data: { readonly firstParagraph: number; readonly lastParagraph: number };
}

/** The addresses that live on a part page, and the lookup of the part that holds a paragraph. */
export interface PartAddresses<P extends PartSpan> {
  /** The part that holds ¶n; throws for a paragraph no part holds. */
  partOf(n: number): P;
  /** "/speech/1/#p4": ¶n's canonical address. */
  paragraph(n: number): string;
  /** "/speech/2/#p9.2": sentence s of ¶n. */
  sentence(n: number, s: number): string;
  /** "/speech/1/#n-price-cut-97": the note on ¶n with this slug. */
  note(n: number, slug: string): string;
}

/** The paragraph numbers a part holds, in order. */
export function paragraphsOf(part: PartSpan): number[] {
  const { firstParagraph: first, lastParagraph: last } = part.data;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The part-page addresses for these parts: which part holds which paragraph is worked out once, here. */
export function addressesFor<P extends PartSpan>(parts: readonly P[]): PartAddresses<P> {
  const holder = new Map<number, P>();
  for (const part of parts) {
    for (let n = part.data.firstParagraph; n <= part.data.lastParagraph; n++) holder.set(n, part);
  }
  const partOf = (n: number): P => {
    const part = holder.get(n);
    if (!part) throw new Error(`No part holds ¶${n}.`);
    return part;
  };
  const onPartPage = (n: number, id: string) => withFragment(paths.part(partOf(n).id), id);
  return {
    partOf,
    paragraph: (n) => onPartPage(n, anchor.paragraph(n)),
    sentence: (n, s) => onPartPage(n, anchor.sentence(n, s)),
    note: (n, slug) => onPartPage(n, anchor.note(slug)),
  };
}

/** The Chinese page tree: every page's Chinese counterpart is its address under this prefix. */
const ZH_PREFIX = '/zh';

/**
 * An address in a language: the English page is the published address itself, the Chinese one the
 * same under /zh/ ("/speech/1/#p4" → "/zh/speech/1/#p4"). Files that are the same in both (citation
 * downloads, data files, the search index) have one address: leave them as they are.
 */
export function localized(address: string, lang: Lang): string {
  if (!address.startsWith('/')) throw new Error(`localized() takes a site path starting with "/", got "${address}".`);
  const english = unlocalized(address);
  return lang === 'en' ? english : `${ZH_PREFIX}${english}`;
}

/** The language of a site path: "/zh/…" is Chinese, every other page English. */
export function languageOf(address: string): Lang {
  return address === ZH_PREFIX || address.startsWith(`${ZH_PREFIX}/`) ? 'zh' : 'en';
}

/** A site path without its language prefix: "/zh/glossary/" → "/glossary/". */
export function unlocalized(address: string): string {
  return languageOf(address) === 'zh' ? address.slice(ZH_PREFIX.length) || '/' : address;
}

/**
 * The route parameter of a page in each language, for the pages under src/pages/[...lang]/: none for
 * English (the published address), "zh" for Chinese.
 */
export const langParam = (lang: Lang): string | undefined => (lang === 'en' ? undefined : ZH_PREFIX.slice(1));

/** The language a route parameter stands for. */
export function langOfParam(param: string | undefined): Lang {
  if (param === undefined) return 'en';
  if (param === ZH_PREFIX.slice(1)) return 'zh';
  throw new Error(`No language has the address prefix "/${param}/".`);
}

/**
 * getStaticPaths() of a page under src/pages/[...lang]/ that has no other parameter: the page in
 * each language, the language as a prop.
 */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** getStaticPaths() entries of a page under src/pages/[...lang]/ in each language, with its own parameters and props. */
export function inEachLanguage<P extends Record<string, string>, T extends object>(
  entries: readonly { params: P; props: T }[],
): { params: P & { lang: string | undefined }; props: T & { lang: Lang } }[] {
  return LANGS.flatMap((lang) =>
    entries.map((e) => ({ params: { ...e.params, lang: langParam(lang) }, props: { ...e.props, lang } })),
  );
}
