/**
 * Builds the full-text search index with pagefind's Node API during `astro build`, and fails the
 * build on any pagefind error, when nothing was indexed, or when a page was indexed in another
 * language than the site's (pagefind keeps one index per language and the search page only
 * searches its own, so such a page could never be found).
 *
 * Each page goes to pagefind as soon as Astro has rendered it (`indexingPrerenderer`), so
 * pagefind's binary indexes on a second core while the pages are still being rendered. The
 * pages of searchable routes (`search` in src/routes.ts) are rendered first; after the last of
 * them pagefind writes the bundle to `dist/pagefind/` while Astro renders the rest.
 *
 * In `astro dev` there is no `dist/` to index: the dev server serves the index of the last
 * `npm run build` from `dist/pagefind/` (read-only), so search works with the content of that
 * build. Without a build the search page says the index is missing.
 *
 * Markers, the one convention every page type follows (see "Zoeken" in the README):
 * - `data-pagefind-body` on the element that wraps the page's main content INCLUDING its `<h1>`,
 *   with `data-pagefind-filter="type:<artikel|begrip|scenario|tijdlijn>"`: both come from
 *   `searchMarks(routeKey)` in src/routes.ts, so only the routes whose definition has `search`
 *   are indexed. Pages without it (lists, indexes, the home page, 404) are not indexed at all.
 * - `data-pagefind-ignore` on parts inside it that are not content: meta lines, author box,
 *   series navigation, lists of related links. Filters, meta and sort keys inside still count.
 * - `data-pagefind-weight="10"` on the `<h1>`: title words weigh more than body words.
 * - Optional, for dated content: filter `jaar` (`data-pagefind-filter="jaar:2020"`), filter
 *   `onderwerp` (one element per tag, its text is the tag label), meta `date` and sort key
 *   `date`, both `YYYY-MM-DD` (`data-pagefind-meta="date:2020-10-01"`,
 *   `data-pagefind-sort="date:2020-10-01"`). The search page shows `date` for articles.
 * - The automatic meta `title` (the first `<h1>`) is the result's link text.
 */
import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { termForms } from '../lib/glossary.ts';
import { buildVocabulary } from '../lib/search-hints.ts';
import { inSearchIndex, paths } from '../routes.ts';
import { vocabularyWords } from '../lib/text/words.ts';
import { buildGlossary } from './term-links.ts';

/** The folder inside the build output that holds the index; the search page loads `/pagefind/pagefind.js`. */
export const BUNDLE_DIR = 'pagefind';

