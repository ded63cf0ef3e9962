/**
 * Term cards: pointing at, focusing or tapping a term link shows its card (a popover) beside it.
 * Touch: the first tap on a term shows its card, which links to the entry; a second tap follows the
 * link. Without this script the cards stay hidden and the term links lead to the entries.
 */
import { ID_PREFIX } from '../constants';
import { closestTo } from './dom';

const TERM = 'a.ed-term';
const CARD = '.ed-termcard';

let shown: HTMLElement | null = null;
let anchor: HTMLElement | null = null;
let hideTimer = 0;

function place(a: HTMLElement, card: HTMLElement): void {
  const r = a.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  card.style.width = `${width}px`;
  card.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  const fitsBelow = below + card.offsetHeight < window.innerHeight;
  card.style.top = `${fitsBelow ? below : Math.max(8, r.top - card.offsetHeight - 6)}px`;
}

const cardFor = (a: Element) => document.getElementById(`${ID_PREFIX.termCard}${a.getAttribute('data-term') ?? ''}`);

function show(a: HTMLElement): void {
  const card = cardFor(a);
  if (!card || !('showPopover' in card)) return;
  window.clearTimeout(hideTimer);
  if (shown && shown !== card) shown.hidePopover();
  if (!card.matches(':popover-open')) card.showPopover();
  place(a, card);
  shown = card;
  anchor = a;
}

function hide(): void {
  shown?.hidePopover();
  shown = null;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (shown && !shown.matches(':hover') && !shown.contains(document.activeElement)) hide();
  }, 250);
}

document.addEventListener('mouseover', (e) => {
  const a = closestTo(e, TERM);
  if (a) show(a);
  else if (shown && closestTo(e, CARD) === shown) window.clearTimeout(hideTimer);
});
document.addEventListener('mouseout', (e) => {
  if (closestTo(e, TERM) || closestTo(e, CARD)) hideSoon();
});
document.addEventListener('focusin', (e) => {
  const a = closestTo(e, TERM);
  if (a) show(a);
  else if (shown && !shown.contains(e.target as Node)) hideSoon();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && shown) hide();
});

// Whether the card was already open when the finger came down (the tap's focus opens it too).
let touch = false;
let openBeforeTap = false;
document.addEventListener('pointerdown', (e) => {
  touch = e.pointerType === 'touch';
  const a = closestTo(e, TERM);
  openBeforeTap = a !== null && shown !== null && cardFor(a) === shown;
});
document.addEventListener('click', (e) => {
  const a = closestTo(e, TERM);
  if (!a) {
    if (shown && !closestTo(e, CARD)) hide();
    return;
  }
  if (touch && !openBeforeTap) {
    e.preventDefault();
    show(a);
  }
});
// Scrolling (also the scroll that focusing a link causes) keeps the card beside its term.
window.addEventListener(
  'scroll',
  () => {
    if (shown && anchor) place(anchor, shown);
  },
  { passive: true },
);
