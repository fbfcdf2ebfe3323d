/**
 * Head metadata helpers: titles, absolute URLs and JSON-LD that is safe to inline.
 */

/** `<title>` text: "Artikel | Site", or just the site name for the home page. */
export function documentTitle(title: string | undefined, siteName: string): string {
  return title && title !== siteName ? `${title} | ${siteName}` : siteName;
}

/** Absolute URL for `path` on `origin` (which has no trailing slash). */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, `${origin}/`).href;
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` block. `JSON.stringify` alone
 * is not enough: a title containing `</script>` or `<!--` would end or confuse the block, so every
 * `<`, `>` and `&` is written as a Unicode escape, which JSON parsers read back unchanged.
 * U+2028/2029 are escaped too, for consumers that evaluate the block as JavaScript.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface BlogPostingInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified?: string | undefined;
  authorName: string;
  authorUrl?: string | undefined;
  publisherName: string;
  publisherUrl: string;
  keywords: readonly string[];
  seriesName?: string | undefined;
  seriesUrl?: string | undefined;
  wordCount: number;
  /** Absolute URL of the cover image, if the article has one. */
  imageUrl?: string | undefined;
}

/** schema.org BlogPosting for an article page. */
export function blogPostingJsonLd(input: BlogPostingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${input.url}#artikel`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    inLanguage: 'nl-NL',
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    wordCount: input.wordCount,
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    author: {
      '@type': 'Organization',
      name: input.authorName,
      ...(input.authorUrl ? { url: input.authorUrl } : {}),
    },
    publisher: { '@type': 'Organization', name: input.publisherName, url: input.publisherUrl },
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
    ...(input.seriesName && input.seriesUrl
      ? {
          isPartOf: { '@type': 'CreativeWorkSeries', name: input.seriesName, url: input.seriesUrl },
        }
      : {}),
  };
}
