import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MODE_SCRIPT, MODE_SCRIPT_HASH } from './mode-script.mjs';

/** Runs the inline script as a page would: its data attributes, the address's query, what storage holds. */
function run(search: string, stored: string | null, storage = true): string | undefined {
  const root = { dataset: {} as Record<string, string> };
  const context = {
    document: {
      currentScript: { dataset: { param: 'mode', key: 'ed-reading-mode', modes: 'both zh en' } },
      documentElement: root,
    },
    location: { search },
    localStorage: {
      getItem: (key: string) => {
        if (!storage) throw new Error('storage is off');
        return key === 'ed-reading-mode' ? stored : null;
      },
    },
    URLSearchParams,
  };
  new Function(...Object.keys(context), MODE_SCRIPT)(...Object.values(context));
  return root.dataset.mode;
}

describe('the reading mode before first paint', () => {
  it('takes the mode from the address first, then from what the reader chose last', () => {
    expect(run('?mode=zh', 'en')).toBe('zh');
    expect(run('', 'en')).toBe('en');
    expect(run('?other=1', 'zh')).toBe('zh');
  });

  it('ignores a mode it does not know, and works without storage', () => {
    expect(run('?mode=fr', null)).toBeUndefined();
    expect(run('', 'fr')).toBeUndefined();
    expect(run('', null)).toBeUndefined();
    expect(run('', 'en', false)).toBeUndefined();
    expect(run('?mode=en', null, false)).toBe('en');
  });

  it('is allowed by the policy through the hash of its exact characters', () => {
    expect(MODE_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(MODE_SCRIPT).digest('base64')}`);
  });
});
