/**
 * Links to paragraphs: a "Copy link" button beside each paragraph's permanent address, and, when text
 * inside one paragraph is selected, a button that copies a link to it with a text fragment
 * (#pN:~:text=…). Without this script the permanent address is still a link.
 */
import { withTextFragment } from '../lib/addresses';
import { announce, copyText } from './dom';

async function copy(text: string, what: string): Promise<void> {
  announce((await copyText(text)) ? `${what} copied.` : `Could not copy the ${what.toLowerCase()}: ${text}`);
}

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
  const node = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).commonAncestorContainer : null;
  const para = (node instanceof Element ? node : node?.parentElement)?.closest('.ed-para');
  if (!sel || !text || !para || text.length > 300) {
    selectionButton.hidden = true;
    return;
  }
  link = withTextFragment(`${location.origin}${location.pathname}`, para.id, text);
  const r = sel.getRangeAt(0).getBoundingClientRect();
  selectionButton.style.top = `${r.bottom + window.scrollY + 6}px`;
  selectionButton.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.innerWidth - 200))}px`;
  selectionButton.dataset.link = link;
  selectionButton.hidden = false;
});
selectionButton.addEventListener('mousedown', (e) => e.preventDefault());
selectionButton.addEventListener('click', () => void copy(link, 'Link to the selection'));
