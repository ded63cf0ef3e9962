/**
 * The search page: reads ?q=, queries the Pagefind index, keeps as hits only the results that hold
 * the query (src/lib/search/match.ts), ranks them, filters them by kind and part, and renders them as
 * links inside #search-results. Results and counts are announced through a live region. Everything
 * is written with textContent: markup in a query or a text is shown as text.
 *
 * A query downloads the index chunks of its words, then the data of the results it shows: the page
 * learns which results are hits, and their order, from the index alone (src/lib/search/predict.ts), and
 * fetches the data of as many hits as fill the first screen; the rest load when the reader scrolls to
 * them or asks for more.
 *
 * The page speaks the language of its tree (/search/ English, /zh/search/ Chinese: the labels are
 * lib/apparatus/ui-strings.ts's); the reader's language ranks first, a note or entry found in both
 * languages is listed once, in the reader's, with a link to the other (predict.ts), and a paragraph
 * leads to its place on the reader's tree.
 */
import { ELEMENT_ID, LANG_TAG, MAX_QUERY_LENGTH, QUERY, type Lang } from '../constants';
import { languageOf, localized, paths, withHighlight } from '../lib/site/addresses';
import { pathWithBase, pathWithoutBase } from '../lib/site/base';
import { ui, uiWith, type UiKey } from '../lib/apparatus/ui-strings';
import { locationOf, type NoteKind, type SearchKind, type SearchLang, type SearchRecord } from '../lib/search/records';
import { fold, isHit, parseQuery, rankHits, snippetOf, spaceOutChinese, type ParsedQuery } from '../lib/search/match';
import { findPinyin, pinyinQuery } from '../lib/search/pinyin';
import { entrySearch, entryToken, isReading, readIndexed, readingOf, readingsPhrase } from '../lib/search/indexed';
import { rankCandidates, runs, type Candidate } from '../lib/search/predict';
import {
  canMatch,
  entryNamed,
  entrySpelled,
  namesOf,
  suggestions,
  type Group,
  type Vocabulary,
} from '../lib/search/vocabulary';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  /** The positions of the words found, in the record's content. */
  words: number[];
  data(): Promise<PagefindResultData>;
}
interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
  filters?: Record<string, string | string[]>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  /** A null term returns every record the filters (or the sort key) let through, and loads no index chunk. */
  search(q: string | null, o?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
}

/** A result: the record as indexed (src/lib/search/records.ts), its text as written, and what it matched. */
/** A record as the page shows it: where it is, in the reader's language. */
interface Shown extends SearchRecord {
  readonly location: string;
}

interface Hit extends Shown {
  /** The words it holds: the query, another name of the glossary entry, or the Chinese a pinyin query spells. */
  match: ParsedQuery;
  /** For a pinyin query: the pinyin of the Chinese found. */
  spelled?: string;
}

/** A result found in the index, with what the index tells of it (predict.ts). */
interface Found extends Candidate {
  readonly result: PagefindResult;
}

/** "More results" shows this many more hits; partial matches are listed up to this many. */
const PAGE = 10;
/** The least height of a result on screen: the first screen holds at most (its height ÷ this) results. */
const RESULT_MIN_HEIGHT = 80;

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

/** The reader's language: the page's tree. */
const reader: Lang = languageOf(pathWithoutBase(location.pathname));
const t = (key: UiKey, values: Record<string, string | number> = {}) => uiWith(key, reader, values);
/** A part's short title in the reader's language, from the part filter the page wrote (value: the English). */
const partNames = new Map(
  [...form.querySelectorAll<HTMLOptionElement>('select[name="part"] option')].map((o) => [o.value, o.text]),
);
const partName = (english: string) => partNames.get(english) ?? english;

/**
 * What the page knows of every record from start-up: its kind; for paragraphs, their reading order; for
 * notes and entries, their language and their twin (the same in the other language).
 */
interface Catalogue {
  readonly kinds: Map<string, SearchKind>;
  readonly order: Map<string, number>;
  readonly langs: Map<string, Lang>;
  readonly twins: Map<string, string>;
}

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

let catalogue: Promise<Catalogue> | undefined;
/**
 * Which records are paragraphs (in reading order) and which are glossary entries: two searches without
 * words, sorted by keys the build gave them, which download nothing. Learnt at the first query, not
 * while the page loads (Pagefind's first search sets up its Chinese word segmenter, a long task).
 */
