/**
 * Citation formats (src/components/CiteFormats.astro). Without this script each citation reads and
 * copies as built, with the version's date as access date and a note saying to put in one's own.
 * With it:
 * - every citation is written again (src/lib/cite/cite.ts) with today's date as the access date and the
 *   addresses on the origin the page is served from (src/lib/site/served-origin.ts), and the note says so;
 * - each form gets a copy button beside its name, which says "Copied" visibly and to screen readers;
 * - the format the reader last copied is remembered and shown first.
 */
import { CITE_FORMAT_STORAGE_KEY } from '../constants';
import { cite, FORMATS, type FormId } from '../lib/cite/cite';
import type { CiteInput } from '../lib/cite/model';
import { formatDate } from '../lib/site/dates';
import { servedUrl } from '../lib/site/served-origin';
import { announce, copyText, pageLang } from './dom';

/** Today in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

function remembered(): string | null {
  try {
    return localStorage.getItem(CITE_FORMAT_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(format: string): void {
  try {
    localStorage.setItem(CITE_FORMAT_STORAGE_KEY, format);
  } catch {
    // Storage refused (private mode): the order simply stays as built.
  }
}

const formats = new Set<string>(FORMATS.map((f) => f.id));
const lang = pageLang();
/** The script's words in the page's language. */
const t = {
  en: {
    access: (date: string) =>
      `Access date: where a style asks for one, these citations give today’s date, ${formatDate(date)}, the day you copy them.`,
    copy: 'Copy',
    copyLabel: (name: string) => `Copy the ${name}`,
    copied: 'Copied ✓',
    copiedSay: (name: string) => `${name} copied to the clipboard.`,
    selected: 'Selected: press Ctrl+C',
    selectedSay: (name: string) => `Could not copy; the ${name} is selected instead.`,
    mine: '(the format you last copied)',
  },
  zh: {
    access: (date: string) =>
      `引用日期：凡要求注明引用日期的格式，以下引文给出的是今天的日期（${formatDate(date, 'zh')}），即您复制的日期。`,
    copy: '复制',
    copyLabel: (name: string) => `复制${name}`,
    copied: '已复制 ✓',
    copiedSay: (name: string) => `${name}已复制到剪贴板。`,
    selected: '已选中，请按Ctrl+C复制',
    selectedSay: (name: string) => `未能复制，已改为选中${name}。`,
    mine: '（您上次复制的格式）',
  },
}[lang];
const mine = remembered();
const accessed = today();

for (const block of document.querySelectorAll<HTMLElement>('.ed-cite[data-cite]')) {
  const built = JSON.parse(block.dataset.cite ?? '{}') as CiteInput;
  const input: CiteInput = {
    edition: {
      ...built.edition,
      url: servedUrl(built.edition.url),
      speechUrl: servedUrl(built.edition.speechUrl),
    },
    target: { ...built.target, url: servedUrl(built.target.url) },
    accessed,
  };
  const note = block.querySelector<HTMLElement>('[data-access-note]');
  if (note) note.textContent = t.access(accessed);

  for (const pre of block.querySelectorAll<HTMLElement>('pre.ed-cite__text')) {
    const form = pre.dataset.form as FormId;
    pre.textContent = cite(form, input);
    const section = pre.closest<HTMLElement>('.ed-cite__format');
    const format = section?.dataset.format ?? '';
    const [formatName, formName] = (pre.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
    const name =
      formName && formName !== formatName
        ? `${formatName}${lang === 'zh' ? '，' : ', '}${formName}`
        : (formatName ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ed-copy';
    button.textContent = t.copy;
    button.setAttribute('aria-label', t.copyLabel(name));
    let reset: number | undefined;
    button.addEventListener('click', async () => {
      window.clearTimeout(reset);
      if (await copyText(pre.textContent ?? '')) {
        button.textContent = t.copied;
        button.dataset.state = 'copied';
        announce(t.copiedSay(name));
        if (formats.has(format)) remember(format);
      } else {
        // No clipboard permission: select the text so that the reader can copy it.
        getSelection()?.selectAllChildren(pre);
        button.textContent = t.selected;
        announce(t.selectedSay(name));
      }
      reset = window.setTimeout(() => {
        button.textContent = t.copy;
        delete button.dataset.state;
      }, 2500);
    });
    pre.parentElement?.querySelector('.ed-cite__bar')?.append(button);
  }

  // The reader's format first, marked as theirs.
  const first = block.querySelector<HTMLElement>('.ed-cite__format');
  const chosen = mine && formats.has(mine) ? block.querySelector<HTMLElement>(`[data-format="${mine}"]`) : null;
  if (chosen && first) {
    if (chosen !== first) first.before(chosen);
    const heading = chosen.querySelector('.ed-cite__name');
    const badge = document.createElement('span');
    badge.className = 'ed-cite__mine';
    badge.textContent = t.mine;
    heading?.append(badge);
  }
}
