/**
 * The loader for a folder of entry files (articles, glossary, scenarios), shared by the
 * collections in `src/content.config.ts` and the per-type loaders in `src/collections/`.
 */
import { glob } from 'astro/loaders';

/**
 * A folder of entry files: `_` files are partials or notes, never entries. The id is the file
 * name without extension, unchanged: the file name *is* the URL, and the content checker rejects
 * names that are not valid slugs (or clash) instead of letting Astro rewrite them silently.
 * `flat`: only the files directly in the folder are entries (glossary, scenarios); the checker
 * refuses a file in a subfolder with a line saying so (`EntryKind.flatIn`), so no reader of the
 * folder can see a term the others miss.
 */
export function entryFolder(folder: string, extension: '.md' | '.mdx', { flat = false } = {}) {
  return glob({
    base: `./content/${folder}`,
    pattern: `${flat ? '' : '**/'}[^_]*${extension}`,
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1).slice(0, -extension.length),
  });
}
