/**
 * The search indexer the pagefind integration runs during `astro build`, fed from small
 * hand-written sites: it must fail loudly instead of shipping a broken index.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import {
  createSearchIndexer,
  indexingPrerenderer,
  bodyMarkerIndex,
  searchableDocument,
  type SearchIndexer,
} from '../../src/integrations/pagefind.ts';
import { buildSearchIndex, pageUrl } from '../helpers/search-index-folder.ts';
import { listFiles, listPages, readDist } from '../helpers/dist.ts';
import { readPagefindIndex } from '../helpers/pagefind-index.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'gt-pagefind-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (body: string, lang = 'nl') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;
const article = (title: string) =>
  page(
    `<nav>Menu</nav><main data-pagefind-body data-pagefind-filter="type:artikel"><h1>${title}</h1><p>Tekst over gemeenten.</p></main>`,
  );

describe('buildSearchIndex', () => {
  it('indexes the marked pages only and writes the bundle', async () => {
    const root = site({
      'index.html': page('<h1>Home</h1><p>Lijst</p>'),
      'a/index.html': article('Artikel A'),
      'b/index.html': article('Artikel B'),
    });
    await expect(buildSearchIndex(root)).resolves.toEqual({ pageCount: 2, languages: { nl: 2 } });
    expect(
      readPagefindIndex(root)
        .fragments.map((f) => f.url)
        .sort(),
    ).toEqual(['/a/', '/b/']);
    expect(listFiles(join(root, 'pagefind'))).not.toContain('pagefind-ui.js');
  });

  it('fails when no page carries data-pagefind-body (it would index every page whole)', async () => {
    const root = site({ 'index.html': page('<h1>Home</h1>'), 'a/index.html': page('<h1>A</h1>') });
    await expect(buildSearchIndex(root)).rejects.toThrow(
      /geen enkele pagina .* heeft data-pagefind-body/,
    );
  });

  it('fails when a page would land in another language index, where the search page never looks', async () => {
    const root = site({
      'a/index.html': article('Artikel A'),
      'en/index.html': page('<main data-pagefind-body><h1>English</h1></main>', 'en'),
    });
    await expect(buildSearchIndex(root)).rejects.toThrow(/taal "en" \(1\) in plaats van "nl"/);
  });

  it('fails when the folder cannot be read', async () => {
    await expect(buildSearchIndex(join(tmpdir(), 'bestaat-niet-gt-pagefind'))).rejects.toThrow();
  });
});

describe('indexingPrerenderer', () => {
  const html = '<!doctype html><html lang="nl"><body><main data-pagefind-body><h1>A</h1></main>';
  const responses: Record<string, () => Response> = {
    '/a/': () => new Response(html, { headers: { 'content-type': 'text/html' } }),
    '/rss.xml': () =>
      new Response('<rss data-pagefind-body=""/>', {
        headers: { 'content-type': 'application/rss+xml' },
      }),
    '/oud/': () => new Response(null, { status: 301, headers: { location: '/nieuw/' } }),
  };
  const base: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => responses[new URL(request.url).pathname]!(),
  };
  const recorder = () => {
    const added: [string, string][] = [];
    const indexer: SearchIndexer = {
      add: (url, content) => void added.push([url, content]),
      write: () => Promise.reject(new Error('not used')),
    };
    return { added, indexer };
  };
  const render = (prerenderer: AstroPrerenderer, path: string) =>
    prerenderer.render(new Request(`https://example.nl${path}`), { routeData: {} as never });

  it('hands each HTML page to the index under its path and still returns the same page', async () => {
    const { added, indexer } = recorder();
    const wrapped = indexingPrerenderer(base, indexer);
    const response = (await render(wrapped, '/a/')) as Response;
    expect(await response.text()).toBe(html);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(added).toEqual([['/a/', html]]);
  });

  it('leaves feeds and redirects alone', async () => {
    const { added, indexer } = recorder();
    const wrapped = indexingPrerenderer(base, indexer);
    const feed = (await render(wrapped, '/rss.xml')) as Response;
    expect(await feed.text()).toBe('<rss data-pagefind-body=""/>');
    const redirect = (await render(wrapped, '/oud/')) as Response;
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/nieuw/']);
    expect(added).toEqual([]);
  });

  it('keeps the incremental-build metadata of a prerender result', async () => {
    const { added, indexer } = recorder();
    const metadata = { marker: true } as never;
    const wrapped = indexingPrerenderer(
      { ...base, render: async () => ({ response: responses['/a/']!(), metadata }) },
      indexer,
    );
    const result = (await render(wrapped, '/a/')) as { response: Response; metadata: unknown };
    expect(result.metadata).toBe(metadata);
    expect(await result.response.text()).toBe(html);
    expect(added.map(([url]) => url)).toEqual(['/a/']);
  });
});

describe('indexingPrerenderer with an order', () => {
  const html = '<!doctype html><html lang="nl"><body><main data-pagefind-body><h1>A</h1></main>';
  const page = (pathname: string, type = 'page') =>
    ({ pathname, route: { type, route: pathname } }) as never;
  const listed = [
    page('/'),
    page('/artikelen/a/'),
    page('/rss.xml', 'endpoint'),
    page('/oud', 'redirect'),
    page('/kennisbank/tijdlijn'),
    page('/artikelen/'),
  ];
  // As the route table answers: addresses with their trailing slash.
  const searchable = (path: string) => ['/artikelen/a/', '/kennisbank/tijdlijn/'].includes(path);
  const base: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => listed,
    render: async () => new Response(html, { headers: { 'content-type': 'text/html' } }),
  };
  const setup = () => {
    const events: string[] = [];
    let writing = false;
    const indexer: SearchIndexer = {
      add: (url) => {
        if (writing) throw new Error(`${url} na het schrijven`);
        events.push(`add ${url}`);
      },
      write: () => Promise.reject(new Error('not used')),
    };
    const wrapped = indexingPrerenderer(base, indexer, {
      searchable,
      onSearchableDone: () => {
        writing = true;
        events.push('done');
      },
    });
    const render = (path: string) =>
      wrapped.render(new Request(`https://example.nl${path}`), { routeData: {} as never });
    return { events, wrapped, render };
  };

  it("renders the pages of searchable routes first, the rest in Astro's order after them", async () => {
    const { wrapped } = setup();
    expect((await wrapped.getStaticPaths()).map((p) => p.pathname)).toEqual([
      '/artikelen/a/',
      '/kennisbank/tijdlijn',
      '/',
      '/rss.xml',
      '/oud',
      '/artikelen/',
    ]);
  });

  it('says the searchable pages are done once, right after the last of them, with or without its trailing slash', async () => {
    const { events, wrapped, render } = setup();
    await wrapped.getStaticPaths();
    await render('/artikelen/a/');
    expect(events).toEqual(['add /artikelen/a/']);
    await render('/kennisbank/tijdlijn/');
    expect(events).toEqual(['add /artikelen/a/', 'add /kennisbank/tijdlijn/', 'done']);
    await expect(render('/artikelen/a/')).rejects.toThrow('/artikelen/a/ na het schrijven');
    expect(events.filter((e) => e === 'done')).toHaveLength(1);
  });

  it('hands the searchable pages to the index in their listed order, whatever order they finish in', async () => {
    // With build.concurrency pages finish out of order; pagefind numbers them as they arrive.
    const { events, wrapped, render } = setup();
    await wrapped.getStaticPaths();
    await render('/kennisbank/tijdlijn/');
    expect(events).toEqual([]);
    // A page of another route is not in that queue: it goes at once.
    await render('/');
    expect(events).toEqual(['add /']);
    await render('/artikelen/a/');
    expect(events).toEqual(['add /', 'add /artikelen/a/', 'add /kennisbank/tijdlijn/', 'done']);
  });

  it("leaves Astro's order alone without one", async () => {
    const wrapped = indexingPrerenderer(base, {
      add: () => {},
      write: () => Promise.reject(new Error('not used')),
    });
    expect(await wrapped.getStaticPaths()).toEqual(listed);
  });
});

describe('createSearchIndexer', () => {
  it('refuses a marked page once the bundle is being written, naming the page and the fix', async () => {
    const root = site({ 'a/index.html': article('Artikel A') });
    const indexer = createSearchIndexer();
    indexer.add('/a/', article('Artikel A'));
    const written = indexer.write(root);
    expect(() => indexer.add('/b/', article('Artikel B'))).toThrow(
      /\/b\/ heeft data-pagefind-body, maar de zoekindex werd al geschreven: geef de route .*search.* in src\/routes\.ts/,
    );
    // A page without the marker is not the index's business, then or ever.
    expect(() => indexer.add('/lijst/', page('<h1>Lijst</h1>'))).not.toThrow();
    await expect(written).resolves.toEqual({ pageCount: 1, languages: { nl: 1 } });
  });
});

describe('pageUrl', () => {
  it('gives a file of dist/ the address pagefind would', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl(join('artikelen', 'x', 'index.html'))).toBe('/artikelen/x/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('bodyMarkerIndex', () => {
  // What it finds without the expression: where the marked tag starts.
  const definition = (html: string) =>
    /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.exec(html)?.index ?? -1;
  const cases = [
    '<html><head><meta content="x data-pagefind-body y"></head><body><main data-pagefind-body>',
    '<p>tekst over data-pagefind-body </p><ARTICLE\nDATA-PAGEFIND-BODY=""><h1>',
    '<a <b data-pagefind-body>',
    '< data-pagefind-body><div\tdata-pagefind-body\t>',
    '<!-- <div data-pagefind-body> --><main>',
    '<div data-pagefind-bodyx><div data-pagefind-body-y>',
    '<1 data-pagefind-body><x-y data-pagefind-body>',
    '>data-pagefind-body >',
    'data-pagefind-body',
    '',
  ];

  it('finds what the regular expression finds', () => {
    for (const html of cases) expect(bodyMarkerIndex(html), html).toBe(definition(html));
  });

  it('finds it in every page of the build', () => {
    for (const page of listPages()) {
      const html = readDist(page.file);
      expect(bodyMarkerIndex(html), page.url).toBe(definition(html));
    }
  });
});

describe('searchableDocument', () => {
  const head =
    '<!doctype html><html lang="nl" class="x"><head><title>t</title><meta name="a"></head>';
  const marked =
    '<article data-pagefind-body data-pagefind-filter="type:artikel"><h1>A</h1><p>Tekst</p></article>';

  it('sends pagefind the <html> tag and the page from the marked element to the end of <main>', () => {
    const page = `${head}<body><header><nav>Menu</nav></header><main><p>Vooraf</p>${marked}<aside>Na</aside></main><footer>Voet</footer></body></html>`;
    expect(searchableDocument(page)).toBe(
      `<html lang="nl" class="x"><body>${marked}<aside>Na</aside></body></html>`,
    );
  });

  it('keeps the marked text whole when it quotes "</main>"', () => {
    const quoting =
      '<main data-pagefind-body><h1>A</h1><p title="</main>">x &lt;/main&gt;</p></main>';
    expect(searchableDocument(`${head}<body>${quoting}<footer>Voet</footer></body></html>`)).toBe(
      `<html lang="nl" class="x"><body>${quoting.slice(0, -'</main>'.length)}</body></html>`,
    );
  });

  it('sends the page whole when the marked element is not inside <main> or there is no <html> tag', () => {
    const outside = `${head}<body><main>Lijst</main>${marked}</body></html>`;
    expect(searchableDocument(outside)).toBe(outside);
    const bare = `<main>${marked}</main>`;
    expect(searchableDocument(bare)).toBe(bare);
    const unmarked = `${head}<body><main>Niets</main></body></html>`;
    expect(searchableDocument(unmarked)).toBe(unmarked);
  });

  it('gives pagefind the same page as the whole document would', async () => {
    const page = (body: string) =>
      `${head}<body><header><h1>Site</h1><nav>Menu</nav></header><main>${body}</main><footer><p>Voet met woorden</p></footer></body></html>`;
    const body = (title: string) =>
      `<article data-pagefind-body data-pagefind-filter="type:artikel" data-pagefind-meta="date:2020-10-01"><h1 data-pagefind-weight="10">${title}</h1><p>Over telefonie in gemeenten.</p><p data-pagefind-ignore>Meer</p></article>`;
    const whole = site({ 'a/index.html': page(body('Artikel A')) });
    await buildSearchIndex(whole);
    const viaWhole = readPagefindIndex(whole).fragments;
    rmSync(whole, { recursive: true, force: true });
    const cut = site({ 'a/index.html': searchableDocument(page(body('Artikel A'))) });
    await buildSearchIndex(cut);
    expect(readPagefindIndex(cut).fragments).toEqual(viaWhole);
    expect(viaWhole[0]).toMatchObject({ url: '/a/' });
  });
});
