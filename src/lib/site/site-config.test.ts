import { describe, expect, it } from 'vitest';
import { basePath, buildOrigin, siteOrigin, DEFAULT_SITE_URL } from './site-config.mjs';

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

describe('buildOrigin', () => {
  it('lets a local build and the tests use the local default', () => {
    expect(buildOrigin(undefined, undefined)).toBe(DEFAULT_SITE_URL);
    expect(buildOrigin('http://localhost:4321', '')).toBe('http://localhost:4321');
  });
  it('refuses a build for deployment with SITE_URL unset or on a local host, saying what to set', () => {
    expect(() => buildOrigin(undefined, '1')).toThrow(/needs SITE_URL set to the published origin.*unset/);
    for (const local of [
      'http://localhost:4321',
      'http://127.0.0.1:8080',
      'http://[::1]:4321',
      'http://site.localhost',
    ])
      expect(() => buildOrigin(local, '1'), local).toThrow(/DEPLOY=1/);
  });
  it('lets a build for deployment on a public origin through', () => {
    expect(buildOrigin('https://example.github.io', '1')).toBe('https://example.github.io');
  });
});

describe('the edges of the site configuration', () => {
  it('reads a value with spaces around it, and only spaces as unset', () => {
    expect(siteOrigin('  https://example.org  ')).toBe('https://example.org');
    expect(siteOrigin('   ')).toBe(DEFAULT_SITE_URL);
    expect(() => siteOrigin('  https://example.org/edition/  ')).toThrow('got "https://example.org/edition/".');
    expect(basePath('  /edition/  ')).toBe('/edition/');
    expect(basePath('   ')).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('refuses a query or fragment in SITE_URL, and names what it got', () => {
    expect(() => siteOrigin('https://example.org/?a=1')).toThrow('got "https://example.org/?a=1"');
    expect(() => siteOrigin('https://example.org/#x')).toThrow(/SITE_URL must be an origin/);
  });

  it('takes DEPLOY=0 and DEPLOY=false for a local build, and refuses every local host for a deployment', () => {
    expect(buildOrigin('http://localhost:4321', '0')).toBe('http://localhost:4321');
    expect(buildOrigin('http://localhost:4321', 'false')).toBe('http://localhost:4321');
    expect(() => buildOrigin('http://localhost:4321', 'true')).toThrow(/DEPLOY=true/);
    expect(() => buildOrigin('http://0.0.0.0:4321', '1')).toThrow(/0\.0\.0\.0/);
    expect(() => buildOrigin('http://127.8.9.10', '1')).toThrow(/127\.8\.9\.10/);
    // A public host that merely starts with 127 is not local.
    expect(buildOrigin('https://1270.example', '1')).toBe('https://1270.example');
    expect(buildOrigin('https://mirror127.example.org', '1')).toBe('https://mirror127.example.org');
    expect(buildOrigin('https://localhost.example', '1')).toBe('https://localhost.example');
  });

  it('says what SITE_URL is when it refuses it: the value given, or unset with the default', () => {
    expect(() => buildOrigin('  http://localhost:4321 ', '1')).toThrow(
      'it is "http://localhost:4321", and every canonical URL and citation would point at http://localhost:4321.',
    );
    expect(() => buildOrigin('', '1')).toThrow(`it is unset (default ${DEFAULT_SITE_URL})`);
    expect(() => buildOrigin('   ', '1')).toThrow(`it is unset (default ${DEFAULT_SITE_URL})`);
  });
});