/** Files pagefind writes for its ready-made UIs, which this site does not use. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexSummary {
  /** Pages in the index. */
  pageCount: number;
  /** Languages pagefind found, with their page counts. */
  languages: Record<string, number>;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`pagefind: ${step} mislukt:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

const MARKER_ATTRIBUTE = /\sdata-pagefind-body[\s=>]/gi;
const HTML_TAG = /<html\b[^>]*>/i;
const MAIN_END = '</main>';

/**
 * Where the tag with `data-pagefind-body` starts in `html`, or -1: what
 * `/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i` finds, without that expression. It runs on every
 * page the build renders, and the expression tries every tag of the head on the way (its long
 * CSP and preload tags included); looking for the attribute first and then back to its tag
 * takes a fifth of the time.
 */
export function bodyMarkerIndex(html: string): number {
  MARKER_ATTRIBUTE.lastIndex = 0;
  for (let hit = MARKER_ATTRIBUTE.exec(html); hit; hit = MARKER_ATTRIBUTE.exec(html)) {
    // The tag is the first `<` and letter after the last `>` before the attribute.
    const tagEnd = html.lastIndexOf('>', hit.index);
    for (
      let at = html.indexOf('<', tagEnd + 1);
      at !== -1 && at < hit.index;
      at = html.indexOf('<', at + 1)
    ) {
      const next = html.charCodeAt(at + 1) | 0x20;
      if (next >= 0x61 && next <= 0x7a) return at;
    }
  }
  return -1;
}

/**
 * The part of a marked page that pagefind reads: the `<html>` tag (its `lang` picks the index)
 * and the page from the tag with `data-pagefind-body` up to the end of `<main>`, where every
 * template puts its marked element. The head, the site header and the footer are cut off: they
 * are a third of an article page, and pagefind would parse them and skip them. The page is
 * sent whole when it has no `<html>` tag or its marked element is not inside `<main>`.
 */
export function searchableDocument(html: string, mark = bodyMarkerIndex(html)): string {
  if (mark < 0) return html;
  const htmlTag = HTML_TAG.exec(html.slice(0, mark));
  // The last </main>: text inside the marked element may quote "</main>", the footer does not.
  const mainEnd = html.lastIndexOf(MAIN_END);
  if (!htmlTag || mainEnd < mark) return html;
  return `${htmlTag[0]}<body>${html.slice(mark, mainEnd)}</body></html>`;
}

export interface SearchIndexer {
  /** Hands one rendered page to pagefind if it is marked for search; pagefind indexes it in the background. */
  add(url: string, html: string): void;
  /**
   * Waits for every page added, writes the bundle to `dir/pagefind/` and the vocabulary, and
   * stops pagefind. Throws on any pagefind error, on an empty index and on pages in a
   * language other than `language`.
   */
  write(dir: string, priorityWords?: readonly string[]): Promise<SearchIndexSummary>;
}

/**
 * A pagefind index that takes pages one at a time. The build hands it each page as soon as it
 * is rendered, so pagefind's own process indexes on another core while Astro renders the next
 * pages, instead of reading all of `dist/` again once the last page is written.
 */
export function createSearchIndexer({ language = 'nl' } = {}): SearchIndexer {
  let index: Promise<pagefind.PagefindIndex> | undefined;
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  let marked = 0;
  let writing = false;
  const open = async () => {
    const { errors: createErrors, index: created } = await pagefind.createIndex({});
    if (createErrors.length > 0 || !created)
      fail('index aanmaken', createErrors.length > 0 ? createErrors : ['geen index']);
    return created;
  };
  return {
    add(url, html) {
      // Without data-pagefind-body pagefind skips a page anyway (once any page has it).
      const mark = bodyMarkerIndex(html);
      if (mark < 0) return;
      // The bundle is being written once the last page of a searchable route is in (see
      // `indexingPrerenderer`), so a marked page of another route would be left out silently.
      if (writing)
        throw new Error(
          `pagefind: ${url} heeft data-pagefind-body, maar de zoekindex werd al geschreven: ` +
            `geef de route van deze pagina \`search\` in src/routes.ts, of haal de markering weg`,
        );
      marked += 1;
      pending.push(
        (index ??= open())
          .then((ready) => ready.addHTMLFile({ url, content: searchableDocument(html, mark) }))
          .then(
            (added) => void errors.push(...added.errors.map((error) => `${url}: ${error}`)),
            (error: unknown) => void errors.push(`${url}: ${String(error)}`),
          ),
      );
    },
    async write(dir, priorityWords = []) {
      writing = true;
      try {
        // Without a single data-pagefind-body, pagefind would index every page whole (lists,
        // navigation, footers): that is a broken template, not a search index.
        if (marked === 0)
          fail('indexeren', [
            `geen enkele pagina in ${dir} heeft data-pagefind-body; er valt niets te zoeken`,
          ]);
        await Promise.all(pending);
        if (errors.length > 0) fail(`pagina's lezen uit ${dir}`, errors);
        const ready = await index!;
        const outputPath = join(dir, BUNDLE_DIR);
        const written = await ready.writeFiles({ outputPath });
        if (written.errors.length > 0) fail(`schrijven naar ${outputPath}`, written.errors);
        // pagefind's own UI bundles: the search page uses only the modular API (pagefind.js and
        // its worker), so these would be dead files in every deploy.
        await Promise.all(
          UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })),
        );

        // The entry file counts the pages that made it into the index.
        const entry = JSON.parse(
          await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'),
        ) as PagefindEntry;
        const languages = Object.fromEntries(
          Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]),
        );
        const pageCount = Object.values(languages).reduce((sum, n) => sum + n, 0);
        if (pageCount !== marked) {
          fail('indexeren', [
            `${marked} pagina's hebben data-pagefind-body, maar de index bevat er ${pageCount}`,
          ]);
        }
        const foreign = Object.keys(languages).filter((lang) => lang !== language);
        if (foreign.length > 0) {
          fail('taal controleren', [
            `pagina's in taal ${foreign.map((l) => `"${l}" (${languages[l]})`).join(', ')} in plaats van "${language}": ` +
              `geef die pagina's <html lang="${language}"> of haal data-pagefind-body weg`,
          ]);
        }
        await writeVocabulary(dir, outputPath, priorityWords);
        return { pageCount, languages };
      } finally {
        // Stops pagefind's background binary so the build process can exit.
        await pagefind.close();
      }
    },
  };
}

