/**
 * What every HTML file of the build (the 404 page and the redirect stubs included) serves, read from
 * dist/ without a browser, in a few seconds for the whole build:
 * - one Content-Security-Policy <meta>, before any script, whose every directive allows only 'self',
 *   'none', hashes, 'wasm-unsafe-eval' (Pagefind) and data: images;
 * - every inline script and <style> hashed in that policy, and no style="" or on…="" attribute, which
 *   the policy would block;
 * - nothing loaded from another origin: every script, stylesheet, icon, image, medium or frame by a
 *   relative address (so on whatever origin serves the site), and the same for the stylesheet's url()s;
 * - every mostly Chinese text inside an element whose lang is zh-*.
 * The browser (e2e/every-page.spec.ts) then loads each page and watches what its scripts do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST } from './built-site.ts';

const pages = [...builtSite().values()];

const ALLOWED_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

/** The policy's directives by name: "script-src" → ["'self'", …]. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** What a policy allows that it should not: "script-src https://cdn.example.com", etc. */
function cspProblems(csp: string): string[] {
  const problems: string[] = [];
  const list = csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const names = list.map((d) => d.split(/\s+/)[0]!.toLowerCase());
  if (!list.includes("default-src 'self'")) problems.push("default-src is not 'self'");
  for (const directive of list) {
    const [name, ...sources] = directive.split(/\s+/);
    for (const source of sources) {
      if (ALLOWED_SOURCE.test(source)) continue;
      if (source === 'data:' && name === 'img-src') continue;
      problems.push(`${name} ${source}`);
    }
  }
  if (new Set(names).size !== names.length) problems.push('a directive appears twice');
  return problems;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Why a URL a page loads may not come from the origin that serves the page, or undefined. */
function foreign(value: string): string | undefined {
  if (/^data:/i.test(value)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return 'an absolute address: it names an origin';
  return undefined;
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  const policies = page.head.filter((e) => e.csp !== undefined);
  const csp = policies[0]?.csp ?? '';

  it('carries one Content-Security-Policy, before any script, that allows only its own origin', () => {
    expect(policies, `${path}: CSP <meta> elements in <head>`).toHaveLength(1);
    const firstScript = page.head.findIndex((e) => e.runs);
    if (firstScript !== -1)
      expect(
        page.head.findIndex((e) => e.csp !== undefined),
        `${path}: the CSP <meta> precedes the first script`,
      ).toBeLessThan(firstScript);
    expect(cspProblems(csp), `${path}: what the CSP allows`).toEqual([]);
  });

  it('runs only the inline scripts and styles its policy hashes, and has no inline attribute the policy blocks', () => {
    const d = directives(csp);
    const scriptSrc = d.get('script-src') ?? d.get('default-src') ?? [];
    const styleSrc = d.get('style-src') ?? d.get('default-src') ?? [];
    expect(
      page.inlineScripts.filter((s) => !scriptSrc.includes(sha256(s))).map((s) => s.slice(0, 60)),
      `${path}: inline scripts the CSP does not hash`,
    ).toEqual([]);
    expect(
      page.inlineStyles.filter((s) => !styleSrc.includes(sha256(s))).map((s) => s.slice(0, 60)),
      `${path}: inline styles the CSP does not hash`,
    ).toEqual([]);
    expect(page.inlineAttributes, `${path}: attributes the CSP blocks`).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const wrong = page.resources.flatMap((r) => {
      const why = foreign(r.value);
      return why ? [`${r.where} ${r.value}: ${why}`] : [];
    });
    expect(wrong, `${path}: what it loads`).toEqual([]);
  });

  it('puts its Chinese text inside an element whose lang is Chinese', () => {
    expect(page.chineseWithoutLang, `${path}: Chinese text without a Chinese lang`).toEqual([]);
  });
});

describe('the stylesheets', () => {
  const files = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
  it.each(files)('%s loads nothing from another origin', (file) => {
    const css = readFileSync(join(DIST, '_astro', file), 'utf8');
    const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map(
      (m) => m[2] ?? m[4]!,
    );
    expect(urls.filter((u) => foreign(u))).toEqual([]);
  });
});
