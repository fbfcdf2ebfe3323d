/**
 * The loaders of the content types (`src/collections/<type>/loader.ts`): a folder of entry
 * files (articles, glossary, scenarios) or one YAML list (authors, series, tags, quiz, timeline).
 * Each reads nothing before the content checks passed (`afterContentChecks`), so a broken file
 * fails the build with the checker's list, never with a loader's first error.
 */
import { file, glob } from 'astro/loaders';
import { afterContentChecks } from '../lib/content/checked.ts';

/**
 * A folder of entry files: `_` files are partials or notes, never entries. The id is the file
 * name without extension, unchanged: the file name *is* the URL, and the content checker rejects
 * names that are not valid slugs (or clash) instead of letting Astro rewrite them silently.
 * `flat`: only the files directly in the folder are entries (glossary, scenarios); the checker
 * refuses a file in a subfolder with a line saying so (`EntryKind.flatIn`), so no reader of the
 * folder can see a term the others miss.
 */
export function entryFolder(folder: string, extension: '.md' | '.mdx', { flat = false } = {}) {
  return afterContentChecks(
    glob({
      base: `./content/${folder}`,
      pattern: `${flat ? '' : '**/'}[^_]*${extension}`,
      generateId: ({ entry }) =>
        entry.slice(entry.lastIndexOf('/') + 1).slice(0, -extension.length),
    }),
  );
}

/** One YAML file with a list of entries, each with its `id`. */
export function entryList(path: string) {
  return afterContentChecks(file(path));
}
