import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { paths } from '../src/lib/site/addresses.ts';
import { cite, type FormId } from '../src/lib/cite/cite.ts';
import type { CiteEdition, CiteTarget } from '../src/lib/cite/model.ts';
import { EDITION } from '../src/lib/text/edition.ts';
import { siteOrigin } from '../src/lib/site/site-config.mjs';
import { rel } from './site.ts';

/** The origin the build was made for (SITE_URL), which the downloads carry. */
const SITE = siteOrigin(process.env.SITE_URL);

const FORMATS = ['Chicago', 'APA', 'MLA', 'GB/T 7714', 'BibTeX', 'RIS', 'CSL-JSON'];

/** The current version and its date, from content/changes.yaml (the first entry). */
const current = (
  parse(readFileSync('content/changes.yaml', 'utf8')) as { versions: { version: string; date: string }[] }
).versions[0]!;

/**
 * What the cite script must write: cite.ts's output for the page's target, with the edition's
 * addresses on the origin the page is served from and the reader's access date (today).
 */
function expected(form: FormId, baseURL: string, target: CiteTarget, accessed: string): string {
  const edition: CiteEdition = {
    title: EDITION.title,
    publisher: EDITION.publisher,
    version: current.version,
    date: String(current.date),
    url: new URL(rel(paths.home), baseURL).href,
    speechUrl: new URL(rel(paths.speech), baseURL).href,
  };
  return cite(form, { edition, target, accessed });
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test.describe('cite pages', () => {
  test('the paragraph page offers every format without JavaScript, and says to put in one’s own access date', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel(paths.citeParagraph(4)));
    const first = page.locator('.ed-cite').first();
    for (const name of FORMATS) await expect(first.locator('.ed-cite__name', { hasText: name })).toBeVisible();
    await expect(first.locator('pre.ed-cite__text')).toHaveCount(12);
    await expect(first.locator('[data-access-note]')).toContainText('Put in the day you read it.');
    await expect(page.locator('button.ed-copy')).toHaveCount(0);
    await context.close();
  });

  test('a copy button copies the citation as cite.ts writes it, on the served origin, and says so visibly @subpath', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.cite));
    const speech: CiteTarget = { kind: 'speech', url: new URL(rel(paths.speech), baseURL).href };
    const apa = page.locator('[data-format="apa"]').first();
    const button = apa.getByRole('button', { name: 'Copy the APA (7th ed.), Reference list entry' });
    await button.click();
    await expect(button).toHaveText('Copied ✓');
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
      'APA (7th ed.), Reference list entry copied to the clipboard.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected('apa', baseURL!, speech, today()));
    // The access date is the day of copying, in every format that has one.
    await page
      .locator('[data-format="mla"]')
      .first()
      .getByRole('button', { name: /Works-cited entry/ })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected('mla', baseURL!, speech, today()));
    await expect(page.locator('[data-access-note]').first()).toContainText('today’s date');
    await context.close();
  });

  test('GB/T has a copy button for each record, and a paragraph’s APA in-text citation carries its locator @subpath', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.citeParagraph(9)));
    const p9: CiteTarget = { kind: 'paragraph', url: new URL(rel(paths.shortLink(9)), baseURL).href, paragraph: 9 };
    const gbt = page.locator('[data-format="gbt7714"]').first();
    await gbt.getByRole('button', { name: /中文著录/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      expected('gbt7714-zh', baseURL!, p9, today()),
    );
    await gbt.getByRole('button', { name: /English record/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      expected('gbt7714-en', baseURL!, p9, today()),
    );
    await page
      .locator('[data-format="apa"]')
      .first()
      .getByRole('button', { name: /In-text/ })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(Wu, 2024, para. 9)');
    await context.close();
  });

  test('the format a reader last copied comes first on the next citation page', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.citePart('2')));
    await expect(page.locator('.ed-cite__format').first()).toHaveAttribute('data-format', 'chicago');
    await page.locator('[data-format="bibtex"]').getByRole('button', { name: /Copy/ }).click();
    await page.goto(rel(paths.citeParagraph(4)));
    await expect(page.locator('.ed-cite').first().locator('.ed-cite__format').first()).toHaveAttribute(
      'data-format',
      'bibtex',
    );
    await expect(page.locator('.ed-cite__mine').first()).toHaveText('(the format you last copied)');
    await context.close();
  });

  test('on a phone the copy buttons do not cover the citation text', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(rel(paths.citeParagraph(4)));
    const forms = page.locator('.ed-cite').first().locator('.ed-cite__form');
    const count = await forms.count();
    expect(count).toBe(12);
    for (let i = 0; i < count; i++) {
      const button = (await forms.nth(i).locator('button.ed-copy').boundingBox())!;
      const pre = (await forms.nth(i).locator('pre').boundingBox())!;
      expect(button.y + button.height, `form ${i}`).toBeLessThanOrEqual(pre.y);
    }
    await context.close();
  });

  test('the downloads are the records cite.ts writes @subpath', async ({ request, baseURL }) => {
    // astro preview serves the files; their media types for a host are in public/_headers.
    const built = (path: string) => new URL(rel(path), baseURL).href.replace(new URL(baseURL!).origin, SITE);
    const speech: CiteTarget = { kind: 'speech', url: built(paths.speech) };
    const part1: CiteTarget = {
      kind: 'part',
      label: 'Thesis 1 — 22 months, and still early in the AGI transformation',
      url: built(paths.part('1')),
      paragraphs: { first: 2, last: 6 },
    };
    const atBuild = (form: FormId, target: CiteTarget) =>
      cite(form, {
        edition: {
          title: EDITION.title,
          publisher: EDITION.publisher,
          version: current.version,
          date: String(current.date),
          url: built(paths.home),
          speechUrl: built(paths.speech),
        },
        target,
        accessed: String(current.date),
      });
    for (const [file, form] of [
      ['bib', 'bibtex'],
      ['ris', 'ris'],
      ['json', 'csl-json'],
    ] as const) {
      expect(await (await request.get(rel(paths.citeDownload(file)))).text()).toBe(`${atBuild(form, speech)}\n`);
      expect(await (await request.get(rel(paths.citeDownloadOf('1', file)))).text()).toBe(`${atBuild(form, part1)}\n`);
    }
  });
});

