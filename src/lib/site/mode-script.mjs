// The inline script that sets the reading mode before first paint (see src/scripts/reading-mode.ts),
// so the page does not flash. Plain ESM so that astro.config.mjs can put its hash in the
// Content-Security-Policy (Astro hashes only the scripts it bundles) and BaseLayout can print it: the
// hash is of these exact characters. The names come from src/constants.ts, through data attributes.
import { createHash } from 'node:crypto';

export const MODE_SCRIPT = `try {
  const { param = '', key = '', modes = '' } = document.currentScript?.dataset ?? {};
  const m = new URLSearchParams(location.search).get(param) || localStorage.getItem(key);
  if (m && modes.split(' ').includes(m)) document.documentElement.dataset.mode = m;
} catch {
  /* no storage: the default mode */
}`;

/**
 * The hash that lets MODE_SCRIPT run, as Astro's csp.scriptDirective.hashes takes it (no quotes).
 * @type {`sha256-${string}`}
 */
export const MODE_SCRIPT_HASH = `sha256-${createHash('sha256').update(MODE_SCRIPT).digest('base64')}`;
