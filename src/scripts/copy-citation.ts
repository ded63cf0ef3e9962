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
import { announce, copyText } from './dom';

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
  if (note)
    note.textContent = `Access date: where a style asks for one, these citations give today’s date, ${formatDate(accessed)}, the day you copy them.`;

  for (const pre of block.querySelectorAll<HTMLElement>('pre.ed-cite__text')) {
    const form = pre.dataset.form as FormId;
    pre.textContent = cite(form, input);
    const section = pre.closest<HTMLElement>('.ed-cite__format');
    const format = section?.dataset.format ?? '';
    const [formatName, formName] = (pre.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
    const name = formName && formName !== formatName ? `${formatName}, ${formName}` : formatName;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ed-copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy the ${name}`);
    let reset: number | undefined;
    button.addEventListener('click', async () => {
      window.clearTimeout(reset);
      if (await copyText(pre.textContent ?? '')) {
        button.textContent = 'Copied ✓';
        button.dataset.state = 'copied';
        announce(`${name} copied to the clipboard.`);
        if (formats.has(format)) remember(format);
      } else {
        // No clipboard permission: select the text so that the reader can copy it.
        getSelection()?.selectAllChildren(pre);
        button.textContent = 'Selected: press Ctrl+C';
        announce(`Could not copy; the ${name} is selected instead.`);
      }
      reset = window.setTimeout(() => {
        button.textContent = 'Copy';
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
    badge.textContent = '(the format you last copied)';
    heading?.append(badge);
  }
}
