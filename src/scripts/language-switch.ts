/**
 * The switch to the same page in the other language (the header's 中文 / English link): it keeps the
 * place being read, the fragment of the address (#p4, #n-token), so that ¶4 in English leads to ¶4 in
 * Chinese. And a suggestion, never a redirect: a reader whose browser prefers the other language is
 * told once, in that language, that the page exists in it; dismissing it is remembered. Without this
 * script the switch leads to the top of the counterpart page.
 */
import { LANG_STORAGE_KEY } from '../constants';
import { ui } from '../lib/apparatus/ui-strings';
import { pageLang } from './dom';

const link = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');

function keepFragment(): void {
  if (!link) return;
  const url = new URL(link.href);
  url.hash = location.hash;
  link.href = url.href;
}

keepFragment();
addEventListener('hashchange', keepFragment);

function suggest(): void {
  const lang = pageLang();
  const other = lang === 'en' ? 'zh' : 'en';
  let dismissed = false;
  try {
    dismissed = localStorage.getItem(LANG_STORAGE_KEY) !== null;
  } catch {
    return;
  }
  const prefers = navigator.languages
    .find((l) => /^(zh|en)\b/i.test(l))
    ?.toLowerCase()
    .slice(0, 2);
  if (!link || dismissed || prefers !== other) return;
  // Fixed at the bottom of the window: it moves nothing on the page (no layout shift).
  const box = document.createElement('aside');
  box.className = 'ed-langhint';
  box.lang = other === 'zh' ? 'zh-Hans' : 'en';
  box.setAttribute('aria-label', ui('site.languages', other));
  const go = document.createElement('a');
  go.href = link.href;
  go.hreflang = box.lang;
  go.textContent = ui('site.otherLanguageHint', other);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = ui('site.dismiss', other);
  close.addEventListener('click', () => {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      /* not remembered */
    }
    box.remove();
  });
  go.addEventListener('click', () => {
    try {
      localStorage.setItem(LANG_STORAGE_KEY, other);
    } catch {
      /* not remembered */
    }
  });
  box.append(go, close);
  document.body.append(box);
  addEventListener('hashchange', () => (go.href = link.href));
}

suggest();
