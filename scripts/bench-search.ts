/**
 * Search benchmark: serves a built site (gzip on, as a production server would), opens
 * Chromium, types a query into the header form of the home page and submits it, the way a
 * reader searches, and measures the first visit to /zoeken/ with a cold cache:
 *
 * - indexBytesOnDisk: everything in dist/pagefind/ (index, fragments, filters, wasm, JS);
 * - bytesTransferredBeforeFirstResult: bytes on the wire (headers + gzip/raw bodies) of every
 *   request of the search page that finished before the first result was on screen: the page,
 *   its CSS and island, pagefind.js, the worker, the wasm and the index chunks it needed;
 * - msToFirstResult: from the form submission (the navigation start of /zoeken/) to the first
 *   result in the DOM.
 *
 * Goals (issue 3): ≤ 100 KB before the first result, ≤ 300 ms to the first result.
 *
 *   node scripts/bench-search.ts [--dist dist] [--query gemeenten]
 *   node scripts/bench-search.ts --generate 1000 [--query aanbesteding]
 *
 * `--generate N` builds a temporary copy of the site with N generated articles added
 * (scripts/lib/generated-content.ts), measures it and removes it. One run per call: times on a shared machine vary, so quote the median of a few
 * separate calls rather than looping here.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.ts';
import { writeGeneratedArticles } from './lib/generated-content.ts';
import { buildSite, copySite } from './lib/site-copy.ts';
import { startServer } from './serve.ts';
import { paths } from '../src/routes.ts';

export interface SearchBenchResult {
  indexBytesOnDisk: number;
  bytesTransferredBeforeFirstResult: number;
  msToFirstResult: number;
  /**
   * The part of it that is HTTP/1.1 response headers (the security headers are ~0.8 KB per
   * response). Over HTTP/2 or 3, header compression sends repeated headers in a few bytes.
   */
  headerBytesBeforeFirstResult: number;
  /** What was transferred before the first result, per request (path → bytes). */
  requests: { path: string; bytes: number }[];
  /** Results pagefind found for the query. */
  resultCount: number;
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Measures one search for `query` on the site built in `dist`. */
export async function benchSearch(dist: string, query: string): Promise<SearchBenchResult> {
  const indexBytesOnDisk = folderBytes(join(dist, 'pagefind'));
  const { server, url } = await startServer({ root: dist, port: 0, gzip: true });
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((searchPath) => {
      if (location.pathname !== searchPath) return;
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.search-result')) return;
        const w = window as unknown as { firstResult: { ms: number; epoch: number } };
        w.firstResult = {
          ms: performance.now(),
          epoch: performance.timeOrigin + performance.now(),
        };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, paths.search());
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });

    // Bytes are counted where they are sent, the server's sockets: the browser's own accounting
    // misses the bodies of requests made by the worker. HTTP/1.1 answers one request at a time
    // per connection, so the growth of a socket's byte count during a response is that response.
    const sent = new Map<string, { bytes: number; headerBytes: number }[]>();
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const socket = request.socket;
      const start = socket.bytesWritten;
      response.on('finish', () => {
        // Node keeps the serialized status line and headers in `_header` (undocumented but long stable).
        const headerBytes = Buffer.byteLength(
          String((response as unknown as { _header?: string })._header ?? ''),
        );
        const path = new URL(request.url ?? '/', url).pathname;
        sent.set(path, [
          ...(sent.get(path) ?? []),
          { bytes: socket.bytesWritten - start, headerBytes },
        ]);
      });
    });
    // Which requests ended before the first result is decided on the browser's clock.
    const ended: { path: string; epoch: number }[] = [];
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      ended.push({
        path: new URL(request.url()).pathname,
        epoch: timing.startTime + timing.responseEnd,
      });
    });
    const field = page.getByRole('search').locator('input[name="q"]');
    await field.fill(query);
    await field.press('Enter');
    await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const firstResult = await page.evaluate(
      () => (window as unknown as { firstResult: { ms: number; epoch: number } }).firstResult,
    );
    const status = (await page.locator('[data-status]').textContent()) ?? '';
    const taken = new Map<string, number>();
    const before = ended
      .filter((r) => r.epoch <= firstResult.epoch)
      .map(({ path }) => {
        const n = taken.get(path) ?? 0;
        taken.set(path, n + 1);
        return { path, ...(sent.get(path)?.[n] ?? { bytes: 0, headerBytes: 0 }) };
      });
    const requests = before.map(({ path, bytes }) => ({ path, bytes }));
    const msToFirstResult = firstResult.ms;
    await context.close();
    return {
      indexBytesOnDisk,
      bytesTransferredBeforeFirstResult: requests.reduce((sum, r) => sum + r.bytes, 0),
      headerBytesBeforeFirstResult: before.reduce((sum, r) => sum + r.headerBytes, 0),
      msToFirstResult: Math.round(msToFirstResult),
      requests,
      resultCount: Number(/^(\d+)/.exec(status)?.[1] ?? 0),
    };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/** Builds a temporary copy of this site with `count` generated articles added; returns its folder. */
function buildGeneratedSite(count: number): string {
  const dir = copySite('gt-bench-search-');
  writeGeneratedArticles(join(dir, 'content'), count);
  const build = buildSite(dir);
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `build of the generated site failed:\n${build.output.split('\n').slice(-40).join('\n')}`,
    );
  }
  return dir;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      query: { type: 'string' },
      generate: { type: 'string' },
    },
  });
  const count = values.generate ? Number(values.generate) : 0;
  const site = count > 0 ? buildGeneratedSite(count) : undefined;
  try {
    const query = values.query ?? (site ? 'aanbesteding' : 'gemeenten');
    const dist = site ? join(site, 'dist') : resolve(values.dist);
    const result = await benchSearch(dist, query);
    console.log(
      `Zoekbenchmark${count ? ` (${count} gegenereerde artikelen)` : ''}, zoekterm "${query}": ${result.resultCount} resultaten`,
    );
    console.log(`  index op schijf (dist/pagefind):        ${kb(result.indexBytesOnDisk)}`);
    console.log(
      `  overgedragen tot het eerste resultaat:  ${kb(result.bytesTransferredBeforeFirstResult)}  (doel ≤ 100 KB)`,
    );
    console.log(
      `    waarvan HTTP/1.1-headers:             ${kb(result.headerBytesBeforeFirstResult)}`,
    );
    console.log(
      `  tijd tot het eerste resultaat:          ${result.msToFirstResult} ms  (doel ≤ 300 ms)`,
    );
    for (const r of result.requests) console.log(`    ${kb(r.bytes).padStart(9)}  ${r.path}`);
  } finally {
    if (site) rmSync(site, { recursive: true, force: true });
  }
}
