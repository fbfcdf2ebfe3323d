// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentChecks from './src/integrations/content-checks.ts';
import pagefind from './src/integrations/pagefind.ts';
import publishMode from './src/integrations/publish-mode.ts';
import shareImages from './src/integrations/share-images.ts';
import termLinks from './src/integrations/term-links.ts';
import { directiveSources, metaDirectives } from './src/lib/csp.ts';
import { REDIRECTS } from './src/lib/redirects.ts';
import { inSitemap } from './src/routes.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: inline <style> would need 'unsafe-inline' or per-page hashes
    // that the header policy cannot know.
    inlineStylesheets: 'never',
    // Four pages in flight instead of one: a page's file writes then overlap the rendering of
    // the next, where the main thread otherwise waited about half of the page generation
    // (docs/design-notes.md, "Where the time goes"). The search index still gets the pages in
    // their listed order (`indexingPrerenderer`), so dist/ is the same as with one.
    concurrency: 4,
  },
  // Old addresses of renamed pages keep working (forwarding pages; see src/lib/redirects.ts).
  redirects: { ...REDIRECTS },
  // Two routes producing the same URL is a bug, not a warning.
  prerenderConflictBehavior: 'error',
  compressHTML: true,
  devToolbar: { enabled: false },
  markdown: {
    // Astro's own Markdown pipeline, with the footnote section in Dutch (its default is English).
    processor: satteri({
      features: {
        gfm: {
          footnotes: {
            label: 'Voetnoten',
            backLabel: (reference) => `Terug naar verwijzing ${reference}`,
          },
        },
      },
    }),
    // No highlighter: Shiki writes inline styles, which the CSP forbids, and the articles have
    // no code worth colouring.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: /** @type {any} */ (metaDirectives()),
      scriptDirective: { resources: directiveSources('script-src') },
      styleDirective: { resources: directiveSources('style-src') },
    },
  },
  vite: {
    // Never turn assets into data: URIs; every asset is a cacheable same-origin file.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    contentChecks(),
    publishMode(),
    termLinks(),
    mdx(),
    // Only the indexable pages of the route table (src/routes.ts): not the 404 page, not feeds.
    sitemap({
      filter: (page) => inSitemap(new URL(page).pathname),
    }),
    // Writes dist/og/*.png for the cards the pages registered while rendering.
    shareImages(),
    // Last: indexes the finished dist/ for search and fails the build on any pagefind error.
    pagefind({ language: site.lang }),
  ],
});