function loadCatalogue(api: PagefindApi): Promise<Catalogue> {
  catalogue ??= Promise.all([
    api.search(null, { sort: { p: 'asc' } }),
    api.search(null, { sort: { g: 'asc' } }),
    api.search(null, { sort: { t: 'asc' } }),
  ]).then(([speech, glossary, pairs]) => {
    const kinds = new Map<string, SearchKind>();
    const order = new Map<string, number>();
    const langs = new Map<string, Lang>();
    const twins = new Map<string, string>();
    speech.results.forEach((r, i) => (kinds.set(r.id, 'speech'), order.set(r.id, i)));
    for (const r of glossary.results) kinds.set(r.id, 'glossary');
    // Twins sort as 2i (English) and 2i + 1 (Chinese): scripts/build-search-index.ts.
    for (let i = 0; i + 1 < pairs.results.length; i += 2) {
      const [en, zh] = [pairs.results[i]!.id, pairs.results[i + 1]!.id];
      langs.set(en, 'en').set(zh, 'zh');
      twins.set(en, zh).set(zh, en);
    }
    return { kinds, order, langs, twins };
  });
  return catalogue;
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

/** A record as the page shows it, from the data Pagefind returns (src/lib/search/indexed.ts). */
function toRecord(d: PagefindResultData, twinned: boolean): Shown & { readings: string } {
  const { text, tokens } = readIndexed(d.content);
  // A glossary entry's own record carries its token: its names come from the vocabulary.
  const group = loadedVocabulary?.groups.find((g) => tokens.includes(entryToken(g.entry, 'self')));
  const at = Number(d.filters.at?.[0]);
  const noteKind = d.filters.note?.[0] as NoteKind | undefined;
  const lang = (d.filters.lang?.[0] ?? 'both') as SearchLang;
  const record = {
    url: d.url,
    kind: (d.filters.kind?.[0] ?? 'speech') as SearchKind,
    lang,
    title: d.meta.title ?? d.url,
    part: d.filters.part?.[0] ?? '',
    ...(Number.isInteger(at) ? { paragraph: at } : {}),
    ...(noteKind ? { noteKind } : {}),
    content: text,
    terms: group?.names ?? [],
    readings: tokens.filter(isReading).map(readingOf).join(' '),
    // The same note or entry in the other language: the same address on the other tree.
    ...(twinned && lang !== 'both' ? { twin: localized(d.url, lang === 'en' ? 'zh' : 'en') } : {}),
  };
  return { ...record, location: locationOf(record, reader, partName) };
}

/**
 * The result's address, carrying the words found so that the target page can highlight them: a
 * paragraph on the reader's tree, a note or entry on the tree of its language.
 */
function targetOf(hit: Hit): string {
  return pathWithBase(withHighlight(hit.kind === 'speech' ? localized(hit.url, reader) : hit.url, hit.match.text));
}

const HAN_CHAR = /\p{Script=Han}/gu;
/** The language of a text shown in a result: Chinese where Han characters outweigh Latin letters. */
function languageOfText(text: string): Lang {
  const han = text.match(HAN_CHAR)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 2 > latin ? 'zh' : 'en';
}
/** Marks an element's language where it differs from the page's. */
function setLang(el: HTMLElement, lang: Lang): void {
  if (lang !== reader) el.lang = LANG_TAG[lang];
}

/** A run of two or more Latin words, or of Chinese characters (with the punctuation between them). */
const LATIN_RUN = /[A-Za-z][\w’'.-]*(?:[ ,]+[A-Za-z0-9][\w’'.-]*)+/g;
const HAN_RUN = /\p{Script=Han}+(?:[，。、；：“”‘’（）《》！？·\s\d]*\p{Script=Han}+)*/gu;

/**
 * A text for an element in `lang`, with the runs in the other language marked as such (an English name
 * in a Chinese entry, the reader's Chinese query in an English sentence), for screen readers and fonts.
 */
