/**
 * The search page: reads ?q=, queries the Pagefind index, keeps as hits only the results that hold
 * the query (src/lib/search-match.ts), ranks them, filters them by kind and part, and renders them as
 * links inside #search-results. Results and counts are announced through a live region. Everything
 * is written with textContent: markup in a query or a text is shown as text.
 */
import { ELEMENT_ID, MAX_QUERY_LENGTH, QUERY } from '../constants';
import { paths, withHighlight } from '../lib/addresses';
import { pathWithBase } from '../lib/base';
import type { SearchRecord, SearchKind } from '../lib/search-records';
import { isHit, parseQuery, rankHits, snippetOf, spaceOutChinese, type ParsedQuery } from '../lib/search-match';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** A result: the record as indexed (src/lib/search-records.ts), its text as written. */
type Hit = SearchRecord;

const root = document.querySelector<HTMLElement>('.ed-search')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY.search}"]`)!;
const status = document.getElementById(ELEMENT_ID.searchStatus)!;
const list = document.getElementById(ELEMENT_ID.searchResults) as HTMLOListElement;
const partial = document.getElementById(ELEMENT_ID.searchPartial)!;
const partialList = partial.querySelector('ol')!;

let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ pathWithBase(paths.file('pagefind/pagefind.js')))) as PagefindApi;
    // Records hold site paths without the base path; this page adds it (targetOf), so Pagefind must not.
    await api.options({ excerptLength: 0, baseUrl: '/' });
    await api.init();
    return api;
  })();
  return pagefind;
}

function toHit(d: PagefindResultData): Hit {
  return {
    url: d.url,
    kind: (d.meta.kind ?? 'speech') as SearchKind,
    title: d.meta.title ?? d.url,
    location: d.meta.location ?? '',
    part: d.meta.part ?? '',
    content: d.meta.text ?? d.content,
    terms: (d.meta.terms ?? '').split('|').filter(Boolean),
  };
}

/** The result's address, carrying the query so that the target page can highlight it. */
function targetOf(hit: Hit, query: ParsedQuery): string {
  return pathWithBase(withHighlight(hit.url, query.text));
}

function renderHit(hit: Hit, query: ParsedQuery): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `ed-result ed-result--${hit.kind}`;
  const a = document.createElement('a');
  a.href = targetOf(hit, query);
  a.className = 'ed-result__link';
  const title = document.createElement('span');
  title.className = 'ed-result__title';
  title.textContent = hit.title;
  const where = document.createElement('span');
  where.className = 'ed-result__where';
  where.textContent = hit.location;
  a.append(title, ' ', where);
  const s = snippetOf(hit.content, query);
  const p = document.createElement('p');
  p.className = 'ed-result__snippet';
  const mark = document.createElement('mark');
  mark.textContent = s.match;
  p.append(s.before, ...(s.match ? [mark] : []), s.after);
  li.append(a, p);
  return li;
}

function selectedKinds(): Set<string> {
  return new Set([...form.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked')].map((i) => i.value));
}

let current = 0;
let rendered = '';
async function run(raw: string): Promise<void> {
  const query = parseQuery(raw);
  const kinds = selectedKinds();
  const part = form.querySelector<HTMLSelectElement>('select[name="part"]')!.value;
  // The same query and filters again (Enter after typing): keep the results and the focus as they are.
  const key = JSON.stringify([query.text, [...kinds], part]);
  if (key === rendered) return;
  rendered = key;
  const ticket = ++current;
  list.replaceChildren();
  partialList.replaceChildren();
  partial.hidden = true;
  if (query.problem === 'empty') {
    status.textContent = '';
    return;
  }
  if (query.problem) {
    status.textContent =
      query.problem === 'too-long'
        ? `No results: the query is longer than ${MAX_QUERY_LENGTH} characters. Try a word or a short phrase.`
        : 'No results: the query has no letters or characters to look for. Try a word such as Token or 推理成本.';
    return;
  }
  status.textContent = 'Searching…';
  const api = await loadPagefind();
  const found = await api.search(spaceOutChinese(query.words.join(' ')));
  const data = await Promise.all(found.results.slice(0, 120).map((r) => r.data()));
  if (ticket !== current) return;
  const all = data.map(toHit);
  const shown = (h: Hit) => kinds.has(h.kind) && (part === '' || h.part === part);
  const hits = rankHits(
    all.filter((h) => isHit(h.content, query)),
    query,
  ).filter(shown);
  const partials = all.filter((h) => !isHit(h.content, query)).filter(shown);
  list.append(...hits.map((h) => renderHit(h, query)));
  if (partials.length > 0) {
    partialList.append(...partials.slice(0, 10).map((h) => renderHit(h, query)));
    partial.hidden = false;
  }
  status.textContent =
    hits.length > 0
      ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query.text}”.`
      : `No results for “${query.text}”. Check the spelling, try fewer words, or look the term up in the glossary.${
          partials.length > 0 ? ' Some partial matches are listed below.' : ''
        }`;
}

function setQueryInAddress(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set(QUERY.search, q);
  else url.searchParams.delete(QUERY.search);
  history.replaceState(history.state, '', url);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(typing);
  setQueryInAddress(input.value);
  void run(input.value);
});
let typing = 0;
form.addEventListener('change', () => void run(input.value));
input.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => {
    setQueryInAddress(input.value);
    void run(input.value);
  }, 150);
});

// Keyboard: arrows move between the field and the results; Escape clears.
root.addEventListener('keydown', (e) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
    const next = links[at + 1];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  } else if (e.key === 'ArrowUp' && at >= 0) {
    e.preventDefault();
    (links[at - 1] ?? input).focus();
  } else if (e.key === 'Escape') {
    input.value = '';
    setQueryInAddress('');
    void run('');
    input.focus();
  }
});

for (const note of root.querySelectorAll<HTMLElement>('[data-nojs]')) note.hidden = true;
const initial = new URLSearchParams(location.search).get(QUERY.search) ?? '';
input.value = initial;
if (initial) void run(initial);
else input.focus();
