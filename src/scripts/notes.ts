/**
 * Notes: folded on narrow screens (open beside the text on wide ones), opened when their marker is
 * followed or their address is arrived at. A note's "Back to the text" leads to its Chinese marker;
 * in English-only mode, to the English one.
 */
import { SIDENOTES_MIN_WIDTH } from '../constants';
import { closestTo, targetId } from './dom';

const wide = matchMedia(`(min-width: ${SIDENOTES_MIN_WIDTH})`);

/** The element the address points at: a note, or an old address of a merged note kept inside one. */
function target(): HTMLElement | null {
  const id = targetId();
  return id ? document.getElementById(id) : null;
}

function fold(): void {
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
document.addEventListener('click', (e) => {
  const ref = closestTo<HTMLAnchorElement>(e, 'a.ed-noteref');
  if (!ref) return;
  const url = new URL(ref.href);
  if (url.pathname !== location.pathname) return;
  const note = document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (note instanceof HTMLDetailsElement) note.open = true;
});
revealTarget();
window.addEventListener('hashchange', revealTarget);
