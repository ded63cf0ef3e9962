/**
 * What a search record looks like inside the Pagefind index: one string, its `content`, that is at once
 * the text Pagefind indexes and the text the search page shows. Pure functions, shared by the build
 * (scripts/build-search-index.ts), the search page and their tests.
 *
 * Pagefind indexes a record's content word by word and sends it back whole with the record's data;
 * it also indexes every metadata field. So the text is written once, in the content (not a second
 * time in the metadata, which would index it twice), and Pagefind is told where its words are:
 * - Chinese characters are cut apart with a zero-width space, the boundary Pagefind's own Chinese
 *   segmenter uses and removes from what it sends back: each character is a word, at its own
 *   position, so that a phrase is a run of consecutive positions, and the text comes back as written.
 * - Line breaks, which Pagefind folds into spaces, are written as LINE_MARK, a symbol it does not index.
 * - After TOKENS_MARK come words that are not in the text but must be found: the reading of each Han
 *   character, in order (readingToken: pinyin with its tone mark), and the glossary entries whose
 *   names the text holds (entryToken).
 */

/** A line break of the text, written as a word Pagefind does not index (a symbol, no letters). */
export const LINE_MARK = '\u2424';
/** Where the text ends and the index tokens begin. */
export const TOKENS_MARK = '\u241f';

const ZWSP = '\u200b';
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** A Han character and whatever touches it (not a space): the places a zero-width space goes. */
const HAN_EDGE = new RegExp(`(?<=[${HAN}])(?=\\S)|(?<=\\S)(?=[${HAN}])`, 'gu');

/** The content Pagefind indexes for a text and its tokens. */
export function indexedContent(text: string, tokens: readonly string[]): string {
  if (text.includes(LINE_MARK) || text.includes(TOKENS_MARK))
    throw new Error(`The text holds ${LINE_MARK} or ${TOKENS_MARK}, which mark lines and tokens in the index.`);
  const lines = text
    .split('\n')
    .map((line) => line.replace(HAN_EDGE, ZWSP))
    .join(` ${LINE_MARK} `);
  return tokens.length > 0 ? `${lines} ${TOKENS_MARK} ${tokens.join(' ')}` : lines;
}

/**
 * The text and tokens of a record as Pagefind returns its content (zero-width spaces removed, every run
 * of whitespace one space): the inverse of indexedContent, up to whitespace within a line.
 */
export function readIndexed(content: string): { text: string; tokens: string[] } {
  const plain = content.replaceAll(ZWSP, '');
  const at = plain.indexOf(TOKENS_MARK);
  const text = (at === -1 ? plain : plain.slice(0, at)).trim();
  const tokens =
    at === -1
      ? []
      : plain
          .slice(at + 1)
          .split(/\s+/)
          .filter(Boolean);
  return { text: text.split(new RegExp(`\\s*${LINE_MARK}\\s*`, 'u')).join('\n'), tokens };
}

/** Whitespace as Pagefind leaves it: each line's runs of whitespace made one space, lines trimmed. */
export function asIndexed(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n');
}

/** The prefix of reading tokens (pysuàn), which keeps them apart from English words. */
const READING = 'py';

/**
 * A Han character's reading as an index token: py, then the syllable with its tone mark, ü written v
 * (lǜ → pylv̀). Pagefind indexes it without the mark (pylv) and keeps the marked form, so a search for
 * the toneless syllable finds it and the text's data still says which tone.
 */
export function readingToken(reading: string): string {
  return (
    READING +
    reading
      .normalize('NFD')
      .toLowerCase()
      .replace(/u\u0308/g, 'v')
      .normalize('NFC')
  );
}

/** The reading a token holds, as printed (pylv̀ → lǜ). */
export function readingOf(token: string): string {
  return token.slice(READING.length).normalize('NFD').replace(/v/g, 'u\u0308').normalize('NFC');
}

/** Whether an index token is a reading. */
export const isReading = (token: string): boolean => token.startsWith(READING);

/**
 * The search for a run of toneless syllables among the readings: an exact phrase (Pagefind's quotes),
 * so that "li" finds lì but not lián, and the syllables must be consecutive.
 */
export function readingsPhrase(syllables: readonly string[]): string {
  return `"${syllables.map((s) => READING + s).join(' ')}"`;
}

/**
 * A glossary entry as an index token: `mention` marks every record that holds one of the entry's names
 * (a term or an alias, as the search page matches it), `self` the entry's own record. Searched exactly
 * (entrySearch), so that one entry's token never finds another's that begins the same.
 */
export function entryToken(entry: string, role: 'mention' | 'self'): string {
  return (role === 'mention' ? 'zq' : 'zr') + entry.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The Pagefind search for an entry token: exact, not as the start of a longer word. */
export const entrySearch = (entry: string, role: 'mention' | 'self'): string => `"${entryToken(entry, role)}"`;
