/** Citation formats: a copy button for each, announced through the page's live region. */
import { announce, copyText } from './dom';

for (const pre of document.querySelectorAll<HTMLElement>('pre.ed-cite__text')) {
  const heading = document.getElementById(pre.getAttribute('aria-labelledby') ?? '');
  const name = heading?.textContent?.trim() ?? 'citation';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ed-copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy the ${name} citation`);
  button.addEventListener('click', async () => {
    if (await copyText(pre.textContent ?? '')) {
      button.textContent = 'Copied';
      announce(`${name} citation copied to the clipboard.`);
    } else {
      // No clipboard permission: select the text so that the reader can copy it.
      getSelection()?.selectAllChildren(pre);
      announce(`Could not copy; the ${name} citation is selected instead.`);
    }
    window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  pre.before(button);
}