function marked(text: string, lang: Lang): (string | HTMLElement)[] {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const out: (string | HTMLElement)[] = [];
  let at = 0;
  for (const m of text.matchAll(lang === 'zh' ? LATIN_RUN : HAN_RUN)) {
    const span = document.createElement('span');
    span.lang = LANG_TAG[other];
    span.textContent = m[0];
    out.push(text.slice(at, m.index), span);
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.filter((x) => x !== '');
}

/** Fills an element with a text in `lang` (the element's language, marked where it is not the page's). */
function fillText(el: HTMLElement, text: string, lang: Lang): void {
  setLang(el, lang);
  el.replaceChildren(...marked(text, lang));
}

function renderHit(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `ed-result ed-result--${hit.kind}`;
  const a = document.createElement('a');
  a.href = targetOf(hit);
  a.className = 'ed-result__link';
  fillText(a, hit.title, hit.lang === 'both' ? languageOfText(hit.title) : hit.lang);
  const where = document.createElement('span');
  where.className = 'ed-result__where';
  where.textContent = hit.location;
  const head = document.createElement('p');
  head.className = 'ed-result__head';
  head.append(a, ' ', where);
  // A note or entry is listed once, in the language found first (the reader's): the other is a link away.
  if (hit.twin && hit.lang !== 'both') {
    const other: Lang = hit.lang === 'en' ? 'zh' : 'en';
    const link = document.createElement('a');
    link.className = 'ed-result__other';
    link.href = pathWithBase(hit.twin);
    link.lang = LANG_TAG[other];
    link.hreflang = LANG_TAG[other];
    // The other language's name, in that language: "中文" from an English record, "English" from a Chinese one.
    link.textContent = ui('site.otherLanguage', hit.lang);
    head.append(' · ', link);
  }
  const s = snippetOf(hit.content, hit.match);
  const p = document.createElement('p');
  p.className = 'ed-result__snippet';
  const lang = hit.lang === 'both' ? languageOfText(`${s.before}${s.match}${s.after}`) : hit.lang;
  setLang(p, lang);
  const mark = document.createElement('mark');
  const markLang = languageOfText(s.match);
  if (markLang !== lang) mark.lang = LANG_TAG[markLang];
  mark.textContent = s.match;
  p.append(...marked(s.before, lang), ...(s.match ? [mark] : []));
  if (s.match && hit.spelled) {
    const py = document.createElement('span');
    py.className = 'ed-result__pinyin';
    py.lang = 'zh-Latn-pinyin';
    py.textContent = ` (${hit.spelled})`;
    p.append(py);
  }
  p.append(...marked(s.after, lang));
  li.append(head, p);
  return li;
}

function selectedKinds(): Set<string> {
  return new Set([...form.querySelectorAll<HTMLInputElement>('input[name="kind"]:checked')].map((i) => i.value));
}
const selectedPart = () => form.querySelector<HTMLSelectElement>('select[name="part"]')!.value;

/** One search: what the index says of its results, and the data fetched so far. */
interface Session {
  readonly query: ParsedQuery;
  readonly forms: ParsedQuery[];
  readonly syllables: string[] | undefined;
  /** The results the index says hold the query, in the order they will be shown. */
  readonly predicted: Found[];
  /** The other results, which hold only part of the query. */
  readonly rest: Found[];
  /** The data fetched: a hit, or a record that turned out not to be one. */
  readonly fetched: Map<string, Hit | Shown>;
  /** How many hits the list shows, at most: the first screen, then a page more each time. */
  shown: number;
}

const isHitRecord = (r: Hit | Shown | undefined): r is Hit => r !== undefined && 'match' in r;

/** The records of each part, learnt when the reader first filters by it (a search without words). */
const partMembers = new Map<string, Set<string>>();
async function loadPart(part: string): Promise<void> {
  if (part === '' || partMembers.has(part)) return;
  const api = await loadPagefind();
  const found = await api.search(null, { filters: { part } });
  partMembers.set(part, new Set(found.results.map((r) => r.id)));
}

/** The results the filters let through (kind and part are known before the data is). */
function allowed<T extends Candidate>(found: readonly T[]): T[] {
  const kinds = selectedKinds();
  const part = selectedPart();
  const members = part === '' ? undefined : partMembers.get(part);
  return found.filter((f) => kinds.has(f.kind) && (!members || members.has(f.id)));
}

/** Fetches a result's data and checks it against the query: a hit, or a record that is not one. */
async function check(session: Session, found: Found): Promise<void> {
  if (session.fetched.has(found.id)) return;
  const record = toRecord(await found.result.data(), found.twin !== undefined);
  // Pinyin first: the hit is shown and highlighted in the Chinese the syllables spell.
  const spelled = session.syllables ? findPinyin(record.content, record.readings, session.syllables) : [];
  const form = session.forms.find((f) => isHit(record.content, f));
  if (spelled[0])
    session.fetched.set(found.id, { ...record, match: parseQuery(spelled[0].zh), spelled: spelled[0].pinyin });
  else if (form) session.fetched.set(found.id, { ...record, match: form });
  else session.fetched.set(found.id, record);
}

/** The predicted hits the filters let through that are hits or not yet fetched, in order. */
const pendingHits = (s: Session) =>
  allowed(s.predicted).filter((f) => !s.fetched.has(f.id) || isHitRecord(s.fetched.get(f.id)));

/**
 * Fetches the data of the next hits until the list can show `session.shown` of them, or none are
 * left; then, once every hit is known, of up to a page of partial matches. `progress` runs as each
 * result's data arrives, so that the first results show before the rest.
 */
async function fill(session: Session, progress?: () => void): Promise<void> {
  for (;;) {
    const want = pendingHits(session)
      .slice(0, session.shown)
      .filter((f) => !session.fetched.has(f.id));
    if (want.length === 0) break;
    await Promise.all(want.map((f) => check(session, f).then(() => progress?.())));
  }
  if (pendingHits(session).length > session.shown) return;
  const partials = allowed(session.rest).slice(0, PAGE);
  await Promise.all(partials.map((f) => check(session, f)));
}

let current = 0;
let rendered = '';
let session: Session | undefined;

/**
 * The hits to show: of the predicted hits the filters let through, in order, those whose data has
 * arrived, up to the first still on its way (so that a result never appears above one already shown),
 * at most `shown`, ranked.
 */
function hitsOf(s: Session): Hit[] {
  const hits: Hit[] = [];
  for (const f of allowed(s.predicted)) {
    if (hits.length === s.shown || !s.fetched.has(f.id)) break;
    const r = s.fetched.get(f.id);
    if (isHitRecord(r)) hits.push(r);
  }
  return rankHits(hits, s.query, reader);
}

/** The records fetched that are not hits: the predicted hits that were not, then partial matches. */
function partialsOf(s: Session): Shown[] {
  return [...allowed(s.predicted), ...allowed(s.rest)]
    .map((f) => s.fetched.get(f.id))
    .filter((r): r is Shown => r !== undefined && !isHitRecord(r))
    .slice(0, PAGE);
}

/**
 * Renders the hits in the list; a reader already on a result (arrows pressed while the results were
 * still arriving) stays on the result at the same place. The examples give way to results in the same
 * frame, so that nothing moves.
 */
function renderResults(hits: readonly Hit[]): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')];
  const at = links().indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(...hits.map(renderHit));
  if (hits.length > 0) help.hidden = true;
  if (at >= 0) (links()[at] ?? links().at(-1))?.focus({ preventScroll: true });
}

