/**
 * Pure logic over article summaries: ordering, series navigation, related articles and tags.
 * Works on plain objects so it can be unit-tested without Astro.
 */

/** The fields of an article that ordering and navigation need. */
export interface ArticleRef {
  /** URL slug (the file name). */
  slug: string;
  title: string;
  pubDate: Date;
  tags: readonly string[];
  seriesId?: string | undefined;
  seriesPart?: number | undefined;
}

// One collator for every comparison: `localeCompare(…, 'nl')` builds one per call, which made
// sorting a thousand articles on each of a thousand pages a measurable part of the build.
const titleOrder = new Intl.Collator('nl');
const slugOrder = new Intl.Collator();

/** The order of `sortNewestFirst`, as a comparator. */
function newestFirst(a: ArticleRef, b: ArticleRef): number {
  return (
    b.pubDate.getTime() - a.pubDate.getTime() ||
    (b.seriesPart ?? 0) - (a.seriesPart ?? 0) ||
    titleOrder.compare(a.title, b.title) ||
    slugOrder.compare(a.slug, b.slug)
  );
}

/** Newest first; same-day articles by series part, then title, so the order never flickers between builds. */
export function sortNewestFirst<T extends ArticleRef>(articles: readonly T[]): T[] {
  return [...articles].sort(newestFirst);
}

/** The articles of one series in reading order. */
export function seriesParts<T extends ArticleRef>(articles: readonly T[], seriesId: string): T[] {
  return articles
    .filter((a) => a.seriesId === seriesId)
    .sort((a, b) => (a.seriesPart ?? 0) - (b.seriesPart ?? 0) || slugOrder.compare(a.slug, b.slug));
}

export interface SeriesPosition<T> {
  /** 1-based position among the visible parts ("deel N"). */
  number: number;
  /** Number of visible parts ("van M"). */
  total: number;
  previous: T | undefined;
  next: T | undefined;
  parts: T[];
}

/**
 * Where `article` sits in its series. Numbers count the parts that are actually published,
 * so a draft part never leaves a gap ("deel 3 van 2") in production.
 */
export function seriesPosition<T extends ArticleRef>(
  article: T,
  articles: readonly T[],
): SeriesPosition<T> | undefined {
  if (!article.seriesId) return undefined;
  const parts = seriesParts(articles, article.seriesId);
  const index = parts.findIndex((p) => p.slug === article.slug);
  if (index === -1) return undefined;
  return {
    number: index + 1,
    total: parts.length,
    previous: parts[index - 1],
    next: parts[index + 1],
    parts,
  };
}

/**
 * Per list of articles, built once: which articles (by position in the list) carry each tag
 * and belong to each series, and each article's place in newest-first order.
 */
interface Postings {
  byTag: Map<string, number[]>;
  bySeries: Map<string, number[]>;
  /** `newness[i]`: the place of `articles[i]` in newest-first order (0 = newest). */
  newness: Int32Array;
}

const postingsOf = new WeakMap<readonly ArticleRef[], Postings>();

function postings(articles: readonly ArticleRef[]): Postings {
  let found = postingsOf.get(articles);
  if (!found) {
    const byTag = new Map<string, number[]>();
    const bySeries = new Map<string, number[]>();
    const file = (map: Map<string, number[]>, key: string, at: number) => {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    };
    articles.forEach((other, at) => {
      for (const tag of other.tags) file(byTag, tag, at);
      if (other.seriesId !== undefined) file(bySeries, other.seriesId, at);
    });
    const newness = new Int32Array(articles.length);
    [...articles.keys()]
      .sort((a, b) => newestFirst(articles[a]!, articles[b]!) || a - b)
      .forEach((at, place) => (newness[at] = place));
    found = { byTag, bySeries, newness };
    postingsOf.set(articles, found);
  }
  return found;
}

/**
 * Up to `limit` articles related to `article`: most shared tags first, then the same series,
 * then the newest. Articles sharing nothing are left out rather than padded in.
 */
export function relatedArticles<T extends ArticleRef>(
  article: T,
  articles: readonly T[],
  limit = 3,
): T[] {
  if (limit <= 0) return [];
  // This runs once per article page. The scores come from the lists of articles per tag and
  // per series (built once per list), so only articles that share something are looked at,
  // counted by position in a typed array; a running top `limit` then avoids sorting what,
  // with a few common tags, is most of the site.
  const { byTag, bySeries, newness } = postings(articles);
  const scores = new Int32Array(articles.length);
  const touched: number[] = [];
  const add = (others: readonly number[] | undefined, points: number) => {
    for (const at of others ?? []) {
      if (articles[at]!.slug === article.slug) continue;
      if (scores[at] === 0) touched.push(at);
      scores[at] = scores[at]! + points;
    }
  };
  for (const tag of new Set(article.tags)) add(byTag.get(tag), 2);
  if (article.seriesId !== undefined) add(bySeries.get(article.seriesId), 1);

  // Higher score first, then newer; positive when `a` ranks below `b`.
  const below = (a: number, b: number) => scores[b]! - scores[a]! || newness[a]! - newness[b]!;
  const best: number[] = [];
  for (const at of touched) {
    if (best.length === limit && below(at, best[limit - 1]!) >= 0) continue;
    let place = best.length;
    while (place > 0 && below(at, best[place - 1]!) < 0) place -= 1;
    best.splice(place, 0, at);
    if (best.length > limit) best.pop();
  }
  return best.map((at) => articles[at]!);
}

/** How many articles use each tag, for tag lists and the tag index. */
export function tagUsage(articles: readonly ArticleRef[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const article of articles) {
    for (const tag of article.tags) usage.set(tag, (usage.get(tag) ?? 0) + 1);
  }
  return usage;
}
