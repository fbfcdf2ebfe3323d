/** robots.txt, pointing crawlers at the sitemap by its absolute URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/seo.ts';
import { site } from '../site.config.ts';
import { paths } from '../routes.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemapIndex(), site.url)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
