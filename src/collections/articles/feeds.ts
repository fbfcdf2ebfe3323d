/**
 * The one code path behind every feed (/rss.xml, /onderwerpen/<id>/rss.xml, /reeks/<id>/rss.xml).
 * Each article's full text is rendered through Astro's Container API (the same components as on
 * the page), made self-contained by `feedHtml`, and cached for the build: an article that is in
 * the site feed, three topic feeds and a series feed is rendered once, not five times.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { articleComponents } from '../../components/article-components.ts';
import { articleNotesHtml } from '../../lib/article-notes.ts';
import { renderRss, type FeedItem } from '../../lib/feed.ts';
import { feedHtml } from '../../lib/feed-html.ts';
import { feedList, type FeedDefinition } from '../../lib/feed-list.ts';
import { absoluteUrl } from '../../lib/seo.ts';
import { site } from '../../site.config.ts';
import { getArticles, renderArticle, type Article } from './data.ts';
import { getAuthor, getSeriesList, getTag, getTags } from '../taxonomy/data.ts';
import { paths } from '../../routes.ts';

/** Feed readers fetch the whole file on every poll: keep each feed to its newest articles. */
export const FEED_LIMIT = 50;

let feeds: Promise<FeedDefinition<Article>[]> | undefined;

/** Every feed of this build, site feed first. Only published articles, never a draft or a future one. */
export function getFeeds(): Promise<FeedDefinition<Article>[]> {
  feeds ??= Promise.all([getArticles(), getTags(), getSeriesList()]).then(
    ([articles, tags, series]) =>
      feedList({
        siteName: site.name,
        siteDescription: site.description,
        articles: articles.filter((a) => a.status === 'published'),
        tags,
        series,
        limit: FEED_LIMIT,
      }),
  );
  return feeds;
}

export async function getFeed(
  kind: FeedDefinition['kind'],
  id: string,
): Promise<FeedDefinition<Article> | undefined> {
  return (await getFeeds()).find((f) => f.kind === kind && f.id === id);
}

let container: Promise<AstroContainer> | undefined;
const items = new Map<string, Promise<FeedItem>>();

async function renderItem(article: Article): Promise<FeedItem> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  const url = absoluteUrl(paths.article(article.slug), site.url);
  const { Content } = await renderArticle(article);
  // The update note, editor's note and unverified claims sit above the text on the page; a feed reader shows them there too.
  const note = articleNotesHtml(article);
  const body = await (
    await container
  ).renderToString(Content, { props: { components: articleComponents } });
  return {
    title: article.title,
    url,
    description: article.description,
    html: feedHtml(note + body, url),
    pubDate: article.pubDate,
    updatedDate: article.updatedDate,
    author: (await getAuthor(article.authorId)).name,
    categories: await Promise.all(article.tags.map(async (t) => (await getTag(t)).label)),
  };
}

/** The feed item of one article, rendered at most once per build. */
export function feedItem(article: Article): Promise<FeedItem> {
  let item = items.get(article.slug);
  if (!item) {
    item = renderItem(article);
    items.set(article.slug, item);
  }
  return item;
}

/** The HTTP response for one feed. */
export async function feedResponse(feed: FeedDefinition<Article>): Promise<Response> {
  const xml = renderRss(
    {
      title: feed.title,
      description: feed.description,
      siteUrl: absoluteUrl(feed.pagePath, site.url),
      feedUrl: absoluteUrl(feed.path, site.url),
      language: site.feedLanguage,
    },
    await Promise.all(feed.articles.map(feedItem)),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
