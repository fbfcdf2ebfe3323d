/**
 * Old addresses of renamed pages (`src/lib/redirects.ts`): each still answers with a page that
 * forwards to the new address, which exists, and the old address is in no sitemap or index.
 */
import { describe, expect, it } from 'vitest';
import { REDIRECTS } from '../../src/lib/redirects.ts';
import { site } from '../../src/site.config.ts';
import { fileForPath, listFiles, listPages, loadDocument, readDist } from '../helpers/dist.ts';

const files = new Set(listFiles());

describe.each(Object.entries(REDIRECTS))('%s', (from, to) => {
  const file = fileForPath(from, files)!;

  it('forwards at once to the new address', () => {
    expect(file, from).toBeDefined();
    const doc = loadDocument(file);
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      `0;url=${to}`,
    );
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(to);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${site.url}${to}`,
    );
  });

  it('is not indexed, and not in the sitemap or the search index', () => {
    expect(loadDocument(file).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex',
    );
    const sitemaps = [...files]
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readDist(f))
      .join('\n');
    expect(sitemaps).not.toContain(from);
    expect(sitemaps).toContain(`${site.url}${to}`);
    expect(readDist(file)).not.toContain('data-pagefind-body');
  });

  it('points at a real page of the site', () => {
    expect(listPages().map((p) => p.url)).toContain(to);
    expect(listPages().map((p) => p.url)).not.toContain(from);
  });
});
