/** Reading the production build in tests: pages, files, parsed documents. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { REDIRECTS } from '../../src/lib/redirects.ts';

export const DIST = join(process.cwd(), 'dist');

/** Every file under `root`, as paths relative to it with forward slashes. */
export function listFiles(root = DIST): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Every HTML page, as `{ file, url }` where url is the site path (`/artikelen/x/`). Astro's
 * forwarding pages for old addresses (`src/lib/redirects.ts`) are not site pages and are left
 * out; `tests/build/redirects.test.ts` checks them.
 */
export function listPages(root = DIST): { file: string; url: string }[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: '/' + file.replace(/(^|\/)index\.html$/, '$1') }))
    .filter((page) => !Object.hasOwn(REDIRECTS, page.url));
}

export function readDist(file: string, root = DIST): string {
  return readFileSync(join(root, file), 'utf8');
}

/** A parsed document (linkedom: a spec-like DOM, entities decoded). */
export function loadDocument(file: string, root = DIST): Document {
  return parseHTML(readDist(file, root)).document as unknown as Document;
}

/** Maps a site path to the file that serves it, or undefined. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\//, '');
  const candidates =
    clean === ''
      ? ['index.html']
      : clean.endsWith('/')
        ? [`${clean}index.html`]
        : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((c) => files.has(c));
}
