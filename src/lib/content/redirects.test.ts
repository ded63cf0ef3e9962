import { describe, expect, it } from 'vitest';
import { anchorRedirectsFor, keptAnchorsFor, parseRedirects, redirects, redirectsSchema } from './redirects';
import { readYaml } from './yaml-file';

describe('the redirect map', () => {
  it('reads pages and anchors', () => {
    const r = parseRedirects(
      'pages:\n  - from: /old/\n    to: /speech/#p4\nanchors:\n  - from: /speech/2/#n-old\n    to: /speech/2/#n-new\n',
    );
    expect(r.pages).toEqual([{ from: '/old/', to: '/speech/#p4' }]);
    expect(r.anchors).toEqual([{ from: '/speech/2/#n-old', to: '/speech/2/#n-new' }]);
  });
  it('fails naming the file, the entry and what is wrong with it', () => {
    expect(() => parseRedirects('pages:\n  - from: old\n    to: /speech/\n')).toThrow(
      /^content\/redirects\.yaml: pages\[0\]\.from: a site path such as \/glossary\/token\/$/,
    );
    expect(() => parseRedirects('pages:\n  - from: /a/\n    to: /b/\n  - from: /a/\n    to: /c/\n')).toThrow(
      /^content\/redirects\.yaml: pages\[1\]\.from: "\/a\/" is redirected twice$/,
    );
    expect(() => parseRedirects('pages:\n  - from: /a/\n    to: /a/\n')).toThrow(
      /^content\/redirects\.yaml: pages\[0\]\.to: "\/a\/" redirects to itself$/,
    );
    expect(() => parseRedirects('anchors:\n  - from: /a/\n    to: /b/\n')).toThrow(
      /^content\/redirects\.yaml: anchors\[0\]\.from: a site path with #anchor$/,
    );
  });
  it('takes only whole site paths, each between its first and last slash, an anchor a name of letters, digits, dots and hyphens', () => {
    const yaml =
      'pages:\n' +
      '  - from: glossary/token/\n    to: /glossary/\n' +
      '  - from: /glossary/token\n    to: /glossary/\n' +
      '  - from: /old/\n    to: speech/#p4\n' +
      '  - from: /older/\n    to: /speech\n' +
      'anchors:\n' +
      '  - from: speech/2/#n-old\n    to: /speech/2/#n-new\n' +
      '  - from: /speech/2/#n_old\n    to: /speech/2/#n-new\n';
    expect(() => parseRedirects(yaml)).toThrow(
      new Error(
        [
          'pages[0].from: a site path such as /glossary/token/',
          'pages[1].from: a site path such as /glossary/token/',
          'pages[2].to: a site path, optionally with #anchor',
          'pages[3].to: a site path, optionally with #anchor',
          'anchors[0].from: a site path with #anchor',
          'anchors[1].from: a site path with #anchor',
        ]
          .map((issue) => `content/redirects.yaml: ${issue}`)
          .join('\n'),
      ),
    );
  });
  it('names the file when the YAML itself is broken', () => {
    expect(() => parseRedirects('pages: [', 'content/redirects.yaml')).toThrow(
      /^content\/redirects\.yaml: not valid YAML/,
    );
  });

  it('lists the old anchors that lead to a note, so its page can keep them', () => {
    const r = parseRedirects(
      'anchors:\n  - from: /speech/2/#n-a\n    to: /speech/2/#n-new\n  - from: /speech/1/#n-b\n    to: /speech/2/#n-new\n  - from: /speech/2/#n-c\n    to: /speech/2/#n-other\n',
    );
    expect(keptAnchorsFor('/speech/2/#n-new', r)).toEqual(['n-a', 'n-b']);
    expect(keptAnchorsFor('/speech/2/#n-none', r)).toEqual([]);
  });
});

describe('the renamed anchors of a page', () => {
  it('are those content/redirects.yaml lists for that page, as { old anchor: new address }', () => {
    for (const r of redirects.anchors) {
      const at = r.from.indexOf('#');
      expect(anchorRedirectsFor(r.from.slice(0, at))[r.from.slice(at + 1)], r.from).toBe(r.to);
    }
    expect(anchorRedirectsFor('/no/such/page/')).toEqual({});
  });
});

describe('a YAML file that cannot be read', () => {
  it('fails naming the file', () => {
    expect(() => readYaml('content/no-such-file.yaml', redirectsSchema)).toThrow(
      /^content\/no-such-file\.yaml: cannot be read: ENOENT/,
    );
  });
});
