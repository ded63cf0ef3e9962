/**
 * Progressive enhancement for reading pages; everything here is optional, the pages read fully
 * without it. (1) Reading mode: remembered across pages and visits, settable with ?mode=.
 * (2) Sentence alignment: pointing at or focusing a sentence highlights its counterpart; a sentence
 * anchor hidden by the mode scrolls to its counterpart. (3) Notes: folded on narrow screens, opened
 * when their marker is followed. (4) Term cards on hover, focus and touch.
 */
import {
  ELEMENT_ID,
  ID_PREFIX,
  MODE_INPUT_NAME,
  MODE_STORAGE_KEY as STORAGE_KEY,
  QUERY,
  READING_MODES as MODES,
  SEARCH_HIGHLIGHT,
  SIDENOTES_MIN_WIDTH,
  type ReadingMode as Mode,
} from '../constants';

const WIDE = `(min-width: ${SIDENOTES_MIN_WIDTH})`;

function isMode(v: string | null): v is Mode {
  return v !== null && (MODES as readonly string[]).includes(v);
}

function storedMode(): Mode | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isMode(v) ? v : null;
  } catch {
    return null;
  }
}

function setMode(mode: Mode, remember: boolean): void {
  document.documentElement.dataset.mode = mode;
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${MODE_INPUT_NAME}"]`)) {
    input.checked = input.value === mode;
  }
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, mode);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }
}

function initModes(): void {
  const fromUrl = new URLSearchParams(location.search).get(QUERY.mode);
  if (isMode(fromUrl)) setMode(fromUrl, true);
  else setMode(storedMode() ?? MODES[0], false);
  document.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.name === MODE_INPUT_NAME && isMode(t.value)) {
      setMode(t.value, true);
      // Keep the address in step, so that a copied link opens the same view.
      const url = new URL(location.href);
      if (t.value === MODES[0]) url.searchParams.delete(QUERY.mode);
      else url.searchParams.set(QUERY.mode, t.value);
      history.replaceState(history.state, '', url);
    }
  });
}

function counterparts(s: Element): Element[] {
  const id = s.getAttribute('data-s');
  return id ? [...document.querySelectorAll(`.ed-s[data-s="${CSS.escape(id)}"]`)].filter((x) => x !== s) : [];
}

function initAlignment(): void {
  for (const s of document.querySelectorAll<HTMLElement>('.ed-s')) s.tabIndex = 0;
  const on = (e: Event) => {
    const s = (e.target as Element | null)?.closest?.('.ed-s');
    if (!s) return;
    s.classList.add('ed-s--active');
    for (const c of counterparts(s)) c.classList.add('ed-s--active');
  };
  const off = (e: Event) => {
    const s = (e.target as Element | null)?.closest?.('.ed-s');
    if (!s) return;
    s.classList.remove('ed-s--active');
    for (const c of counterparts(s)) c.classList.remove('ed-s--active');
  };
  document.addEventListener('mouseover', on);
  document.addEventListener('mouseout', off);
  document.addEventListener('focusin', on);
  document.addEventListener('focusout', off);
}