test.describe('links to paragraphs and selections', () => {
  test('"Copy link" copies the paragraph’s permanent address @subpath', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.part('1')));
    await page.locator('[id="p4"]').getByRole('button', { name: 'Copy link' }).click();
    // The address of the origin the page is served from (lib/site/served-origin.ts), not the build's SITE_URL.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(rel(paths.shortLink(4)), baseURL).href,
    );
    await context.close();
  });

  test('selecting text in a paragraph offers a link with a text fragment @subpath', async ({ page }) => {
    await page.goto(rel(paths.part('1')));
    await page.locator('[id="p4.1"]').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Copy link to selection' });
    await expect(button).toBeVisible();
    expect(await button.getAttribute('data-link')).toMatch(/\/speech\/1\/#p4:~:text=%E5%90%8C%E6%97%B6/);
  });
});

test.describe('metadata for machines', () => {
  for (const path of ['/', '/speech/1/', '/glossary/token/', '/cite/p4/']) {
    test(`${path}: canonical, Open Graph, Twitter and JSON-LD that names the edition and the speech`, async ({
      page,
    }) => {
      await page.goto(rel(path));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${path.replace(/\//g, '\\/')}$`),
      );
      for (const p of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type'])
        await expect(page.locator(`meta[property="${p}"]`)).toHaveAttribute('content', /.+/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const graph = blocks.map((b) => JSON.parse(b)).flatMap((d) => d['@graph'] ?? [d]);
      const edition = graph.find((n) => n['@id']?.endsWith('#edition'));
      const speech = graph.find((n) => n['@id']?.endsWith('#speech'));
      expect(edition.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(edition.isBasedOn['@id']).toBe(speech['@id']);
      expect(edition.translator.name).toBeTruthy();
      expect(speech.author.name).toBe('Eddie Wu');
      expect(speech.recordedAt.name).toBe('2024 Apsara Conference');
      expect(speech.dateCreated).toBe('2024-09-19');
      expect(speech.inLanguage).toBe('zh-Hans');
    });
  }

  // The Highwire and Dublin Core tags of every citable page, exact and one each: e2e/build/citation.test.ts.
  // The canonical URL, og:url and JSON-LD url of every page, exact: e2e/build/links.test.ts.
});

test.describe('versions and permanence', () => {
  test('the footer shows the version, and /about/changes/ lists what changed', async ({ page }) => {
    await page.goto(rel(paths.part('1')));
    const version = await page.locator('footer a[href$="/about/changes/"]').textContent();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    await page.locator('footer a[href$="/about/changes/"]').click();
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(version!.replace(/\./g, '\\.')) }),
    ).toBeVisible();
    await page.goto(rel(paths.cite));
    await expect(page.locator('pre.ed-cite__text').first()).toContainText(version!);
  });

  test('moved addresses redirect, without JavaScript too @subpath', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel('/full-text/'));
    await expect(page).toHaveURL(/\/speech\/$/);
    await page.goto(rel('/glossary/open-source-model/'));
    await expect(page).toHaveURL(/\/glossary\/open-source\/$/);
    await context.close();
  });

  test('the 404 page explains, offers search, and recognises a paragraph address @subpath', async ({ page }) => {
    // (astro preview answers paths without a trailing slash itself; static hosts serve 404.html for both.)
    const response = await page.goto(rel('/p4/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText(/addresses this edition publishes are permanent/)).toBeVisible();
    await expect(page.locator('main').getByRole('searchbox', { name: 'Search the edition' })).toBeVisible();
    await expect(page.locator('main').getByRole('searchbox', { name: '搜索本版' })).toBeVisible();
    await expect(page.locator('.ed-404__guess a')).toHaveAttribute('href', /\/p\/4\/$/);
    await page.goto(rel('/glossary/moores-lawx/'));
    await expect(page.locator('.ed-404__guess a')).toHaveAttribute('href', /\/search\/\?q=moores%20lawx$/);
  });
});
