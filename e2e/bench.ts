/**
 * `npm run bench`: weight and speed of the built site, measured, never asserted by a timed test.
 * Serves dist/ with `astro preview`, then for every reading page reports the bytes needed for first
 * render (HTML plus the CSS and JavaScript it references, raw, gzip and brotli; how much of the HTML is
 * inline CSS; how many requests block rendering), and Lighthouse scores (performance, accessibility,
 * best practices, SEO) for mobile and desktop with LCP, CLS and TBT. A reader opens several pages:
 * the bytes of a reading session (the pages in SESSION, in order, with a browser cache, so a
 * stylesheet or script is fetched once) show what inlining CSS costs after the first page and what a
 * linked stylesheet saves. BENCH_LIGHTHOUSE=off skips Lighthouse (the byte counts take seconds).
 * Cumulative layout shift of every page kind, at a phone's and a desktop's size, with and without
 * JavaScript (measureShift, e2e/layout-shift.ts), with a line naming any page over SHIFT_BUDGET.
 * Then, for a set of queries, the bytes a browser downloads for a first search (the Pagefind script,
 * WebAssembly, index and fragments, after the search page has loaded) and the time from the last
 * keystroke to rendered results (including the page's 100 ms typing pause); and, for the eight queries
 * of issue 28, the bytes and time of a query typed into a warm search page (measureWarmQueries).
 *
 * BENCH_ONLY=search measures the search page alone (its first render and Lighthouse, its layout shift,
 * first and warm queries); BENCH_ONLY=warm only the warm queries. (BENCH_INDEX=doubled, which simulated
 * the Chinese records, is gone: the index holds them since issue 23.)
 * Writes bench-results/bench.json for comparison between runs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath, launchArgs } from './browser.ts';
import { chromium, type Browser } from '@playwright/test';
import { representativePages } from './site.ts';
import { watchLayoutShift } from './layout-shift.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4340);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** One round trip on a new connection: the first render of a reading page should fit in it. */
const FIRST_RENDER_BUDGET = 14 * 1024;

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
const sizes = (body: Buffer): Sizes => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body).length,
});
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The stylesheets and scripts a page's HTML links, as absolute URLs. */
function linkedFiles(text: string, url: string) {
  const all = (re: RegExp) => [...text.matchAll(re)].map((m) => new URL(m[1]!, url).href);
  return {
    css: all(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    js: all(/<script[^>]+src="([^"]+)"/g),
  };
}

async function firstRender(path: string) {
  const url = new URL(path, ORIGIN).href;
  const html = await fetchBytes(url);
  const text = html.toString('utf8');
  const files = linkedFiles(text, url);
  let css = zero;
  let js = zero;
  for (const href of files.css) css = add(css, sizes(await fetchBytes(href)));
  for (const src of files.js) js = add(js, sizes(await fetchBytes(src)));
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('');
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const htmlSizes = sizes(html);
  return {
    html: htmlSizes,
    css,
    js,
    inlineScriptBytes: Buffer.byteLength(inlineJs),
    inlineCss: sizes(Buffer.from(inlineCss)),
    // Linked stylesheets block the first render; module scripts do not.
    renderBlockingRequests: files.css.length,
    htmlAndCss: add(htmlSizes, css),
  };
}

/** What a reader typically opens in one visit: the home page, the parts in order, a glossary entry. */
const SESSION = [
  '/',
  '/speech/opening/',
  '/speech/1/',
  '/glossary/token/',
  '/speech/2/',
  '/speech/3/',
  '/speech/closing/',
];

/** The bytes of a reading session with a browser cache: every page's HTML, each stylesheet and script once. */
async function readingSession() {
  const fetched = new Set<string>();
  const pages = [];
  for (const path of SESSION) {
    const url = new URL(path, ORIGIN).href;
    const html = await fetchBytes(url);
    const files = linkedFiles(html.toString('utf8'), url);
    let bytes = sizes(html);
    let requests = 1;
    for (const file of [...files.css, ...files.js]) {
      if (fetched.has(file)) continue;
      fetched.add(file);
      bytes = add(bytes, sizes(await fetchBytes(file)));
      requests++;
    }
    pages.push({ path, bytes, requests });
  }
  const total = pages.reduce((sum, p) => add(sum, p.bytes), zero);
  const later = pages.slice(1).reduce((sum, p) => add(sum, p.bytes), zero);
  return { pages, total, first: pages[0]!.bytes, later };
}

