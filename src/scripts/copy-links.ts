/**
 * Copying from a paragraph: "Copy link" (its permanent /p/N/ address), "Copy text" (its words in the
 * reading mode's languages, with the address), and, when text inside one paragraph is selected, a
 * button that copies a link to it with a text fragment (#pN:~:text=…). Each button says on itself
 * that it worked. Addresses use the origin the page is served from (lib/site/served-origin.ts). Without
 * this script the permanent address is still a link, and the text can be selected and copied.
 */
import { withTextFragment } from '../lib/site/addresses';
import { servedUrl } from '../lib/site/served-origin';
import { ui, type UiKey } from '../lib/apparatus/ui-strings';
import { announce, copyText, pageLang } from './dom';

const lang = pageLang();

/** A button's label in the page's language. */
function label(button: HTMLElement, key: UiKey): void {
  button.textContent = ui(key, lang);
}

const resetTimers = new WeakMap<HTMLElement, number>();

async function copy(button: HTMLElement, rest: UiKey, text: string, what: 'link' | 'text'): Promise<void> {
  const ok = await copyText(text);
  label(button, ok ? 'para.copied' : 'para.copyFailed');
  announce(
    ok ? ui(`copy.${what}.done`, lang) : `${ui(`copy.${what}.failed`, lang)}${lang === 'zh' ? '：' : ': '}${text}`,
  );
  window.clearTimeout(resetTimers.get(button));
  resetTimers.set(
    button,
    window.setTimeout(() => label(button, rest), 2000),
  );
}

function mode(): string {
  return document.documentElement.dataset.mode ?? 'both';
}

/** The paragraph's words in the current mode's languages, then its number and permanent address. */
function paragraphText(para: Element, address: string): string {
  const zh = para.querySelector('.ed-para__zh')?.textContent?.trim() ?? '';
  const en = para.querySelector('.ed-para__en')?.textContent?.trim() ?? '';
  const m = mode();
  const words = m === 'zh' ? zh : m === 'en' ? en : `${zh}\n\n${en}`;
  return `${words}\n\n¶${para.id.slice(1)} · ${address}`;
}

for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  const para = a.closest('.ed-para');
  const n = para?.id.slice(1) ?? '';
  const address = servedUrl(a.dataset.copyLink ?? a.href);
  const linkButton = document.createElement('button');
  linkButton.type = 'button';
  linkButton.className = 'ed-copylink';
  label(linkButton, 'para.copyLink');
  linkButton.setAttribute('aria-description', ui('copy.link.description', lang).replace('{n}', n));
  linkButton.addEventListener('click', () => void copy(linkButton, 'para.copyLink', address, 'link'));
  const textButton = document.createElement('button');
  textButton.type = 'button';
  textButton.className = 'ed-copylink';
  label(textButton, 'para.copyText');
  textButton.setAttribute('aria-description', ui('copy.text.description', lang).replace('{n}', n));
  textButton.addEventListener(
    'click',
    () => para && void copy(textButton, 'para.copyText', paragraphText(para, address), 'text'),
  );
  a.after(linkButton, textButton);
}

const selectionButton = document.createElement('button');
selectionButton.type = 'button';
selectionButton.className = 'ed-selectionlink';
selectionButton.textContent = ui('copy.selection', lang);
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
  link = withTextFragment(servedUrl(`${location.origin}${location.pathname}`), para.id, text);
  const r = sel.getRangeAt(0).getBoundingClientRect();
  selectionButton.style.top = `${r.bottom + window.scrollY + 6}px`;
  selectionButton.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.innerWidth - 200))}px`;
  selectionButton.dataset.link = link;
  selectionButton.hidden = false;
});
selectionButton.addEventListener('mousedown', (e) => e.preventDefault());
selectionButton.addEventListener('click', () => {
  void copyText(link).then((ok) => {
    selectionButton.textContent = ui(ok ? 'copy.selection.done' : 'para.copyFailed', lang);
    announce(ok ? ui('copy.selection.announce', lang) : `${ui('copy.link.failed', lang)}: ${link}`);
    window.setTimeout(() => (selectionButton.textContent = ui('copy.selection', lang)), 2000);
  });
});
