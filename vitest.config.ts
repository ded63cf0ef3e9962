/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects, run through Astro's Vite config so that `?raw` imports and `astro/zod` resolve as in
// the build:
// - unit: the unit tests beside the code they test (src/**/*.test.ts), run before the build;
// - dist: the static checks of the built site (e2e/build/*.test.ts): links, anchors, canonical URLs
//   and published addresses, read from dist/ without a browser, run after each build;
// - zotero: the built site in Zotero's translation-server (npm run check:zotero, not part of npm test:
//   it needs the Zotero repositories, and skips without them).
// Some tests read the whole build or validate a large document (TEI against tei_all): a generous
// timeout keeps them from failing on a loaded 2-core machine; speed is measured by `npm run bench`.
export default getViteConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['e2e/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'zotero', include: ['scripts/check-zotero/**/*.check.ts'] } },
    ],
  },
});
