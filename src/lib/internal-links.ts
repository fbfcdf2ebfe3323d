/**
 * Finds the internal links in a Markdown or MDX body, so cross-references can be computed at
 * build time instead of kept by hand: the articles that link to a scenario page, or to a term
 * page of the glossary.
 *
 * It reads the source text, not rendered HTML: inline links `[tekst](/pad/)`, reference
 * definitions `[x]: /pad/`, autolinks `<https://site/pad/>` and `href="/pad/"` in HTML or JSX.
 * Code (fenced blocks and inline `code`) is skipped, and so are images. Pure, no Astro.
 */

export interface InternalLink {
  /** The link target as written. */
  href: string;
  /** Site path, normalised: leading slash, a trailing slash for pages (`/kennisbank/scenarios/x/`). */
  path: string;
  /** Fragment without `#`, decoded; empty when there is none. */
  hash: string;
  /** 1-based line in `body` (add the body's first line in the file for a file line). */
  line: number;
}

export interface LinkOptions {
  /** Production origin (`https://example.nl`): absolute links to it count as internal. */
  origin?: string | undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)(?:(?!\1)[\s\S])+?\1/g;
// [text](target "title"), not ![alt](src). One level of nested brackets in the text.
const INLINE_LINK = /(!?)\[(?:[^[\]\\]|\\.|\[[^\]]*\])*\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)/;
const AUTOLINK = /<(https?:\/\/[^\s>]+)>/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

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
export function resolveInternal(href: string, options: LinkOptions = {}): { path: string; hash: string } | undefined {
  let target = href.trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  const origin = options.origin?.replace(/\/$/, '');
  if (origin && (target === origin || target.startsWith(`${origin}/`) || target.startsWith(`${origin}#`))) {
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

/** Every internal link in `body`, in reading order. */
export function findInternalLinks(body: string, options: LinkOptions = {}): InternalLink[] {
  const links: InternalLink[] = [];
  const add = (href: string, line: number) => {
    const resolved = resolveInternal(href, options);
    if (resolved) links.push({ href, line, ...resolved });
  };
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const marker = FENCE.exec(raw)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && raw.trim() === marker) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    // Blank out code spans, keeping positions, so `[x](/y/)` inside code is not a link.
    const text = raw.replace(INLINE_CODE, (code) => ' '.repeat(code.length));
    const reference = REFERENCE.exec(text);
    if (reference?.[1]) add(reference[1], line);
    for (const match of text.matchAll(INLINE_LINK)) {
      if (match[1] !== '!' && match[2]) add(match[2], line);
    }
    for (const match of text.matchAll(AUTOLINK)) if (match[1]) add(match[1], line);
    for (const match of text.matchAll(HREF)) {
      const href = match[1] ?? match[2] ?? match[3];
      if (href) add(href, line);
    }
  });
  return links;
}

/** A document with a body to search for links (an article, a scenario …). */
export interface LinkSource {
  id: string;
  body: string;
}

/** The documents that link to `path` (any fragment), in the order given. */
export function linkingTo<T extends LinkSource>(documents: readonly T[], path: string, options: LinkOptions = {}): T[] {
  const target = normalizePath(path);
  return documents.filter((document) => findInternalLinks(document.body, options).some((link) => link.path === target));
}
