// @ts-check
/**
 * Marks Chinese words inside the edition's English prose (notes, introductions, the About page) as
 * Chinese: each run of Han characters outside an element that already carries a zh lang becomes
 * <span lang="zh">…</span>, so that screen readers voice it in Chinese and fonts pick Chinese glyphs.
 * "zh" without a script subtag: the prose quotes simplified and traditional titles alike. A run
 * with an ASCII comma or colon between Han characters is the speech's own words (the edition's
 * Chinese writes ， and ：; the speech prints , and :), so it is also class="ed-speech-zh" and is set
 * as the speech is (src/styles/global.css: those marks a character wide, no space around them). In
 * the Chinese twins of the apparatus (<slug>.zh.md, .zh.mdx), Chinese prose, it marks the runs of
 * English instead (a title, a quoted rendering) as lang="en". A .mjs module because astro.config.mjs
 * loads it.
 */
import { visitParents } from 'unist-util-visit-parents';

/**
 * A run of Chinese: Han characters, with CJK punctuation, Latin letters and digits between them, and
 * an ASCII comma or colon followed by a Han character (the speech's punctuation).
 */
const RUN =
  /\p{Script=Han}(?:(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef·、A-Za-z0-9%.]|[,:](?=\p{Script=Han}))*\p{Script=Han})?/gu;

/** The speech's words: an ASCII comma or colon between two Han characters. */
const SPEECH = /\p{Script=Han}[,:]\p{Script=Han}/u;

/** Whether a text is mostly Chinese: more Han characters than Latin letters. */
export function isMostlyChinese(/** @type {string} */ text) {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/**
 * A run of English inside Chinese prose: two or more Latin words (a title, a quoted rendering such as
 * "greatest potential"); a single name (Token, GPU, Qwen) is written so in Chinese too and stays as it is.
 */
const ENGLISH_RUN = /[A-Za-z][A-Za-z’'.,:;!?()-]*(?: +[A-Za-z0-9][A-Za-z0-9’'.,:;!?()-]*)+/g;

/**
 * A plain text split into runs to mark: in an English text its runs of Chinese, in a Chinese text its
 * runs of English (two or more Latin words), each { text, marked }; for texts that do not pass through
 * Markdown (YAML fields, interface strings), so that every span carries the right lang.
 * @param {string} text
 * @param {'en' | 'zh'} lang the language of the text
 * @returns {{ text: string; marked: boolean }[]}
 */
export function runsToMark(text, lang) {
  // A fresh expression: matchAll copies lastIndex, and both expressions are shared.
  const run = new RegExp((lang === 'zh' ? ENGLISH_RUN : RUN).source, 'gu');
  /** @type {{ text: string; marked: boolean }[]} */
  const out = [];
  let at = 0;
  for (const m of text.matchAll(run)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), marked: false });
    out.push({ text: m[0], marked: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** The lang an element carries, lower-cased; "" for none (text, the root, an element without one). */
const langOf = (/** @type {any} */ node) => String(node.properties?.lang ?? '').toLowerCase();

/** Elements whose text is not prose: left as they are. */
const NOT_PROSE = ['code', 'pre', 'script', 'style'];

export default function rehypeChineseLang() {
  /**
   * @param {any} tree
   * @param {{ path?: string }} file
   */
  return (tree, file) => {
    // The Chinese twins of the apparatus (<slug>.zh.md, .zh.mdx) are Chinese prose: their English runs are marked instead.
    const textLang = /\.zh\.mdx?$/.test(file.path ?? '') ? 'zh' : 'en';
    const tag = textLang === 'zh' ? 'en' : 'zh';
    /** @type {{ parent: any; node: any }[]} */
    const found = [];
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => langOf(a).startsWith(tag) || NOT_PROSE.includes(a.tagName))) return;
      found.push({ parent: ancestors[ancestors.length - 1], node });
    });
    for (const { parent, node } of found) {
      const pieces = runsToMark(node.value, textLang).map(({ text, marked }) =>
        marked
          ? {
              type: 'element',
              tagName: 'span',
              properties: SPEECH.test(text) ? { className: ['ed-speech-zh'], lang: tag } : { lang: tag },
              children: [{ type: 'text', value: text }],
            }
          : { type: 'text', value: text },
      );
      parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    }
  };
}