async function lighthouseRun(port: number, path: string, formFactor: 'mobile' | 'desktop') {
  const url = new URL(path, ORIGIN).href;
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    totalBytes: audits['total-byte-weight']?.numericValue ?? NaN,
    scriptBootupMs: Math.round(audits['bootup-time']?.numericValue ?? 0),
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}

/** Five fixed queries: an English term, a Chinese phrase, an English phrase, pinyin, and a typo. */
const SEARCH_QUERIES = ['Token', '推理成本', 'take over the digital world', 'suanli', 'inferance'];
/** The warm query, typed after each first query on the same page. */
const WARM_QUERY = 'GPU';
/** The throttled network of the issue's comparison: 150 ms latency, 1.6 Mbit/s both ways. */
const THROTTLED = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (1.6e6 / 8) | 0,
};
/** Starlight's and plain Pagefind's median first search on that network, as measured for issue 17. */
const PEER_THROTTLED_MEDIAN_MS = 1142;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** A page in a fresh browser context (no cache), on loopback or on the throttled network. */
async function freshPage(browser: Browser, network: 'loopback' | 'throttled') {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network === 'throttled') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', THROTTLED);
  }
  return { context, page };
}

/**
 * Keystroke to first rendered result. Cold: a fresh browser context (no cache), the search page loaded
 * as a reader opens it (load event, then one second: a reader needs that long to reach the field), the
 * field clicked, the query typed, and the time taken from its last keystroke to the first result (or
 * the "No results" status). Warm: on the same page, the field cleared and WARM_QUERY typed. Bytes:
 * everything the page fetched under /pagefind/ (the engine, the index, the result data and the search
 * vocabulary), from the page's start to the first query's results (what a first query costs, whether
 * loaded on focus, when idle, or after typing), decoded and as transferred (the preview server gzips).
 */
