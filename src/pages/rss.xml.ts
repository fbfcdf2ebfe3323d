/**
 * /rss.xml: every published article with its full text. The MDX is rendered through Astro's
 * Container API (the same components as on the page), then made self-contained by `feedHtml`.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { articleComponents } from '../components/article-components.ts';
import { getArticles } from '../data/articles.ts';
import { getAuthor, getTag } from '../data/taxonomy.ts';
import { renderRss, type FeedItem } from '../lib/feed.ts';
import { articleNotesHtml } from '../lib/article-notes.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { absoluteUrl } from '../lib/seo.ts';
import { site } from '../site.config.ts';

/** Feed readers fetch the whole file on every poll: keep it to the newest articles. */
const FEED_LIMIT = 50;

export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const articles = (await getArticles()).filter((a) => a.status === 'published').slice(0, FEED_LIMIT);
  const items: FeedItem[] = await Promise.all(
    articles.map(async (article) => {
      const url = absoluteUrl(`/artikelen/${article.slug}/`, site.url);
      const { Content } = await render(article.entry);
      // The update note, editor's note and unverified claims sit above the text on the page; a feed reader shows them there too.
      const note = articleNotesHtml(article);
      return {
        title: article.title,
        url,
        description: article.description,
        html: feedHtml(note + (await container.renderToString(Content, { props: { components: articleComponents } })), url),
        pubDate: article.pubDate,
        updatedDate: article.updatedDate,
        author: (await getAuthor(article.authorId)).name,
        categories: await Promise.all(article.tags.map(async (t) => (await getTag(t)).label)),
      };
    }),
  );
  const xml = renderRss(
    {
      title: site.name,
      description: site.description,
      siteUrl: `${site.url}/`,
      feedUrl: absoluteUrl('/rss.xml', site.url),
      language: site.feedLanguage,
    },
    items,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
