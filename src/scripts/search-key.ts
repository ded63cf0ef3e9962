/** "/" focuses the search field (the page's own on /search/, else the header's), as on most sites. */
import { ELEMENT_ID } from '../constants';

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const field = document.getElementById(ELEMENT_ID.searchField) ?? document.getElementById(ELEMENT_ID.headerSearch);
  if (!(field instanceof HTMLInputElement)) return;
  e.preventDefault();
  field.focus();
  field.select();
});
