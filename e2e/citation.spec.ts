import { expect, test } from '@playwright/test';
import { paths } from '../src/lib/addresses.ts';
import { rel } from './site.ts';

const FORMATS = ['Chicago', 'APA', 'MLA', 'GB/T 7714', 'BibTeX', 'RIS', 'CSL-JSON'];

test.describe('cite pages', () => {
  test('the paragraph page offers every format, each naming the /p/N/ address, without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel(paths.citeParagraph(4)));
    const texts = page.locator('pre.ed-cite__text');
    expect(await texts.count()).toBeGreaterThanOrEqual(7 * 2); // the paragraph, and its sentences
    const first = await texts.evaluateAll((els) => els.slice(0, 7).map((e) => e.textContent ?? ''));
    for (const t of first) expect(t).toContain('/p/4/');
    for (const name of FORMATS) await expect(page.locator('.ed-cite__name', { hasText: name }).first()).toBeVisible();
    await expect(page.locator('button.ed-copy')).toHaveCount(0);
    await context.close();
  });

  test('a copy button copies one format and says so', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.cite));
    const apa = page
      .locator('.ed-cite__format')
      .filter({ has: page.locator('.ed-cite__name', { hasText: /^APA/ }) })
      .first();
    await apa.getByRole('button', { name: /Copy the APA/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(/APA.*citation copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await apa.locator('pre').textContent());
    expect(copied).toMatch(/^Wu, E\. \(2024/);
    expect(copied).toContain('Wu, E.');
    await context.close();
  });

  test('every part and paragraph has its cite page, linked from the text', async ({ page }) => {
    await page.goto(rel(paths.part('1')));
    await page.getByRole('link', { name: 'Cite this part' }).click();
    await expect(page).toHaveURL(/\/cite\/1\/$/);
    expect(await page.locator('pre.ed-cite__text').count()).toBe(7);
    await page.goto(rel(paths.part('1')));
    await page.locator('[id="p4"]').getByRole('link', { name: /Cite/ }).click();
    await expect(page).toHaveURL(/\/cite\/p4\/$/);
  });

  test('the downloads resolve', async ({ request }) => {
    const bib = await request.get(rel(paths.citeDownload('bib')));
    expect(bib.ok()).toBe(true);
    expect(await bib.text()).toMatch(/^@\w+\{wu2024apsara,/);
    const ris = await request.get(rel(paths.citeDownload('ris')));
    expect(await ris.text()).toMatch(/^TY {2}- /);
    const csl = JSON.parse(await (await request.get(rel(paths.citeDownload('json')))).text());
    expect(csl[0].type).toBe('speech');
    expect(csl[0].author[0].family).toBe('Wu');
  });
});

test.describe('links to paragraphs and selections', () => {
  test('"Copy link" copies the paragraph’s permanent address', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    await page.goto(rel(paths.part('1')));
    await page.locator('[id="p4"]').getByRole('button', { name: 'Copy link' }).click();
    // The address of the origin the page is served from (lib/served-origin.ts), not the build's SITE_URL.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(rel(paths.shortLink(4)), baseURL).href,
    );
    await context.close();
  });

  test('selecting text in a paragraph offers a link with a text fragment', async ({ page }) => {
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

  test('part pages carry complete Highwire citation_* and Dublin Core tags', async ({ page }) => {
    await page.goto(rel(paths.part('2')));
    const meta = async (name: string) => page.locator(`meta[name="${name}"]`).first().getAttribute('content');
    expect(await meta('citation_title')).toContain('Thesis 2');
    expect(await meta('citation_author')).toBe('Wu, Eddie');
    expect(await meta('citation_publication_date')).toBe('2024/09/19');
    expect(await meta('citation_conference_title')).toBe('2024 Apsara Conference');
    expect(await meta('citation_publisher')).toBeTruthy();
    expect(await meta('citation_abstract_html_url')).toMatch(/\/speech\/2\/$/);
    expect(await meta('DC.creator')).toBe('Wu, Eddie');
    expect(await meta('DC.date')).toBe('2024-09-19');
    expect(await meta('DC.identifier')).toMatch(/\/speech\/2\/$/);
  });
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

  test('moved addresses redirect, without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(rel('/full-text/'));
    await expect(page).toHaveURL(/\/speech\/$/);
    await page.goto(rel('/glossary/open-source-model/'));
    await expect(page).toHaveURL(/\/glossary\/open-source\/$/);
    await context.close();
  });

  test('the 404 page explains, offers search, and recognises a paragraph address', async ({ page }) => {
    // (astro preview answers paths without a trailing slash itself; static hosts serve 404.html for both.)
    const response = await page.goto(rel('/p4/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText(/addresses this edition publishes are permanent/)).toBeVisible();
    await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
    await expect(page.locator('.ed-404__guess a')).toHaveAttribute('href', /\/p\/4\/$/);
    await page.goto(rel('/glossary/moores-lawx/'));
    await expect(page.locator('.ed-404__guess a')).toHaveAttribute('href', /\/search\/\?q=moores%20lawx$/);
  });
});
