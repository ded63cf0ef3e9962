/** Small DOM helpers the client scripts share. */
import { idOfHash } from '../lib/site/addresses';

/** The element an event happened in, if it is or is inside an element matching the selector. */
export function closestTo<E extends Element = HTMLElement>(event: Event, selector: string): E | null {
  const target = event.target;
  return target instanceof Element ? target.closest<E>(selector) : null;
}

/** The id the address points at: "#p9.2" → "p9.2"; "" when there is no fragment. */
export function targetId(): string {
  return idOfHash(location.hash);
}

let region: HTMLElement | undefined;
/** Says something to screen readers, through one visually hidden live region per page. */
export function announce(message: string): void {
  if (!region) {
    region = document.createElement('p');
    region.className = 'ed-vh';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
}

/** Copies text to the clipboard; false when the browser refuses (no permission, no secure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's language: the /zh/ tree is Chinese (its <html lang> is zh-Hans), every other page English. */
export function pageLang(): 'en' | 'zh' {
  return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}
