/**
 * Which link targets point into this site, and the normalised path they point at, so links can
 * be compared with the routes: `/a/b` and `https://<site>/a/b/#x` are the same page. The links
 * themselves come from a syntax tree (`internalLinks` in `src/collections/articles/links.ts`, and the
 * term-links plugin for rendered articles), never from regexes over the source. Pure, no Astro.
 */

/**
 * The frontmatter field where the term-links plugin records the site paths an article links to
 * (read back through `render(entry).remarkPluginFrontmatter`).
 */
export const ARTICLE_LINKS_FIELD = 'internalLinks';

export interface LinkOptions {
  /** Production origin (`https://example.nl`): absolute links to it count as internal. */
  origin?: string | undefined;
}

/**
 * Normalises a site path for comparison: drops the query, decodes it, and adds the trailing
 * slash that page URLs on this site have (`/a/b` → `/a/b/`); file paths (`/rss.xml`) keep theirs.
 */
export function normalizePath(path: string): string {
  let clean = path.replace(/[?#].*$/, '');
  try {
    clean = decodeURI(clean);
  } catch {
    // A malformed escape stays as written; it will simply not match a page.
  }
  if (!clean.startsWith('/')) clean = `/${clean}`;
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? clean : `${clean}/`;
}

/** The site path and fragment of `href` when it points into this site, else undefined. */
export function resolveInternal(
  href: string,
  options: LinkOptions = {},
): { path: string; hash: string } | undefined {
  let target = href.trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  const origin = options.origin?.replace(/\/$/, '');
  if (
    origin &&
    (target === origin || target.startsWith(`${origin}/`) || target.startsWith(`${origin}#`))
  ) {
    target = target.slice(origin.length) || '/';
  }
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const hashAt = target.indexOf('#');
  let hash = hashAt >= 0 ? target.slice(hashAt + 1) : '';
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // Keep the raw fragment.
  }
  return { path: normalizePath(hashAt >= 0 ? target.slice(0, hashAt) : target), hash };
}
