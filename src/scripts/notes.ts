/**
 * Notes: folded on narrow screens (open beside the text on wide ones), opened when their marker or
 * the words they explain are tapped, or their address is arrived at. A note's "Back to the text"
 * leads to its Chinese marker; in English-only mode, to the English one. Printing opens every note.
 */
import { SIDENOTES_MIN_WIDTH } from '../constants';
import { idOfHash } from '../lib/site/addresses';
import { closestTo, targetId } from './dom';

const wide = matchMedia(`(min-width: ${SIDENOTES_MIN_WIDTH})`);

/** The element the address points at: a note, or an old address of a merged note kept inside one. */
function target(): HTMLElement | null {
  const id = targetId();
  return id ? document.getElementById(id) : null;
}

const printing = matchMedia('print');

function fold(): void {
  // A print is narrower than 80rem: folding then would print the notes' titles only.
  if (printing.matches) return;
  const el = target();
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.ed-note'))
    d.open = wide.matches || (el !== null && d.contains(el));
}

function revealTarget(): void {
  const el = target();
  const note = el?.closest('details.ed-note');
  if (note instanceof HTMLDetailsElement) note.open = true;
  if (el?.matches('.ed-noteref') && !el.checkVisibility()) {
    const slug = el.getAttribute('data-note') ?? '';
    document
      .querySelector(`.ed-para__en a.ed-noteref[data-note="${CSS.escape(slug)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }
}

fold();
wide.addEventListener('change', fold);
window.addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.ed-note')) d.open = true;
});
window.addEventListener('afterprint', fold);
document.addEventListener('click', (e) => {
  // The dotted words lead where their marker leads: the note (the marker follows them).
  const words = closestTo(e, 'mark.ed-annot');
  if (words && getSelection()?.isCollapsed !== false) {
    let next = words.nextElementSibling;
    while (next && !next.matches('a.ed-noteref')) next = next.nextElementSibling;
    if (next instanceof HTMLAnchorElement) next.click();
    return;
  }
  const ref = closestTo<HTMLAnchorElement>(e, 'a.ed-noteref');
  if (!ref) return;
  const url = new URL(ref.href);
  if (url.pathname !== location.pathname) return;
  const note = document.getElementById(idOfHash(url.hash));
  if (note instanceof HTMLDetailsElement) note.open = true;
});
revealTarget();
window.addEventListener('hashchange', revealTarget);
