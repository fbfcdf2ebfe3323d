/**
 * The shell between Astro's content collections and the pure logic in `src/lib/`: loads the
 * collections once per build, applies the publication rules and hands pages plain objects.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortNewestFirst, type ArticleRef } from '../../lib/articles.ts';
import {
  isVisible,
  publishStatus,
  type PublishMode,
  type PublishStatus,
} from '../../lib/publish.ts';
import { contentVerdict } from '../../lib/content/checked.ts';
import { readingMinutes } from '../../lib/reading-time.ts';
import { paths } from '../../routes.ts';

/** One moment for the whole build, so "published" means the same on every page and in the feed. */
export const BUILD_TIME = new Date();

/** `npm run dev` previews drafts and scheduled articles; builds never include them. */
export const PUBLISH_MODE: PublishMode = import.meta.env.PUBLISH_MODE ?? 'production';

export interface Article extends ArticleRef {
  slug: string;
  /** Site path of the article page (`src/routes.ts`). */
  path: string;
  title: string;
  description: string;
  pubDate: Date;
  updatedDate: Date | undefined;
  /** Last check against the fact sheet ("Gecontroleerd op"); required once published. */
  reviewedDate: Date | undefined;
  /** What the last update changed ("Bijgewerkt op …: …"). */
  updateNote: string | undefined;
  /** Claims without a public source, shown together as "Wat wij niet konden controleren". */
  unverified: string[];
  authorId: string;
  seriesId: string | undefined;
  seriesPart: number | undefined;
  tags: string[];
  draft: boolean;
  /** "Noot van de redactie", shown above the text and in the feed. */
  editorNote: string | undefined;
  /** Cover image (resolved by astro:assets) with its alt text. */
  cover: { src: ImageMetadata; alt: string } | undefined;
  status: PublishStatus;
  words: number;
  readingMinutes: number;
  /** Path of the source file relative to the project root, for "Bewerk deze pagina". */
  sourcePath: string;
  entry: CollectionEntry<'articles'>;
}

function toArticle(entry: CollectionEntry<'articles'>, words: number): Article {
  const { data } = entry;
  return {
    slug: entry.id,
    path: paths.article(entry.id),
    title: data.title,
    description: data.description,
    pubDate: data.pubDate,
    updatedDate: data.updatedDate,
    reviewedDate: data.reviewedDate,
    updateNote: data.updateNote,
    unverified: data.unverified ?? [],
    authorId: data.author.id,
    seriesId: data.series?.id,
    seriesPart: data.seriesPart,
    tags: data.tags.map((t) => t.id),
    draft: data.draft,
    editorNote: data.editorNote,
    cover: data.cover,
    status: publishStatus(data, BUILD_TIME),
    words,
    readingMinutes: readingMinutes(words),
    sourcePath: sourceFile(entry),
    entry,
  };
}

/** Where Astro's loader found the entry, as the checker names files. */
function sourceFile(entry: CollectionEntry<'articles'>): string {
  return entry.filePath ?? `content/articles/${entry.id}.mdx`;
}

/**
 * Words per article body. A build takes them from the content checks, which parsed every body
 * already; `astro dev` starts no such checks and counts here, on the same kind of tree, so a
 * saved edit shows at once. The parser is imported only then: a build never loads it here.
 */
async function countArticleWords(
  entries: CollectionEntry<'articles'>[],
): Promise<Map<string, number>> {
  const checked = (await contentVerdict())?.articleWords;
  const counts = new Map<string, number>();
  const uncounted = entries.filter((entry) => {
    const words = checked?.get(sourceFile(entry));
    if (words !== undefined) counts.set(entry.id, words);
    return words === undefined;
  });
  if (uncounted.length) {
    const { countReaderWords, parseMdx } = await import('../../lib/content/mdx.ts');
    for (const entry of uncounted) {
      const { tree } = parseMdx(entry.body ?? '');
      counts.set(entry.id, tree ? countReaderWords(tree) : 0);
    }
  }
  return counts;
}

let articles: Promise<Article[]> | undefined;

/** Every article this build may show, newest first. */
export function getArticles(): Promise<Article[]> {
  articles ??= getCollection('articles').then(async (entries) => {
    const words = await countArticleWords(entries);
    return sortNewestFirst(
      entries
        .map((entry) => toArticle(entry, words.get(entry.id) ?? 0))
        .filter((a) => isVisible(a, BUILD_TIME, PUBLISH_MODE)),
    );
  });
  return articles;
}

/** Dutch label for a status that is not "published", for preview badges. */
export function statusLabel(status: PublishStatus): string | undefined {
  return { published: undefined, draft: 'Concept', scheduled: 'Gepland' }[status];
}

const rendered = new Map<string, ReturnType<typeof render>>();

/**
 * The article rendered once per build: the page, the feed item and the lists that read what
 * the term-links plugin recorded (terms, links) all share this one result.
 */
export function renderArticle(article: Article): ReturnType<typeof render> {
  let result = rendered.get(article.slug);
  if (!result) {
    result = render(article.entry);
    rendered.set(article.slug, result);
  }
  return result;
}

/** A list of strings the Markdown plugins recorded in the article's frontmatter while rendering it. */
export async function recordedList(article: Article, field: string): Promise<string[]> {
  const value: unknown = (await renderArticle(article)).remarkPluginFrontmatter[field];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
