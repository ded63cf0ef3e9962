/**
 * Sentence alignment: pointing at or focusing a sentence highlights its counterpart in the other
 * language; a sentence address (#p9.2) marks both, and when the mode hides the Chinese sentence
 * that carries the anchor, brings its English counterpart into view.
 */
import { closestTo, targetId } from './dom';

const SENTENCE = '.ed-s';

function counterparts(s: Element): Element[] {
  const id = s.getAttribute('data-s');
  return id ? [...document.querySelectorAll(`${SENTENCE}[data-s="${CSS.escape(id)}"]`)].filter((x) => x !== s) : [];
}

function mark(s: Element, className: string, on: boolean): void {
  for (const x of [s, ...counterparts(s)]) x.classList.toggle(className, on);
}

// Sentences are not Tab stops (50 on a part page, plain text with no role): focus reaches them through
// their address (#p9.2), and pointing at one, or focusing a link inside it, marks its counterpart.
for (const [type, on] of [
  ['mouseover', true],
  ['focusin', true],
  ['mouseout', false],
  ['focusout', false],
] as const) {
  document.addEventListener(type, (e) => {
    const s = closestTo(e, SENTENCE);
    if (s) mark(s, 'ed-s--active', on);
  });
}

function revealSentence(): void {
  for (const old of document.querySelectorAll('.ed-s--target')) old.classList.remove('ed-s--target');
  const id = targetId();
  const el = id ? document.getElementById(id) : null;
  if (!el?.matches(SENTENCE)) return;
  mark(el, 'ed-s--target', true);
  // In English-only mode the Chinese sentence that carries the anchor is hidden: show its counterpart.
  if (!el.checkVisibility()) counterparts(el)[0]?.scrollIntoView({ block: 'center' });
}

revealSentence();
window.addEventListener('hashchange', revealSentence);
