/**
 * The search page: reads ?q=, queries the Pagefind index, keeps as hits only the results that hold
 * the query (src/lib/search/match.ts), ranks them, filters them by kind and part, and renders them as
 * links inside #search-results. Results and counts are announced through a live region. Everything
 * is written with textContent: markup in a query or a text is shown as text.
 */
import { ELEMENT_ID, MAX_QUERY_LENGTH, QUERY } from '../constants';
import { paths, withHighlight } from '../lib/site/addresses';
import { pathWithBase } from '../lib/site/base';
import type { SearchRecord, SearchKind } from '../lib/search/records';
import { fold, isHit, parseQuery, rankHits, snippetOf, spaceOutChinese, type ParsedQuery } from '../lib/search/match';
import { findPinyin, PINYIN_TOKEN, pinyinQuery } from '../lib/search/pinyin';
import { canMatch, namesOf, suggestions, type Vocabulary } from '../lib/search/vocabulary';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

/** A result: the record as indexed (src/lib/search/records.ts), its text as written, and what it matched. */
interface Hit extends SearchRecord {
  /** The words it holds: the query, another name of the glossary entry, or the Chinese a pinyin query spells. */
  match: ParsedQuery;
  /** For a pinyin query: the pinyin of the Chinese found. */
  spelled?: string;
}

/** Results are shown in pages of this many hits; the data of a result is fetched only when needed. */
const PAGE = 10;
/** How many results' data are fetched at once (a browser opens six connections to a host). */
const BATCH = 6;

const root = document.querySelector<HTMLElement>('.ed-search')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY.search}"]`)!;
const status = document.getElementById(ELEMENT_ID.searchStatus)!;
const list = document.getElementById(ELEMENT_ID.searchResults) as HTMLOListElement;
const partial = document.getElementById(ELEMENT_ID.searchPartial)!;
const partialList = partial.querySelector('ol')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const suggest = root.querySelector<HTMLElement>('[data-search-suggest]')!;
const help = document.getElementById('search-help')!;

let pagefind: Promise<PagefindApi> | undefined;
/** Loads the engine: on focus, when the page is idle, or at the first query, whichever comes first. */
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ pathWithBase(paths.file('pagefind/pagefind.js')))) as PagefindApi;
    // Records hold site paths without the base path; this page adds it (targetOf), so Pagefind must not.
    // The index is small: searching on the main thread spares the download of Pagefind's worker.
    await api.options({ excerptLength: 0, baseUrl: '/', noWorker: true });
    await api.init();
    loadedPagefind = api;
    return api;
  })();
  return pagefind;
}

let vocabulary: Promise<Vocabulary> | undefined;
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(pathWithBase(paths.file('pagefind/ed-vocabulary.json')))
    .then((r) => r.json() as Promise<Vocabulary>)
    .then((v) => (loadedVocabulary = v));
  return vocabulary;
}

function warm(): void {
  // Once both are there, typing preloads the index: the page says so (e2e/search.spec.ts waits for it).
  void Promise.all([loadVocabulary(), loadPagefind()]).then(
    () => (root.dataset.engine = 'ready'),
    () => undefined,
  );
}

function toRecord(d: PagefindResultData): SearchRecord & { readings: string } {
  return {
    url: d.url,
    kind: (d.meta.kind ?? 'speech') as SearchKind,
    title: d.meta.title ?? d.url,
    location: d.meta.location ?? '',
    part: d.meta.part ?? '',
    content: d.meta.text ?? d.content,
    terms: (d.meta.terms ?? '').split('|').filter(Boolean),
    readings: d.meta.pinyin ?? '',
  };
}

/** The result's address, carrying the words found so that the target page can highlight them. */
function targetOf(hit: Hit): string {
  return pathWithBase(withHighlight(hit.url, hit.match.text));
}

function renderHit(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `ed-result ed-result--${hit.kind}`;
  const a = document.createElement('a');
  a.href = targetOf(hit);
  a.className = 'ed-result__link';
  a.textContent = hit.title;
  const where = document.createElement('span');
  where.className = 'ed-result__where';
  where.textContent = hit.location;
  const head = document.createElement('p');
  head.className = 'ed-result__head';
  head.append(a, ' ', where);
  const s = snippetOf(hit.content, hit.match);
  const p = document.createElement('p');
  p.className = 'ed-result__snippet';
  const mark = document.createElement('mark');
  mark.textContent = s.match;
  p.append(s.before, ...(s.match ? [mark] : []));
  if (s.match && hit.spelled) {
    const py = document.createElement('span');
    py.className = 'ed-result__pinyin';
    py.lang = 'zh-Latn-pinyin';
    py.textContent = ` (${hit.spelled})`;
    p.append(py);
  }
  p.append(s.after);
  li.append(head, p);
  return li;
}

