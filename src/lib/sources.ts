/** Source links in the knowledge base: readable labels for long addresses. */

/**
 * A readable label for a source address: host without `www.`, then path and query, shortened
 * in the middle-free way readers expect ("vng.nl/artikelen/veelgestelde-vragen-gt-connect-2").
 * Ends with "…" when cut at `max` characters.
 */
export function sourceLabel(url: string, max = 72): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let path = parsed.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // keep the encoded path
  }
  const label = `${parsed.hostname.replace(/^www\./, '')}${path === '/' ? '' : path.replace(/\/$/, '')}${parsed.search}`;
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Whether a source may be linked: only https. An http-only source is shown as text, not as a link. */
export function isLinkableSource(url: string): boolean {
  return url.startsWith('https://');
}
