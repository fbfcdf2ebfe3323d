/** The addresses of topics (tags) and series: their indexes, pages, later pages and feeds. */
import { PAGE_SEGMENT, defineRoutes } from '../../lib/route-definition.ts';

export const topicRoutes = defineRoutes({
  topicIndex: {
    name: 'topic index',
    kind: 'page',
    source: 'onderwerpen/index.astro',
    path: () => '/onderwerpen/',
  },
  topic: {
    name: 'topic',
    kind: 'page',
    source: 'onderwerpen/[tag].astro',
    params: [{ name: 'tag', kind: 'segment' }],
    noun: 'onderwerp',
    path: (tag: string) => `/onderwerpen/${tag}/`,
  },
  topicPage: {
    name: 'topic, page N',
    kind: 'page',
    source: 'onderwerpen/[tag]/pagina/[page].astro',
    params: [
      { name: 'tag', kind: 'segment' },
      { name: 'page', kind: 'number' },
    ],
    path: (tag: string, page: number) => `/onderwerpen/${tag}/${PAGE_SEGMENT}/${page}/`,
  },
  topicFeed: {
    name: 'topic feed',
    kind: 'feed',
    source: 'onderwerpen/[tag]/rss.xml.ts',
    params: [{ name: 'tag', kind: 'segment' }],
    path: (tag: string) => `/onderwerpen/${tag}/rss.xml`,
  },
});

export const seriesRoutes = defineRoutes({
  seriesIndex: {
    name: 'series index',
    kind: 'page',
    source: 'reeks/index.astro',
    path: () => '/reeks/',
  },
  series: {
    name: 'series',
    kind: 'page',
    source: 'reeks/[series].astro',
    params: [{ name: 'series', kind: 'segment' }],
    noun: 'reeks',
    path: (series: string) => `/reeks/${series}/`,
  },
  seriesFeed: {
    name: 'series feed',
    kind: 'feed',
    source: 'reeks/[series]/rss.xml.ts',
    params: [{ name: 'series', kind: 'segment' }],
    path: (series: string) => `/reeks/${series}/rss.xml`,
  },
});
