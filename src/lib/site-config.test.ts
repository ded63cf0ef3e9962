import { describe, expect, it } from 'vitest';
import { basePath, siteOrigin, DEFAULT_SITE_URL } from './site-config.mjs';

describe('siteOrigin', () => {
  it('defaults to the documented origin', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteOrigin('')).toBe(DEFAULT_SITE_URL);
  });
  it('drops a trailing slash', () => {
    expect(siteOrigin('https://example.org/')).toBe('https://example.org');
  });
  it('refuses a path, which belongs in BASE_PATH', () => {
    expect(() => siteOrigin('https://example.org/edition/')).toThrow(/BASE_PATH/);
  });
});

describe('basePath', () => {
  it('defaults to the root', () => {
    expect(basePath(undefined)).toBe('/');
  });
  it('normalises slashes', () => {
    expect(basePath('edition')).toBe('/edition/');
    expect(basePath('/a/b')).toBe('/a/b/');
    expect(basePath('//a/b//')).toBe('/a/b/');
  });
  it('refuses characters that do not belong in a path', () => {
    expect(() => basePath('/a b/')).toThrow(/BASE_PATH/);
  });
});
