/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects, run through Astro's Vite config so that `?raw` imports and `astro/zod` resolve as in
// the build:
// - unit: the unit tests beside the code they test (src/**/*.test.ts), run before the build;
// - dist: the static checks of the built site (e2e/build/*.test.ts): links, anchors, canonical URLs
//   and published addresses, read from dist/ without a browser, run after each build.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['e2e/build/**/*.test.ts'] } },
    ],
  },
});