/** Brings the target of the address into view, whatever the mode: sentence anchors and notes. */
function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el) return;
  if (el instanceof HTMLDetailsElement) el.open = true;
  for (const old of document.querySelectorAll('.ed-s--target')) old.classList.remove('ed-s--target');
  if (el.classList.contains('ed-s')) {
    el.classList.add('ed-s--target');
    for (const c of counterparts(el)) c.classList.add('ed-s--target');
    // In English-only mode the Chinese sentence that carries the anchor is hidden: show its counterpart.
    if (!el.checkVisibility()) counterparts(el)[0]?.scrollIntoView({ block: 'center' });
  }
  // A note's "back to the text" leads to its Chinese marker; in English-only mode, show the English one.
  if (el.classList.contains('ed-noteref') && !el.checkVisibility()) {
    const slug = el.getAttribute('data-note') ?? '';
    document
      .querySelector(`.ed-para__en a.ed-noteref[data-note="${CSS.escape(slug)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }
}

function initNotes(): void {
  const wide = matchMedia(WIDE);
  const fold = () => {
    const target = decodeURIComponent(location.hash.slice(1));
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.ed-note'))
      d.open = wide.matches || d.id === target;
  };
  fold();
  wide.addEventListener('change', fold);
  document.addEventListener('click', (e) => {
    const ref = (e.target as Element | null)?.closest?.('a.ed-noteref');
    if (!(ref instanceof HTMLAnchorElement)) return;
    const url = new URL(ref.href);
    if (url.pathname !== location.pathname) return;
    const note = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (note instanceof HTMLDetailsElement) note.open = true;
  });
}

function initTermCards(): void {
  let shown: HTMLElement | null = null;
  let anchor: HTMLElement | null = null;
  let hideTimer = 0;
  const place = (a: HTMLElement, card: HTMLElement) => {
    const r = a.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    card.style.width = `${width}px`;
    card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
    const below = r.bottom + 6;
    const fitsBelow = below + card.offsetHeight < window.innerHeight;
    card.style.top = `${fitsBelow ? below : Math.max(8, r.top - card.offsetHeight - 6)}px`;
  };
  const cardFor = (a: Element) => document.getElementById(`${ID_PREFIX.termCard}${a.getAttribute('data-term') ?? ''}`);
  const show = (a: HTMLElement) => {
    const card = cardFor(a);
    if (!card || !('showPopover' in card)) return false;
    window.clearTimeout(hideTimer);
    if (shown && shown !== card) shown.hidePopover();
    if (!card.matches(':popover-open')) card.showPopover();
    place(a, card);
    shown = card;
    anchor = a;
    return true;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (shown && !shown.matches(':hover') && !shown.contains(document.activeElement)) {
        shown.hidePopover();
        shown = null;
      }
    }, 250);
  };
  const termOf = (e: Event) => (e.target as Element | null)?.closest?.<HTMLElement>('a.ed-term') ?? null;
  document.addEventListener('mouseover', (e) => {
    const a = termOf(e);
    if (a) show(a);
    else if (shown && (e.target as Element | null)?.closest?.('.ed-termcard') === shown) window.clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (e) => {
    if (termOf(e) || (e.target as Element | null)?.closest?.('.ed-termcard')) hideSoon();
  });
  document.addEventListener('focusin', (e) => {
    const a = termOf(e);
    if (a) show(a);
    else if (shown && !shown.contains(e.target as Node)) hideSoon();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && shown) {
      shown.hidePopover();
      shown = null;
    }
  });
  // Touch: the first tap on a term shows its card (which links to the entry); a second tap follows the link.
  // Whether the card was already open when the finger came down (the tap's focus opens it too).
  let touch = false;
  let openBeforeTap = false;
  document.addEventListener('pointerdown', (e) => {
    touch = e.pointerType === 'touch';
    const a = termOf(e);
    openBeforeTap = a !== null && shown !== null && cardFor(a) === shown;
  });
  document.addEventListener('click', (e) => {
    const a = termOf(e);
    if (!a) {
      if (shown && !(e.target as Element | null)?.closest?.('.ed-termcard')) {
        shown.hidePopover();
        shown = null;
      }
      return;
    }
    if (touch && !openBeforeTap) {
      e.preventDefault();
      show(a);
    }
  });
  window.addEventListener(
    'scroll',
    () => {
      // Scrolling (also the scroll that focusing a link causes) keeps the card beside its term.
      if (shown && anchor) place(anchor, shown);
    },
    { passive: true },
  );
}

/** "/" focuses the search field (the page's own on /search/, else the header's), as on most sites. */
function initSearchKey(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    const field = document.getElementById(ELEMENT_ID.searchField) ?? document.getElementById(ELEMENT_ID.headerSearch);
    if (!(field instanceof HTMLInputElement)) return;
    e.preventDefault();
    field.focus();
    field.select();
  });
}

/**
 * Arriving from a search result (?hl=words#target): highlights the words in the target (or the
 * whole page) with the CSS Custom Highlight API, which leaves the DOM untouched, and brings the target
 * into view.
 */
function highlightFromSearch(): void {
  const q = new URLSearchParams(location.search).get(QUERY.highlight);
  if (!q || !('highlights' in CSS)) return;
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const scope = (id && document.getElementById(id)?.closest('.ed-para, .ed-note')) || document.querySelector('main');
  if (!scope) return;
  const ranges: Range[] = [];
  // Concatenate the text nodes, so that a phrase split by a link or a marker is still found.
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.ed-noteref, .ed-vh, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data.toLowerCase();
  }
  const locate = (offset: number) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i]!.start > offset) i--;
    return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
  };
  for (const w of words) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const range = new Range();
      const s = locate(at);
      const e = locate(at + w.length - 1);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset + 1);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return;
  CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
  (target ?? ranges[0]!.startContainer.parentElement)?.scrollIntoView({ block: 'start' });
}

/** A renamed anchor (content/redirects.yaml) leads to its new address. */
function followMovedAnchor(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const map = document.getElementById(ELEMENT_ID.movedAnchors);
  if (!id || !map || document.getElementById(id)) return;
  const to = (JSON.parse(map.textContent ?? '{}') as Record<string, string>)[id];
  if (to) location.replace(to);
}

/**
 * "Copy link" beside each paragraph's permanent address, and, when text inside one paragraph is
 * selected, a button that copies a link to that paragraph with a text fragment (#pN:~:text=…).
 */
function initLinks(): void {
  const status = document.createElement('p');
  status.className = 'ed-vh';
  status.setAttribute('role', 'status');
  document.body.append(status);
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = `${what} copied.`;
    } catch {
      status.textContent = `Could not copy the ${what.toLowerCase()}: ${text}`;
    }
  };
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ed-copylink';
    button.textContent = 'Copy link';
    const para = a.closest('.ed-para');
    button.setAttribute('aria-label', `Copy the permanent address of paragraph ${para?.id.slice(1) ?? ''}`);
    button.addEventListener('click', () => void copy(a.dataset.copyLink ?? a.href, 'Link'));
    a.after(button);
  }
  const selectionButton = document.createElement('button');
  selectionButton.type = 'button';
  selectionButton.className = 'ed-selectionlink';
  selectionButton.textContent = 'Copy link to selection';
  selectionButton.hidden = true;
  document.body.append(selectionButton);
  let link = '';
  document.addEventListener('selectionchange', () => {
    const sel = getSelection();
    const text = sel?.toString().replace(/\s+/g, ' ').trim() ?? '';
    const para = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).commonAncestorContainer : null;
    const p = (para instanceof Element ? para : para?.parentElement)?.closest('.ed-para');
    if (!text || !p || text.length > 300) {
      selectionButton.hidden = true;
      return;
    }
    const url = new URL(location.href);
    url.search = '';
    link = `${url.origin}${url.pathname}#${p.id}:~:text=${encodeURIComponent(text).replace(/-/g, '%2D')}`;
    const r = sel!.getRangeAt(0).getBoundingClientRect();
    selectionButton.style.top = `${r.bottom + window.scrollY + 6}px`;
    selectionButton.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.innerWidth - 200))}px`;
    selectionButton.dataset.link = link;
    selectionButton.hidden = false;
  });
  selectionButton.addEventListener('mousedown', (e) => e.preventDefault());
  selectionButton.addEventListener('click', () => void copy(link, 'Link to the selection'));
}

followMovedAnchor();
initModes();
initSearchKey();
if (document.querySelector('.ed-s')) {
  initAlignment();
  initNotes();
  initTermCards();
  initLinks();
  revealTarget();
  window.addEventListener('hashchange', revealTarget);
}
highlightFromSearch();