function show(s: Session): void {
  const hits = hitsOf(s);
  const partials = partialsOf(s);
  const total = pendingHits(s).length;
  renderResults(hits);
  // The examples are for an empty field or a query without results; with results, they give way to them.
  help.hidden = hits.length > 0;
  partialList.replaceChildren(...partials.map((r) => renderHit({ ...r, match: s.query })));
  partial.hidden = partials.length === 0;
  const left = total > hits.length;
  more.hidden = !left;
  const q = s.query.text;
  say(
    hits.length > 0
      ? t(total === 1 ? 'search.countOne' : 'search.count', { n: total, q, more: left ? t('search.moreBelow') : '' })
      : t('search.none', { q, partial: partials.length > 0 ? t('search.somePartial') : '' }),
  );
}

/** The status line, in the reader's language, with the query marked where it is in the other. */
const say = (text: string) => status.replaceChildren(...marked(text, reader));

async function offerSuggestions(raw: string, ticket: number): Promise<void> {
  const words = suggestions(raw, await loadVocabulary());
  if (ticket !== current || words.length === 0) return;
  const label = document.createElement('span');
  label.textContent = t('search.didYouMean');
  const links = words.flatMap((w, i) => {
    const a = document.createElement('a');
    a.href = pathWithBase(localized(paths.searchFor(w), reader));
    a.textContent = w;
    a.dataset.suggestion = w;
    setLang(a, languageOfText(w));
    return i === 0 ? [a] : [i === words.length - 1 ? t('search.or') : t('search.comma'), a];
  });
  suggest.replaceChildren(label, ...links, t('search.question'));
  suggest.hidden = false;
}

