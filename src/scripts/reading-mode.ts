/**
 * The reading mode, remembered across pages and visits and settable with ?mode=. Without this
 * script the radio buttons still switch the mode through CSS; the head's inline script applies the
 * remembered mode before first paint (BaseLayout.astro).
 */
import { MODE_INPUT_NAME, MODE_STORAGE_KEY, QUERY, READING_MODES, type ReadingMode } from '../constants';

const DEFAULT: ReadingMode = READING_MODES[0];

function isMode(v: string | null): v is ReadingMode {
  return v !== null && (READING_MODES as readonly string[]).includes(v);
}

function storedMode(): ReadingMode | null {
  try {
    const v = localStorage.getItem(MODE_STORAGE_KEY);
    return isMode(v) ? v : null;
  } catch {
    return null;
  }
}

function setMode(mode: ReadingMode, remember: boolean): void {
  document.documentElement.dataset.mode = mode;
  for (const input of document.querySelectorAll<HTMLInputElement>(`input[name="${MODE_INPUT_NAME}"]`)) {
    input.checked = input.value === mode;
  }
  if (remember) {
    try {
      localStorage.setItem(MODE_STORAGE_KEY, mode);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }
}

const fromUrl = new URLSearchParams(location.search).get(QUERY.mode);
if (isMode(fromUrl)) setMode(fromUrl, true);
else setMode(storedMode() ?? DEFAULT, false);

document.addEventListener('change', (e) => {
  const t = e.target;
  if (t instanceof HTMLInputElement && t.name === MODE_INPUT_NAME && isMode(t.value)) {
    setMode(t.value, true);
    // Keep the address in step, so that a copied link opens the same view.
    const url = new URL(location.href);
    if (t.value === DEFAULT) url.searchParams.delete(QUERY.mode);
    else url.searchParams.set(QUERY.mode, t.value);
    history.replaceState(history.state, '', url);
  }
});
