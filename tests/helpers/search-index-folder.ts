/**
 * The search indexer fed from a folder of built HTML instead of from Astro's prerenderer, so
 * the tests can drive the build's own `createSearchIndexer` over small hand-written sites.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { createSearchIndexer, type SearchIndexSummary } from '../../src/integrations/pagefind.ts';

/** The address pagefind gives an HTML file of `dist/` (`a/index.html` → `/a/`), as `addDirectory` would. */
export function pageUrl(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Indexes every HTML file in `dir` and writes the bundle to `dir/pagefind/`. */
export async function buildSearchIndex(
  dir: string,
  { language = 'nl', priorityWords = [] as readonly string[] } = {},
): Promise<SearchIndexSummary> {
  const indexer = createSearchIndexer({ language });
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
  for (const file of files) indexer.add(pageUrl(file), await readFile(join(dir, file), 'utf8'));
  return indexer.write(dir, priorityWords);
}