/** What a query asks of Pagefind. */
interface Plan {
  /** The forms a hit may hold: the query, and the other names of the glossary entry it names. */
  readonly forms: ParsedQuery[];
  /** The syllables of a pinyin query. */
  readonly syllables: string[] | undefined;
  /** The query's own words, as the index holds them, if some text could hold them all. */
  readonly own: string | undefined;
  /** The glossary entry the query names: every text that holds one of its names is a hit. */
  readonly named: Group | undefined;
  /** The glossary entry whose pinyin the query spells: it comes first. */
  readonly spelled: Group | undefined;
  /** Every search, for preloading their chunks while the reader types. */
  readonly searches: string[];
}

/**
 * What a query asks of Pagefind: its own words; the tokens of the glossary entry it names (which the
 * build gave every text holding one of the entry's names, and the entry itself); and the readings of a
 * pinyin query. A query no text could hold asks nothing, so it downloads none of the index.
 */
function plan(query: ParsedQuery, vocab: Vocabulary): Plan {
  const whole = query.words.join(' ');
  const named = entryNamed(whole, vocab);
  const forms = namesOf(whole, vocab)
    .map((n) => parseQuery(n))
    .filter((f) => f.words.length > 0 && canMatch(f.words, vocab));
  const syllables = pinyinQuery(query.text);
  const spelled = syllables && !named ? entrySpelled(syllables, vocab) : undefined;
  const own = canMatch(query.words, vocab) ? spaceOutChinese(fold(whole)) : undefined;
  const searches = [
    ...(own ? [own] : []),
    ...(named && forms.length > 0 ? [entrySearch(named.entry, 'mention'), entrySearch(named.entry, 'self')] : []),
    ...(spelled ? [entrySearch(spelled.entry, 'self')] : []),
    ...(syllables ? [readingsPhrase(syllables)] : []),
  ];
  return { forms, syllables, own, named: forms.length > 0 ? named : undefined, spelled, searches };
}

