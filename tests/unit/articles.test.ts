import { describe, expect, it } from 'vitest';
import {
  relatedArticles,
  seriesParts,
  seriesPosition,
  sortNewestFirst,
  tagUsage,
  type ArticleRef,
} from '../../src/lib/articles.ts';

const article = (slug: string, date: string, extra: Partial<ArticleRef> = {}): ArticleRef => ({
  slug,
  title: slug.toUpperCase(),
  pubDate: new Date(date),
  tags: [],
  ...extra,
});

describe('sortNewestFirst', () => {
  it('orders by date, newest first, without mutating its input', () => {
    const input = [
      article('a', '2020-10-01'),
      article('b', '2026-11-28'),
      article('c', '2022-04-26'),
    ];
    expect(sortNewestFirst(input).map((a) => a.slug)).toEqual(['b', 'c', 'a']);
    expect(input.map((a) => a.slug)).toEqual(['a', 'b', 'c']);
  });

  it('breaks same-day ties by the higher series part, then title, so the order is stable', () => {
    const sameDay = [
      article('x', '2026-11-28', { seriesId: 's', seriesPart: 2 }),
      article('y', '2026-11-28', { seriesId: 's', seriesPart: 3 }),
      article('b', '2026-11-28'),
      article('a', '2026-11-28'),
    ];
    expect(sortNewestFirst(sameDay).map((a) => a.slug)).toEqual(['y', 'x', 'a', 'b']);
  });
});

describe('series', () => {
  const parts = [
    article('deel-3', '2026-11-28', { seriesId: 'gt', seriesPart: 5 }),
    article('deel-1', '2020-10-01', { seriesId: 'gt', seriesPart: 1 }),
    article('los', '2026-01-01'),
    article('deel-2', '2026-11-28', { seriesId: 'gt', seriesPart: 2 }),
  ];

  it('lists parts in series order, not date order', () => {
    expect(seriesParts(parts, 'gt').map((a) => a.slug)).toEqual(['deel-1', 'deel-2', 'deel-3']);
  });

  it('numbers visible parts without gaps and links previous and next', () => {
    const middle = seriesPosition(parts[3]!, parts)!;
    expect([middle.number, middle.total]).toEqual([2, 3]);
    expect(middle.previous?.slug).toBe('deel-1');
    expect(middle.next?.slug).toBe('deel-3');
    const first = seriesPosition(parts[1]!, parts)!;
    expect(first.previous).toBeUndefined();
    const last = seriesPosition(parts[0]!, parts)!;
    expect([last.number, last.next]).toEqual([3, undefined]);
  });

  it('has no position for an article outside a series', () => {
    expect(seriesPosition(parts[2]!, parts)).toBeUndefined();
  });
});

describe('relatedArticles', () => {
  const all = [
    article('a', '2020-10-01', { tags: ['gt-connect', 'rechtszaken'] }),
    article('b', '2021-01-01', { tags: ['rechtszaken', 'gt-connect'] }),
    article('c', '2022-01-01', { tags: ['gt-connect'] }),
    article('d', '2023-01-01', { tags: ['teams'] }),
    article('e', '2024-01-01', { tags: ['teams'], seriesId: 's', seriesPart: 1 }),
  ];

  it('ranks by shared tags, excludes the article itself and unrelated ones', () => {
    expect(relatedArticles(all[0]!, all).map((a) => a.slug)).toEqual(['b', 'c']);
  });

  it('respects the limit', () => {
    expect(relatedArticles(all[0]!, all, 1).map((a) => a.slug)).toEqual(['b']);
  });

  it('breaks ties by shared series, then newest first, whatever the order of the list', () => {
    // A deterministic shuffle of 300 articles with few tags, so most share one and scores tie.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const tagPool = ['a', 'b', 'c', 'd'];
    const many = Array.from({ length: 300 }, (_, i) =>
      article(`x${String(i).padStart(3, '0')}`, `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, {
        tags: tagPool.filter(() => next() < 0.4),
        ...(i % 7 === 0 ? { seriesId: 's', seriesPart: i } : {}),
      }),
    ).sort(() => next() - 0.5);
    // The rule written out: score every article, sort them all, take the first ones.
    const expected = (subject: (typeof many)[number], limit: number) => {
      const tags = new Set(subject.tags);
      return many
        .filter((other) => other.slug !== subject.slug)
        .map((other) => ({
          other,
          score:
            (subject.seriesId !== undefined && other.seriesId === subject.seriesId ? 1 : 0) +
            2 * other.tags.filter((tag) => tags.has(tag)).length,
        }))
        .filter(({ score }) => score > 0)
        .sort(
          (a, b) =>
            b.score - a.score ||
            b.other.pubDate.getTime() - a.other.pubDate.getTime() ||
            (b.other.seriesPart ?? 0) - (a.other.seriesPart ?? 0) ||
            a.other.title.localeCompare(b.other.title, 'nl') ||
            a.other.slug.localeCompare(b.other.slug, 'nl'),
        )
        .slice(0, limit)
        .map(({ other }) => other.slug);
    };
    for (const subject of many.slice(0, 40)) {
      for (const limit of [0, 1, 3, 10]) {
        expect(relatedArticles(subject, many, limit).map((a) => a.slug)).toEqual(
          expected(subject, limit),
        );
      }
    }
  });

  it('counts tag usage', () => {
    expect(Object.fromEntries(tagUsage(all))).toEqual({
      'gt-connect': 3,
      rechtszaken: 2,
      teams: 2,
    });
  });
});