function selectedKinds(): Set<string> {
  return new Set([...form.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked')].map((i) => i.value));
}

/** One search: its candidates in Pagefind's order, their data fetched a batch at a time. */
interface Session {
  readonly query: ParsedQuery;
  readonly forms: ParsedQuery[];
  readonly syllables: string[] | undefined;
  readonly candidates: PagefindResult[];
  next: number;
  hits: Hit[];
  partials: Hit[];
}

/**
 * Fetches the data of the next candidates until `want` more hits are known or none are left;
 * `progress` runs after each batch, so that the first results show before the rest arrive.
 */
async function fetchMore(session: Session, want: number, progress?: () => void): Promise<void> {
  const target = session.hits.length + want;
  while (session.hits.length < target && session.next < session.candidates.length) {
    progress?.();
    const batch = session.candidates.slice(session.next, session.next + BATCH);
    session.next += batch.length;
    for (const d of await Promise.all(batch.map((r) => r.data()))) {
      const record = toRecord(d);
      // Pinyin first: the hit is shown and highlighted in the Chinese the syllables spell.
      const spelled = session.syllables ? findPinyin(record.content, record.readings, session.syllables) : [];
      const form = session.forms.find((f) => isHit(record.content, f));
      if (spelled[0]) session.hits.push({ ...record, match: parseQuery(spelled[0].zh), spelled: spelled[0].pinyin });
      else if (form) session.hits.push({ ...record, match: form });
      else session.partials.push({ ...record, match: session.query });
    }
  }
}

let current = 0;
let rendered = '';
let session: Session | undefined;

/** The hits the filters let through. */
function filtered(hits: readonly Hit[]): Hit[] {
  const kinds = selectedKinds();
  const part = form.querySelector<HTMLSelectElement>('select[name="part"]')!.value;
  return hits.filter((h) => kinds.has(h.kind) && (part === '' || h.part === part));
}

/**
 * Renders the hits in the list; a reader already on a result (arrows pressed while the results were
 * still arriving) stays on the result at the same place.
 */
function renderResults(hits: readonly Hit[]): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')];
  const at = links().indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(...hits.map(renderHit));
  if (at >= 0) (links()[at] ?? links().at(-1))?.focus({ preventScroll: true });
}

function show(s: Session): void {
  const hits = filtered(rankHits(s.hits, s.query));
  const partials = filtered(s.partials);
  renderResults(hits);
  // The examples are for an empty field or a query without results; with results, they give way to them.
  help.hidden = hits.length > 0;
  partialList.replaceChildren(...partials.slice(0, PAGE).map(renderHit));
  partial.hidden = partials.length === 0;
  const left = s.next < s.candidates.length;
  more.hidden = !left;
  status.textContent =
    hits.length > 0
      ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${s.query.text}”${left ? ', more below' : ''}.`
      : `No results for “${s.query.text}”. Check the spelling, try fewer words, or look the term up in the glossary.${
          partials.length > 0 ? ' Some partial matches are listed below.' : ''
        }`;
}

async function offerSuggestions(raw: string, ticket: number): Promise<void> {
  const words = suggestions(raw, await loadVocabulary());
  if (ticket !== current || words.length === 0) return;
  const label = document.createElement('span');
  label.textContent = 'Did you mean ';
  const links = words.flatMap((w, i) => {
    const a = document.createElement('a');
    a.href = pathWithBase(paths.searchFor(w));
    a.textContent = w;
    a.dataset.suggestion = w;
    return i === 0 ? [a] : [i === words.length - 1 ? ' or ' : ', ', a];
  });
  suggest.replaceChildren(label, ...links, '?');
  suggest.hidden = false;
}

/**
 * What a query asks of Pagefind: the forms some text could hold (the query and the other names of its
 * glossary entry), the syllables of a pinyin query, and the Pagefind queries for both. A query no text
 * could hold asks nothing, so it downloads none of the index.
 */
function plan(query: ParsedQuery, vocab: Vocabulary) {
  const forms = namesOf(query.words.join(' '), vocab)
    .map((n) => parseQuery(n))
    .filter((f) => f.words.length > 0 && canMatch(f.words, vocab));
  const syllables = pinyinQuery(query.text);
  const searches = [
    ...forms.map((f) => spaceOutChinese(fold(f.words.join(' ')))),
    ...(syllables ? [syllables.map((s) => PINYIN_TOKEN + s).join(' ')] : []),
  ];
  return { forms, syllables, searches };
}

let loadedVocabulary: Vocabulary | undefined;
let loadedPagefind: PagefindApi | undefined;
/**
 * While the reader types (and the search waits for a pause), Pagefind loads the index chunks of the
 * words so far, as its documentation advises for a debounced field; only once the engine and the
 * vocabulary are loaded, and only for words some text could hold (a typo typed letter by letter loads
 * the chunk of its first letters, "infer", and nothing once no word begins so).
 */
function preload(raw: string): void {
  const query = parseQuery(raw);
  if (query.problem || !loadedVocabulary || !loadedPagefind) return;
  // A single letter begins too many words to tell which part of the index it needs.
  if (/^[a-z]$/i.test(query.words.at(-1) ?? '')) return;
  for (const q of plan(query, loadedVocabulary).searches) void loadedPagefind.preload(q).catch(() => undefined);
}

/** Runs the query in the field. `focusResults`: after Enter, focus moves to the results. */
async function run(raw: string, focusResults = false): Promise<void> {
  const query = parseQuery(raw);
  const kinds = selectedKinds();
  const part = form.querySelector<HTMLSelectElement>('select[name="part"]')!.value;
  // The same query and filters again (Enter after typing): keep the results; Enter still moves the focus.
  const key = JSON.stringify([query.text, [...kinds], part]);
  if (key === rendered) {
    if (focusResults && list.childElementCount > 0) list.focus({ preventScroll: true });
    return;
  }
  const sameQuery = session && session.query.text === query.text;
  rendered = key;
  const ticket = ++current;
  suggest.hidden = true;
  suggest.replaceChildren();
  if (sameQuery && session) {
    // Only the filters changed: the data already fetched is filtered again at once, then more is fetched.
    show(session);
    await fetchMore(session, PAGE);
    if (ticket !== current) return;
    show(session);
    return;
  }
  session = undefined;
  list.replaceChildren();
  partialList.replaceChildren();
  partial.hidden = true;
  more.hidden = true;
  if (query.problem === 'empty') {
    help.hidden = false;
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
  const { forms, syllables, searches } = plan(query, await loadVocabulary());
  let candidates: PagefindResult[] = [];
  if (searches.length > 0) {
    // Only a query that some text could hold reaches Pagefind (and downloads any of the index).
    const api = await loadPagefind();
    const seen = new Set<string>();
    for (const found of await Promise.all(searches.map((q) => api.search(q)))) {
      for (const r of found.results) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        candidates.push(r);
      }
    }
  }
  if (ticket !== current) return;
  const s: Session = { query, forms, syllables, candidates, next: 0, hits: [], partials: [] };
  candidates = [];
  await fetchMore(s, PAGE, () => {
    // The hits known so far, while the status still says "Searching…".
    if (ticket === current) renderResults(filtered(rankHits(s.hits, query)));
  });
  if (ticket !== current) return;
  session = s;
  show(s);
  if (s.hits.length === 0) await offerSuggestions(query.text, ticket);
  // The focus moves to the results, unless the reader has already moved into them.
  if (focusResults && list.childElementCount > 0 && !list.contains(document.activeElement))
    list.focus({ preventScroll: true });
}

more.addEventListener('click', () => {
  const s = session;
  if (!s) return;
  const ticket = current;
  more.disabled = true;
  void fetchMore(s, PAGE).then(() => {
    more.disabled = false;
    if (ticket !== current) return;
    const before = list.childElementCount;
    show(s);
    list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')[before]?.focus();
  });
});

suggest.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
  if (!a) return;
  e.preventDefault();
  input.value = a.dataset.suggestion!;
  setQueryInAddress(input.value);
  void run(input.value, true);
});

function setQueryInAddress(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set(QUERY.search, q);
  else url.searchParams.delete(QUERY.search);
  // A new query: the result followed from the old one no longer names anything.
  const state = { ...(history.state as object | null) } as { followed?: string };
  delete state.followed;
  history.replaceState(state, '', url);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(typing);
  setQueryInAddress(input.value);
  void run(input.value, true);
});
let typing = 0;
form.addEventListener('change', (e) => {
  if (e.target !== input) void run(input.value);
});
input.addEventListener('focus', warm, { once: true });
input.addEventListener('input', (e) => {
  // An IME composes a word in several steps: wait for it to commit (compositionend searches at once).
  if ((e as InputEvent).isComposing) return;
  window.clearTimeout(typing);
  preload(input.value);
  typing = window.setTimeout(() => {
    setQueryInAddress(input.value);
    void run(input.value);
  }, 100);
});
input.addEventListener('compositionend', () => {
  window.clearTimeout(typing);
  setQueryInAddress(input.value);
  void run(input.value);
});

// Keyboard: arrows move between the field and the results; Escape clears.
root.addEventListener('keydown', (e) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && (document.activeElement === input || document.activeElement === list || at >= 0)) {
    const next = links[at + 1];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  } else if (e.key === 'ArrowUp' && (at >= 0 || document.activeElement === list)) {
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
for (const part of root.querySelectorAll<HTMLElement>('[data-js]')) part.hidden = false;
const initial = new URLSearchParams(location.search).get(QUERY.search) ?? '';
input.value = initial;
const header = document.getElementById(ELEMENT_ID.headerSearch);
if (header instanceof HTMLInputElement) header.value = initial;
// The result a reader follows is kept in this history entry, so that Back returns the focus to it.
list.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a.ed-result__link');
  if (!a) return;
  history.replaceState({ ...(history.state as object | null), followed: a.getAttribute('href') }, '');
});
// Arriving with a query (from the header's box, a link, Back): search at once and put the focus on the
// results, or on the result followed from here.
if (initial)
  void run(initial, true).then(() => {
    const followed = (history.state as { followed?: unknown } | null)?.followed;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')];
    links.find((a) => a.getAttribute('href') === followed)?.focus();
  });
else input.focus();
// Otherwise the engine loads when the field gains focus (above) or the page is idle, whichever is first.
const whenIdle = window.requestIdleCallback as typeof window.requestIdleCallback | undefined;
if (whenIdle) window.requestIdleCallback(warm, { timeout: 2000 });
else setTimeout(warm, 500);
