import { describe, expect, it } from 'vitest';
import { servedUrl } from './served-origin';

describe('servedUrl', () => {
  it('puts the origin the page is served from in place of the built one, keeping path and fragment', () => {
    expect(servedUrl('http://localhost:4321/apsara-2024/p/4/', { protocol: 'https:', host: 'mirror.example' })).toBe(
      'https://mirror.example/apsara-2024/p/4/',
    );
    expect(servedUrl('https://ed.example/speech/1/#p4', { protocol: 'http:', host: '127.0.0.1:4329' })).toBe(
      'http://127.0.0.1:4329/speech/1/#p4',
    );
  });

  it('keeps the built address when the page has no web origin (a saved file)', () => {
    expect(servedUrl('https://ed.example/p/4/', { protocol: 'file:', host: '' })).toBe('https://ed.example/p/4/');
  });
});
