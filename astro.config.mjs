// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { buildOrigin, basePath } from './src/lib/site/site-config.mjs';
import { MODE_SCRIPT_HASH } from './src/lib/site/mode-script.mjs';
import rehypeChineseLang from './src/lib/site/rehype-chinese-lang.mjs';
import rehypeReferences from './src/lib/content/rehype-references.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // DEPLOY=1 (npm run build:deploy) refuses a localhost SITE_URL: see src/lib/site-config.mjs.
  site: buildOrigin(process.env.SITE_URL, process.env.DEPLOY),
  base: basePath(process.env.BASE_PATH),
  // Every address ends in a slash: /speech/1/, /p/4/. Part of the URL contract.
  trailingSlash: 'always',
  // All the CSS is one cached, hashed file (README, "Quality gates": measured, a reader opens several
  // pages); with it, the styles of components inside MDX need no hash in the CSP, which inline ones would.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // The /p/N/ short links are redirects, not pages: they stay out of the sitemap.
    // Each page names its counterpart in the other language (xhtml:link hreflang), as its <head> does.
    sitemap({
      filter: (page) => !/\/p\/\d+\/$/.test(page),
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-Hans' } },
    }),
  ],
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins. remark-gfm is applied once,
    // here, and the MDX integration inherits this processor's options. Chinese words in the English
    // prose get lang="zh" (src/lib/site/rehype-chinese-lang.mjs).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      // note: and glossary: links between the apparatus's texts (src/lib/content/rehype-references.ts).
      rehypePlugins: [rehypeChineseLang, [rehypeReferences, { base: basePath(process.env.BASE_PATH) }]],
    }),
  },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site rather than one per page and component.
  vite: { build: { cssCodeSplit: false } },
  security: {
    // Astro hashes the site's own scripts and styles into a <meta> CSP on every page. Pagefind's
    // WebAssembly needs 'wasm-unsafe-eval'; nothing else may run, and nothing loads from elsewhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The one inline script, the reading mode before first paint, by its hash (src/lib/site/mode-script.mjs).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [MODE_SCRIPT_HASH] },
    },
  },
});