async function measureSearch(network: 'loopback' | 'throttled') {
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: launchArgs,
  });
  const out = [];
  // The first result on screen, or the answer that there is none.
  const firstResult = () =>
    document.querySelector('#search-results li') !== null ||
    /No results/.test(document.getElementById('search-status')?.textContent ?? '');
  try {
    for (const query of SEARCH_QUERIES) {
      const { context, page } = await freshPage(browser, network);
      let bytes = 0;
      let wire = 0;
      let requests = 0;
      let counting = true;
      page.on('requestfinished', (req) => {
        if (!counting || !/\/pagefind\//.test(req.url())) return;
        requests++;
        void req.sizes().then(
          (s) => (wire += s.responseBodySize + s.responseHeadersSize),
          () => undefined,
        );
        void req.response().then((r) =>
          r?.body().then(
            (b) => (bytes += b.length),
            () => undefined,
          ),
        );
      });
      await page.goto(`${ORIGIN}/search/`, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      const field = page.locator('#search-q');
      await field.click();
      await field.pressSequentially(query.slice(0, -1));
      const start = await page.evaluate(() => performance.now());
      await field.pressSequentially(query.slice(-1));
      await page.waitForFunction(firstResult, undefined, { polling: 'raf', timeout: 60_000 });
      const cold = (await page.evaluate(() => performance.now())) - start;
      await page.waitForFunction(() => !/Searching/.test(document.getElementById('search-status')?.textContent ?? ''));
      const results = await page.locator('#search-results li').count();
      await page.waitForTimeout(200);
      counting = false;
      await field.fill(WARM_QUERY.slice(0, -1));
      await page.waitForTimeout(500);
      const wStart = await page.evaluate(() => performance.now());
      await field.pressSequentially(WARM_QUERY.slice(-1));
      await page.waitForFunction(
        (q) =>
          [...document.querySelectorAll('#search-results li a')].some((a) =>
            new URL((a as HTMLAnchorElement).href).searchParams.get('hl')?.toLowerCase().includes(q),
          ) || new RegExp(`for “${q}”`).test(document.getElementById('search-status')?.textContent ?? ''),
        WARM_QUERY.toLowerCase(),
        { polling: 'raf', timeout: 60_000 },
      );
      const warm = (await page.evaluate(() => performance.now())) - wStart;
      out.push({ network, query, bytes, wire, requests, coldMs: Math.round(cold), warmMs: Math.round(warm), results });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * The eight queries of issue 28, each typed into a warm search page: English terms, Chinese words and
 * phrases of two to six characters.
 */
const WARM_QUERIES = ['Token', 'AGI', 'GPU', '推理成本', '机器人', '通义千问', '十万卡', '接管数字世界'];
/** What a warm query may cost (issue 28): the median at most 40 KB, none over 60 KB. */
const WARM_BUDGET = { median: 40 * 1024, max: 60 * 1024 };
/** A reader typing a key every 150 ms: every pause past the page's 100 ms wait runs a search. */
const READER_KEY_DELAY = 150;

/**
 * Bytes and time of a query typed into a warm search page. Each query gets a fresh browser context (no
 * cache): the search page loads, the field is clicked, and once the engine and the vocabulary have loaded
 * (what focus starts) the query is typed a key at a time. Counted: every response under /pagefind/ from the
 * first keystroke until the results are rendered (the status gives the count), body and headers as
 * transferred, by kind (index chunks, result data, other); the time is from the last keystroke.
 */
async function measureWarmQueries(network: 'loopback' | 'throttled', keyDelay = 0) {
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: launchArgs,
  });
  const out = [];
  try {
    for (const query of WARM_QUERIES) {
      const { context, page } = await freshPage(browser, network);
      const fetched: { url: string; bytes: number }[] = [];
      const pending: Promise<void>[] = [];
      let counting = false;
      page.on('requestfinished', (req) => {
        if (!counting || !/\/pagefind\//.test(req.url())) return;
        pending.push(
          req.sizes().then(
            (s) => void fetched.push({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize }),
            () => undefined,
          ),
        );
      });
      await page.goto(`${ORIGIN}/search/`, { waitUntil: 'load' });
      const field = page.locator('#search-q');
      await field.click();
      await page.waitForFunction(
        () =>
          ['ed-vocabulary.json', '.pf_meta', '/wasm.'].every((part) =>
            performance.getEntriesByType('resource').some((e) => e.name.includes(part)),
          ),
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForTimeout(1000);
      counting = true;
      await field.pressSequentially(query.slice(0, -1), { delay: keyDelay });
      const start = await page.evaluate(() => performance.now());
      await field.pressSequentially(query.slice(-1));
      await page.waitForFunction(
        (q) =>
          new RegExp(`(results?|No results) for “${q}”`).test(
            document.getElementById('search-status')?.textContent ?? '',
          ),
        query,
        { polling: 'raf', timeout: 60_000 },
      );
      const ms = (await page.evaluate(() => performance.now())) - start;
      const results = await page.locator('#search-results li').count();
      await page.waitForTimeout(300);
      counting = false;
      await Promise.all(pending);
      const sum = (re: RegExp) => fetched.filter((f) => re.test(f.url)).reduce((n, f) => n + f.bytes, 0);
      out.push({
        network,
        typing: keyDelay === 0 ? 'at once' : `${keyDelay} ms a key`,
        query,
        ms: Math.round(ms),
        bytes: sum(/./),
        index: sum(/\.pf_index$/),
        chunks: fetched.filter((f) => f.url.endsWith('.pf_index')).length,
        fragments: sum(/\.pf_fragment$/),
        fragmentCount: fetched.filter((f) => f.url.endsWith('.pf_fragment')).length,
        requests: fetched.length,
        results,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The sizes layout shift is measured at: a phone (Lighthouse's mobile is 412×823) and a desktop. */
const SHIFT_VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, mobile: true },
  { name: 'desktop', width: 1350, height: 940, mobile: false },
] as const;
/** A page moves too much when its cumulative layout shift passes this (issue 28). */
const SHIFT_BUDGET = 0.01;

/**
 * Cumulative layout shift of a page as a reader gets it (e2e/layout-shift.ts), with and without
 * JavaScript, at a phone's and a desktop's size, watched for three seconds after its load event.
 */
async function measureShift(paths: readonly string[]) {
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: launchArgs,
  });
  const out = [];
  try {
    for (const path of paths)
      for (const viewport of SHIFT_VIEWPORTS)
        for (const javaScript of [true, false]) {
          const context = await browser.newContext({
            javaScriptEnabled: javaScript,
            viewport: { width: viewport.width, height: viewport.height },
            isMobile: viewport.mobile,
            hasTouch: viewport.mobile,
          });
          const page = await context.newPage();
          const shift = await watchLayoutShift(context, page);
          await page.goto(new URL(path, ORIGIN).href, { waitUntil: 'load' });
          await page.waitForTimeout(3000);
          out.push({ path, viewport: viewport.name, javaScript, cls: shift() });
          await context.close();
        }
  } finally {
    await browser.close();
  }
  return out;
}

type Shift = Awaited<ReturnType<typeof measureShift>>[number];
function printShift(rows: Shift[]) {
  if (rows.length === 0) return;
  console.log(
    `\nCumulative layout shift (phone 390×844, desktop 1350×940; with JavaScript | without); budget ${SHIFT_BUDGET}`,
  );
  const paths = [...new Set(rows.map((r) => r.path))];
  const cell = (path: string, viewport: string, js: boolean) =>
    rows.find((r) => r.path === path && r.viewport === viewport && r.javaScript === js)?.cls;
  console.table(
    paths.map((path) => ({
      page: path,
      phone: `${cell(path, 'phone', true)} | ${cell(path, 'phone', false)}`,
      desktop: `${cell(path, 'desktop', true)} | ${cell(path, 'desktop', false)}`,
    })),
  );
  const over = rows.filter((r) => r.cls > SHIFT_BUDGET);
  console.log(
    over.length === 0
      ? `Layout shift: every page at most ${SHIFT_BUDGET}.`
      : `Layout shift OVER ${SHIFT_BUDGET}: ${over.map((r) => `${r.path} (${r.viewport}, ${r.javaScript ? 'with' : 'without'} JavaScript: ${r.cls})`).join('; ')}`,
  );
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  stdio: 'ignore',
  detached: true,
});
const chrome = await chromeLauncher.launch({
  ...(chromiumPath ? { chromePath: chromiumPath } : {}),
  chromeFlags: ['--headless=new', ...launchArgs],
});
try {
  await waitForServer(`${ORIGIN}/`);
  const lighthouseOn = process.env.BENCH_LIGHTHOUSE !== 'off';
  const warmOnly = process.env.BENCH_ONLY === 'warm';
  const searchOnly = process.env.BENCH_ONLY === 'search' || warmOnly;
  const rows = [];
  for (const path of warmOnly ? [] : searchOnly ? ['/search/'] : representativePages()) {
    const weight = await firstRender(path);
    const mobile = lighthouseOn ? await lighthouseRun(chrome.port, path, 'mobile') : undefined;
    const desktop = lighthouseOn ? await lighthouseRun(chrome.port, path, 'desktop') : undefined;
    rows.push({ path, ...weight, withinBudget: weight.htmlAndCss.gzip <= FIRST_RENDER_BUDGET, mobile, desktop });
    console.error(`measured ${path}`);
  }

  const kb = (n: number) => (n / 1024).toFixed(1);
  const three = (s: Sizes) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
  if (rows.length > 0) console.log('\nFirst render (KB: raw / gzip / brotli); budget: HTML + CSS ≤ 14 KB compressed');
  if (rows.length > 0)
    console.table(
      rows.map((r) => ({
        page: r.path,
        html: three(r.html),
        'of it inline css': three(r.inlineCss),
        css: three(r.css),
        js: three(r.js),
        'inline js': kb(r.inlineScriptBytes),
        'html+css gz': kb(r.htmlAndCss.gzip),
        blocking: r.renderBlockingRequests,
        budget: r.withinBudget ? 'ok' : 'OVER',
      })),
    );
  const session = searchOnly ? undefined : await readingSession();
  if (session) {
    console.log('\nA reading session, with a browser cache (KB: raw / gzip / brotli; requests)');
    console.table(session.pages.map((p) => ({ page: p.path, bytes: three(p.bytes), requests: p.requests })));
    console.log(`first page ${three(session.first)}; the ${SESSION.length - 1} pages after it ${three(session.later)}`);
  }
  printLighthouse(
    rows.flatMap((r) => (r.mobile && r.desktop ? [{ path: r.path, mobile: r.mobile, desktop: r.desktop }] : [])),
  );
  // Every page kind, the search page also as a reader arrives with a query, and the 404 page.
  const shift = warmOnly
    ? []
    : await measureShift(
        searchOnly ? ['/search/', '/search/?q=Token'] : [...representativePages(), '/search/?q=Token', '/404.html'],
      );
  printShift(shift);
  const searches = warmOnly ? [] : [...(await measureSearch('loopback')), ...(await measureSearch('throttled'))];
  if (searches.length > 0) {
    console.log(
      '\nSearch: keystroke to first result, cold (fresh page) and warm (a second query); KB and requests of a first query',
    );
    console.table(
      searches.map((s) => ({
        network: s.network,
        query: s.query,
        'cold ms': s.coldMs,
        'warm ms': s.warmMs,
        KB: kb(s.bytes),
        'KB on the wire': kb(s.wire),
        requests: s.requests,
        results: s.results,
      })),
    );
    for (const network of ['loopback', 'throttled'] as const) {
      const rows = searches.filter((s) => s.network === network);
      console.log(
        `${network}: median cold ${median(rows.map((s) => s.coldMs))} ms, median warm ${median(rows.map((s) => s.warmMs))} ms, median first-query ${kb(median(rows.map((s) => s.bytes)))} KB (${kb(median(rows.map((s) => s.wire)))} KB on the wire)`,
      );
    }
    console.log(`peers (Starlight), throttled, median first search: ${PEER_THROTTLED_MEDIAN_MS} ms`);
  }
  const warmQueries = [
    ...(await measureWarmQueries('loopback')),
    ...(await measureWarmQueries('throttled')),
    ...(await measureWarmQueries('loopback', READER_KEY_DELAY)),
  ];
  printWarmQueries(warmQueries);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify({ date: new Date().toISOString(), rows, session, shift, searches, warmQueries }, null, 2),
  );
  console.log('\nWrote bench-results/bench.json');
} finally {
  chrome.kill();
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    console.error('The preview server had already stopped.');
  }
}

type Scores = Awaited<ReturnType<typeof lighthouseRun>>;
function printLighthouse(rows: { path: string; mobile: Scores; desktop: Scores }[]) {
  if (rows.length === 0) return;
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log('\nLighthouse (mobile | desktop): performance, accessibility, best practices, SEO; LCP ms, CLS, TBT ms');
  console.table(
    rows.map((r) => ({
      page: r.path,
      mobile: `${r.mobile.performance} ${r.mobile.accessibility} ${r.mobile.bestPractices} ${r.mobile.seo}`,
      'm LCP/CLS/TBT': `${r.mobile.lcpMs} / ${r.mobile.cls} / ${r.mobile.tbtMs}`,
      desktop: `${r.desktop.performance} ${r.desktop.accessibility} ${r.desktop.bestPractices} ${r.desktop.seo}`,
      'd LCP/CLS/TBT': `${r.desktop.lcpMs} / ${r.desktop.cls} / ${r.desktop.tbtMs}`,
      'total KB': kb(r.mobile.totalBytes),
      'failing audits': [...new Set([...r.mobile.failing, ...r.desktop.failing])].join(' ') || '—',
    })),
  );
  const moving = rows.filter((r) => r.mobile.cls > SHIFT_BUDGET || r.desktop.cls > SHIFT_BUDGET);
  console.log(
    moving.length === 0
      ? `Lighthouse: every page's layout shift at most ${SHIFT_BUDGET}.`
      : `Lighthouse: layout shift OVER ${SHIFT_BUDGET} on ${moving.map((r) => `${r.path} (${r.mobile.cls} | ${r.desktop.cls})`).join(', ')}`,
  );
}

type WarmQuery = Awaited<ReturnType<typeof measureWarmQueries>>[number];
function printWarmQueries(rows: WarmQuery[]) {
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    '\nA query typed into a warm search page: KB transferred from the first keystroke to the rendered results (body and headers), by kind; ms from the last keystroke',
  );
  console.table(
    rows.map((r) => ({
      network: r.network,
      typing: r.typing,
      query: r.query,
      KB: kb(r.bytes),
      'index KB (chunks)': `${kb(r.index)} (${r.chunks})`,
      'result data KB (fragments)': `${kb(r.fragments)} (${r.fragmentCount})`,
      requests: r.requests,
      ms: r.ms,
      results: r.results,
    })),
  );
  const groups = [...new Set(rows.map((r) => `${r.network}, typed ${r.typing}`))];
  const of = (group: string) => rows.filter((r) => `${r.network}, typed ${r.typing}` === group);
  for (const group of groups) {
    const bytes = of(group).map((r) => r.bytes);
    const worst = of(group).reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `${group}: warm query median ${kb(median(bytes))} KB (budget ${kb(WARM_BUDGET.median)}), largest ${kb(worst.bytes)} KB for ${worst.query} (budget ${kb(WARM_BUDGET.max)}), median ${median(of(group).map((r) => r.ms))} ms`,
    );
  }
  const over = rows.filter((r) => r.bytes > WARM_BUDGET.max);
  const medianOver = groups.filter((g) => median(of(g).map((r) => r.bytes)) > WARM_BUDGET.median);
  console.log(
    over.length === 0 && medianOver.length === 0
      ? 'Warm queries: within budget.'
      : `Warm queries OVER budget: ${[
          ...medianOver.map((g) => `the median (${g})`),
          ...groups.flatMap((g) => {
            const heavy = of(g).filter((r) => over.includes(r));
            return heavy.length > 0 ? [`${heavy.map((r) => r.query).join(', ')} (${g})`] : [];
          }),
        ].join('; ')}`,
  );
}
