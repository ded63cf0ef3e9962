/**
 * Notes: folded on narrow screens (open beside the text on wide ones), opened when their marker is
 * followed or their address is arrived at. A note's "Back to the text" leads to its Chinese marker;
 * in English-only mode, to the English one.
 */
import { SIDENOTES_MIN_WIDTH } from '../constants';
import { closestTo, targetId } from './dom';

const wide = matchMedia(`(min-width: ${SIDENOTES_MIN_WIDTH})`);

function fold(): void {
  const target = targetId();
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.ed-note'))
    d.open = wide.matches || d.id === target;
}

function revealTarget(): void {
  const id = targetId();
  const el = id ? document.getElementById(id) : null;
  if (el instanceof HTMLDetailsElement) el.open = true;
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