/** Pagefind's searches, one for each token of a run that must stand in consecutive positions. */
const tokensOf = (w: string) => spaceOutChinese(fold(w)).split(' ').filter(Boolean);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Where the runs of tokens stand in each record: one search per token (their chunks are those of the
 * plan's searches, already loaded), then, per record, how many times each run stands whole.
 */
async function positions(api: PagefindApi, runsOf: readonly (readonly string[])[]) {
  const tokens = [...new Set(runsOf.flat())];
  const found = await Promise.all(tokens.map((t) => api.search(t)));
  const where = new Map(tokens.map((t, i) => [t, new Map(found[i]!.results.map((r) => [r.id, r.words]))]));
  return (id: string, run: readonly string[]) => runs(run.map((t) => where.get(t)?.get(id) ?? []));
}

/** Runs a plan's searches and tells, for every result, what the index knows of it (predict.ts). */
async function find(query: ParsedQuery, p: Plan): Promise<{ predicted: Found[]; rest: Found[] }> {
  const api = await loadPagefind();
  const known = await loadCatalogue(api);
  const search = (q: string | undefined) => (q ? api.search(q).then((r) => r.results) : Promise.resolve([]));
  const entry = p.named ?? p.spelled;
  const [own, mentions, self, spelled] = await Promise.all([
    search(p.own),
    search(p.named ? entrySearch(p.named.entry, 'mention') : undefined),
    search(entry ? entrySearch(entry.entry, 'self') : undefined),
    search(p.syllables ? readingsPhrase(p.syllables) : undefined),
  ]);
  // The runs that tell a hit and its count: each Chinese word of the query, character by character
  // (a Latin word is found wherever Pagefind finds it); the first word, whose count orders the hits
  // (a Latin word: its one token); and the syllables of pinyin, among the readings.
  const chinese = p.own ? query.words.filter((w) => HAN.test(w)).map(tokensOf) : [];
  const firstTokens = p.own ? tokensOf(query.words[0]!) : [];
  const first = HAN.test(query.words[0] ?? '') ? firstTokens : firstTokens.slice(0, 1);
  const syllables = p.syllables ? p.syllables.map((s) => readingsPhrase([s])) : [];
  const standing = await positions(api, [...chinese, first, syllables]);
  const ids = (rs: PagefindResult[]) => new Set(rs.map((r) => r.id));
  const [ownIds, mentionIds, selfIds, spelledIds] = [own, mentions, self, spelled].map(ids) as Set<string>[];
  const all = new Map<string, PagefindResult>();
  for (const r of [...self, ...mentions, ...spelled, ...own]) if (!all.has(r.id)) all.set(r.id, r);
  const candidates = [...all.values()].map((result, index): Found => {
    const id = result.id;
    const holdsOwn = ownIds!.has(id) && chinese.every((run) => standing(id, run) > 0);
    const holdsSpelled = spelledIds!.has(id);
    return {
      id,
      result,
      index,
      kind: known.kinds.get(id) ?? 'note',
      lang: known.langs.get(id) ?? (known.kinds.get(id) === 'speech' ? 'both' : 'en'),
      ...(known.twins.has(id) ? { twin: known.twins.get(id)! } : {}),
      order: known.order.get(id) ?? Infinity,
      count: holdsOwn ? standing(id, first) : holdsSpelled ? standing(id, syllables) : 0,
      exact: selfIds!.has(id),
      // A query that names an entry is one of its names: the build gave every text that holds it the
      // entry's token, so the texts without the token hold only part of it.
      hit: (p.named ? false : holdsOwn) || holdsSpelled || mentionIds!.has(id) || selfIds!.has(id),
    };
  });
  const { hits, partials } = rankCandidates(candidates, reader);
  return { predicted: hits, rest: partials };
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

/** How many hits fit on the first screen below the top of the list (at least 3, at most a page). */
function firstScreen(): number {
  const below = window.innerHeight - Math.max(0, list.getBoundingClientRect().top);
  return Math.min(PAGE, Math.max(3, Math.ceil(below / RESULT_MIN_HEIGHT)));
}

/** Runs the query in the field. `focusResults`: after Enter, focus moves to the results. */
async function run(raw: string, focusResults = false): Promise<void> {
  const query = parseQuery(raw);
  const kinds = selectedKinds();
  const part = selectedPart();
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
    // Only the filters changed: what is fetched is filtered again at once, then more is fetched.
    const s = session;
    await loadPart(part);
    if (ticket !== current) return;
    show(s);
    await fill(s);
    if (ticket !== current) return;
    show(s);
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
    say(query.problem === 'too-long' ? t('search.tooLong', { max: MAX_QUERY_LENGTH }) : t('search.noLetters'));
    return;
  }
  status.textContent = t('search.searching');
  const p = plan(query, await loadVocabulary());
  // Only a query that some text could hold reaches Pagefind (and downloads any of the index).
  const found = p.searches.length > 0 ? await find(query, p) : { predicted: [], rest: [] };
  await loadPart(part);
  if (ticket !== current) return;
  const s: Session = {
    query,
    forms: p.forms,
    syllables: p.syllables,
    ...found,
    fetched: new Map(),
    shown: firstScreen(),
  };
  await fill(s, () => {
    // The hits known so far, while the status still says "Searching…".
    if (ticket === current) renderResults(hitsOf(s));
  });
  if (ticket !== current) return;
  session = s;
  show(s);
  if (hitsOf(s).length === 0) await offerSuggestions(query.text, ticket);
  // The focus moves to the results, unless the reader has already moved into them.
  if (focusResults && list.childElementCount > 0 && !list.contains(document.activeElement))
    list.focus({ preventScroll: true });
}

/**
 * The data of the next page of hits, fetched when the reader comes to the end of the list (the button
 * scrolls into view), and shown when they ask for it: nothing moves until they do.
 */
function prefetch(): void {
  const s = session;
  if (!s || more.hidden) return;
  for (const f of pendingHits(s).slice(s.shown, s.shown + PAGE)) void check(s, f);
}

more.addEventListener('click', () => {
  const s = session;
  if (!s) return;
  const ticket = current;
  const before = list.childElementCount;
  s.shown += PAGE;
  more.disabled = true;
  void fill(s).then(() => {
    more.disabled = false;
    if (ticket !== current) return;
    show(s);
    list.querySelectorAll<HTMLAnchorElement>('a.ed-result__link')[before]?.focus();
  });
});
new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting)) prefetch();
}).observe(more);

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
