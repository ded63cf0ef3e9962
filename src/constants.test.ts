import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODE_INPUT_NAME, SEARCH_HIGHLIGHT, SIDENOTES_MIN_WIDTH } from './constants';

// CSS cannot import src/constants.ts: where a stylesheet repeats one of its values, this test holds
// the two together, so that a rename in one place fails here instead of silently in the browser.
const css = globSync(['src/styles/*.css', 'src/components/**/*.astro', 'src/pages/**/*.astro'])
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('the stylesheets use the shared names', () => {
  it('lay out sidenotes from the width at which the notes script opens them', () => {
    expect(css).toContain(`(min-width: ${SIDENOTES_MIN_WIDTH})`);
  });
  it('switch the reading mode with the radio buttons of that name', () => {
    expect(css).toContain(`input[name='${MODE_INPUT_NAME}']`);
  });
  it('colour the search highlight the highlight script sets', () => {
    expect(css).toContain(`::highlight(${SEARCH_HIGHLIGHT})`);
  });
});
