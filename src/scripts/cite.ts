/**
 * Citation pages: a copy button for each format, announced through a live region.
 */
const announcer = document.createElement('p');
announcer.className = 'ed-vh';
announcer.setAttribute('role', 'status');
document.querySelector('main')?.append(announcer);

for (const pre of document.querySelectorAll<HTMLElement>('pre.ed-cite__text')) {
  const heading = document.getElementById(pre.getAttribute('aria-labelledby') ?? '');
  const name = heading?.textContent?.trim() ?? 'citation';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ed-copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy the ${name} citation`);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      button.textContent = 'Copied';
      announcer.textContent = `${name} citation copied to the clipboard.`;
    } catch {
      // No clipboard permission: select the text so that the reader can copy it.
      getSelection()?.selectAllChildren(pre);
      announcer.textContent = `Could not copy; the ${name} citation is selected instead.`;
    }
    window.setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  pre.before(button);
}
