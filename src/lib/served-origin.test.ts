import { afterEach, describe, expect, it, vi } from 'vitest';
import { servedUrl } from './served-origin';

describe('servedUrl', () => {
  afterEach(() => vi.unstubAllEnvs());
  const build = () => {
    vi.stubEnv('SITE', 'https://edition.example');
    vi.stubEnv('BASE_URL', '/');
  };
  it('moves an address of the build to the origin the page is served from, keeping path and fragment', () => {
    build();
    expect(servedUrl('https://edition.example/speech/2/#p9.2', { origin: 'http://localhost:4411' })).toBe(
      'http://localhost:4411/speech/2/#p9.2',
    );
  });
  it('leaves it as it is when the page is served from the build’s origin', () => {
    build();
    expect(servedUrl('https://edition.example/p/4/', { origin: 'https://edition.example' })).toBe(
      'https://edition.example/p/4/',
    );
  });
  it('leaves an address on another site alone', () => {
    build();
    expect(servedUrl('https://other.example/x/', { origin: 'http://localhost:4411' })).toBe('https://other.example/x/');
  });
});
