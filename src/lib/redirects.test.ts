import { describe, expect, it } from 'vitest';
import { parseRedirects } from './redirects';

describe('the redirect map', () => {
  it('reads pages and anchors', () => {
    const r = parseRedirects(
      'pages:\n  - from: /old/\n    to: /speech/#p4\nanchors:\n  - from: /speech/2/#n-old\n    to: /speech/2/#n-new\n',
    );
    expect(r.pages).toEqual([{ from: '/old/', to: '/speech/#p4' }]);
    expect(r.anchors[0]!.to).toBe('/speech/2/#n-new');
  });
  it('fails naming the file and the problem', () => {
    expect(() => parseRedirects('pages:\n  - from: old\n    to: /speech/\n')).toThrow(
      /content\/redirects\.yaml: pages\.0\.from: a site path/,
    );
    expect(() => parseRedirects('pages:\n  - from: /a/\n    to: /b/\n  - from: /a/\n    to: /c/\n')).toThrow(
      /redirected twice/,
    );
    expect(() => parseRedirects('anchors:\n  - from: /a/\n    to: /b/\n')).toThrow(/with #anchor/);
  });
});
