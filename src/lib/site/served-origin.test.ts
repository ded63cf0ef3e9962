import { afterEach, describe, expect, it, vi } from 'vitest';
import { servedUrl } from './served-origin';

describe('servedUrl', () => {
  afterEach(() => vi.unstubAllEnvs());
  const build = (site = 'https://edition.example', base = '/') => {
    vi.stubEnv('SITE', site);
    vi.stubEnv('BASE_URL', base);
  };
  const at = (origin: string) => ({ origin, protocol: new URL(origin).protocol });

  it('gives an address on the build’s own origin back exactly as written, not re-encoded', () => {
    build();
    const search = 'https://edition.example/search/?q=推理成本';
    expect(servedUrl(search, at('https://edition.example'))).toBe(search);
  });

  it('moves an address of the build to the origin the page is served from, keeping path and fragment', () => {
    build();
    expect(servedUrl('https://edition.example/speech/2/#p9.2', at('http://localhost:4411'))).toBe(
      'http://localhost:4411/speech/2/#p9.2',
    );
    build('http://localhost:4321', '/apsara-2024/');
    expect(servedUrl('http://localhost:4321/apsara-2024/p/4/', at('https://mirror.example'))).toBe(
      'https://mirror.example/apsara-2024/p/4/',
    );
  });

  it('leaves it as it is when the page is served from the build’s origin', () => {
    build();
    expect(servedUrl('https://edition.example/p/4/', at('https://edition.example'))).toBe(
      'https://edition.example/p/4/',
    );
  });

  it('leaves an address on another site alone', () => {
    build();
    expect(servedUrl('https://other.example/x/', at('http://localhost:4411'))).toBe('https://other.example/x/');
  });

  it('keeps the built address when the page has no web origin (a saved file)', () => {
    build();
    expect(servedUrl('https://edition.example/p/4/', { origin: 'null', protocol: 'file:' })).toBe(
      'https://edition.example/p/4/',
    );
  });
});
