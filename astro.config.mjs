// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteOrigin, basePath } from './src/lib/site-config.mjs';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: siteOrigin(process.env.SITE_URL),
  base: basePath(process.env.BASE_PATH),
  // Every address ends in a slash: /speech/1/, /p/4/. Part of the URL contract.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins. remark-gfm is applied once,
    // here, and the MDX integration inherits this processor's options.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  devToolbar: { enabled: false },
});