const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Writes the "Bedoelde u …?" vocabulary (`paths.searchVocabulary()`): `priority` (glossary terms and
 * aliases), the headings of the indexed pages, then the words of the index by frequency. It is
 * read from pagefind's own fragments, so it holds exactly the words a search can find.
 */
async function writeVocabulary(
  dir: string,
  bundle: string,
  priority: readonly string[],
): Promise<void> {
  const fragmentDir = join(bundle, 'fragment');
  const texts: string[] = [];
  const headings: string[] = [];
  // Read in turn, synchronously: this runs after the last page, so nothing waits for the main
  // thread, and a thousand small reads cost 40 to 100 ms this way against about 250 ms as
  // awaited reads, each a round trip through the thread pool (bench site, 1060 fragments).
  for (const file of readdirSync(fragmentDir)) {
    const data = readFileSync(join(fragmentDir, file));
    const plain =
      data.subarray(0, FRAGMENT_SIGNATURE.length).toString('latin1') === FRAGMENT_SIGNATURE
        ? data
        : gunzipSync(data);
    const parsed = JSON.parse(plain.subarray(FRAGMENT_SIGNATURE.length).toString('utf8')) as Record<
      string,
      unknown
    >;
    // Large sites bundle fragments into groups (hash → fragment).
    const fragments = (typeof parsed['url'] === 'string' ? [parsed] : Object.values(parsed)) as {
      content: string;
      anchors?: { element: string; text?: string }[];
    }[];
    for (const fragment of fragments) {
      texts.push(fragment.content);
      for (const anchor of fragment.anchors ?? [])
        if (/^h\d$/i.test(anchor.element) && anchor.text) headings.push(anchor.text);
    }
  }
  const headingWords = headings.flatMap(vocabularyWords);
  const vocabulary = buildVocabulary([...priority, ...headingWords], texts);
  const file = join(dir, paths.searchVocabulary());
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(vocabulary));
}

/** Every glossary form and each of its words ("Direct Routing", "direct", "routing"): the hints' first words. */
function glossaryPriorityWords(root: string): string[] {
  const forms = buildGlossary(root).flatMap((entry) => termForms(entry).map((form) => form.text));
  return [...forms, ...forms.flatMap((form) => (form.includes(' ') ? form.split(/\s+/) : []))];
}

const DEV_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

export default function pagefindIntegration({
  language = 'nl',
}: { language?: string } = {}): AstroIntegration {
  let outDir = '';
  let root = '';
  let indexer: SearchIndexer | undefined;
  let writing: Promise<SearchIndexSummary> | undefined;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, BUNDLE_DIR);
        server.middlewares.use(async (request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(`/${BUNDLE_DIR}/`)) return next();
          // Only files inside dist/pagefind, never anything next to it.
          const file = normalize(
            join(bundle, decodeURIComponent(pathname.slice(BUNDLE_DIR.length + 2))),
          );
          const isFile =
            file.startsWith(bundle + sep) &&
            ((await stat(file).catch(() => undefined))?.isFile() ?? false);
          if (!isFile) {
            response.statusCode = 404;
            response.end('Geen zoekindex: draai eerst `npm run build`.');
            return;
          }
          response.setHeader(
            'Content-Type',
            DEV_TYPES[extname(file)] ?? 'application/octet-stream',
          );
          response.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(response);
        });
        logger.info(`zoeken gebruikt de index van de laatste build (${bundle})`);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const started = createSearchIndexer({ language });
        indexer = started;
        // Pagefind writes its bundle in its own process as soon as the last searchable page is
        // in, while Astro renders the list pages; `astro:build:done` waits for it.
        const startWriting = () => {
          writing ??= started.write(outDir, glossaryPriorityWords(root));
          // Reported in astro:build:done; until then a failure must not count as unhandled.
          writing.catch(() => {});
        };
        setPrerenderer((prerenderer) =>
          indexingPrerenderer(prerenderer, started, {
            searchable: inSearchIndex,
            onSearchableDone: startWriting,
          }),
        );
      },
      // Without a single searchable page the index is written (and fails) here.
      'astro:build:generated': ({ dir }) => {
        if (!indexer)
          throw new Error('pagefind: de indexeerder is niet gestart (astro:build:start)');
        writing ??= indexer.write(fileURLToPath(dir), glossaryPriorityWords(root));
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing)
          throw new Error('pagefind: de zoekindex is niet geschreven (astro:build:generated)');
        const summary = await writing;
        const pages = summary.pageCount === 1 ? '1 pagina' : `${summary.pageCount} pagina's`;
        logger.info(
          `${pages} geïndexeerd voor zoeken (taal: ${Object.keys(summary.languages).join(', ')})`,
        );
      },
    },
  };
}

