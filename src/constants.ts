/**
 * Names and numbers that server and client code must agree on: element ids, id prefixes, query
 * parameters, storage keys, breakpoints. The components that render them and the scripts that read
 * them import them from here (as Starlight's constants.ts), so a rename touches one line. Plain
 * values only: client bundles include this file. Imports between the modules that Node scripts load
 * directly (this one, lib/site/addresses.ts, lib/search/match.ts) carry the .ts extension Node needs.
 */

/** The speech has 26 paragraphs, ¶1–¶26 (source lines 6–31). */
export const PARAGRAPH_COUNT = 26;

/** Prefixes of the ids that are part of the address contract (README, "Addresses"). */
export const ID_PREFIX = {
  /** A paragraph, #p4, and a sentence of it, #p4.2. */
  paragraph: 'p',
  /** An editorial note, #n-<slug>. */
  note: 'n-',
  /** A note's marker in the Chinese text, #nr-<slug>, which the note links back to. */
  noteRef: 'nr-',
  /** A term's card (popover), #tc-<slug>. Not an address: the term-card script finds cards by it. */
  termCard: 'tc-',
} as const;

/** Ids of single elements that a script looks up. */
export const ELEMENT_ID = {
  main: 'main',
  /** The speech on a part page, where "Skip to the text" leads. */
  text: 'text',
  /** The JSON map of a page's renamed anchors (content/redirects.yaml), read by the moved-anchor script. */
  movedAnchors: 'ed-moved-anchors',
  headerSearch: 'header-q',
  searchField: 'search-q',
  searchStatus: 'search-status',
  searchResults: 'search-results',
  searchPartial: 'search-partial',
} as const;

/** Query parameters the pages read. */
export const QUERY = {
  /** ?mode=zh|en|both sets the reading mode. */
  mode: 'mode',
  /** ?hl=words: a search result's target highlights the words. */
  highlight: 'hl',
  /** /search/?q=words. */
  search: 'q',
} as const;

/**
 * The languages of the edition's apparatus and interface: every page exists in English (at its
 * published address) and in Chinese (the same address under /zh/). The speech itself is on every page
 * in both languages, whatever the reading mode.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag of each language, for lang and hreflang. */
export const LANG_TAG = { en: 'en', zh: 'zh-Hans' } as const satisfies Record<Lang, string>;

/** The reading modes, the default first. */
export const READING_MODES = ['both', 'zh', 'en'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

/** The name of the reading-mode radio buttons, which CSS reads through :has() without JavaScript. */
export const MODE_INPUT_NAME = 'ed-mode';

/** Where the chosen reading mode is remembered (localStorage). */
export const MODE_STORAGE_KEY = 'ed-reading-mode';

/** Where a reader's answer to the suggestion of the other language is remembered (localStorage). */
export const LANG_STORAGE_KEY = 'ed-language';

/** Where the citation format a reader last copied is remembered (localStorage). */
export const CITE_FORMAT_STORAGE_KEY = 'ed-cite-format';

/**
 * From this width notes sit beside their paragraph, open. The same value stands in the media query of
 * Paragraph.astro's styles (CSS cannot read a variable in a media query); a unit test keeps them equal.
 */
export const SIDENOTES_MIN_WIDTH = '80rem';

/** The name of the CSS Custom Highlight that marks the words of a search on the target page. */
export const SEARCH_HIGHLIGHT = 'ed-search';

/** The longest query the search accepts, also the search fields' maxlength. */
export const MAX_QUERY_LENGTH = 200;
