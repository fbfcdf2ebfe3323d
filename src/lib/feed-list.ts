/**
 * Which feeds the site offers: one for everything, one per topic and one per series. Pure, so
 * that the feed routes, the subscribe page (/volgen/) and the autodiscovery links share one list.
 *
 * A topic or series without published articles gets no feed (and no link to one), just as it
 * gets no page: an empty feed would be a subscription that never delivers.
 */
import { paths } from '../routes.ts';
import { seriesParts, sortNewestFirst, type ArticleRef } from './articles.ts';

export type FeedArticle = ArticleRef;

export type FeedKind = 'site' | 'topic' | 'series';

export interface FeedDefinition<T extends FeedArticle = FeedArticle> {
  kind: FeedKind;
  /** Topic or series id; empty for the site feed. */
  id: string;
  /** Site path of the feed file (`/onderwerpen/teams/rss.xml`). */
  path: string;
  /** Site path of the page the feed belongs to. */
  pagePath: string;
  /** Channel title as feed readers show it. */
  title: string;
  /** Short label for lists on the site ("Microsoft Teams"). */
  label: string;
  description: string;
  /** Items, newest first, at most `limit`. */
  articles: T[];
}

export interface FeedListInput<T extends FeedArticle> {
  siteName: string;
  siteDescription: string;
  /** Published articles only: the caller applies the publication rules. */
  articles: readonly T[];
  tags: Iterable<[string, { label: string; description: string }]>;
  series: Iterable<[string, { title: string; description: string }]>;
  limit: number;
}

export const topicFeedPath: (id: string) => string = paths.topicFeed;

export const seriesFeedPath: (id: string) => string = paths.seriesFeed;

/** Fragment id of a feed's entry on /volgen/ (`onderwerp-teams`, `reeks-gt-connect`, `alles`). */
export function feedAnchor(feed: Pick<FeedDefinition, 'kind' | 'id'>): string {
  return feed.kind === 'site'
    ? 'alles'
    : `${feed.kind === 'series' ? 'reeks' : 'onderwerp'}-${feed.id}`;
}

/** Every feed, site feed first, then topics and series in their file order. */
export function feedList<T extends FeedArticle>(input: FeedListInput<T>): FeedDefinition<T>[] {
  const newest = sortNewestFirst([...input.articles]);
  const feeds: FeedDefinition<T>[] = [
    {
      kind: 'site',
      id: '',
      path: paths.siteFeed(),
      pagePath: paths.home(),
      title: input.siteName,
      label: 'Alle artikelen',
      description: input.siteDescription,
      articles: newest.slice(0, input.limit),
    },
  ];
  for (const [id, tag] of input.tags) {
    const articles = newest.filter((a) => a.tags.includes(id));
    if (articles.length === 0) continue;
    feeds.push({
      kind: 'topic',
      id,
      path: topicFeedPath(id),
      pagePath: paths.topic(id),
      title: `${input.siteName}: onderwerp ${tag.label}`,
      label: tag.label,
      description: tag.description,
      articles: articles.slice(0, input.limit),
    });
  }
  for (const [id, series] of input.series) {
    if (seriesParts(newest, id).length === 0) continue;
    feeds.push({
      kind: 'series',
      id,
      path: seriesFeedPath(id),
      pagePath: paths.series(id),
      title: `${input.siteName}: reeks ${series.title}`,
      label: series.title,
      description: series.description,
      articles: newest.filter((a) => a.seriesId === id).slice(0, input.limit),
    });
  }
  return feeds;
}
