/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code they test (src/**/*.test.ts) and run through Astro's Vite config,
// so `?raw` imports and `astro/zod` resolve as they do in the build.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