/**
 * A page's address as the route table writes it. `getStaticPaths` gives static routes without
 * the trailing slash (`/kennisbank/tijdlijn`); the request Astro renders follows the build
 * format (`/kennisbank/tijdlijn/`, as `AstroPrerenderer.render` documents).
 */
function pageAddress(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

export interface IndexingOrder {
  /** Whether the page at this path belongs to a route whose pages are in the search index. */
  searchable: (path: string) => boolean;
  /** Called once, when every page of a searchable route has been rendered and handed over. */
  onSearchableDone: () => void;
}

const utf8 = new TextDecoder();

/**
 * Wraps Astro's prerenderer so every page it renders also goes to the search index, from the
 * HTML in memory: nothing reads `dist/` back. Redirects and non-HTML responses (feeds,
 * robots.txt) pass through untouched.
 *
 * With `order`, the pages of searchable routes are rendered first (Astro renders in the order
 * `getStaticPaths` returns), go to the index in that order whatever order they finish in, and
 * `onSearchableDone` fires after the last of them: pagefind can then write its bundle while the
 * list pages, feeds and the rest are still being rendered, instead of after the last page of
 * the build.
 */
export function indexingPrerenderer(
  prerenderer: AstroPrerenderer,
  indexer: SearchIndexer,
  order?: IndexingOrder,
): AstroPrerenderer {
  // Each searchable page's place in the list, and the pages rendered ahead of their turn: with
  // `build.concurrency` they finish in any order, but pagefind numbers pages as they arrive, so
  // they go to it in list order and the index is the same every build.
  const turn = new Map<string, number>();
  const early = new Map<number, { pathname: string; html: string | undefined }>();
  let next = 0;
  return {
    ...prerenderer,
    name: `${prerenderer.name}+pagefind`,
    async getStaticPaths() {
      const all = await prerenderer.getStaticPaths();
      if (!order) return all;
      const first: typeof all = [];
      const rest: typeof all = [];
      for (const path of all)
        (path.route.type === 'page' && order.searchable(pageAddress(path.pathname))
          ? first
          : rest
        ).push(path);
      first.forEach(({ pathname }, position) => turn.set(pageAddress(pathname), position));
      return [...first, ...rest];
    },
    async render(request, options) {
      const pathname = new URL(request.url).pathname;
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) {
        arrived(pathname);
        return result;
      }
      // Astro gets the bytes back, not the text: a Response made from a string would be encoded
      // to UTF-8 once more when Astro reads it to write the file.
      const bytes = await response.arrayBuffer();
      arrived(pathname, utf8.decode(bytes));
      const copy = new Response(bytes, response);
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };

  /** Hands a rendered page to the index: a searchable one in its turn, any other at once. */
  function arrived(pathname: string, html?: string): void {
    const position = turn.get(pageAddress(pathname));
    if (position === undefined || position < next) {
      if (html !== undefined) indexer.add(pathname, html);
      return;
    }
    early.set(position, { pathname, html });
    for (let page = early.get(next); page; page = early.get(next)) {
      early.delete(next);
      next += 1;
      if (page.html !== undefined) indexer.add(page.pathname, page.html);
    }
    // Only the call that handed over the last of them gets here with `next` at the end.
    if (next === turn.size) order!.onSearchableDone();
  }
}
