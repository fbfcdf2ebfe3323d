import { describe, expect, it } from 'vitest';
import { feedAnchor, feedList, type FeedArticle } from '../../src/lib/feed-list.ts';

const article = (
  slug: string,
  date: string,
  tags: string[],
  seriesId?: string,
  seriesPart?: number,
): FeedArticle => ({
  slug,
  title: slug,
  pubDate: new Date(date),
  tags,
  seriesId,
  seriesPart,
});

const input = {
  siteName: 'Site',
  siteDescription: 'Alles',
  articles: [
    article('oud', '2020-01-01', ['a'], 's', 1),
    article('nieuw', '2021-01-01', ['a', 'b'], 's', 2),
    article('los', '2020-06-01', ['b']),
  ],
  tags: new Map([
    ['a', { label: 'A', description: 'Over A' }],
    ['b', { label: 'B', description: 'Over B' }],
    ['leeg', { label: 'Leeg', description: 'Nog niets' }],
  ]),
  series: new Map([
    ['s', { title: 'Reeks S', description: 'De reeks' }],
    ['nog-niet', { title: 'Later', description: 'Komt nog' }],
  ]),
  limit: 50,
};

describe('feedList', () => {
  const feeds = feedList(input);

  it('gives the site feed first, then a feed per topic and per series with articles', () => {
    expect(feeds.map((f) => f.path)).toEqual([
      '/rss.xml',
      '/onderwerpen/a/rss.xml',
      '/onderwerpen/b/rss.xml',
      '/reeks/s/rss.xml',
    ]);
    expect(feeds.map((f) => f.pagePath)).toEqual([
      '/',
      '/onderwerpen/a/',
      '/onderwerpen/b/',
      '/reeks/s/',
    ]);
  });

  it('gives a topic or series without articles no feed', () => {
    expect(feeds.find((f) => f.id === 'leeg' || f.id === 'nog-niet')).toBeUndefined();
  });

  it('lists items newest first in every feed, a series too (a reader wants the new part on top)', () => {
    expect(feeds[0]!.articles.map((a) => a.slug)).toEqual(['nieuw', 'los', 'oud']);
    expect(feeds[2]!.articles.map((a) => a.slug)).toEqual(['nieuw', 'los']);
    expect(feeds[3]!.articles.map((a) => a.slug)).toEqual(['nieuw', 'oud']);
  });

  it('names channels after the site and the topic or series', () => {
    expect(feeds.map((f) => f.title)).toEqual([
      'Site',
      'Site: onderwerp A',
      'Site: onderwerp B',
      'Site: reeks Reeks S',
    ]);
    expect(feeds[1]!.description).toBe('Over A');
  });

  it('keeps each feed to the newest `limit` articles', () => {
    expect(feedList({ ...input, limit: 1 }).map((f) => f.articles.map((a) => a.slug))).toEqual([
      ['nieuw'],
      ['nieuw'],
      ['nieuw'],
      ['nieuw'],
    ]);
  });

  it('gives each feed a unique anchor on /volgen/', () => {
    expect(feeds.map(feedAnchor)).toEqual(['alles', 'onderwerp-a', 'onderwerp-b', 'reeks-s']);
  });
});
