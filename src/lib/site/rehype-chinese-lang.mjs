// @ts-check
/**
 * Marks Chinese words inside the edition's English prose (notes, introductions, the About page) as
 * Chinese: each run of Han characters outside an element that already carries a zh lang becomes
 * <span lang="zh">…</span>, so that screen readers voice it in Chinese and fonts pick Chinese glyphs.
 * "zh" without a script subtag: the prose quotes simplified and traditional titles alike. A run
 * with an ASCII comma or colon between Han characters is the speech's own words (the edition's
 * Chinese writes ， and ：; the speech prints , and :), so it is also class="ed-speech-zh" and is set
 * as the speech is (src/styles/global.css: those marks a character wide, no space around them). A .mjs
 * module because astro.config.mjs loads it.
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

/** @param {any} node */
const langOf = (node) => (node.type === 'element' ? String(node.properties?.lang ?? '') : '');

export default function rehypeChineseLang() {
  /** @param {any} tree */
  return (tree) => {
    /** @type {{ parent: any; node: any }[]} */
    const found = [];
    visitParents(tree, 'text', (node, ancestors) => {
      RUN.lastIndex = 0;
      if (!RUN.test(node.value)) return;
      if (ancestors.some((a) => langOf(a).toLowerCase().startsWith('zh'))) return;
      if (ancestors.some((a) => a.type === 'element' && ['code', 'pre', 'script', 'style'].includes(a.tagName))) return;
      found.push({ parent: ancestors[ancestors.length - 1], node });
    });
    for (const { parent, node } of found) {
      /** @type {any[]} */
      const pieces = [];
      let at = 0;
      // matchAll copies the expression's lastIndex, which the test above left set.
      RUN.lastIndex = 0;
      for (const m of node.value.matchAll(RUN)) {
        if (m.index > at) pieces.push({ type: 'text', value: node.value.slice(at, m.index) });
        pieces.push({
          type: 'element',
          tagName: 'span',
          properties: SPEECH.test(m[0]) ? { className: ['ed-speech-zh'], lang: 'zh' } : { lang: 'zh' },
          children: [{ type: 'text', value: m[0] }],
        });
        at = m.index + m[0].length;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
    }
  };
}
